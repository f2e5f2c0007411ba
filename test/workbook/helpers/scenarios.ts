/**
 * Inputs for opening the standalone workbook in a real spreadsheet program: hand-picked rows on
 * the appendix itself (every verdict, the rounding boundaries), and generated rows on check sheets
 * built from the same native formulas, each with the answer of the plan's rules as the independent
 * oracle states them (test/oracle/planRules.ts), never the code under test.
 */
import fc from "fast-check";
import type { Workbook, Worksheet } from "exceljs";
import type { IndicatorCode, Target } from "../../../src/domain/catalog";
import { cellAddress, columnLetter, parseCell } from "../../../src/domain/layout/a1";
import type { HighlightKind, SheetLayout } from "../../../src/domain/layout/model";
import { COLUMNS, appendixRows, buildAppendixLayout } from "../../../src/domain/layout/appendixLayout";
import {
  invalidInputRuleFormula,
  nativeRatioFormula,
  nativeVerdictFormula,
  verdictRuleFormula,
} from "../../../src/domain/nativeFormulas";
import type { CellInput, Verdict } from "../../../src/domain/ratio";
import { VERDICT_GROUP, oracleInvalidInput, oracleVerdict } from "../../helpers/hyperformula";
import { WORDS, isCount, planTarget, shownRatio, shownResult, verdict as oracleWord } from "../../oracle/planRules";

/** A value typed into an input cell (booleans are covered separately: see BOOLEAN_CASES). */
export type Input = number | string | null;

export interface AppendixCase {
  readonly code: IndicatorCode;
  readonly b: Input;
  readonly a: Input;
  readonly why: string;
}

/** Sheet 1, the standalone appendix itself: one row per indicator, every verdict among them. */
export const APPENDIX_CASES: readonly AppendixCase[] = [
  { code: "I.1", b: 45, a: 100, why: "exactly the 45% minimum: pass" },
  { code: "I.2", b: 49, a: 100, why: "below the minimum: fail" },
  { code: "I.3", b: null, a: null, why: "nothing entered: no data" },
  { code: "II.1", b: 0, a: 0, why: "a = 0: nothing arose" },
  { code: "III.1", b: 100, a: 100, why: "exact 100%: pass" },
  { code: "III.2", b: 5, a: null, why: "half-filled: no data" },
  { code: "III.3", b: 99999, a: 100000, why: "99.999% shows as 100.00% but an exact target fails" },
  { code: "III.4", b: 12, a: 10, why: "b > a: invalid" },
  { code: "III.5", b: -1, a: 10, why: "negative: invalid" },
  { code: "IV.1", b: 37998, a: 40000, why: "94.995% rounds to 95.00%: pass" },
  { code: "V.1", b: 2.5, a: 10, why: "fractional: invalid" },
];

/** Sheet 2, a second appendix in the same file (namePrefix KPI2): the other side of each boundary. */
export const SECOND_APPENDIX_CASES: readonly AppendixCase[] = [
  { code: "I.1", b: "abc", a: 10, why: "text: invalid" },
  { code: "I.2", b: 1_000_000_001, a: 1_000_000_001, why: "above a billion: invalid" },
  { code: "I.3", b: 800_000_000, a: 1_000_000_000, why: "80% of a billion: pass" },
  { code: "II.1", b: 0, a: 7, why: "0%: fail" },
  { code: "III.1", b: 0, a: 0, why: "exact target, a = 0: nothing arose" },
  { code: "III.2", b: null, a: 9, why: "half-filled the other way: no data" },
  { code: "III.3", b: 100000, a: 100000, why: "exact 100% with large counts: pass" },
  { code: "III.4", b: "12", a: 12, why: "a number typed as text: invalid" },
  { code: "III.5", b: 90, a: 100, why: "exactly 90%: pass" },
  { code: "IV.1", b: 37997, a: 40000, why: "94.9925% rounds to 94.99%: fail" },
  { code: "V.1", b: 1e9, a: 1e9, why: "exactly a billion: pass" },
];

export const SECOND_SHEET = "Phụ lục 2024 (2)";
export const SECOND_PREFIX = "KPI2";

export type ExpectedRatio = number | "#N/A" | "#VALUE!";

export interface Expectation {
  /** What KPI.RATIO (the native ratio formula) gives: months entered summed, as SUM does. */
  readonly ratio: ExpectedRatio;
  /** What the appendix's Kết quả shows: the ratio beside Đạt / Không đạt, else nothing. */
  readonly shown: number | "";
  readonly verdict: string;
  readonly verdictKind: Verdict;
}

/** The oracle's answer for b and a (cells or a row of months), the Chỉ tiêu cell and the plan's target. */
export function expectedFor(
  b: CellInput | readonly CellInput[],
  a: CellInput | readonly CellInput[],
  targetCell: CellInput,
  plan: Target,
): Expectation {
  const grid = (x: CellInput | readonly CellInput[]): CellInput | CellInput[][] => (Array.isArray(x) ? [[...x]] : (x as CellInput));
  return {
    ratio: shownRatio(grid(b), grid(a)),
    shown: shownResult(grid(b), grid(a), targetCell, plan),
    verdict: oracleWord(grid(b), grid(a), targetCell, plan),
    verdictKind: oracleVerdict(grid(b), grid(a), targetCell, plan),
  };
}

export function fillAppendix(sheet: Worksheet, cases: readonly AppendixCase[]): void {
  const rows = appendixRows();
  for (const c of cases) {
    const row = rows.indicators.get(c.code)!;
    if (c.b !== null) sheet.getCell(row, COLUMNS.numerator).value = c.b;
    if (c.a !== null) sheet.getCell(row, COLUMNS.denominator).value = c.a;
  }
}

/** The plan's target of an indicator, read from the plan's text by the oracle. */
export function targetOf(code: IndicatorCode): Target {
  return planTarget(code);
}

// ---------------------------------------------------------------------------------------------
// Generated rows.

/**
 * What a generated row's Chỉ tiêu cell holds: a number, text or blank (null). Booleans are left
 * out: LibreOffice has no boolean cells (see TARGET_EDGE_CASES).
 */
export type TargetCell = number | string | null;

export interface SingleRow {
  readonly b: Input;
  readonly a: Input;
  /** The plan's target: the kind always, and the fraction when the cell holds no number. */
  readonly target: Target;
  /** The Chỉ tiêu cell; absent: the plan's fraction. */
  readonly cell?: TargetCell;
}

export interface RangeRow {
  readonly b: readonly Input[];
  readonly a: readonly Input[];
  readonly target: Target;
  readonly cell?: TargetCell;
}

/** What the Chỉ tiêu cell of a generated row holds. */
export function targetCellOf(row: { readonly target: Target; readonly cell?: TargetCell }): TargetCell {
  return row.cell === undefined ? row.target.fraction : row.cell;
}

export const SEED = 20240105;
export const SINGLE_ROWS = 600;
export const RANGE_ROWS = 150;
export const MONTHS = 3;

const catalogTarget = fc.constantFrom<Target>(
  { kind: "minimum", fraction: 0.45 },
  { kind: "minimum", fraction: 0.5 },
  { kind: "minimum", fraction: 0.8 },
  { kind: "minimum", fraction: 0.9 },
  { kind: "minimum", fraction: 0.95 },
  { kind: "exact", fraction: 1 },
);
const anyTarget = fc.oneof(
  { weight: 4, arbitrary: catalogTarget },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9999 }).map((bp): Target => ({ kind: "minimum", fraction: bp / 10000 })) },
);

const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 20 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(999_999_999, 1_000_000_000) },
);
const notACount = fc.oneof(
  fc.integer({ min: -1000, max: -1 }),
  fc.constantFrom(0.5, 2.5, 7.25, 1_000_000_001, 1e12),
  fc.constantFrom("abc", "12", " ", "Không", "0"),
);
const cell: fc.Arbitrary<Input> = fc.oneof(
  { weight: 6, arbitrary: count },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: notACount },
);

/** b just around the target's boundary for a: where rounding decides. */
const nearBoundary = fc
  .record({
    a: fc.oneof(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 100_000_000, max: 1_000_000_000 })),
    delta: fc.integer({ min: -2, max: 2 }),
    target: anyTarget,
  })
  .map(({ a, delta, target }): SingleRow => ({
    a,
    b: Math.min(a, Math.max(0, Math.floor(target.fraction * a) + delta)),
    target,
  }));

/** The Chỉ tiêu cell: mostly the plan's fraction, else another number, text or blank. */
const targetCell: fc.Arbitrary<TargetCell | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map((p) => p / 100) },
  { weight: 1, arbitrary: fc.constantFrom<TargetCell>(-0.5, 1.5, 1e305, -1e305) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom<TargetCell>("95%", "abc", "0.9", "Tối thiểu 95%") },
);

const anySingle = fc
  .record({ b: cell, a: cell, target: anyTarget, cell: targetCell })
  .map(({ cell: c, ...row }): SingleRow => (c === undefined ? row : { ...row, cell: c }));

const monthly = fc
  .record({ a: fc.integer({ min: 0, max: 5000 }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ a, share }) => ({ a: a as Input, b: Math.floor(a * share) as Input }));

const month = fc.oneof(
  { weight: 6, arbitrary: monthly },
  { weight: 2, arbitrary: fc.constant({ a: null as Input, b: null as Input }) },
  { weight: 2, arbitrary: fc.record({ a: cell, b: cell }) },
);

const anyRange = fc
  .record({ months: fc.array(month, { minLength: MONTHS, maxLength: MONTHS }), target: anyTarget, cell: targetCell })
  .map(({ months, target, cell: c }): RangeRow => ({
    b: months.map((m) => m.b),
    a: months.map((m) => m.a),
    target,
    ...(c === undefined ? {} : { cell: c }),
  }));

/** The plan's boundary cases first, then generated ones (fixed seed: the same rows every run). */
export function singleRows(): SingleRow[] {
  const fixed: SingleRow[] = [
    { b: 37997, a: 40000, target: { kind: "minimum", fraction: 0.95 } },
    { b: 37998, a: 40000, target: { kind: "minimum", fraction: 0.95 } },
    { b: 100, a: 100, target: { kind: "exact", fraction: 1 } },
    { b: 99, a: 100, target: { kind: "exact", fraction: 1 } },
    { b: 999_999_999, a: 1_000_000_000, target: { kind: "exact", fraction: 1 } },
    { b: 0, a: 0, target: { kind: "minimum", fraction: 0.5 } },
    { b: null, a: null, target: { kind: "minimum", fraction: 0.5 } },
    { b: 3, a: null, target: { kind: "minimum", fraction: 0.5 } },
    { b: 11, a: 10, target: { kind: "minimum", fraction: 0.5 } },
    { b: -2, a: 10, target: { kind: "minimum", fraction: 0.5 } },
    { b: 2.5, a: 10, target: { kind: "minimum", fraction: 0.5 } },
    { b: "abc", a: 10, target: { kind: "minimum", fraction: 0.5 } },
    { b: 949_950_000, a: 1_000_000_000, target: { kind: "minimum", fraction: 0.95 } },
    { b: 949_949_999, a: 1_000_000_000, target: { kind: "minimum", fraction: 0.95 } },
    // A Chỉ tiêu cell without a number: the plan's target, never invalid data.
    { b: 19, a: 20, target: { kind: "minimum", fraction: 0.95 }, cell: null },
    { b: 18, a: 20, target: { kind: "minimum", fraction: 0.95 }, cell: "95%" },
    { b: 19, a: 20, target: { kind: "exact", fraction: 1 }, cell: "abc" },
    { b: 0, a: 0, target: { kind: "exact", fraction: 1 }, cell: "abc" },
    { b: 19, a: 20, target: { kind: "exact", fraction: 1 }, cell: 0.95 }, // a number: 95%, the kind stays exact
    { b: 20, a: 20, target: { kind: "exact", fraction: 1 }, cell: 1e305 }, // far above 100%: never met
  ];
  const generated = fc.sample(fc.oneof(anySingle, nearBoundary), { seed: SEED, numRuns: SINGLE_ROWS - fixed.length });
  return [...fixed, ...generated];
}

export function rangeRows(): RangeRow[] {
  const half: Target = { kind: "minimum", fraction: 0.5 };
  const all: Target = { kind: "exact", fraction: 1 };
  const fixed: RangeRow[] = [
    { b: [0, 0, 0], a: [0, 0, 0], target: half }, // a = 0 in every month: nothing arose
    { b: [0, null, 0], a: [0, null, 0], target: half }, // a month left blank: no verdict for the period
    { b: [null, null, null], a: [null, null, null], target: half },
    { b: [1, 2, null], a: [1, 2, 3], target: half }, // a month half-filled
    { b: [10, 20, 30], a: [10, 20, 30], target: all },
    { b: [10, 20, 29], a: [10, 20, 30], target: all },
    { b: [12666, 12666, 12666], a: [13334, 13333, 13333], target: { kind: "minimum", fraction: 0.95 } }, // 37998/40000
    { b: [12665, 12666, 12666], a: [13334, 13333, 13333], target: { kind: "minimum", fraction: 0.95 } }, // 37997/40000
    { b: [5, 11, 1], a: [10, 10, 10], target: half }, // b > a in one month, though the sums are fine
    { b: [1, 2, 3], a: [2, 4, 6], target: half, cell: null }, // blank Chỉ tiêu: the plan's 50%
    { b: [1, 2, 2], a: [2, 4, 6], target: half, cell: "50%" }, // text Chỉ tiêu: the plan's 50%
  ];
  return [...fixed, ...fc.sample(anyRange, { seed: SEED + 1, numRuns: RANGE_ROWS - fixed.length })];
}

/** A value no formula can produce: formula cells carry it as a stale cached result. */
export const STALE = -424242;

/** Columns of the single-cell check sheet: the appendix's own columns for b, a and the target. */
export const CHECK = {
  kind: 5, // E
  target: COLUMNS.target, // F
  b: COLUMNS.numerator, // H
  a: COLUMNS.denominator, // I
  ratio: COLUMNS.result, // J
  verdict: COLUMNS.verdict, // K
  passRule: COLUMNS.verdict + 1,
  failRule: COLUMNS.verdict + 2,
  neutralRule: COLUMNS.verdict + 3,
  invalidB: COLUMNS.verdict + 4,
  invalidA: COLUMNS.verdict + 5,
  validB: COLUMNS.verdict + 6,
  validA: COLUMNS.verdict + 7,
} as const;

export const CHECK_SHEET = "Kiểm tra";
export const RANGE_SHEET = "Kiểm tra khoảng";

/** The appendix's data-validation formula moved to another row (it is written for one row). */
export function validationFormulaFor(row: number, column: "b" | "a"): string {
  const layout = buildAppendixLayout({ year: 2024, unitName: "x", formulas: "native" });
  // The count validation of b and a (the first indicator's), not the Ghi chú's or the frame's dates.
  const template = layout.validations.find((v) => v.address.startsWith(`${columnLetter(COLUMNS.numerator)}`) && v.address.includes(":"))!;
  const templateRow = Number(/\d+/.exec(template.address)![0]);
  const formula = template.formula.replace(new RegExp(`(\\$?[A-Z]+)${templateRow}\\b`, "g"), `$1${row}`);
  // Written for the b cell (the range's top-left); the a cell sees the relative self reference moved right.
  const [bLetter, aLetter] = [COLUMNS.numerator, COLUMNS.denominator].map(columnLetter);
  return column === "b" ? formula : formula.replace(new RegExp(`(?<!\\$)${bLetter}${row}\\b`, "g"), `${aLetter}${row}`);
}

const put = (sheet: Worksheet, row: number, column: number, value: Input): void => {
  if (value !== null) sheet.getCell(row, column).value = value;
};
const formula = (sheet: Worksheet, row: number, column: number, text: string): void => {
  sheet.getCell(row, column).value = { formula: text.replace(/^=/, ""), result: STALE };
};

export function addCheckSheet(workbook: Workbook, data: readonly SingleRow[]): void {
  const sheet = workbook.addWorksheet(CHECK_SHEET);
  const headers: Record<keyof typeof CHECK, string> = {
    kind: "kind",
    target: "target",
    b: "b",
    a: "a",
    ratio: "ratio",
    verdict: "verdict",
    passRule: "rule pass",
    failRule: "rule fail",
    neutralRule: "rule neutral",
    invalidB: "invalid b",
    invalidA: "invalid a",
    validB: "valid b",
    validA: "valid a",
  };
  for (const key of Object.keys(CHECK) as (keyof typeof CHECK)[]) sheet.getCell(1, CHECK[key]).value = headers[key];
  data.forEach((item, index) => {
    const row = index + 2;
    const b = cellAddress(row, CHECK.b);
    const a = cellAddress(row, CHECK.a);
    const t = cellAddress(row, CHECK.target);
    const plan = item.target;
    sheet.getCell(row, CHECK.kind).value = plan.kind;
    put(sheet, row, CHECK.target, targetCellOf(item));
    put(sheet, row, CHECK.b, item.b);
    put(sheet, row, CHECK.a, item.a);
    formula(sheet, row, CHECK.ratio, nativeRatioFormula({ numerator: b, denominator: a }));
    formula(sheet, row, CHECK.verdict, nativeVerdictFormula({ numerator: b, denominator: a }, t, plan));
    formula(sheet, row, CHECK.passRule, verdictRuleFormula({ numerator: b, denominator: a }, t, plan, "pass"));
    formula(sheet, row, CHECK.failRule, verdictRuleFormula({ numerator: b, denominator: a }, t, plan, "fail"));
    formula(sheet, row, CHECK.neutralRule, verdictRuleFormula({ numerator: b, denominator: a }, t, plan, "neutral"));
    formula(sheet, row, CHECK.invalidB, invalidInputRuleFormula(b, `$${b}`, `$${a}`));
    formula(sheet, row, CHECK.invalidA, invalidInputRuleFormula(a, `$${b}`, `$${a}`));
    formula(sheet, row, CHECK.validB, validationFormulaFor(row, "b"));
    formula(sheet, row, CHECK.validA, validationFormulaFor(row, "a"));
  });
}

/** Range rows: target in A, b in B:D, a in E:G, ratio in H, verdict in I. */
export function addRangeSheet(workbook: Workbook, data: readonly RangeRow[]): void {
  const sheet = workbook.addWorksheet(RANGE_SHEET);
  data.forEach((item, index) => {
    const row = index + 1;
    put(sheet, row, 1, targetCellOf(item));
    item.b.forEach((value, m) => put(sheet, row, 2 + m, value));
    item.a.forEach((value, m) => put(sheet, row, 2 + MONTHS + m, value));
    const refs = {
      numerator: `${cellAddress(row, 2)}:${cellAddress(row, 1 + MONTHS)}`,
      denominator: `${cellAddress(row, 2 + MONTHS)}:${cellAddress(row, 1 + 2 * MONTHS)}`,
    };
    formula(sheet, row, 2 + 2 * MONTHS, nativeRatioFormula(refs));
    formula(sheet, row, 3 + 2 * MONTHS, nativeVerdictFormula(refs, cellAddress(row, 1), item.target));
  });
}

/**
 * What the highlight rules must say for a verdict (missingNote: the Ghi chú of a missed indicator,
 * blank in these scenarios).
 */
export function ruleGroups(verdict: Verdict): { pass: boolean; fail: boolean; neutral: boolean; missingNote: boolean } {
  const group = VERDICT_GROUP[verdict];
  return { pass: group === "pass", fail: group === "fail", neutral: group === "neutral", missingNote: verdict === "fail" };
}

/** What the invalid-input rule must say for one cell of a (b, a) pair. */
export function invalidInput(value: Input, b: Input, a: Input): boolean {
  return oracleInvalidInput(value, b, a);
}

/** x <= y as a spreadsheet compares a number or text: every number sorts before every text. */
function spreadsheetLessOrEqual(x: number | string, y: number | string): boolean {
  if (typeof x === "number" && typeof y === "number") return x <= y;
  if (typeof x === "number") return true;
  if (typeof y === "number") return false;
  return x.toLowerCase() <= y.toLowerCase();
}

/** What the data validation must say when `value` is typed into one cell of a (b, a) pair. */
export function validEntry(value: Input, b: Input, a: Input): boolean {
  if (!isCount(value)) return false;
  if (b === null || a === null || b === "" || a === "") return true;
  return spreadsheetLessOrEqual(b, a);
}

// ---------------------------------------------------------------------------------------------
// Values a spreadsheet program may treat differently from Excel.

export const EDGE_SHEET = "Khác biệt";

export interface EdgeCase {
  readonly b: CellValueInput;
  readonly a: CellValueInput;
  /** What Excel computes (= the plan's rules, as the oracle states them). */
  readonly excel: { readonly ratio: ExpectedRatio; readonly verdict: string };
  /** What LibreOffice computes, when it differs. */
  readonly libreOffice?: { readonly ratio: ExpectedRatio; readonly verdict: string };
  /** The Chỉ tiêu cell; absent: the plan's 50%. */
  readonly target?: CellValueInput;
  readonly why: string;
}

type CellValueInput = number | string | boolean | { readonly error: "#N/A" } | null;

export const EDGE_CASES: readonly EdgeCase[] = [
  {
    b: true,
    a: 10,
    excel: { ratio: "#VALUE!", verdict: WORDS.invalid },
    libreOffice: { ratio: 0.1, verdict: WORDS.fail },
    why: "LibreOffice has no boolean cells: TRUE is the number 1 there",
  },
  {
    b: 1,
    a: true,
    excel: { ratio: "#VALUE!", verdict: WORDS.invalid },
    libreOffice: { ratio: 1, verdict: WORDS.pass },
    why: "TRUE as the denominator: 1 in LibreOffice",
  },
  {
    b: "",
    a: 10,
    excel: { ratio: "#N/A", verdict: WORDS.noData },
    why: "an empty text counts as blank in both",
  },
  {
    b: { error: "#N/A" },
    a: 10,
    excel: { ratio: "#VALUE!", verdict: WORDS.invalid },
    why: "an error typed into an input makes the data invalid in both",
  },
];

/** The plan's target of the edge rows: minimum 50%. */
export const EDGE_PLAN: Target = { kind: "minimum", fraction: 0.5 };

/** Chỉ tiêu cells a spreadsheet program may read differently (b = 6, a = 10: 60%). */
export const TARGET_EDGE_CASES: readonly EdgeCase[] = [
  {
    b: 6,
    a: 10,
    target: true,
    excel: { ratio: 0.6, verdict: WORDS.pass },
    libreOffice: { ratio: 0.6, verdict: WORDS.fail },
    why: "a TRUE target is not a number in Excel (the plan's 50%); LibreOffice reads it as 1 (100%)",
  },
  {
    b: 6,
    a: 10,
    target: { error: "#N/A" },
    excel: { ratio: 0.6, verdict: WORDS.pass },
    why: "an error in the target cell falls back to the plan's 50% in both",
  },
  {
    b: 6,
    a: 10,
    target: "",
    excel: { ratio: 0.6, verdict: WORDS.pass },
    why: "an empty text target falls back to the plan's 50% in both",
  },
  {
    b: 6,
    a: 10,
    target: 0.7,
    excel: { ratio: 0.6, verdict: WORDS.fail },
    why: "a number in the target cell is the target in both",
  },
];

/** Edge rows: b in A, a in B, ratio in C, verdict in D, the target cell in E (plan: EDGE_PLAN). */
export function addEdgeSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(EDGE_SHEET);
  [...EDGE_CASES, ...TARGET_EDGE_CASES].forEach((item, index) => {
    const row = index + 1;
    if (item.b !== null) sheet.getCell(row, 1).value = item.b as never;
    if (item.a !== null) sheet.getCell(row, 2).value = item.a as never;
    const target = item.target === undefined ? EDGE_PLAN.fraction : item.target;
    if (target !== null) sheet.getCell(row, 5).value = target as never;
    const refs = { numerator: `A${row}`, denominator: `B${row}` };
    formula(sheet, row, 3, nativeRatioFormula(refs));
    formula(sheet, row, 4, nativeVerdictFormula(refs, `E${row}`, EDGE_PLAN));
  });
}

// ---------------------------------------------------------------------------------------------
// Highlight rules, cell by cell.

export const RULE_KINDS: readonly HighlightKind[] = ["pass", "fail", "neutral", "invalidInput", "missingNote"];

export function ruleSheetName(kind: HighlightKind, suffix: string): string {
  return `CF ${kind} ${suffix}`;
}

/** Every cell of an A1 range. */
export function cellsOfRange(address: string): { row: number; column: number; address: string }[] {
  const [start, end = start] = address.split(":");
  const from = parseCell(start);
  const to = parseCell(end);
  const cells: { row: number; column: number; address: string }[] = [];
  for (let row = from.row; row <= to.row; row++) {
    for (let column = from.column; column <= to.column; column++) cells.push({ row, column, address: cellAddress(row, column) });
  }
  return cells;
}

/** Qualifies every A1 reference of a formula (outside string literals) with a sheet name. */
export function qualifyReferences(formula: string, sheetName: string): string {
  const sheet = `'${sheetName.replace(/'/g, "''")}'!`;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/(?<![A-Za-z0-9_.$!'])(\$?[A-Z]{1,3}\$?\d+)(?![\d(A-Za-z_!])/g, `${sheet}$1`),
    )
    .join("");
}

/**
 * One sheet per highlight kind with each rule's formula, its references pointing at the appendix
 * sheet, in every cell of the rule's range as a shared formula anchored at the range's top-left
 * cell: the spreadsheet shifts the relative references exactly as it does for a conditional
 * format applied to that range, and each cell shows whether that cell would be highlighted.
 */
export function addRuleSheets(workbook: Workbook, layout: SheetLayout, suffix: string): void {
  for (const kind of RULE_KINDS) {
    const sheet = workbook.addWorksheet(ruleSheetName(kind, suffix));
    // A cell shows a kind's colour when any of the kind's rules on it holds (fail has two rules).
    const byRange = new Map<string, string[]>();
    for (const spec of layout.conditionalFormats.filter((c) => c.kind === kind)) {
      byRange.set(spec.address, [...(byRange.get(spec.address) ?? []), spec.formula.replace(/^=/, "")]);
    }
    for (const [address, formulas] of byRange) {
      const [first, ...others] = cellsOfRange(address);
      const any = formulas.length === 1 ? formulas[0] : `OR(${formulas.join(",")})`;
      const formula = qualifyReferences(any, layout.sheetName);
      sheet.getCell(first.address).value = { formula, result: STALE };
      for (const other of others) sheet.getCell(other.address).value = { sharedFormula: first.address, result: STALE };
    }
  }
}
