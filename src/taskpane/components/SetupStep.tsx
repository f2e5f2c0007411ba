import { makeStyles } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { BUILTIN_PLAN, PLAN } from "../../domain/catalog";
import { ALL_PERIODS, parsePeriod, periodKey, periodUiLabel, type ReportPeriod } from "../../domain/period";
import type { PaneChoice } from "../actions";
import { useLocale } from "../strings";
import type { ActionId, Outcome } from "../state";
import { ActionButton } from "./ActionButton";
import { SelectField } from "./Fields";
import { OutcomeBar } from "./OutcomeBar";
import { PaneSpinner } from "./PaneSpinner";
import { Step, type StepFrame } from "./Step";
import { tokens } from "../tokens";

/** The years offered: the plan's year and the following ones. */
export const YEARS: readonly number[] = Array.from({ length: 7 }, (_, i) => PLAN.year + i);

const ALL_UNITS = "";

/** "Kế hoạch": a chunk of its own with its words in both languages, loaded when step 1 is open. */
const PlanPicker = lazy(() => import(/* webpackChunkName: "plan" */ "./PlanPicker"));

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface SetupStepProps {
  readonly choice: PaneChoice;
  readonly busy: ActionId | null;
  readonly periodOutcome: Outcome | undefined;
  readonly onChange: (choice: Partial<PaneChoice>) => void;
  /** Writes the chosen period into the workbook's report-period cell. */
  readonly onApplyPeriod: () => void;
  /** Open or closed, and its one line when closed (see Step). */
  readonly frame?: StepFrame;
}

/**
 * Step 1: the plan, the year, the user's unit and the reporting period. Choosing a plan file sets
 * the year to the plan's, and keeps "my unit" only when the new plan has that host unit.
 */
export function SetupStep({ choice, busy, periodOutcome, onChange, onApplyPeriod, frame }: SetupStepProps) {
  const { s, periods } = useLocale();
  const plan = choice.plan?.plan ?? BUILTIN_PLAN;
  const years = YEARS.includes(plan.year) ? YEARS : [plan.year, ...YEARS];
  const styles = useStyles();
  const group = (label: string, kinds: readonly ReportPeriod["kind"][]) => (
    <optgroup label={label}>
      {ALL_PERIODS.filter((p) => kinds.includes(p.kind)).map((p) => (
        <option key={periodKey(p)} value={periodKey(p)}>
          {periodUiLabel(p, periods)}
        </option>
      ))}
    </optgroup>
  );
  return (
    <Step id="setup" heading={s.setup.heading} frame={frame}>
      <div className={styles.fields}>
        <Suspense fallback={<PaneSpinner label={s.app.loading} />}>
          <PlanPicker
            choice={choice.plan ?? { kind: "builtin", plan: BUILTIN_PLAN }}
            disabled={busy !== null}
            onChoose={(next) =>
              onChange({
                plan: next,
                year: next.plan.year,
                myUnit: choice.myUnit !== null && next.plan.hostUnits.includes(choice.myUnit) ? choice.myUnit : null,
              })
            }
          />
        </Suspense>
        <SelectField
          label={s.setup.year}
          hint={s.setup.yearHint}
          value={String(choice.year)}
          onChange={(value) => onChange({ year: Number(value) })}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={s.setup.unit}
          hint={s.setup.unitHint}
          value={choice.myUnit ?? ALL_UNITS}
          onChange={(value) => onChange({ myUnit: value === ALL_UNITS ? null : value })}
        >
          <option value={ALL_UNITS}>{s.setup.allUnits}</option>
          {plan.hostUnits.map((unit) => (
            <option key={unit} value={unit}>
              {unit}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={s.setup.period}
          hint={s.setup.periodHint}
          value={periodKey(choice.period)}
          onChange={(value) => {
            const period = parsePeriod(value);
            if (period) onChange({ period });
          }}
        >
          {group(periods.picker.groups.months, ["month"])}
          {group(periods.picker.groups.quarters, ["quarter"])}
          {group(periods.picker.groups.cumulative, ["sixMonths", "nineMonths", "year"])}
        </SelectField>
        <p className={styles.hint}>{periods.picker.hint}</p>
        <ActionButton
          action="period"
          busy={busy}
          label={periods.picker.apply}
          running={s.setup.applyRunning}
          onClick={onApplyPeriod}
        />
        <OutcomeBar outcome={periodOutcome} />
      </div>
    </Step>
  );
}
