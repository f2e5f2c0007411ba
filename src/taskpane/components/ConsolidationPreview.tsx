/**
 * The consolidation's preview (loaded on demand): the files and what each gave or why it was not
 * used, every cell where the sources disagree with a choice of which figure to keep, per indicator
 * the figures each month will hold with their file and unit and what changes, what is still
 * missing, and the figures ignored. Nothing here touches Excel.
 */
import { makeStyles } from "@fluentui/react-components";
import { INDICATORS, findIndicator, type IndicatorCode } from "../../domain/catalog";
import {
  candidateLabel,
  cellLabel,
  conflictCells,
  fileLines,
  ignoredLines,
  missingLines,
  originLabel,
  type CellPlan,
  type ConsolidationPlan,
} from "../../domain/consolidate";
import type { MonthNumber } from "../../domain/period";
import { isBlank, type CellInput } from "../../domain/ratio";
import { useConsolidateStrings } from "../consolidateStrings";
import { fill, useLocale } from "../strings";
import { RadioGroupField } from "./Fields";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  summary: { cursor: "pointer", paddingBlock: tokens.spacingVerticalXXS },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBlock: tokens.spacingVerticalXXS },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "top",
    textAlign: "start",
  },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  source: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  changed: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
  conflict: { display: "block", color: tokens.colorPaletteRedForeground1 },
  none: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ConsolidationPreviewProps {
  readonly plan: ConsolidationPlan;
  readonly year: number;
  readonly resolutions: ReadonlyMap<string, CellInput>;
  readonly onResolve: (resolutions: ReadonlyMap<string, CellInput>) => void;
}

const KEEP = "keep";

/** The distinct values among a cell's candidates, each with every source that gives it. */
function choicesOf(cell: CellPlan): { value: CellInput; candidates: CellPlan["candidates"][number][] }[] {
  const choices: { value: CellInput; candidates: CellPlan["candidates"][number][] }[] = [];
  for (const candidate of cell.candidates) {
    const found = choices.find((c) => c.value === candidate.value);
    if (found) found.candidates.push(candidate);
    else choices.push({ value: candidate.value, candidates: [candidate] });
  }
  return choices;
}

export default function ConsolidationPreview({ plan, year, resolutions, onResolve }: ConsolidationPreviewProps) {
  const { language } = useLocale();
  const c = useConsolidateStrings();
  const styles = useStyles();
  const p = c.preview;
  const shown = (value: CellInput): string => (isBlank(value) ? p.blank : String(value));
  const conflicts = conflictCells(plan);
  const missing = missingLines(plan, c);
  const ignored = ignoredLines(plan, c);

  const choose = (key: string, value: CellInput | undefined): void => {
    const next = new Map(resolutions);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    onResolve(next);
  };

  const cellView = (cell: CellPlan | undefined) => {
    if (!cell) return <td className={styles.cell} />;
    const conflicted = cell.decision.kind === "conflict" && cell.decision.chosen === undefined;
    const sources = conflicted ? cell.candidates : cell.from;
    return (
      <td className={styles.cell}>
        <span className={styles.value}>{shown(cell.result)}</span>
        {sources.length > 0 ? <span className={styles.source}>{sources.map((s) => (conflicted ? candidateLabel(s, c) : originLabel(s.origin, c))).join("; ")}</span> : null}
        {conflicted ? <span className={styles.conflict}>{p.undecided}</span> : null}
        {cell.changed ? <span className={styles.changed}>{`${p.changed} (${fill(p.was, { value: shown(cell.current) })})`}</span> : null}
      </td>
    );
  };

  const indicatorView = (code: IndicatorCode) => {
    const cells = plan.cells.filter((cell) => cell.code === code);
    const slots = [...new Set(cells.map((cell) => cell.month))].filter((month) =>
      cells.some((cell) => cell.month === month && (cell.candidates.length > 0 || !isBlank(cell.current) || cell.changed)),
    );
    const changed = cells.filter((cell) => cell.changed).length;
    const title = fill(p.captionIndicator, { code, name: findIndicator(code)?.words[language].shortName ?? code });
    const at = (month: MonthNumber | null, part: "numerator" | "denominator") => cells.find((cell) => cell.month === month && cell.part === part);
    return (
      <details key={code}>
        <summary className={styles.summary}>{`${title} — ${changed > 0 ? `${changed} ${p.changed}` : p.unchanged}`}</summary>
        {slots.length === 0 ? (
          <p className={styles.none}>{p.noFigures}</p>
        ) : (
          <table className={styles.table}>
            <caption className={styles.caption}>{title}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.cell}>
                  {p.month}
                </th>
                <th scope="col" className={styles.cell}>
                  {p.numerator}
                </th>
                <th scope="col" className={styles.cell}>
                  {p.denominator}
                </th>
              </tr>
            </thead>
            <tbody>
              {slots.map((month) => (
                <tr key={month ?? 0}>
                  <th scope="row" className={styles.cell}>
                    {month ?? p.wholePeriod}
                  </th>
                  {cellView(at(month, "numerator"))}
                  {cellView(at(month, "denominator"))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    );
  };

  return (
    <div className={styles.root}>
      <h3 className={styles.heading}>{p.filesHeading}</h3>
      <ul className={styles.list}>
        {plan.files.flatMap((report) => fileLines(report, c, year)).map((line, n) => (
          <li key={n}>{line}</li>
        ))}
      </ul>

      {conflicts.length > 0 ? (
        <>
          <h3 className={styles.heading}>{p.conflictsHeading}</h3>
          {conflicts.map((cell) => {
            const choices = choicesOf(cell);
            const wanted = resolutions.get(cell.key);
            const index = choices.findIndex((choice) => wanted !== undefined && choice.value === wanted);
            return (
              <RadioGroupField
                key={cell.key}
                label={fill(p.chooseLegend, { cell: cellLabel(cell, c) })}
                value={index >= 0 ? `v${index}` : KEEP}
                options={[
                  ...choices.map((choice, n) => ({
                    value: `v${n}`,
                    label: `${shown(choice.value)} (${choice.candidates.map((s) => originLabel(s.origin, c)).join("; ")})`,
                  })),
                  { value: KEEP, label: `${p.keepCurrent}: ${shown(cell.current)}` },
                ]}
                onChange={(value) => choose(cell.key, value === KEEP ? undefined : choices[Number(value.slice(1))].value)}
              />
            );
          })}
        </>
      ) : null}

      <h3 className={styles.heading}>{p.indicatorsHeading}</h3>
      {INDICATORS.map((indicator) => indicatorView(indicator.code))}

      <h3 className={styles.heading}>{p.missingHeading}</h3>
      {missing.length > 0 ? (
        <ul className={styles.list}>
          {missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className={styles.none}>{p.none}</p>
      )}

      {ignored.length > 0 ? (
        <>
          <h3 className={styles.heading}>{p.ignoredHeading}</h3>
          <ul className={styles.list}>
            {ignored.map((line, n) => (
              <li key={n}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
