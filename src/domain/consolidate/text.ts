/**
 * The consolidation's words: a file's line, a cell's name, a candidate, a conflict, an ignored
 * figure, the missing figures, and the whole summary the CLI prints and the pane shows — in the
 * language of the strings given (src/i18n/{vi,en}/consolidate.ts). Pure.
 */
import { fillTemplate } from "../template";
import type { MonthNumber } from "../period";
import { isBlank, type CellInput } from "../ratio";
import type { ConsolidateStrings } from "../../i18n/vi/consolidate";
import { formatTimestamp } from "./provenance";
import type { Candidate, CellPlan, ConsolidationPlan, FigureCell, FileReport, IgnoredFigure, Origin } from "./merge";

/** "1–3, 5, 7–8": months as runs. */
export function monthRuns(months: readonly number[]): string {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/** A figure as a sentence shows it: numbers with the language's grouping, text as it is. */
function shown(value: CellInput, strings: ConsolidateStrings): string {
  return isBlank(value) ? strings.preview.blank : String(value);
}

export function cellLabel(cell: FigureCell, strings: ConsolidateStrings): string {
  const values = { code: cell.code, month: cell.month ?? "", part: strings.cell.parts[cell.part] };
  return fillTemplate(cell.month === null ? strings.cell.plain : strings.cell.monthly, values);
}

/** "Phòng Quản lý Du lịch, PQLDL.xlsx" / "nhập tại sổ tổng hợp". */
export function originLabel(origin: Origin, strings: ConsolidateStrings): string {
  if (origin.kind === "here") return strings.candidate.here;
  const unit = origin.unit || strings.file.unmarked;
  return fillTemplate(strings.candidate.who, { unit, file: origin.fileName });
}

export function candidateLabel(candidate: Candidate, strings: ConsolidateStrings): string {
  return fillTemplate(strings.candidate.file, { value: shown(candidate.value, strings), who: originLabel(candidate.origin, strings) });
}

function unitOf(report: FileReport, strings: ConsolidateStrings): string {
  const filledBy = report.filledBy;
  if (!filledBy) return "";
  switch (filledBy.kind) {
    case "unit":
      return filledBy.unit;
    case "whole":
      return strings.file.whole;
    case "unmarked":
      return strings.file.unmarked;
    case "unknown":
      return fillTemplate(strings.file.unknownUnit, { text: filledBy.text });
  }
}

/** One sentence per file: what it gave, or why it was refused; then its notes. */
export function fileLines(report: FileReport, strings: ConsolidateStrings, targetYear?: number): string[] {
  if (report.status === "refused") {
    const refusal = report.refusal ?? "unreadable";
    return [fillTemplate(strings.file.refused[refusal], { file: report.fileName, year: report.year ?? "", target: targetYear ?? "" })];
  }
  const modified = report.lastModified ? fillTemplate(strings.file.modified, { time: formatTimestamp(report.lastModified) }) : "";
  const lines = [
    fillTemplate(strings.file.used, {
      file: report.fileName,
      unit: unitOf(report, strings),
      modified,
      offered: report.offered,
      contributed: report.contributed,
    }),
  ];
  if (report.byHeaders) lines.push(fillTemplate(strings.file.byHeaders, { file: report.fileName }));
  if (report.sameUnitAs && report.filledBy?.kind === "unit") {
    lines.push(fillTemplate(strings.file.sameUnit, { file: report.fileName, other: report.sameUnitAs, unit: report.filledBy.unit }));
  }
  return lines;
}

/** "I.1 tháng 3, tử số (b): 50 (…) ≠ 48 (…) — để trống". */
export function conflictLine(cell: CellPlan, strings: ConsolidateStrings, unresolved: "keep" | "blank"): string {
  const candidates = cell.candidates.map((c) => candidateLabel(c, strings)).join(" ≠ ");
  const decision = cell.decision;
  const outcome =
    decision.kind === "conflict" && decision.chosen !== undefined
      ? fillTemplate(strings.summary.conflictChosen, { value: shown(decision.chosen, strings) })
      : unresolved === "blank"
        ? strings.summary.conflictLeftBlank
        : strings.summary.conflictKept;
  return `${cellLabel(cell, strings)}: ${candidates} — ${outcome}`;
}

/** The ignored figures, one sentence per file, indicator and reason. */
export function ignoredLines(plan: ConsolidationPlan, strings: ConsolidateStrings): string[] {
  const groups = new Map<string, IgnoredFigure[]>();
  for (const figure of plan.ignored) {
    const key = figure.reason === "notCount" ? `${figure.file}|${figure.code}|${figure.part}|${figure.month}` : `${figure.file}|${figure.code}|${figure.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  const lines: string[] = [];
  // By file, then in the catalog's order.
  const ordered = [...groups.values()].map((figures, n) => ({ figures, n })).sort((x, y) => x.figures[0].file - y.figures[0].file || x.n - y.n);
  for (const { figures } of ordered) {
    const first = figures[0];
    const report = plan.files[first.file];
    const file = report.fileName;
    const months = figures.map((f) => f.month).filter((m): m is MonthNumber => m !== null);
    const monthText = months.length > 0 ? fillTemplate(strings.ignored.months, { months: monthRuns(months) }) : strings.ignored.wholePeriod;
    switch (first.reason) {
      case "otherUnit":
        lines.push(fillTemplate(strings.ignored.otherUnit, { file, unit: unitOf(report, strings), code: first.code, months: monthText, host: first.hostUnit ?? "" }));
        break;
      case "notCount":
        lines.push(fillTemplate(strings.ignored.notCount, { file, cell: cellLabel(first, strings), value: shown(first.value ?? null, strings) }));
        break;
      case "incomplete":
        lines.push(fillTemplate(strings.ignored.incomplete, { file, code: first.code, months: monthRuns(first.months ?? []) }));
        break;
    }
  }
  return lines;
}

export function missingLines(plan: ConsolidationPlan, strings: ConsolidateStrings): string[] {
  return plan.missing.map(({ code, months }) => {
    const numbers = months.filter((m): m is MonthNumber => m !== null);
    return numbers.length > 0 ? fillTemplate(strings.missing.monthly, { code, months: monthRuns(numbers) }) : fillTemplate(strings.missing.plain, { code });
  });
}

/** The cells where the sources disagree. */
export function conflictCells(plan: ConsolidationPlan): CellPlan[] {
  return plan.cells.filter((c) => c.decision.kind === "conflict");
}

/** The whole summary, as lines: files, totals, conflicts, missing, ignored. */
export function summaryLines(
  plan: ConsolidationPlan,
  strings: ConsolidateStrings,
  options: { readonly unresolved: "keep" | "blank"; readonly targetYear?: number },
): string[] {
  const s = strings.summary;
  const used = plan.files.filter((f) => f.status === "used").length;
  const lines: string[] = [s.title];
  for (const report of plan.files) lines.push(...fileLines(report, strings, options.targetYear).map((l) => `- ${l}`));
  lines.push(fillTemplate(s.totals, { filled: plan.counts.filled, files: used, changed: plan.counts.changed }));
  const conflicts = conflictCells(plan);
  if (conflicts.length === 0) lines.push(s.noConflict);
  else {
    lines.push(fillTemplate(s.conflicts, { count: conflicts.length }));
    for (const cell of conflicts) lines.push(`- ${conflictLine(cell, strings, options.unresolved)}`);
  }
  const missing = missingLines(plan, strings);
  if (missing.length === 0) lines.push(s.noMissing);
  else {
    lines.push(plan.mode === "monthly" ? fillTemplate(s.missing, { end: plan.dueThrough }) : s.missingPlain);
    for (const line of missing) lines.push(`- ${line}`);
  }
  const ignored = ignoredLines(plan, strings);
  if (ignored.length > 0) {
    lines.push(s.ignored);
    for (const line of ignored) lines.push(`- ${line}`);
  }
  return lines;
}
