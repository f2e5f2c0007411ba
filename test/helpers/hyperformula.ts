/**
 * What the formula-engine tests share: HyperFormula set up to behave like Excel, the way a cell is
 * written into it and read back, and the oracle — the TypeScript rules (evaluateRatio, verdictOf
 * with the target read by targetFromCell) the native formulas are held against.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { Target } from "../../src/domain/catalog";
import {
  countProblem,
  evaluateRatio,
  isBlank,
  targetFromCell,
  verdictOf,
  type CellGrid,
  type CellInput,
  type Verdict,
} from "../../src/domain/ratio";

/**
 * Excel's behaviour: SUMPRODUCT evaluates its arguments as arrays (array arithmetic), and results
 * keep every digit (HyperFormula's smart rounding would show 0.85714285714 for 18/21).
 */
export const ENGINE_CONFIG = { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false } as const;

/** How a cell is written into HyperFormula: text with a leading apostrophe stays text. */
export function raw(value: CellInput): RawCellContent {
  if (value === undefined) return null;
  if (typeof value === "string") return `'${value}`;
  return value;
}

/** A computed value as the tests compare it: an error as { error: "#VALUE!" }. */
export type Shown = number | string | boolean | null | { error: string };

export function shown(value: unknown): Shown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return { error: String((value as { value?: string }).value) };
}

/**
 * Equal shown values; numbers within `relativeTolerance` (for engines that round results to
 * about 11 decimals, i.e. without ENGINE_CONFIG's smartRounding: false).
 */
export function sameShown(x: Shown, y: Shown, relativeTolerance = 0): boolean {
  if (x !== null && typeof x === "object") return y !== null && typeof y === "object" && x.error === y.error;
  if (relativeTolerance > 0 && typeof x === "number" && typeof y === "number") {
    return Math.abs(x - y) <= relativeTolerance * Math.max(1, Math.abs(y));
  }
  return x === y;
}

/** Builds one sheet from rows of raw contents (ENGINE_CONFIG) and returns its computed values. */
export function evaluateSheet(rows: RawCellContent[][]): Shown[][] {
  const hf = HyperFormula.buildFromArray(rows, ENGINE_CONFIG);
  try {
    return hf.getSheetValues(0).map((row) => row.map(shown));
  } finally {
    hf.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

/**
 * KPI.STATUS's rules, the target read from its cell by targetFromCell (a number, else the plan's);
 * over ranges a verdict about a period, so every pair must be entered (the "complete" rule).
 */
export function oracleVerdict(b: CellInput | CellGrid, a: CellInput | CellGrid, target: CellInput, plan: Target): Verdict {
  return verdictOf(evaluateRatio(b, a, "complete"), targetFromCell(target, plan));
}

/** The highlight group that shows each verdict. */
export const VERDICT_GROUP: Readonly<Record<Verdict, "pass" | "fail" | "neutral">> = {
  pass: "pass",
  fail: "fail",
  invalid: "fail",
  notApplicable: "neutral",
  noData: "neutral",
};

/** The invalid-input rule for one cell of a pair: filled but not a count, or b > a. */
export function oracleInvalidInput(cell: CellInput, b: CellInput, a: CellInput): boolean {
  const notCount = !isBlank(cell) && countProblem(cell) !== undefined;
  const above = typeof b === "number" && typeof a === "number" && b > a;
  return notCount || above;
}

/** What KPI.RATIO (and the native ratio formula) shows: the ratio, #VALUE! or #N/A. */
export function expectedResult(b: CellInput | CellGrid, a: CellInput | CellGrid): Shown {
  const evaluation = evaluateRatio(b, a);
  if (evaluation.kind === "ratio") return evaluation.value;
  return { error: evaluation.kind === "invalid" ? "#VALUE!" : "#N/A" };
}

/** What a period's b or a shows on the appendix: the sum only beside a verdict that has data, else "". */
export function expectedShownSum(values: readonly CellInput[], verdict: Verdict): Shown {
  if (verdict !== "pass" && verdict !== "fail" && verdict !== "notApplicable") return "";
  return values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
}

/** What a Kết quả cell shows: the ratio beside Đạt or Không đạt, else "" (never an error code). */
export function expectedShownResult(b: CellInput | CellGrid, a: CellInput | CellGrid, verdict: Verdict): Shown {
  if (verdict !== "pass" && verdict !== "fail") return "";
  const evaluation = evaluateRatio(b, a, "complete");
  return evaluation.kind === "ratio" ? evaluation.value : { error: "no ratio beside a verdict that has one" };
}
