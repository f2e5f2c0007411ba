import { makeStyles } from "@fluentui/react-components";
import { HOST_UNITS, PLAN } from "../../domain/catalog";
import { ALL_PERIODS, parsePeriod, periodKey, periodUiLabel, type ReportPeriod } from "../../domain/period";
import type { PaneChoice } from "../actions";
import { useLocale } from "../strings";
import type { ActionId, Outcome } from "../state";
import { ActionButton } from "./ActionButton";
import { SelectField } from "./Fields";
import { OutcomeBar } from "./OutcomeBar";
import { Step, type StepFrame } from "./Step";
import { tokens } from "../tokens";

/** The years offered: the plan's year and the following ones. */
export const YEARS: readonly number[] = Array.from({ length: 7 }, (_, i) => PLAN.year + i);

const ALL_UNITS = "";

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

/** Step 1: the year, the user's unit and the reporting period. */
export function SetupStep({ choice, busy, periodOutcome, onChange, onApplyPeriod, frame }: SetupStepProps) {
  const { s, periods } = useLocale();
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
        <SelectField
          label={s.setup.year}
          hint={s.setup.yearHint}
          value={String(choice.year)}
          onChange={(value) => onChange({ year: Number(value) })}
        >
          {YEARS.map((year) => (
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
          {HOST_UNITS.map((unit) => (
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
