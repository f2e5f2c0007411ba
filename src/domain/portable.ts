/**
 * The portable copy ("Chuẩn bị bản nộp"): what a copy of the appendix sheet must hold so that it
 * works for people without the add-in. The copy is a new sheet named for the period; every
 * KPI.* formula in it becomes a native formula (or its value, if the user picks values), so no
 * cell shows #NAME?. The working sheet is not changed. Pure: src/excel/portableCopy.ts reads the
 * sheet, asks planPortableCopy what to write, and writes it into the copy.
 */
import { INDICATORS, findIndicator } from "./catalog";
import {
  gridCell,
  isFormula,
  locateAppendix,
  moveFormula,
  parseReference,
  rowFormulaCells,
  usesCustomFunctions,
  verdictWithCellTarget,
  type AppendixMode,
  type AppendixSnapshot,
  type CellGridRows,
  type RowPart,
} from "./check";
import { DEFAULT_NAME_PREFIX, PERIOD_CELLS, appendixRows, monthlyDataName } from "./layout/appendixLayout";
import { cellAddress, parseCell, quoteSheetName } from "./layout/a1";
import { nativeRatioFormula, nativeVerdictFormula, shownResultFormula, shownSumFormula } from "./nativeFormulas";
import {
  parsePeriod,
  periodLabel,
  periodSpan,
  spanLength,
  yearToDateSpan,
  type MonthSpan,
  type MonthlySnapshot,
  type ReportPeriod,
} from "./period";
import { VERDICT_WORDS, type CellInput, type Verdict } from "./ratio";

/** Results in the copy: native formulas that recalculate, or the values as they are now. */
export type PortableMode = "formulas" | "values";

// ---------------------------------------------------------------------------------------------
// The copy's name
// ---------------------------------------------------------------------------------------------

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME_LENGTH = 31;
const PORTABLE_PREFIX = "Bản nộp";

/** "Tháng 3-2024", "Quý I-2024", "6 tháng 2024", "9 tháng 2024", "Cả năm 2024". */
export function portablePeriodText(period: ReportPeriod, year: number): string {
  const label = periodLabel(period);
  return period.kind === "month" || period.kind === "quarter" ? `${label}-${year}` : `${label} ${year}`;
}

/** A text made fit for a sheet name: no : \ / ? * [ ], no leading or trailing apostrophe. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return cleaned === "" ? PORTABLE_PREFIX : cleaned;
}

function clip(name: string, room: number): string {
  // Clip by code points, never inside a surrogate pair; Excel counts UTF-16 units.
  let out = "";
  for (const ch of name) {
    if (out.length + ch.length > room) break;
    out += ch;
  }
  return out.trimEnd();
}

/**
 * A sheet name for the copy: "Bản nộp Tháng 3-2024", at most 31 characters, valid, and unused
 * (Excel compares sheet names without regard to case): "… (2)", "… (3)" when taken. Never the
 * name of an existing sheet, so the copy never overwrites anything.
 */
export function portableSheetName(period: ReportPeriod, year: number, existing: readonly string[]): string {
  return uniqueSheetName(`${PORTABLE_PREFIX} ${portablePeriodText(period, year)}`, existing);
}

export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  const base = clip(sanitizeSheetName(wanted), MAX_SHEET_NAME_LENGTH);
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${clip(base, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

// ---------------------------------------------------------------------------------------------
// What the copy holds
// ---------------------------------------------------------------------------------------------

/** A cell of the copy and what to write there: a formula ("=…"), a number, text, or "" (blank). */
export interface CellWrite {
  readonly address: string;
  readonly content: string | number | boolean;
}

/**
 * The used range of the working sheet, read with values and formulas: KPI.* outside the table, and
 * the table's cells wherever it stands. Excel's used range starts at the first used cell, not A1
 * (rows inserted above the table or columns to its left move it).
 */
export interface UsedRangeRead {
  /** Top-left cell of the grids: the used range's first cell ("A1", "C4"). */
  readonly topLeft: string;
  readonly values: CellGridRows;
  readonly formulas: CellGridRows;
}

export interface PortableInput {
  /** The working sheet, read as for the check. */
  readonly snapshot: AppendixSnapshot;
  /** Its whole used range; without it only the snapshot's block is scanned for KPI.* formulas. */
  readonly used?: UsedRangeRead;
  readonly mode: PortableMode;
  readonly namePrefix?: string;
  /** Monthly table in values mode: the twelve months of each indicator from the monthly sheet. */
  readonly monthlyData?: MonthlySnapshot;
  /** The period when the sheet does not say (the plain table): default Cả năm. */
  readonly period?: ReportPeriod;
}

export interface PortablePlan {
  readonly tableMode: AppendixMode;
  /** The period the copy is for: the monthly table's period cell, else the input's, else Cả năm. */
  readonly period: ReportPeriod;
  /** Cells of the copy to write, in the order to write them. */
  readonly writes: readonly CellWrite[];
  /** Cells outside the table whose KPI.* formula became the value it showed. */
  readonly frozen: readonly string[];
  /** Cells outside the table whose KPI.* formula became the same rule in native functions. */
  readonly translated: readonly string[];
}

/**
 * The working sheet's cells by their 1-based row and column, wherever the table stands: from the
 * used range when the sheet was read whole (its grids start at its first used cell, not at A1),
 * else from the snapshot's block (read from A1, as wide as the monthly table unmoved).
 */
interface SheetCells {
  value(row: number, column: number): CellInput;
  /** The formula (or constant) of every non-blank cell of a row, by column. */
  rowFormulas(row: number): [column: number, content: CellInput][];
  /** Every non-blank cell that `used` (or else the snapshot's block) holds, with its formula and value. */
  all(): { address: string; formula: CellInput; value: CellInput }[];
}

function sheetCells(snapshot: AppendixSnapshot, used: UsedRangeRead | undefined): SheetCells {
  const scan = used ?? { topLeft: "A1", values: snapshot.values, formulas: snapshot.formulas };
  const origin = parseCell(scan.topLeft);
  const inScan = (grid: CellGridRows, row: number, column: number): CellInput | undefined => {
    const cells = grid[row - origin.row];
    return cells && column >= origin.column && column - origin.column < cells.length ? cells[column - origin.column] : undefined;
  };
  return {
    value: (row, column) => inScan(scan.values, row, column) ?? gridCell(snapshot.values, row, column),
    rowFormulas: (row) => {
      const cells = new Map<number, CellInput>();
      (snapshot.formulas[row - 1] ?? []).forEach((content, i) => cells.set(i + 1, content));
      (scan.formulas[row - origin.row] ?? []).forEach((content, j) => cells.set(origin.column + j, content));
      return [...cells].filter(([, content]) => content !== null && content !== "");
    },
    all: () =>
      scan.formulas.flatMap((cells, i) =>
        cells.map((formula, j) => ({
          address: cellAddress(origin.row + i, origin.column + j),
          formula,
          value: scan.values[i]?.[j] ?? null,
        })),
      ),
  };
}

/** Text that would read as a formula or a number is written with Excel's text prefix. */
function asConstant(value: CellInput): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

/** The 1×12 range a monthly-data name refers to, qualified: "'Số liệu theo tháng'!$C$9:$N$9". */
function monthlyRange(snapshot: AppendixSnapshot, name: string): { sheet: string; top: number; left: number } | undefined {
  const reference = snapshot.names.find((n) => n.name.toUpperCase() === name.toUpperCase())?.reference;
  const parsed = reference ? parseReference(reference) : undefined;
  if (!parsed) return undefined;
  const start = parseCell(parsed.address.split(":")[0]);
  return { sheet: parsed.sheet, top: start.row, left: start.column };
}

function spanReference(range: { sheet: string; top: number; left: number }, span: MonthSpan): string {
  const first = cellAddress(range.top, range.left + span.start - 1);
  const last = cellAddress(range.top, range.left + span.end - 1);
  const sheet = quoteSheetName(range.sheet);
  return span.start === span.end ? `${sheet}!${first}` : `${sheet}!${first}:${last}`;
}

function spanValues(months: readonly CellInput[] | undefined, span: MonthSpan): CellInput[] {
  return Array.from({ length: spanLength(span) }, (_, i) => months?.[span.start - 1 + i] ?? null);
}

/** A period's b or a as the appendix shows it: the sum only when the period has data (shownSumFormula). */
function shownSum(months: CellInput[], verdict: Verdict): number | "" {
  if (verdict !== "pass" && verdict !== "fail" && verdict !== "notApplicable") return "";
  return months.reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
}

/**
 * Turns a whole-cell KPI.* formula into native functions when it is one of the simple forms:
 * =KPI.<indicator or RATIO>(b,a) and =KPI.STATUS("code",b,a[,target]) with references for b, a
 * and target. Anything else returns undefined (the cell is then frozen to its value).
 */
export function translateKpiFormula(formula: string): string | undefined {
  const body = formula.trim();
  const ref = String.raw`((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)?!?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)`;
  const ratio = new RegExp(String.raw`^=KPI\.([A-Za-z]+)\(${ref},${ref}\)$`, "i").exec(body);
  if (ratio) {
    const fn = ratio[1].toUpperCase();
    if (fn !== "RATIO" && !INDICATORS.some((i) => i.functionName === fn)) return undefined;
    return nativeRatioFormula({ numerator: ratio[2], denominator: ratio[3] });
  }
  const status = new RegExp(String.raw`^=KPI\.STATUS\("([^"]+)",${ref},${ref}(?:,${ref})?\)$`, "i").exec(body);
  if (status) {
    const indicator = findIndicator(status[1]);
    if (!indicator) return undefined;
    const refs = { numerator: status[2], denominator: status[3] };
    // Without a target argument KPI.STATUS uses the plan's target: the number itself. With one,
    // the native formula reads it as KPI.STATUS does (targetFromCell: else the plan's target).
    const target = status[4] ?? String(indicator.target.fraction);
    return nativeVerdictFormula(refs, target, indicator.target);
  }
  return undefined;
}

/**
 * What to write into the copy. The table's formula cells (Kết quả, Đánh giá; in the monthly table
 * also b, a and the year to date) get native formulas over the same cells — the monthly table's
 * over the fixed months of its period on the monthly sheet, so the copy keeps its period when the
 * working sheet moves on — or, in values mode, the values those formulas give. Every other cell
 * with a KPI.* formula gets the same rule in native functions when it is a simple call, else
 * the value it shows. In the monthly table the period cell's companions (header texts, first
 * and last month) are frozen to their values: the copy is for one period.
 */
export function planPortableCopy(input: PortableInput): PortablePlan {
  const { snapshot, mode } = input;
  const namePrefix = input.namePrefix ?? DEFAULT_NAME_PREFIX;
  const located = locateAppendix(snapshot.formulas);
  const modelRows = appendixRows();
  const writes = new Map<string, string | number | boolean>();
  const put = (row: number, column: number, content: string | number | boolean): void => {
    writes.set(cellAddress(row, column), content);
  };
  const sheet = sheetCells(snapshot, input.used);
  const value = sheet.value;

  let period: ReportPeriod = input.period ?? { kind: "year" };
  if (located.mode === "monthly") {
    const cell = parseCell(PERIOD_CELLS.period);
    period = parsePeriod(value(cell.row + located.offset, cell.column + located.columnOffset) as string | number | null) ?? period;
  }

  // The monthly table: its period and its year to date over fixed months.
  const spans: Record<"period" | "ytd", MonthSpan> = { period: periodSpan(period), ytd: yearToDateSpan(period) };
  for (const indicator of INDICATORS) {
    const row = located.rows.get(indicator.code);
    if (row === undefined) continue;
    const modelRow = modelRows.indicators.get(indicator.code)!;
    const cells = rowFormulaCells(located.mode, indicator.code, namePrefix);
    const columnOf = (part: RowPart): number | undefined => {
      const column = cells.find((c) => c.part === part)?.column;
      return column === undefined ? undefined : column + located.columnOffset;
    };
    if (located.mode === "plain") {
      if (mode === "formulas") {
        for (const cell of cells) {
          put(row, cell.column + located.columnOffset, moveFormula(cell.native, row - modelRow, located.columnOffset));
        }
      } else {
        const c = located.columns;
        const { verdict, ratio } = verdictWithCellTarget(value(row, c.numerator), value(row, c.denominator), value(row, c.target), indicator);
        put(row, c.result, ratio ?? "");
        put(row, c.verdict, VERDICT_WORDS[verdict]);
      }
      continue;
    }
    const targetRef = cellAddress(row, located.columns.target);
    const dataB = monthlyRange(snapshot, monthlyDataName(namePrefix, indicator.code, "numerator"));
    const dataA = monthlyRange(snapshot, monthlyDataName(namePrefix, indicator.code, "denominator"));
    const slots: readonly { span: "period" | "ytd"; result?: number; verdict?: number }[] = [
      { span: "period", result: columnOf("result"), verdict: columnOf("verdict") },
      { span: "ytd", result: columnOf("ytdResult"), verdict: columnOf("ytdVerdict") },
    ];
    const bColumn = columnOf("numerator");
    const aColumn = columnOf("denominator");
    if (mode === "formulas" && dataB && dataA) {
      const refs = (span: MonthSpan): { numerator: string; denominator: string } => ({
        numerator: spanReference(dataB, span),
        denominator: spanReference(dataA, span),
      });
      // The same rules as the working sheet's: a verdict needs every month of the span, and b, a
      // and Kết quả show only what that verdict allows.
      for (const slot of slots) {
        if (!slot.verdict) continue;
        const spanRefs = refs(spans[slot.span]);
        const verdictCell = cellAddress(row, slot.verdict);
        put(row, slot.verdict, nativeVerdictFormula(spanRefs, targetRef, indicator.target));
        if (slot.result) put(row, slot.result, shownResultFormula(verdictCell, `SUM(${spanRefs.numerator})/SUM(${spanRefs.denominator})`));
        if (slot.span !== "period") continue;
        if (bColumn) put(row, bColumn, shownSumFormula(verdictCell, `SUM(${spanRefs.numerator})`));
        if (aColumn) put(row, aColumn, shownSumFormula(verdictCell, `SUM(${spanRefs.denominator})`));
      }
    } else if (mode === "values" && input.monthlyData) {
      const months = input.monthlyData[indicator.code];
      const slice = (span: MonthSpan): { b: CellInput[]; a: CellInput[] } => ({
        b: spanValues(months?.numerator, span),
        a: spanValues(months?.denominator, span),
      });
      const target = value(row, located.columns.target);
      for (const slot of slots) {
        const { b, a } = slice(spans[slot.span]);
        const { verdict, ratio } = verdictWithCellTarget([b], [a], target, indicator);
        if (slot.result) put(row, slot.result, ratio ?? "");
        if (slot.verdict) put(row, slot.verdict, VERDICT_WORDS[verdict]);
        if (slot.span !== "period") continue;
        if (bColumn) put(row, bColumn, shownSum(b, verdict));
        if (aColumn) put(row, aColumn, shownSum(a, verdict));
      }
    } else {
      // No monthly data to rebuild from: the values the working sheet shows.
      for (const cell of cells) {
        const column = cell.column + located.columnOffset;
        put(row, column, asConstant(value(row, column)));
      }
    }
  }

  // The monthly table's period texts: frozen, so that the copy states its own period.
  if (located.mode === "monthly") {
    const periodRow = parseCell(PERIOD_CELLS.period).row + located.offset;
    for (const row of [periodRow, located.headerTop]) {
      for (const [column, content] of sheet.rowFormulas(row)) {
        if (isFormula(content)) put(row, column, asConstant(value(row, column)));
      }
    }
  }

  // Any other KPI.* formula of the sheet: translated when simple, else frozen to its value. In
  // values mode every other formula too (the document frame's): the copy holds values only.
  const frozen: string[] = [];
  const translated: string[] = [];
  for (const { address, formula, value: shown } of sheet.all()) {
    if (writes.has(address) || !isFormula(formula)) continue;
    if (!usesCustomFunctions(formula)) {
      if (mode === "values") writes.set(address, asConstant(shown));
      continue;
    }
    const nativeFormula = mode === "formulas" ? translateKpiFormula(formula) : undefined;
    if (nativeFormula) {
      writes.set(address, nativeFormula);
      translated.push(address);
    } else {
      writes.set(address, asConstant(shown));
      frozen.push(address);
    }
  }

  return {
    tableMode: located.mode,
    period,
    writes: [...writes].map(([address, content]) => ({ address, content })),
    frozen,
    translated,
  };
}

