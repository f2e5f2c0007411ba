import { Button, makeStyles, mergeClasses, useFocusVisible } from "@fluentui/react-components";
import { describeFinding, hostUnitText, summaryText, type Finding } from "../../domain/check";
import { describeMonthlyFinding, type MonthlyFinding } from "../../domain/layout/monthlyLayout";
import type { MonthNumber, ReportPeriod } from "../../domain/period";
import type { Verdict } from "../../domain/ratio";
import type { CheckResult } from "../actions";
import type { ActionId, Outcome } from "../state";
import { fill, useLocale } from "../strings";
import { OutcomeBar } from "./OutcomeBar";
import { tokens } from "../tokens";

/**
 * A finding of the monthly data sheet (params.sheet and params.months set by checkMonthlyData) as
 * describeMonthlyFinding takes it, or undefined for the appendix's own findings.
 */
function monthlyFinding(finding: Finding): MonthlyFinding | undefined {
  const { sheet, months } = finding.params;
  if (finding.kind !== "monthlyDataMissing" && finding.kind !== "monthlyDataInvalid") return undefined;
  if (!sheet || !months || !finding.code || !finding.address) return undefined;
  return { ...finding, kind: finding.kind, code: finding.code, address: finding.address, months: months as readonly MonthNumber[] };
}

const VERDICT_ORDER: readonly (Verdict | "unknown")[] = ["pass", "fail", "noData", "notApplicable", "invalid", "unknown"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  summary: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  counts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  group: { display: "contents" },
  term: { margin: 0 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  findings: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  finding: {
    display: "flex",
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    minHeight: "32px",
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: "solid",
  },
  plain: { boxSizing: "border-box" },
  findingText: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  findingWhat: { fontWeight: tokens.fontWeightSemibold },
  findingAction: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderInlineStartColor: tokens.colorNeutralStroke1 },
});

export interface CheckResultsProps {
  readonly result: CheckResult;
  readonly busy: ActionId | null;
  readonly selectOutcome: Outcome | undefined;
  readonly onSelect: (finding: Finding) => void;
}

/** The check's summary (met/total, per verdict, per host unit) and its clickable findings. */
export default function CheckResults({ result, busy, selectOutcome, onSelect }: CheckResultsProps) {
  const { s, check: strings, periods, language } = useLocale();
  const styles = useStyles();
  // Fluent's buttons show their focus ring through the focus-visible marks FluentProvider would set;
  // the pane has no FluentProvider (its theme is a stylesheet), so the findings set their own.
  const focusVisible = useFocusVisible<HTMLDivElement>();
  const { summary, findings } = result;
  // The monthly data's findings name their months, for the period the check read from the workbook.
  const describe = (finding: Finding, period: ReportPeriod | undefined): { message: string; action: string } => {
    const monthly = period ? monthlyFinding(finding) : undefined;
    return monthly && period ? describeMonthlyFinding(monthly, period, periods) : describeFinding(finding, strings, language);
  };
  const verdictLabel = (v: Verdict | "unknown"): string =>
    v === "unknown" ? strings.check.unknownVerdict : strings.check.verdicts[v];
  return (
    <div className={styles.root} ref={focusVisible}>
      <p className={styles.summary}>{summaryText(summary, strings)}</p>
      <h3 className={styles.subheading} id="check-verdicts">
        {strings.check.byVerdictTitle}
      </h3>
      <dl className={styles.counts} aria-labelledby="check-verdicts">
        {VERDICT_ORDER.filter((v) => v === "pass" || v === "fail" || summary.byVerdict[v] > 0).map((verdict) => (
          <div key={verdict} className={styles.group}>
            <dt className={styles.term}>{verdictLabel(verdict)}</dt>
            <dd className={styles.value}>{summary.byVerdict[verdict]}</dd>
          </div>
        ))}
      </dl>
      <h3 className={styles.subheading} id="check-units">
        {strings.check.byHostUnitTitle}
      </h3>
      <ul className={styles.findings} aria-labelledby="check-units">
        {summary.byHostUnit.map((unit) => (
          <li key={unit.unit}>{hostUnitText(unit, strings)}</li>
        ))}
      </ul>
      {findings.length > 0 ? (
        <>
          <h3 className={styles.subheading} id="check-findings">
            {s.check.findingsHeading}
          </h3>
          <p className={styles.hint}>{strings.check.selectHint}</p>
          <ul className={styles.findings} aria-labelledby="check-findings">
            {findings.map((finding, index) => {
              const { message, action } = describe(finding, result.period);
              const otherSheet = finding.params.sheet !== undefined && finding.params.sheet !== result.sheetName;
              const severity = strings.check.severity[finding.severity];
              const text = (
                <span className={styles.findingText}>
                  <span className={styles.findingWhat}>
                    {severity}: {message}
                  </span>
                  <span className={styles.findingAction}>{action}</span>
                  {finding.address ? (
                    <span className={styles.findingAction}>
                      {otherSheet
                        ? fill(s.check.findingGoToSheet, { address: finding.address, sheet: finding.params.sheet ?? "" })
                        : fill(s.check.findingGoTo, { address: finding.address })}
                    </span>
                  ) : null}
                </span>
              );
              const severityClass = styles[finding.severity];
              return (
                <li key={`${finding.kind}-${finding.code ?? ""}-${finding.address ?? ""}-${index}`}>
                  {finding.address ? (
                    <Button
                      appearance="subtle"
                      className={mergeClasses(styles.finding, severityClass)}
                      disabledFocusable={busy !== null}
                      onClick={() => onSelect(finding)}
                    >
                      {text}
                    </Button>
                  ) : (
                    <div className={mergeClasses(styles.finding, styles.plain, severityClass)}>{text}</div>
                  )}
                </li>
              );
            })}
          </ul>
          <OutcomeBar outcome={selectOutcome} />
        </>
      ) : null}
    </div>
  );
}
