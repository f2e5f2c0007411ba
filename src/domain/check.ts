/**
 * The pre-submission check ("Kiểm tra trước khi nộp") as a pure function of what was read from the
 * appendix sheet: missing and invalid inputs, indicators below target, formulas replaced by typed
 * values, rows and names missing, targets that differ from the plan. Office.js (src/excel/check.ts)
 * and the standalone workbook (exceljs / LibreOffice) both build an AppendixSnapshot and call
 * checkAppendix. The words come from src/i18n/{vi,en}/check.ts through describeFinding.
 */
import { HOST_UNITS, INDICATORS, PLAN, type Indicator, type IndicatorCode, type Target } from "./catalog";
import { functionStrings } from "./kpiFunctions";
import { fillTemplate } from "./template";
import {
  COLUMN_HEADERS,
  DEFAULT_NAME_PREFIX,
  LATE_DOSSIERS_CODE,
  MONTHLY_COLUMNS,
  ROWS,
  appendixColumns,
  appendixRows,
  buildAppendixLayout,
  inputValueColumn,
  filledByName,
  type AppendixOptions,
  type ColumnKey,
} from "./layout/appendixLayout";
import { documentFieldsOf, documentName, type DocumentFieldKey } from "./layout/documentFrame";
import { cellAddress, columnLetter, columnNumber, parseCell, quoteSheetName, toAbsolute } from "./layout/a1";
import type { SheetLayout } from "./layout/model";
import {
  VERDICT_WORDS,
  countProblem,
  evaluateRatio,
  isBlank,
  targetBasisPoints,
  targetFromCell,
  verdictOf,
  type CellGrid,
  type CellInput,
  type InputProblem,
  type Verdict,
} from "./ratio";
import type { Language } from "../i18n/language";
import type { CheckStrings } from "../i18n/vi/check";

// ---------------------------------------------------------------------------------------------
// What is read
// ---------------------------------------------------------------------------------------------

export type CellGridRows = readonly (readonly CellInput[])[];

/** A workbook name and what it refers to: "='Phụ lục 2024'!$G$8", "Sheet!A1:B2" or "=#REF!". */
export interface NamedReference {
  readonly name: string;
  readonly reference: string;
}

/**
 * Everything the check reads, in one go. `values` and `formulas` cover the block from A1 that
 * snapshotAddress() names (more rows or columns do no harm): `values` as the sheet shows them
 * (numbers, text, booleans; "" or null for a blank cell; errors as their text, "#N/A"), `formulas`
 * the same cells with every formula as text starting with "=" (a constant stands as itself).
 */
export interface AppendixSnapshot {
  readonly sheetName: string;
  readonly sheetExists: boolean;
  readonly values: CellGridRows;
  readonly formulas: CellGridRows;
  /** Every name of the workbook (all of them: the check picks its own). */
  readonly names: readonly NamedReference[];
}

/** Rows below the table that are read too, so that rows inserted into the table are still found. */
const SNAPSHOT_SLACK_ROWS = 40;

/**
 * Where locateAppendix looks for the header row: the first rows and columns of the sheet, so that
 * rows inserted above the table (the document frame puts the header on row ROWS.headerTop; users may
 * insert more) and columns inserted left of it are found.
 */
const HEADER_SEARCH = { rows: 60, columns: 20 } as const;

/**
 * The block a snapshot reads: from A1 wide enough for the widest layout (and the document frame's
 * input values beside the table) standing as far right as the header search reaches, and past the
 * table's end; one fixed block, read in one go.
 */
export function snapshotAddress(): string {
  const widest = Math.max(MONTHLY_COLUMNS.note + HEADER_SEARCH_SLACK, inputValueColumn({ monthly: { period: { kind: "year" } } }));
  const lastColumn = HEADER_SEARCH.columns - 1 + widest;
  return `A1:${columnLetter(lastColumn)}${appendixRows().lastRow + SNAPSHOT_SLACK_ROWS}`;
}

/** The cell at a 1-based row and column of a grid read from A1 (null outside it). */
export function gridCell(grid: CellGridRows, row: number, column: number): CellInput {
  return grid[row - 1]?.[column - 1] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Formula text: normalized, relative and moved forms
// ---------------------------------------------------------------------------------------------

/** Splits a formula into code and string literals (odd indexes are "…" literals). */
function splitLiterals(formula: string): string[] {
  return formula.split(/("(?:[^"]|"")*")/);
}

/** An A1 reference in code: optional $, letters, optional $, digits (not a name or a function). */
const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(.])/g;

/**
 * A formula as text to compare: no leading "=", no spaces outside string literals, upper case
 * outside them, without the "_xlfn." prefixes files add to newer functions nor the "@" of
 * implicit intersection that dynamic-array Excel may show.
 */
export function normalizeFormula(formula: string): string {
  const body = formula.trim().replace(/^=/, "");
  return splitLiterals(body)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\s@]+/g, "").toUpperCase().replace(/_XL(FN|WS)\./g, "")))
    .join("");
}

function mapReferences(
  formula: string,
  map: (ref: { column: number; row: number; columnAbsolute: boolean; rowAbsolute: boolean }) => string,
): string {
  return splitLiterals(normalizeFormula(formula))
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_m, colAbs: string, letters: string, rowAbs: string, digits: string) =>
            map({ column: columnNumber(letters), row: Number(digits), columnAbsolute: colAbs === "$", rowAbsolute: rowAbs === "$" }),
          ),
    )
    .join("");
}

/**
 * A formula in a position-free form (like R1C1): each relative reference as its offset from the
 * cell that holds the formula. Two cells hold "the same formula" when their forms are equal.
 */
export function relativeForm(formula: string, row: number, column: number): string {
  return mapReferences(formula, (ref) => {
    const c = ref.columnAbsolute ? `C${ref.column}` : `C[${ref.column - column}]`;
    const r = ref.rowAbsolute ? `R${ref.row}` : `R[${ref.row - row}]`;
    return `${r}${c}`;
  });
}

/** The formula with every cell reference replaced by one placeholder: its shape alone. */
export function formulaTemplate(formula: string): string {
  return mapReferences(formula, () => "¤");
}

/**
 * The formula moved by whole rows and columns, every reference with it (absolute ones too), as
 * Excel moves formulas when rows are inserted above the block they sit in. Returns "=…".
 */
export function moveFormula(formula: string, rows: number, columns = 0): string {
  const body = splitLiterals(formula.trim().replace(/^=/, ""))
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_m, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            const column = columnLetter(columnNumber(letters) + columns);
            return `${colAbs}${column}${rowAbs}${Number(digits) + rows}`;
          }),
    )
    .join("");
  return `=${body}`;
}

export function isFormula(content: CellInput): content is string {
  return typeof content === "string" && content.startsWith("=");
}

/** True when a formula calls a KPI.* custom function (outside string literals). */
export function usesCustomFunctions(formula: string, namespace = "KPI"): boolean {
  const call = new RegExp(`(^|[^A-Za-z0-9_.])${namespace}\\.[A-Za-z]`, "i");
  return splitLiterals(formula).some((part, i) => i % 2 === 0 && call.test(part));
}

// ---------------------------------------------------------------------------------------------
// Where the table stands
// ---------------------------------------------------------------------------------------------

/** The plain table (staff type b and a) or the monthly one (b and a summed from the months). */
export type AppendixMode = "plain" | "monthly";

/** The cells of an indicator row the check knows. */
export type RowPart = "numerator" | "denominator" | "target" | "result" | "verdict" | "ytdResult" | "ytdVerdict";

export interface LocatedAppendix {
  readonly mode: AppendixMode;
  /** Rows inserted above the table: 0 when the header stands where the layout puts it. */
  readonly offset: number;
  /** Columns inserted left of the table. */
  readonly columnOffset: number;
  readonly headerTop: number;
  /** The row each indicator was found in (by its name in column B); absent ones are missing. */
  readonly rows: ReadonlyMap<IndicatorCode, number>;
  /** Column numbers of the mode, where the table now stands: found by their headers. */
  readonly columns: Readonly<Record<ColumnKey, number>> & Partial<Readonly<Record<"ytdResult" | "ytdVerdict", number>>>;
  /**
   * True when the columns stand in an order this version does not write (a sheet made by a version
   * that put Căn cứ thực hiện after Đánh giá): its formulas are the old ones, so it needs an update
   * in place (which keeps every figure) before it can be checked or copied.
   */
  readonly outdated: boolean;
  /** The last row of the table as it stands. */
  readonly lastRow: number;
}

const MONTHLY_OPTIONS: Pick<AppendixOptions, "monthly"> = { monthly: { period: { kind: "year" } } };

function text(value: CellInput): string {
  return typeof value === "string" ? value.normalize("NFC").trim() : "";
}

function firstLine(value: CellInput): string {
  return text(value).split(/\r?\n/)[0].trim();
}

type LocatedColumns = LocatedAppendix["columns"];
type AnyColumnKey = keyof typeof MONTHLY_COLUMNS;

/** Header text → column key; Kết quả and Đánh giá stand twice in the monthly table (period, then year to date). */
const KEY_BY_HEADER: ReadonlyMap<string, ColumnKey> = new Map(
  (Object.entries(COLUMN_HEADERS) as [ColumnKey, string][]).map(([key, header]) => [header, key]),
);
const SECOND_OCCURRENCE: Partial<Record<ColumnKey, AnyColumnKey>> = { result: "ytdResult", verdict: "ytdVerdict" };
/** Columns users may have inserted inside the table, beyond the layout's width, still searched. */
const HEADER_SEARCH_SLACK = 6;

/** The columns whose headers stand in the two header rows, left to right, from the table's first column. */
function headerColumns(formulas: CellGridRows, headerTop: number, firstColumn: number): Partial<Record<AnyColumnKey, number>> {
  const found: Partial<Record<AnyColumnKey, number>> = {};
  const last = firstColumn + MONTHLY_COLUMNS.note - 1 + HEADER_SEARCH_SLACK;
  for (let column = firstColumn; column <= last; column++) {
    for (const row of [headerTop, headerTop + ROWS.headerBottom - ROWS.headerTop]) {
      const key = KEY_BY_HEADER.get(text(gridCell(formulas, row, column)));
      if (key === undefined) continue;
      const slot: AnyColumnKey = found[key] === undefined ? key : (SECOND_OCCURRENCE[key] ?? key);
      found[slot] ??= column;
    }
  }
  return found;
}

/**
 * Finds the table in the grid read from A1: its header row ("STT", then "Tên nhiệm vụ"), each
 * column by its header (so a sheet whose columns stand in another order is read right), the mode
 * (the monthly table has a second, year-to-date Kết quả column) and each indicator's row, by the
 * indicator's name in the Tên nhiệm vụ column (rows inserted into the table are fine).
 */
export function locateAppendix(formulas: CellGridRows): LocatedAppendix {
  let headerTop: number = ROWS.headerTop;
  let firstColumn = 1;
  search: for (let row = 1; row <= Math.min(formulas.length, HEADER_SEARCH.rows); row++) {
    for (let column = 1; column <= HEADER_SEARCH.columns; column++) {
      if (text(gridCell(formulas, row, column)) === COLUMN_HEADERS.stt && text(gridCell(formulas, row, column + 1)) === COLUMN_HEADERS.name) {
        headerTop = row;
        firstColumn = column;
        break search;
      }
    }
  }
  const offset = headerTop - ROWS.headerTop;
  const columnOffset = firstColumn - 1;
  const headerBottom = headerTop + (ROWS.headerBottom - ROWS.headerTop);
  const byHeader = headerColumns(formulas, headerTop, firstColumn);
  const mode: AppendixMode = byHeader.ytdResult !== undefined ? "monthly" : "plain";
  const layoutColumns = appendixColumns(mode === "monthly" ? MONTHLY_OPTIONS : {}) as Partial<Record<AnyColumnKey, number>>;
  const columns = Object.fromEntries(
    Object.entries(layoutColumns).map(([key, column]) => [key, byHeader[key as AnyColumnKey] ?? column! + columnOffset]),
  ) as unknown as LocatedColumns;
  const outdated = byHeader.legalBasis !== undefined && byHeader.verdict !== undefined && byHeader.legalBasis > byHeader.verdict;
  const rows = new Map<IndicatorCode, number>();
  const modelRows = appendixRows();
  const taken = new Set<number>();
  for (const indicator of INDICATORS) {
    const expected = modelRows.indicators.get(indicator.code)! + offset;
    const matches = (row: number): boolean =>
      !taken.has(row) && firstLine(gridCell(formulas, row, columns.name)).normalize("NFC") === indicator.name.normalize("NFC");
    let found: number | undefined = matches(expected) ? expected : undefined;
    for (let row = headerBottom + 1; found === undefined && row <= formulas.length; row++) {
      if (matches(row)) found = row;
    }
    if (found !== undefined) {
      rows.set(indicator.code, found);
      taken.add(found);
    }
  }
  // The table ends with the last indicator found (rows inserted into it or deleted move it).
  const lastFound = [...INDICATORS].reverse().find((i) => rows.has(i.code));
  const lastRow = lastFound
    ? rows.get(lastFound.code)! + modelRows.lastRow - modelRows.indicators.get(lastFound.code)!
    : modelRows.lastRow + offset;
  return { mode, offset, columnOffset, headerTop, rows, columns, outdated, lastRow };
}

/** The layouts whose formulas a table may hold: KPI.* and native, for the mode. */
export interface ModeLayouts {
  readonly kpi: SheetLayout;
  readonly native: SheetLayout;
}

const layoutCache = new Map<string, ModeLayouts>();

export function modeLayouts(mode: AppendixMode, namePrefix = DEFAULT_NAME_PREFIX): ModeLayouts {
  const key = `${mode}|${namePrefix}`;
  let layouts = layoutCache.get(key);
  if (!layouts) {
    const base: AppendixOptions = {
      year: 2024,
      unitName: "",
      formulas: "kpi",
      namePrefix,
      ...(mode === "monthly" ? MONTHLY_OPTIONS : {}),
    };
    layouts = {
      kpi: buildAppendixLayout(base),
      native: buildAppendixLayout({ ...base, formulas: "native" }),
    };
    layoutCache.set(key, layouts);
  }
  return layouts;
}

/** The cells of an indicator row that hold formulas in the layout, with both accepted formulas. */
export interface FormulaCell {
  readonly part: RowPart;
  readonly column: number;
  readonly kpi: string;
  readonly native: string;
}

export function rowFormulaCells(mode: AppendixMode, code: IndicatorCode, namePrefix = DEFAULT_NAME_PREFIX): FormulaCell[] {
  const { kpi, native } = modeLayouts(mode, namePrefix);
  const row = appendixRows().indicators.get(code)!;
  const columns = appendixColumns(mode === "monthly" ? MONTHLY_OPTIONS : {});
  const parts: RowPart[] = ["numerator", "denominator", "result", "verdict", "ytdResult", "ytdVerdict"];
  const cells: FormulaCell[] = [];
  for (const part of parts) {
    const column = (columns as Partial<Record<RowPart, number>>)[part];
    if (column === undefined) continue;
    const k = kpi.cells[row - 1]?.[column - 1];
    const n = native.cells[row - 1]?.[column - 1];
    if (isFormula(k) && isFormula(n)) cells.push({ part, column, kpi: k, native: n });
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------
// Findings and the report
// ---------------------------------------------------------------------------------------------

export type FindingKind =
  | "sheetMissing"
  | "layoutOutdated"
  | "rowMissing"
  | "inputMissing"
  | "monthlyDataMissing"
  | "inputInvalid"
  | "monthlyDataInvalid"
  | "belowTarget"
  | "unexplainedMiss"
  | "notApplicable"
  | "frameMissing"
  | "documentIncomplete"
  | "formulaReplaced"
  | "targetChanged"
  | "nameMissing"
  | "nameWrong"
  | "verdictMismatch";

export type Severity = "error" | "warning" | "info";

export const SEVERITY: Readonly<Record<FindingKind, Severity>> = {
  sheetMissing: "error",
  layoutOutdated: "error",
  rowMissing: "error",
  inputInvalid: "error",
  monthlyDataInvalid: "error",
  formulaReplaced: "error",
  targetChanged: "error",
  // A miss with no explanation in Ghi chú: the plan demands one ("báo cáo giải trình").
  unexplainedMiss: "error",
  inputMissing: "warning",
  monthlyDataMissing: "warning",
  nameMissing: "warning",
  nameWrong: "warning",
  verdictMismatch: "warning",
  // A miss explained in Ghi chú: nothing left to do but report it.
  belowTarget: "info",
  notApplicable: "info",
  // The document frame: reminders only, people may sign and write on paper.
  frameMissing: "info",
  documentIncomplete: "info",
};

/** The parts a message names: a cell of a row, or both inputs. */
export type FindingPart = RowPart | "bothInputs";

/** What a message says beyond its kind, as data; describeFinding turns it into words. */
export interface FindingParams {
  readonly sheet?: string;
  readonly part?: FindingPart;
  readonly problem?: InputProblem;
  /** What the cell holds: a value, a formula ("=…") or blank. */
  readonly found?: CellInput;
  /** A result as a fraction (belowTarget). */
  readonly ratio?: number;
  /** The target the verdict used (belowTarget: targetFromCell), or the plan's (targetChanged). */
  readonly target?: Target;
  /** The verdict the figures give (verdictMismatch). */
  readonly verdict?: Verdict;
  /** A name and what it refers to (nameMissing, nameWrong). */
  readonly name?: string;
  readonly reference?: string;
  readonly expectedReference?: string;
  /** The months concerned (the monthly data's findings), in order. */
  readonly months?: readonly number[];
  /** IV.1 missed (unexplainedMiss, belowTarget): the dossiers resolved late, a − b. */
  readonly late?: number;
  /** The document frame's blank fields (documentIncomplete), in the frame's order. */
  readonly fields?: readonly DocumentFieldKey[];
}

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** The indicator concerned; absent for the sheet and for the table's own name. */
  readonly code?: IndicatorCode;
  /**
   * The cell to select ("G12"): on the checked sheet, or on params.sheet for a finding about
   * another sheet (the monthly data's); absent when there is none.
   */
  readonly address?: string;
  readonly params: FindingParams;
}

/** Each indicator as the check judged it. */
export interface IndicatorStatus {
  readonly code: IndicatorCode;
  readonly hostUnit: string;
  /** The row found, or undefined when the row is missing. */
  readonly row?: number;
  /** Undefined when it could not be judged (row missing, verdict cell unreadable). */
  readonly verdict?: Verdict;
  /** The ratio b/a when there is one. */
  readonly ratio?: number;
  /** b and a as the row shows them (numbers only; the monthly table shows a period's sums). */
  readonly numerator?: number;
  readonly denominator?: number;
  /** The row's Ghi chú, trimmed, when it holds anything. */
  readonly note?: string;
}

export type VerdictCounts = Readonly<Record<Verdict | "unknown", number>>;

export interface HostUnitSummary {
  readonly unit: string;
  readonly total: number;
  readonly passed: number;
  readonly byVerdict: VerdictCounts;
}

export interface CheckSummary {
  readonly total: number;
  readonly passed: number;
  readonly byVerdict: VerdictCounts;
  readonly byHostUnit: readonly HostUnitSummary[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface CheckReport {
  readonly sheetName: string;
  /** Undefined when the sheet is missing. */
  readonly mode?: AppendixMode;
  /** The year the table's heading states ("Thực hiện trong năm 2024"), when it does. */
  readonly year?: number;
  /** Errors first, then warnings, then notes; in table order within each. */
  readonly findings: readonly Finding[];
  readonly indicators: readonly IndicatorStatus[];
  readonly summary: CheckSummary;
}

export interface CheckOptions {
  /** Prefix of the table's names (default "KPI"). */
  readonly namePrefix?: string;
  /**
   * Monthly mode: list the table's own per-row monthlyDataMissing / monthlyDataInvalid findings
   * (default true). False when the monthly data sheet itself was checked (checkMonthlyData), whose
   * findings — per month, on that sheet — come in `extraFindings` instead.
   */
  readonly monthlyFindings?: boolean;
  /** Findings checked elsewhere (the monthly data sheet's): sorted in and counted in the summary. */
  readonly extraFindings?: readonly Finding[];
}

const VERDICT_BY_WORD: ReadonlyMap<string, Verdict> = new Map(
  (Object.keys(VERDICT_WORDS) as Verdict[]).map((v) => [VERDICT_WORDS[v], v]),
);

/** The verdict a displayed Đánh giá word stands for, or undefined (an error, #NAME?, …). */
function verdictOfWord(value: CellInput): Verdict | undefined {
  return typeof value === "string" ? VERDICT_BY_WORD.get(value.trim()) : undefined;
}

/**
 * The verdict under the rules of KPI.STATUS, the native formulas and the highlight rules: the
 * target read from its cell by targetFromCell (a number, else the plan's target); over months,
 * every month must be entered (the "complete" rule of a period). The ratio only with a verdict
 * that has one (Đạt, Không đạt).
 */
export function verdictWithCellTarget(
  b: CellInput | CellGrid,
  a: CellInput | CellGrid,
  target: CellInput,
  indicator: Indicator,
): { verdict: Verdict; ratio?: number } {
  const evaluation = evaluateRatio(b, a, "complete");
  const verdict = verdictOf(evaluation, targetFromCell(target, indicator.target));
  return evaluation.kind === "ratio" ? { verdict, ratio: evaluation.value } : { verdict };
}

function sameTarget(value: CellInput, target: Target): boolean {
  return typeof value === "number" && Number.isFinite(value) && targetBasisPoints(value) === targetBasisPoints(target.fraction);
}

/** Parses "='Phụ lục 2024'!$G$8" into the sheet name and the address without $ ("G8"). */
export function parseReference(reference: string): { sheet: string; address: string } | undefined {
  const match = /^=?\s*(?:'((?:[^']|'')+)'|([^'!]+))!([$A-Za-z0-9:]+)\s*$/.exec(reference);
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return { sheet, address: match[3].replace(/\$/g, "").toUpperCase() };
}

/** The expected names with the addresses they need where the table now stands. */
function expectedNames(located: LocatedAppendix, namePrefix: string): { name: string; address: string; code?: IndicatorCode }[] {
  const layout = modeLayouts(located.mode, namePrefix).kpi;
  const modelRows = appendixRows();
  const codeOfRow = new Map<number, IndicatorCode>([...modelRows.indicators].map(([code, row]) => [row, code]));
  const shift = located.columnOffset;
  // The "Đơn vị nhập số liệu" cell is the document's, not the table's: no formula needs its name,
  // and a file from an older version has none.
  const filledBy = filledByName(namePrefix).toUpperCase();
  return layout.names.filter((spec) => spec.name.toUpperCase() !== filledBy).map((spec) => {
    const [first, last] = spec.address.replace(/\$/g, "").split(":");
    const start = parseCell(first);
    if (last !== undefined) {
      // The table's own name: from the header to the table's last row as it stands.
      const end = parseCell(last);
      return {
        name: spec.name,
        address: `${cellAddress(located.headerTop, start.column + shift)}:${cellAddress(located.lastRow, end.column + shift)}`,
      };
    }
    const code = codeOfRow.get(start.row);
    if (code) {
      const row = located.rows.get(code);
      return { name: spec.name, address: cellAddress(row ?? start.row + located.offset, start.column + shift), code };
    }
    return { name: spec.name, address: cellAddress(start.row + located.offset, start.column + shift) };
  });
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function emptyCounts(): Record<Verdict | "unknown", number> {
  return { pass: 0, fail: 0, notApplicable: 0, noData: 0, invalid: 0, unknown: 0 };
}

/**
 * The check. Pure: the same snapshot gives the same report. Verdicts follow the native formulas'
 * rules (the target read from its cell), which the highlighting shows; in the monthly table,
 * whose b and a are sums over the months, the verdict is the one the Đánh giá cell shows.
 */
export function checkAppendix(snapshot: AppendixSnapshot, options: CheckOptions = {}): CheckReport {
  const namePrefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const monthlyFindings = options.monthlyFindings !== false;
  const findings: Finding[] = [];
  const add = (kind: FindingKind, params: FindingParams, code?: IndicatorCode, address?: string): void => {
    findings.push({ kind, severity: SEVERITY[kind], ...(code ? { code } : {}), ...(address ? { address } : {}), params });
  };

  if (!snapshot.sheetExists) {
    add("sheetMissing", { sheet: snapshot.sheetName });
    const indicators = INDICATORS.map((i): IndicatorStatus => ({ code: i.code, hostUnit: i.hostUnit }));
    return { sheetName: snapshot.sheetName, findings, indicators, summary: summarize(indicators, findings) };
  }

  const located = locateAppendix(snapshot.formulas);
  const { columns, mode } = located;
  const modelRows = appendixRows();
  const indicators: IndicatorStatus[] = [];
  // An older version's sheet holds older formulas and names: one finding says to update it.
  if (located.outdated) add("layoutOutdated", { sheet: snapshot.sheetName }, undefined, cellAddress(located.headerTop, columns.legalBasis));

  for (const indicator of INDICATORS) {
    const code = indicator.code;
    const row = located.rows.get(code);
    if (row === undefined) {
      const expectedRow = modelRows.indicators.get(code)! + located.offset;
      add("rowMissing", {}, code, cellAddress(expectedRow, columns.name));
      indicators.push({ code, hostUnit: indicator.hostUnit });
      continue;
    }
    const address = (column: number): string => cellAddress(row, column);
    const value = (column: number): CellInput => gridCell(snapshot.values, row, column);
    const formula = (column: number): CellInput => gridCell(snapshot.formulas, row, column);

    // Formulas the table needs, KPI.* or native, in the row as it stands.
    const modelRow = modelRows.indicators.get(code)!;
    const replaced = new Set<RowPart>();
    for (const cell of located.outdated ? [] : rowFormulaCells(mode, code, namePrefix)) {
      const column = columns[cell.part as keyof typeof columns] ?? cell.column + located.columnOffset;
      const found = formula(column);
      const ok =
        isFormula(found) &&
        [cell.kpi, cell.native].some((f) => relativeForm(f, modelRow, cell.column) === relativeForm(found, row, column));
      if (!ok) {
        replaced.add(cell.part);
        add("formulaReplaced", { part: cell.part, found: isBlank(found) ? null : found }, code, address(column));
      }
    }

    // The target as the plan sets it.
    const targetValue = value(columns.target);
    if (!sameTarget(targetValue, indicator.target)) {
      add("targetChanged", { found: isBlank(targetValue) ? null : targetValue, target: indicator.target }, code, address(columns.target));
    }

    let verdict: Verdict | undefined;
    let ratio: number | undefined;
    if (mode === "plain") {
      const b = value(columns.numerator);
      const a = value(columns.denominator);
      ({ verdict, ratio } = verdictWithCellTarget(b, a, targetValue, indicator));
      const evaluation = evaluateRatio(b, a);
      if (evaluation.kind === "invalid") {
        const bBad = !isBlank(b) && countProblem(b) !== undefined;
        const part = evaluation.problem === "numeratorAboveDenominator" || bBad ? "numerator" : "denominator";
        add("inputInvalid", { part, problem: evaluation.problem }, code, address(columns[part]));
      } else if (evaluation.kind === "noData") {
        const part: FindingPart = evaluation.reason === "blank" ? "bothInputs" : isBlank(b) ? "numerator" : "denominator";
        add("inputMissing", { part }, code, address(part === "denominator" ? columns.denominator : columns.numerator));
      }
      const shown = value(columns.verdict);
      if (!replaced.has("verdict") && !isBlank(shown) && verdictOfWord(shown) !== verdict) {
        add("verdictMismatch", { found: shown, verdict }, code, address(columns.verdict));
      }
    } else {
      verdict = replaced.has("verdict") ? undefined : verdictOfWord(value(columns.verdict));
      const shownRatio = value(columns.result);
      ratio = typeof shownRatio === "number" ? shownRatio : undefined;
      if (monthlyFindings && verdict === "noData") add("monthlyDataMissing", {}, code, address(columns.numerator));
      // The target never makes a verdict invalid (targetFromCell): invalid is the monthly data.
      if (monthlyFindings && verdict === "invalid") add("monthlyDataInvalid", {}, code, address(columns.numerator));
    }
    const shownNumber = (column: number): number | undefined => {
      const shown = value(column);
      return typeof shown === "number" && Number.isFinite(shown) ? shown : undefined;
    };
    const numerator = shownNumber(columns.numerator);
    const denominator = shownNumber(columns.denominator);
    const note = text(value(columns.note)).replace(/\s+/g, " ");
    if (verdict === "fail") {
      // The target the verdict was judged against: the cell's number, else the plan's. A miss
      // needs its explanation in Ghi chú; IV.1's covers the dossiers resolved late (a − b).
      const late = code === LATE_DOSSIERS_CODE && numerator !== undefined && denominator !== undefined ? denominator - numerator : undefined;
      const params: FindingParams = { ratio, target: targetFromCell(targetValue, indicator.target), ...(late !== undefined ? { late } : {}) };
      if (note === "") add("unexplainedMiss", params, code, address(columns.note));
      else add("belowTarget", params, code, address(columns.result));
    }
    if (verdict === "notApplicable") add("notApplicable", {}, code, address(columns.denominator));
    indicators.push({
      code,
      hostUnit: indicator.hostUnit,
      row,
      ...(verdict ? { verdict } : {}),
      ...(ratio !== undefined ? { ratio } : {}),
      ...(numerator !== undefined ? { numerator } : {}),
      ...(denominator !== undefined ? { denominator } : {}),
      ...(note !== "" ? { note } : {}),
    });
  }

  checkDocumentFrame(snapshot, mode, namePrefix, add);

  // Names: present and pointing where the table now stands (the frame's are checkDocumentFrame's).
  const names = new Map(snapshot.names.map((n) => [n.name.toUpperCase(), n.reference]));
  const frameNames = new Set(documentFieldsOf(mode === "monthly").map((f) => documentName(namePrefix, f.key)));
  for (const expected of located.outdated ? [] : expectedNames(located, namePrefix).filter((e) => !frameNames.has(e.name))) {
    const expectedReference = `${quoteSheetName(snapshot.sheetName)}!${toAbsolute(expected.address)}`;
    const reference = names.get(expected.name.toUpperCase());
    const select = expected.address.split(":")[0];
    if (reference === undefined) {
      add("nameMissing", { name: expected.name, expectedReference }, expected.code, select);
      continue;
    }
    const parsed = parseReference(reference);
    const right =
      parsed !== undefined &&
      parsed.sheet.toLocaleLowerCase() === snapshot.sheetName.toLocaleLowerCase() &&
      parsed.address === expected.address;
    if (!right) add("nameWrong", { name: expected.name, reference: reference.replace(/^=/, ""), expectedReference }, expected.code, select);
  }

  const sorted = [...findings, ...(options.extraFindings ?? [])]
    .map((f, i) => ({ f, i }))
    .sort((x, y) => SEVERITY_ORDER[x.f.severity] - SEVERITY_ORDER[y.f.severity] || x.i - y.i)
    .map(({ f }) => f);
  const year = tableYear(snapshot.values, located);
  return {
    sheetName: snapshot.sheetName,
    mode,
    ...(year !== undefined ? { year } : {}),
    findings: sorted,
    indicators,
    summary: summarize(indicators, sorted),
  };
}

/** The year the table's heading states ("Thực hiện trong năm 2024"), if any. */
export function tableYear(grid: CellGridRows, located: LocatedAppendix): number | undefined {
  const heading = text(gridCell(grid, located.headerTop, located.columns.unit));
  if (!heading.startsWith(PLAN.yearHeadingPrefix)) return undefined;
  const match = /(\d{4})$/.exec(heading);
  return match ? Number(match[1]) : undefined;
}

/**
 * The document frame's reminders (severity info: people may also write on paper): a sheet made
 * before the frame existed (none of its names), or the fields the printed frame shows as dots —
 * number, dates, the names of who prepared and who signs. The input cells are found by their
 * names, wherever rows moved them.
 */
function checkDocumentFrame(
  snapshot: AppendixSnapshot,
  mode: AppendixMode,
  namePrefix: string,
  add: (kind: FindingKind, params: FindingParams, code?: IndicatorCode, address?: string) => void,
): void {
  const references = new Map(snapshot.names.map((n) => [n.name.toUpperCase(), n.reference]));
  const fields = documentFieldsOf(mode === "monthly");
  const cells = fields.map((spec) => {
    const reference = references.get(documentName(namePrefix, spec.key).toUpperCase());
    const parsed = reference ? parseReference(reference) : undefined;
    const onSheet = parsed && parsed.sheet.toLocaleLowerCase() === snapshot.sheetName.toLocaleLowerCase() && !parsed.address.includes(":");
    return { spec, address: onSheet ? parsed.address : undefined };
  });
  if (cells.every((c) => c.address === undefined)) {
    add("frameMissing", { sheet: snapshot.sheetName });
    return;
  }
  const blank = cells.filter(({ spec, address }) => {
    if (!spec.reminder || address === undefined) return false;
    const { row, column } = parseCell(address);
    const shown = gridCell(snapshot.values, row, column);
    return spec.kind === "date" ? typeof shown !== "number" : typeof shown !== "number" && text(shown) === "";
  });
  if (blank.length > 0) add("documentIncomplete", { fields: blank.map((c) => c.spec.key) }, undefined, blank[0].address);
}

function summarize(indicators: readonly IndicatorStatus[], findings: readonly Finding[]): CheckSummary {
  const byVerdict = emptyCounts();
  const units = new Map(HOST_UNITS.map((unit) => [unit, { unit, total: 0, passed: 0, byVerdict: emptyCounts() }]));
  for (const status of indicators) {
    const key = status.verdict ?? "unknown";
    byVerdict[key]++;
    const unit = units.get(status.hostUnit)!;
    unit.total++;
    unit.byVerdict[key]++;
    if (status.verdict === "pass") unit.passed++;
  }
  return {
    total: INDICATORS.length,
    passed: byVerdict.pass,
    byVerdict,
    byHostUnit: [...units.values()],
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/** "94,99%" / "94.99%": a fraction as a percentage with up to 2 decimals. */
export function formatPercent(fraction: number, strings: CheckStrings): string {
  const hundredths = Math.round(Math.abs(fraction) * 10000);
  const whole = Math.floor(hundredths / 100);
  const decimals = hundredths % 100;
  const tail = decimals === 0 ? "" : `${strings.format.decimalSeparator}${String(decimals).padStart(2, "0").replace(/0$/, "")}`;
  return `${fraction < 0 && hundredths > 0 ? "-" : ""}${whole}${tail}%`;
}

/** "1.234" / "1,234": a whole count with the language's thousands separator. */
export function formatCount(count: number, strings: CheckStrings): string {
  const separator = strings.format.decimalSeparator === "," ? "." : ",";
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function formatTarget(target: Target, strings: CheckStrings): string {
  return fillTemplate(strings.check.targets[target.kind], { percent: formatPercent(target.fraction, strings) });
}

function formatFound(found: CellInput, strings: CheckStrings): string {
  if (isBlank(found)) return strings.check.blank;
  if (typeof found === "number") return String(found).replace(".", strings.format.decimalSeparator);
  const shown = String(found);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

/** "IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn": the code and the short name in the UI language. */
function indicatorLabel(code: IndicatorCode, language: Language): string {
  return `${code} ${functionStrings(language).indicators[code].shortName}`;
}

/** The message (what is wrong) and the action (what to do) of a finding, in the UI language. */
export function describeFinding(finding: Finding, strings: CheckStrings, language: Language): { message: string; action: string } {
  const p = finding.params;
  const values: Record<string, string> = {
    code: finding.code ? indicatorLabel(finding.code, language) : "",
    address: finding.address ?? "",
    sheet: p.sheet ?? "",
    name: p.name ?? "",
    part: p.part ? strings.check.parts[p.part] : "",
    problem: p.problem ? strings.check.problems[p.problem] : "",
    found: "",
    expected: "",
    effect: "",
    late: "",
    cause: "",
    fields: (p.fields ?? []).map((f) => strings.check.documentFields[f]).join(", "),
  };
  switch (finding.kind) {
    case "belowTarget":
    case "unexplainedMiss":
      values.found = p.ratio !== undefined ? formatPercent(p.ratio, strings) : "";
      values.expected = p.target ? formatTarget(p.target, strings) : "";
      if (p.late !== undefined) {
        values.late = fillTemplate(strings.check.lateDossiers, { late: formatCount(p.late, strings) });
        values.cause = fillTemplate(strings.check.lateCause, { late: formatCount(p.late, strings) });
      }
      break;
    case "targetChanged": {
      // targetFromCell: a number in the cell is the target, anything else falls back to the plan's.
      const number = typeof p.found === "number" && Number.isFinite(p.found);
      const percent = number && Number.isFinite((p.found as number) * 10000);
      // Text in quotes, so that a typed "100%" does not read as the number 100%.
      const text = typeof p.found === "string" && !isBlank(p.found);
      values.found = percent ? formatPercent(p.found as number, strings) : text ? `“${formatFound(p.found, strings)}”` : formatFound(p.found, strings);
      values.expected = p.target ? formatTarget(p.target, strings) : "";
      values.effect = fillTemplate(strings.check.targetEffects[number ? "number" : "notNumber"], { found: values.found });
      break;
    }
    case "formulaReplaced":
      values.found = formatFound(p.found, strings);
      break;
    case "nameMissing":
      values.expected = p.expectedReference ?? "";
      break;
    case "nameWrong":
      values.found = p.reference ?? "";
      values.expected = p.expectedReference ?? "";
      break;
    case "verdictMismatch":
      values.found = formatFound(p.found, strings);
      values.expected = p.verdict ? VERDICT_WORDS[p.verdict] : "";
      break;
    default:
      break;
  }
  const texts = strings.check.findings[finding.kind];
  return { message: fillTemplate(texts.message, values), action: fillTemplate(texts.action, values) };
}

/** "8/11 chỉ tiêu đạt". */
export function summaryText(summary: CheckSummary, strings: CheckStrings): string {
  return fillTemplate(strings.check.summary, { passed: summary.passed, total: summary.total });
}

/** "1 lỗi, 2 cần xem lại, 0 lưu ý", or the all-clear sentence. */
export function countsText(summary: CheckSummary, strings: CheckStrings): string {
  if (summary.errors + summary.warnings + summary.infos === 0) return strings.check.allClear;
  return fillTemplate(strings.check.counts, { errors: summary.errors, warnings: summary.warnings, infos: summary.infos });
}

/** "Phòng Quản lý Du lịch: 5/7 đạt". */
export function hostUnitText(unit: HostUnitSummary, strings: CheckStrings): string {
  return fillTemplate(strings.check.hostUnitLine, { unit: unit.unit, passed: unit.passed, total: unit.total });
}
