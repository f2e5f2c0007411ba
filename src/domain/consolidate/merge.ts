/**
 * The consolidation's merge plan: from the units' workbooks (read by readKpiWorkbook) and the
 * target workbook's own figures and provenance, what each cell of the target will hold and why.
 * Pure; the writers (Office.js: src/excel/consolidate.ts, exceljs: src/workbook/consolidate/) only
 * write what the plan says.
 *
 * Rules:
 * - A file marked with a host unit (KPI_FILLED_BY) contributes only the indicators that unit hosts;
 *   its figures for other indicators are ignored and listed. A file marked "Cả Sở (tổng hợp)", or
 *   unmarked, contributes any figure. A filled cell that is not a count is ignored and listed.
 * - The target's own figures are a source too: a figure typed there ("here"), or one an earlier
 *   consolidation wrote (the provenance sheet names its file and unit, and the cell still holds it).
 * - A file replaces its own earlier contribution: the earlier figure of the same unit (a marked
 *   file) or the same file name (otherwise) drops out wherever the new file gives a figure.
 * - A blank is never a source: it overwrites nothing.
 * - Where the sources disagree the cell is a conflict, filled only with the value chosen
 *   (resolutions); unresolved, the pane keeps what the cell holds and the CLI leaves it blank —
 *   never silently one of them. Every candidate is recorded, so none is lost.
 * - Mode: a plain-table file cannot be spread over months — refused for a monthly target; a monthly
 *   file fills the plain table with the sums of the period's months (the whole year by default),
 *   per indicator only when every one of those months has b and a (the "complete" rule).
 */
import { INDICATORS, type IndicatorCode } from "../catalog";
import { WHOLE_DEPARTMENT, hostUnitNamed, type FilledBy } from "../filledBy";
import { MONTHS, periodSpan, spanMonths, type MonthNumber, type ReportPeriod } from "../period";
import { countProblem, isBlank, type CellInput, type InputProblem } from "../ratio";
import { PARTS, slotCount, type FigureRows, type Figures, type KpiWorkbook, type Part, type ReadWorkbook, type WorkbookMode } from "./kpiWorkbook";

/** One cell of the target: an indicator's b or a in a month, or in the plain table (month null). */
export interface FigureCell {
  readonly code: IndicatorCode;
  readonly part: Part;
  readonly month: MonthNumber | null;
}

export function cellKey(cell: FigureCell): string {
  return `${cell.code}|${cell.part}|${cell.month ?? 0}`;
}

/** Where a figure came from, as the provenance sheet records it. */
export type Origin =
  /** Typed into the target workbook itself (at Văn phòng Sở). */
  | { readonly kind: "here" }
  /** A unit's file: its name, the unit it was marked with ("" unmarked), its last-modified time. */
  | { readonly kind: "file"; readonly fileName: string; readonly unit: string; readonly lastModified?: string };

/** One line of the provenance sheet: a figure of a cell and its origin. */
export interface ProvenanceRecord extends FigureCell {
  readonly value: CellInput;
  /** "filled": the cell holds it; "conflict": one candidate of a cell left undecided. */
  readonly status: "filled" | "conflict";
  readonly origin: Origin;
}

/** What the target workbook holds now. */
export interface TargetState {
  readonly mode: WorkbookMode;
  readonly figures: Figures;
  /** Its provenance sheet, as read ([] when there is none). */
  readonly provenance: readonly ProvenanceRecord[];
  /** Where each cell stands in it ("Số liệu theo tháng!F9"), for the provenance sheet and messages. */
  readonly addresses?: ReadonlyMap<string, string>;
}

/** A figure a source offers for a cell. */
export type Source =
  /** An input file (index into the plan's files). */
  | { readonly kind: "file"; readonly file: number }
  /** The target's own content, with the origin its provenance gives (or "here"). */
  | { readonly kind: "target"; readonly origin: Origin };

export interface Candidate {
  readonly source: Source;
  readonly value: CellInput;
  /** Who it is from, as the provenance sheet records it. */
  readonly origin: Origin;
}

export type CellDecision =
  /** Every source gives the same value (one source, or several that agree). */
  | { readonly kind: "agreed"; readonly value: CellInput }
  /** Sources disagree; `chosen` when the user picked one of the values. */
  | { readonly kind: "conflict"; readonly chosen?: CellInput }
  /** No source has a figure. */
  | { readonly kind: "empty" };

export interface CellPlan extends FigureCell {
  readonly key: string;
  /** What the target cell holds now (null when blank). */
  readonly current: CellInput;
  /** Every source's figure, the target's first. */
  readonly candidates: readonly Candidate[];
  readonly decision: CellDecision;
  /** What the cell will hold (null: blank). */
  readonly result: CellInput;
  /** The candidates the result came from (empty for a blank or an unresolved conflict). */
  readonly from: readonly Candidate[];
  readonly changed: boolean;
}

export type IgnoredReason =
  /** A marked file's figure of an indicator another unit hosts. */
  | "otherUnit"
  /** Not a count (text, negative, fractional, too large). */
  | "notCount"
  /** A monthly file for the plain table: a month of the period without b or a. */
  | "incomplete";

export interface IgnoredFigure extends FigureCell {
  readonly file: number;
  readonly reason: IgnoredReason;
  readonly value?: CellInput;
  readonly problem?: InputProblem;
  /** otherUnit: who hosts the indicator. */
  readonly hostUnit?: string;
  /** incomplete: the months without b or a. */
  readonly months?: readonly MonthNumber[];
}

export type FileRefusal =
  | "unreadable"
  | "notOurs"
  /** A plain-table file for monthly figures: its b and a cannot be spread over months. */
  | "plainForMonthly"
  /** Another plan year than the target's. */
  | "otherYear";

export interface FileReport {
  readonly index: number;
  readonly fileName: string;
  readonly lastModified?: string;
  readonly status: "used" | "refused";
  readonly refusal?: FileRefusal;
  /** unreadable: what the reader said. */
  readonly detail?: string;
  readonly mode?: WorkbookMode;
  readonly filledBy?: FilledBy;
  readonly year?: number;
  /** The figures it offered (valid, for indicators it may fill). */
  readonly offered: number;
  /** The cells whose result came (also) from it. */
  readonly contributed: number;
  readonly ignored: number;
  /** Found some figures by the sheets' headers, its names being gone. */
  readonly byHeaders: boolean;
  /** Another file in this run is marked with the same host unit. */
  readonly sameUnitAs?: string;
}

export interface MissingFigures {
  readonly code: IndicatorCode;
  /** The months (null: the plain table's cell) with b or a blank after the merge. */
  readonly months: readonly (MonthNumber | null)[];
}

export interface ConsolidationPlan {
  readonly mode: WorkbookMode;
  /** The period the missing figures are reckoned to (monthly), and the months a monthly file sums for the plain table. */
  readonly period?: ReportPeriod;
  /** The last month reckoned for missing figures (monthly; 0 when there is no figure at all). */
  readonly dueThrough: number;
  readonly files: readonly FileReport[];
  /** Every cell of the target, in the catalog's order, b before a, by month. */
  readonly cells: readonly CellPlan[];
  readonly ignored: readonly IgnoredFigure[];
  readonly missing: readonly MissingFigures[];
  /** The provenance sheet after the merge. */
  readonly provenance: readonly ProvenanceRecord[];
  readonly counts: {
    readonly filled: number;
    readonly changed: number;
    readonly conflicts: number;
    readonly unresolved: number;
    readonly ignored: number;
    readonly refusedFiles: number;
  };
}

export interface ConsolidationInput {
  readonly target: TargetState;
  readonly files: readonly ReadWorkbook[];
  /** Monthly: missing figures are months 1 to its end; plain table: the months a monthly file sums. */
  readonly period?: ReportPeriod;
  /** The user's choice per conflict cell (cellKey → the value to keep). */
  readonly resolutions?: ReadonlyMap<string, CellInput>;
  /** An unresolved conflict: "keep" what the cell holds (the pane), or "blank" (the CLI). */
  readonly unresolved: "keep" | "blank";
  /** The target's plan year: files of another year are refused. */
  readonly year?: number;
}

// ─────────────────────────── sources ───────────────────────────

/** Who a figure's origin is, for replacing a file's earlier contribution: its unit, else its file name. */
export function originKey(origin: Origin): string {
  if (origin.kind === "here") return "here";
  const unit = hostUnitNamed(origin.unit);
  return unit ? `unit:${unit}` : `file:${origin.fileName.toLocaleLowerCase()}`;
}

export function fileOrigin(file: KpiWorkbook): Origin {
  const unit = file.filledBy.kind === "unit" ? file.filledBy.unit : file.filledBy.kind === "whole" ? WHOLE_DEPARTMENT : "";
  return { kind: "file", fileName: file.fileName, unit, ...(file.lastModified ? { lastModified: file.lastModified } : {}) };
}

const sameValue = (x: CellInput, y: CellInput): boolean => (isBlank(x) && isBlank(y)) || x === y;

/** The target's own sources of one cell: what its provenance says of the value it holds. */
function targetCandidates(current: CellInput, records: readonly ProvenanceRecord[]): Candidate[] {
  const filled = records.filter((r) => r.status === "filled" && !isBlank(current) && sameValue(r.value, current));
  const conflict = records.filter((r) => r.status === "conflict");
  // An undecided conflict stays undecided while the cell holds nothing or one of its candidates.
  const open = conflict.length > 0 && (isBlank(current) || conflict.some((r) => sameValue(r.value, current)));
  const candidates: Candidate[] = [];
  const of = (origin: Origin, value: CellInput): Candidate => ({ source: { kind: "target", origin }, value, origin });
  for (const r of filled) candidates.push(of(r.origin, r.value));
  if (open) for (const r of conflict) candidates.push(of(r.origin, r.value));
  if (!isBlank(current) && !candidates.some((c) => sameValue(c.value, current))) candidates.push(of({ kind: "here" }, current));
  return candidates;
}

/** The slots of a cell: months 1–12, or the plain table's one (null). */
function slots(mode: WorkbookMode): readonly (MonthNumber | null)[] {
  return mode === "monthly" ? MONTHS : [null];
}

const slotIndex = (month: MonthNumber | null): number => (month === null ? 0 : month - 1);

// ─────────────────────────── the plan ───────────────────────────

interface UsableFile {
  readonly index: number;
  readonly file: KpiWorkbook;
  readonly origin: Origin;
  readonly key: string;
  /** Figures in the target's shape (monthly files summed for the plain table). */
  readonly figures: Figures;
}

/**
 * A monthly file's figures for the plain table: the sums of the span's months, per indicator
 * only when each of them holds b and a (counts). The rest is ignored and listed.
 */
function summedForPlainTable(file: KpiWorkbook, index: number, months: readonly MonthNumber[], ignored: IgnoredFigure[]): Figures {
  const figures: Partial<Record<IndicatorCode, FigureRows>> = {};
  for (const { code } of INDICATORS) {
    const rows = file.figures[code];
    if (!rows) continue;
    const anything = months.some((m) => !isBlank(rows.numerator[m - 1]) || !isBlank(rows.denominator[m - 1]));
    if (!anything) continue;
    const gaps = months.filter((m) => isBlank(rows.numerator[m - 1]) || isBlank(rows.denominator[m - 1]));
    const bad = months.some((m) => PARTS.some((p) => !isBlank(rows[p][m - 1]) && countProblem(rows[p][m - 1]) !== undefined));
    if (gaps.length > 0 || bad) {
      for (const part of PARTS) {
        ignored.push({ code, part, month: null, file: index, reason: bad ? "notCount" : "incomplete", ...(gaps.length > 0 ? { months: gaps } : {}) });
      }
      continue;
    }
    const sum = (part: Part): number => months.reduce((s, m) => s + (rows[part][m - 1] as number), 0);
    figures[code] = { numerator: [sum("numerator")], denominator: [sum("denominator")] };
  }
  return figures;
}

/** Which files the plan can use, and why the others are refused. */
function triage(input: ConsolidationInput, ignored: IgnoredFigure[]): { usable: UsableFile[]; reports: Map<number, Partial<FileReport>> } {
  const usable: UsableFile[] = [];
  const reports = new Map<number, Partial<FileReport>>();
  const months = spanMonths(periodSpan(input.period ?? { kind: "year" }));
  input.files.forEach((file, index) => {
    const base = { index, fileName: file.fileName, ...(file.lastModified ? { lastModified: file.lastModified } : {}) };
    if (file.kind === "unreadable") return void reports.set(index, { ...base, status: "refused", refusal: "unreadable", detail: file.detail });
    if (file.kind === "notOurs") return void reports.set(index, { ...base, status: "refused", refusal: "notOurs" });
    const described = { ...base, mode: file.mode, filledBy: file.filledBy, ...(file.year !== undefined ? { year: file.year } : {}), byHeaders: file.foundBy === "headers" };
    if (input.year !== undefined && file.year !== undefined && file.year !== input.year) {
      return void reports.set(index, { ...described, status: "refused", refusal: "otherYear" });
    }
    if (input.target.mode === "monthly" && file.mode === "yearly") {
      return void reports.set(index, { ...described, status: "refused", refusal: "plainForMonthly" });
    }
    const figures = input.target.mode === "yearly" && file.mode === "monthly" ? summedForPlainTable(file, index, months, ignored) : file.figures;
    reports.set(index, { ...described, status: "used" });
    const origin = fileOrigin(file);
    usable.push({ index, file, origin, key: originKey(origin), figures });
  });
  // Two files marked with the same unit: said, and their figures compared like any two sources.
  for (const a of usable) {
    if (a.file.filledBy.kind !== "unit") continue;
    const twin = usable.find((b) => b !== a && b.key === a.key);
    if (twin) reports.set(a.index, { ...reports.get(a.index), sameUnitAs: twin.file.fileName });
  }
  return { usable, reports };
}

/** The host unit of each indicator. */
const HOST_OF: ReadonlyMap<IndicatorCode, string> = new Map(INDICATORS.map((i) => [i.code, i.hostUnit]));

/** Builds the merge plan. Pure: the same input gives the same plan. */
export function planConsolidation(input: ConsolidationInput): ConsolidationPlan {
  const { target } = input;
  const mode = target.mode;
  const ignored: IgnoredFigure[] = [];
  const { usable, reports } = triage(input, ignored);
  const offered = new Map<number, number>();
  const contributed = new Map<number, number>();
  const recordsByCell = new Map<string, ProvenanceRecord[]>();
  for (const record of target.provenance) {
    const key = cellKey(record);
    recordsByCell.set(key, [...(recordsByCell.get(key) ?? []), record]);
  }

  const cells: CellPlan[] = [];
  const provenance: ProvenanceRecord[] = [];
  for (const { code } of INDICATORS) {
    for (const part of PARTS) {
      for (const month of slots(mode)) {
        const cell: FigureCell = { code, part, month };
        const key = cellKey(cell);
        const rawCurrent = target.figures[code]?.[part][slotIndex(month)];
        const current: CellInput = isBlank(rawCurrent) ? null : (rawCurrent ?? null);

        // The files' figures for this cell.
        const fromFiles: (Candidate & { key: string })[] = [];
        for (const f of usable) {
          const value = f.figures[code]?.[part][slotIndex(month)];
          if (isBlank(value)) continue;
          const filledBy = f.file.filledBy;
          if (filledBy.kind === "unit" && HOST_OF.get(code) !== filledBy.unit) {
            ignored.push({ code, part, month, file: f.index, reason: "otherUnit", value, hostUnit: HOST_OF.get(code)! });
            continue;
          }
          const problem = countProblem(value ?? null);
          if (problem) {
            ignored.push({ code, part, month, file: f.index, reason: "notCount", value, problem });
            continue;
          }
          offered.set(f.index, (offered.get(f.index) ?? 0) + 1);
          fromFiles.push({ source: { kind: "file", file: f.index }, value: value ?? null, origin: f.origin, key: f.key });
        }

        // The target's own figures, but those its files now replace.
        const replacing = new Set(fromFiles.map((c) => c.key));
        const own = targetCandidates(current, recordsByCell.get(key) ?? []).filter(
          (c) => c.source.kind !== "target" || c.source.origin.kind === "here" || !replacing.has(originKey(c.source.origin)),
        );
        const candidates: Candidate[] = [...own, ...fromFiles.map(({ source, value, origin }) => ({ source, value, origin }))];

        const values: CellInput[] = [];
        for (const c of candidates) if (!values.some((v) => sameValue(v, c.value))) values.push(c.value);
        let decision: CellDecision;
        let result: CellInput;
        let from: Candidate[];
        if (values.length === 0) {
          decision = { kind: "empty" };
          result = current;
          from = [];
        } else if (values.length === 1) {
          decision = { kind: "agreed", value: values[0] };
          result = values[0];
          from = candidates;
        } else {
          const wanted = input.resolutions?.get(key);
          const chosen = wanted !== undefined ? values.find((v) => sameValue(v, wanted)) : undefined;
          if (chosen !== undefined) {
            decision = { kind: "conflict", chosen };
            result = chosen;
            from = candidates.filter((c) => sameValue(c.value, chosen));
          } else {
            decision = { kind: "conflict" };
            result = input.unresolved === "keep" ? current : null;
            from = [];
          }
        }
        for (const c of from) if (c.source.kind === "file") contributed.set(c.source.file, (contributed.get(c.source.file) ?? 0) + 1);
        if (decision.kind === "conflict" && decision.chosen === undefined) {
          for (const c of candidates) provenance.push({ ...cell, value: c.value, status: "conflict", origin: c.origin });
        } else {
          for (const c of from) provenance.push({ ...cell, value: c.value, status: "filled", origin: c.origin });
        }
        cells.push({ ...cell, key, current, candidates, decision, result, from, changed: !sameValue(result, current) });
      }
    }
  }

  const dueThrough = mode === "monthly" ? dueMonth(input.period, cells) : 0;
  const missing = missingFigures(mode, cells, dueThrough);
  const files: FileReport[] = input.files.map((_, index) => {
    const report = reports.get(index)!;
    return {
      ...(report as FileReport),
      offered: offered.get(index) ?? 0,
      contributed: contributed.get(index) ?? 0,
      ignored: ignored.filter((i) => i.file === index).length,
      byHeaders: report.byHeaders ?? false,
    };
  });
  const conflicts = cells.filter((c) => c.decision.kind === "conflict");
  return {
    mode,
    ...(input.period ? { period: input.period } : {}),
    dueThrough,
    files,
    cells,
    ignored,
    missing,
    provenance,
    counts: {
      filled: cells.filter((c) => !isBlank(c.result)).length,
      changed: cells.filter((c) => c.changed).length,
      conflicts: conflicts.length,
      unresolved: conflicts.filter((c) => c.decision.kind === "conflict" && c.decision.chosen === undefined).length,
      ignored: ignored.length,
      refusedFiles: files.filter((f) => f.status === "refused").length,
    },
  };
}

/** The last month missing figures are reckoned to: the period's end, else the last month holding any figure. */
function dueMonth(period: ReportPeriod | undefined, cells: readonly CellPlan[]): number {
  if (period) return periodSpan(period).end;
  return cells.reduce((last, c) => (c.month !== null && !isBlank(c.result) ? Math.max(last, c.month) : last), 0);
}

function missingFigures(mode: WorkbookMode, cells: readonly CellPlan[], dueThrough: number): MissingFigures[] {
  const missing: MissingFigures[] = [];
  for (const { code } of INDICATORS) {
    const own = cells.filter((c) => c.code === code);
    const months: (MonthNumber | null)[] = [];
    for (const month of slots(mode)) {
      if (month !== null && month > dueThrough) continue;
      if (own.some((c) => c.month === month && isBlank(c.result))) months.push(month);
    }
    if (months.length > 0) missing.push({ code, months });
  }
  return missing;
}

/** The plan's result as the target's figures (what the writers write). */
export function resultFigures(plan: ConsolidationPlan): Figures {
  const figures: Partial<Record<IndicatorCode, { numerator: CellInput[]; denominator: CellInput[] }>> = {};
  const size = slotCount(plan.mode);
  for (const cell of plan.cells) {
    const rows = (figures[cell.code] ??= { numerator: Array<CellInput>(size).fill(null), denominator: Array<CellInput>(size).fill(null) });
    rows[cell.part][slotIndex(cell.month)] = cell.result;
  }
  return figures;
}
