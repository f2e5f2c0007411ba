/**
 * The status strip at the top of the pane: where the report stands. One row per indicator with
 * its code, short name, the verdict the appendix shows for its period as a coloured badge with its
 * word, and the figure (Kết quả); "Chưa chèn phụ lục" when the workbook has no appendix. The pane
 * reads it (PaneActions.readStatus, one sync) when it opens and after every action. A row selects
 * the indicator's input cells; rows wait (disabled) until the sheet has been read.
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { BUILTIN_PLAN, type IndicatorCode } from "../../domain/catalog";
import type { Verdict } from "../../domain/ratio";
import type { IndicatorReading } from "../actions";
import type { ActionId, Outcome, StatusState } from "../state";
import { fill, useLocale } from "../strings";
import { tokens } from "../tokens";
import { OutcomeBar } from "./OutcomeBar";

const useStyles = makeStyles({
  strip: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  line: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "3.1em minmax(0, 1fr) auto 4.6em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    boxSizing: "border-box",
    width: "100%",
    minHeight: "28px",
    margin: 0,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  waiting: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  code: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  badge: {
    justifySelf: "start",
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
  },
  pass: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    color: tokens.colorStatusSuccessForeground1,
    borderTopColor: tokens.colorStatusSuccessBorder1,
    borderRightColor: tokens.colorStatusSuccessBorder1,
    borderBottomColor: tokens.colorStatusSuccessBorder1,
    borderLeftColor: tokens.colorStatusSuccessBorder1,
  },
  fail: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
    borderTopColor: tokens.colorStatusDangerBorder1,
    borderRightColor: tokens.colorStatusDangerBorder1,
    borderBottomColor: tokens.colorStatusDangerBorder1,
    borderLeftColor: tokens.colorStatusDangerBorder1,
  },
  figure: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** The badge's colour: red and green as the sheet's highlighting has them, grey for the rest. */
function tone(verdict: Verdict | "unknown" | undefined): "pass" | "fail" | undefined {
  if (verdict === "pass") return "pass";
  if (verdict === "fail" || verdict === "invalid") return "fail";
  return undefined;
}

/**
 * "93,00%": the ratio with two decimals, as the appendix's 0.00% cell shows it. Rounded on 12
 * significant digits first, as Excel rounds what it displays (0.94995 shows 95,00%, not 94,99%).
 */
export function formatRatio(ratio: number, decimalSeparator: string): string {
  const hundredths = Math.round(Number((ratio * 10000).toPrecision(12)));
  const whole = Math.floor(hundredths / 100);
  return `${whole}${decimalSeparator}${String(hundredths % 100).padStart(2, "0")}%`;
}

export interface StatusStripProps {
  readonly status: StatusState;
  /** False until Office has answered (the first view): the strip says it is connecting. */
  readonly connected: boolean;
  readonly busy: ActionId | null;
  readonly selectOutcome: Outcome | undefined;
  readonly onSelect: (code: IndicatorCode) => void;
}

export function StatusStrip({ status, connected, busy, selectOutcome, onSelect }: StatusStripProps) {
  const { s, check, functions, language } = useLocale();
  const styles = useStyles();
  const t = s.status;
  const reading = status.kind === "read" ? status.reading : undefined;
  const sheet = reading?.sheetExists ? reading : undefined;
  const byCode = new Map<IndicatorCode, IndicatorReading>(sheet?.indicators.map((i) => [i.code, i]) ?? []);
  const usable = sheet !== undefined && busy === null;

  let context: string;
  if (!connected) context = t.starting;
  else if (status.kind === "loading") context = t.loading;
  else if (status.kind === "failed") context = fill(t.failed, { detail: status.text });
  else if (!sheet) context = `${t.noSheet}. ${t.noSheetHint}`;
  else {
    const passed = sheet.indicators.filter((i) => i.verdict === "pass").length;
    const where = sheet.periodText
      ? fill(t.sheetPeriod, { sheet: sheet.sheetName, period: sheet.periodText })
      : fill(t.sheet, { sheet: sheet.sheetName });
    context = `${where} · ${fill(t.passed, { passed: String(passed), total: String(sheet.indicators.length) })}`;
  }

  return (
    <section className={styles.strip} aria-labelledby="status-heading">
      <h2 id="status-heading" className={styles.heading}>
        {t.heading}
      </h2>
      <p className={styles.line} role="status">
        {context}
      </p>
      {sheet ? (
        <p id="status-hint" className={styles.line}>
          {t.hint}
        </p>
      ) : null}
      <ul className={styles.list} aria-label={t.listLabel}>
        {(reading?.plan ?? BUILTIN_PLAN).indicators.map(({ code, words }) => {
          const indicator = byCode.get(code);
          const verdict = indicator?.verdict;
          const word = verdict === undefined ? t.noBadge : verdict === "unknown" ? check.check.unknownVerdict : check.check.verdicts[verdict];
          const toneClass = tone(verdict);
          return (
            <li key={code}>
              <button
                type="button"
                className={mergeClasses(styles.row, !usable && styles.waiting)}
                aria-disabled={usable ? undefined : true}
                aria-describedby={sheet ? "status-hint" : undefined}
                onClick={usable ? () => onSelect(code) : undefined}
              >
                {/* Spaces between the parts: the row's accessible name reads "IV.1 … Không đạt 93,00%" (a grid shows none). */}
                <span className={styles.code}>{code}</span>{" "}
                <span className={styles.name}>{words[language].shortName}</span>{" "}
                <span className={mergeClasses(styles.badge, toneClass && styles[toneClass])}>{word}</span>{" "}
                <span className={styles.figure}>
                  {indicator?.ratio !== undefined ? formatRatio(indicator.ratio, functions.format.decimalSeparator) : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <OutcomeBar outcome={selectOutcome} />
    </section>
  );
}
