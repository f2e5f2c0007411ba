import { makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { INDICATORS, type Indicator, type IndicatorCode } from "../../domain/catalog";
import type { ActionId, Outcome } from "../state";
import { fill, useLocale } from "../strings";
import { targetLabel } from "../targetText";
import { ActionButton } from "./ActionButton";
import { CheckboxField } from "./Fields";
import { OutcomeBar } from "./OutcomeBar";
import { Step, type StepFrame } from "./Step";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  count: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  protect: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
});

const PROTECT_UNDO_NOTE = "protect-undo-note";

export interface FillStepProps {
  /** The indicators of the plan chosen in step 1 (default: the built-in plan's). */
  readonly indicators?: readonly Indicator[];
  readonly myUnit: string | null;
  readonly myUnitOnly: boolean;
  readonly busy: ActionId | null;
  readonly goToOutcome: Outcome | undefined;
  /** The outcome of the last protect or unprotect. */
  readonly protectOutcome: Outcome | undefined;
  readonly onMyUnitOnly: (value: boolean) => void;
  readonly onGoTo: (code: IndicatorCode) => void;
  readonly onProtect: () => void;
  readonly onUnprotect: () => void;
  /** Open or closed, and its one line when closed (see Step). */
  readonly frame?: StepFrame;
}

/**
 * Step 3: what to fill in. With a unit chosen, the list shows only the indicators that unit hosts
 * (Đơn vị chủ trì), each with what its numerator and denominator count, and a button to its cells.
 */
export function FillStep(props: FillStepProps) {
  const { s, functions, language } = useLocale();
  const styles = useStyles();
  const filtered = props.myUnit !== null && props.myUnitOnly;
  // The indicator whose button was used last: its spinner and outcome show under it.
  const [lastCode, setLastCode] = useState<IndicatorCode | null>(null);
  const indicators = props.indicators ?? INDICATORS;
  const shown = filtered ? indicators.filter((i) => i.hostUnit === props.myUnit) : indicators;
  return (
    <Step id="fill" heading={s.fill.heading} explain={s.fill.explain} frame={props.frame}>
      {props.myUnit !== null ? (
        <CheckboxField checked={props.myUnitOnly} label={s.fill.myUnitOnly} onChange={props.onMyUnitOnly} />
      ) : null}
      <p className={styles.count}>
        {filtered
          ? fill(s.fill.countMine, { unit: props.myUnit ?? "", count: String(shown.length) })
          : fill(s.fill.countAll, { count: String(shown.length) })}
      </p>
      <ul className={styles.list} aria-label={s.fill.listLabel}>
        {shown.map((indicator) => (
          <li key={indicator.code} className={styles.item}>
            <h3 className={styles.title}>
              {indicator.code}. {indicator.words[language].shortName}
            </h3>
            <p className={styles.line}>
              {fill(s.fill.target, { target: targetLabel(indicator.target, functions) })}
              {filtered ? null : ` · ${fill(s.fill.hostUnit, { unit: indicator.hostUnit })}`}
            </p>
            <p className={styles.line}>{fill(s.fill.numerator, { what: indicator.words[language].numerator })}</p>
            <p className={styles.line}>{fill(s.fill.denominator, { what: indicator.words[language].denominator })}</p>
            <ActionButton
              action="goTo"
              busy={props.busy}
              label={s.fill.goTo}
              ariaLabel={fill(s.fill.goToLabel, { code: indicator.code })}
              running={s.app.busy}
              active={lastCode === indicator.code}
              onClick={() => {
                setLastCode(indicator.code);
                props.onGoTo(indicator.code);
              }}
            />
            {lastCode === indicator.code ? <OutcomeBar outcome={props.goToOutcome} /> : null}
          </li>
        ))}
      </ul>
      <div className={styles.protect}>
        <p className={styles.line}>{s.fill.protectExplain}</p>
        {/* Excel clears its undo history when a sheet is protected or unprotected. */}
        <p id={PROTECT_UNDO_NOTE} className={styles.line}>
          {s.fill.protectUndoNote}
        </p>
        <div className={styles.buttons}>
          <ActionButton
            action="protect"
            busy={props.busy}
            label={s.fill.protectButton}
            running={s.fill.protectRunning}
            describedBy={PROTECT_UNDO_NOTE}
            onClick={props.onProtect}
          />
          <ActionButton
            action="unprotect"
            busy={props.busy}
            label={s.fill.unprotectButton}
            running={s.fill.unprotectRunning}
            describedBy={PROTECT_UNDO_NOTE}
            onClick={props.onUnprotect}
          />
        </div>
        <OutcomeBar outcome={props.protectOutcome} />
      </div>
    </Step>
  );
}
