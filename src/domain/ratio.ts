/**
 * The ratio and verdict rules every KPI function, native formula and check shares.
 * A ratio is sum(b) / sum(a) over one cell or a range of cells (months). Inputs are counts.
 */
import type { Target } from "./catalog";

/** What a spreadsheet cell can hand over: a number, text, a boolean or nothing. */
export type CellInput = number | string | boolean | null | undefined;
export type CellGrid = readonly (readonly CellInput[])[];

/** Counts above a billion are typing mistakes; the bound keeps b × 20000 exact in a double. */
export const MAX_COUNT = 1e9;

export type InputProblem =
  | "shapeMismatch"
  | "notNumber"
  | "negative"
  | "fractional"
  | "tooLarge"
  | "numeratorAboveDenominator";

export type RatioEvaluation =
  | { readonly kind: "ratio"; readonly numerator: number; readonly denominator: number; readonly value: number }
  /** Nothing entered ("blank") or a month with only one of b and a ("incomplete"). */
  | { readonly kind: "noData"; readonly reason: "blank" | "incomplete" }
  /** a = 0: nothing arose in the period. */
  | { readonly kind: "notApplicable" }
  | { readonly kind: "invalid"; readonly problem: InputProblem };

export type Verdict = "pass" | "fail" | "notApplicable" | "noData" | "invalid";

/** The verdict words of the document (the Đánh giá column), always in the plan's language. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  pass: "Đạt",
  fail: "Không đạt",
  notApplicable: "Không phát sinh",
  noData: "Chưa có số liệu",
  invalid: "Số liệu không hợp lệ",
};

/** Nothing in the cell: null, undefined (an omitted argument) or "". */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** Why one non-blank cell is not a usable count, or undefined when it is one. */
export function countProblem(value: CellInput): InputProblem | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return "notNumber";
  if (value < 0) return "negative";
  if (!Number.isInteger(value)) return "fractional";
  if (value > MAX_COUNT) return "tooLarge";
  return undefined;
}

function asGrid(input: CellInput | CellGrid): CellGrid {
  return Array.isArray(input) ? (input as CellGrid) : [[input as CellInput]];
}

function sameShape(b: CellGrid, a: CellGrid): boolean {
  if (b.length !== a.length) return false;
  return b.every((row, r) => row.length === a[r].length);
}

/**
 * How the pairs of a range (months) count:
 * - "sum": as SUM does, a pair with nothing entered is skipped (the ratio functions, KPI.RATIO);
 * - "complete": a verdict about a period needs every pair entered (0 is an entry), else there is
 *   no data yet — a quarter is never judged from two of its months (KPI.STATUS, the appendix).
 * For one cell the two rules agree.
 */
export type RangeRule = "sum" | "complete";

/**
 * Evaluates b/a under the plan's rules. Checks run in a fixed order that the native formulas
 * (nativeFormulas.ts) reproduce: shape, invalid cells, b > a in a filled pair, nothing entered,
 * a half-filled pair (under "complete": any pair not filled), a = 0, and finally the ratio.
 */
export function evaluateRatio(b: CellInput | CellGrid, a: CellInput | CellGrid, rule: RangeRule = "sum"): RatioEvaluation {
  const bGrid = asGrid(b);
  const aGrid = asGrid(a);
  if (!sameShape(bGrid, aGrid)) return { kind: "invalid", problem: "shapeMismatch" };

  let numerator = 0;
  let denominator = 0;
  let filledCells = 0;
  let incomplete = false;
  let emptyPair = false;
  let aboveDenominator = false;
  for (let r = 0; r < bGrid.length; r++) {
    const bRow = bGrid[r];
    const aRow = aGrid[r];
    for (let c = 0; c < bRow.length; c++) {
      const bv = bRow[c];
      const av = aRow[c];
      const bBlank = isBlank(bv);
      const aBlank = isBlank(av);
      if (!bBlank) {
        const problem = countProblem(bv);
        if (problem) return { kind: "invalid", problem };
        numerator += bv as number;
        filledCells++;
      }
      if (!aBlank) {
        const problem = countProblem(av);
        if (problem) return { kind: "invalid", problem };
        denominator += av as number;
        filledCells++;
      }
      if (bBlank !== aBlank) incomplete = true;
      else if (bBlank) emptyPair = true;
      else if (!bBlank && (bv as number) > (av as number)) aboveDenominator = true;
    }
  }
  if (aboveDenominator) return { kind: "invalid", problem: "numeratorAboveDenominator" };
  if (filledCells === 0) return { kind: "noData", reason: "blank" };
  if (incomplete || (rule === "complete" && emptyPair)) return { kind: "noData", reason: "incomplete" };
  if (denominator === 0) return { kind: "notApplicable" };
  return { kind: "ratio", numerator, denominator, value: numerator / denominator };
}

/** The target in hundredths of a percent (0.95 → 9500), the precision a 0.00% cell shows. */
export function targetBasisPoints(fraction: number): number {
  return Math.round(fraction * 10000);
}

/**
 * b/a in hundredths of a percent, rounded half up exactly as Excel's ROUND(b/a*100, 2) would
 * round the true quotient (37998/40000 → 9500, although 0.94995*100 is 94.99499… in doubles).
 */
function roundedBasisPoints(numerator: number, denominator: number): bigint {
  const n = BigInt(numerator) * 20000n + BigInt(denominator);
  return n / (2n * BigInt(denominator));
}

/**
 * The target a Chỉ tiêu cell sets, the one rule KPI.STATUS, the native formulas, the highlight
 * rules and the check share: a cell holding a finite number is the target (its fraction); anything
 * else — blank, text, a boolean, an error — falls back to the plan's target. The kind (minimum or
 * exact) always comes from the plan. Excel hands a blank cell and an omitted argument over alike
 * (null), so a fallback is the only rule that reads both the same way.
 */
export function targetFromCell(cell: CellInput, plan: Target): Target {
  return typeof cell === "number" && Number.isFinite(cell) ? { kind: plan.kind, fraction: cell } : plan;
}

/**
 * The range a target is compared within. A ratio lies between 0 and 1, so every target below 0
 * is met by any ratio and every target above 2 by none: clamping the target to [0, 2] changes no
 * verdict and keeps the arithmetic finite for any number a cell can hold (1E+305 × 10000
 * overflows). The native formulas clamp alike, with MEDIAN(0, target, 2).
 */
export const TARGET_CLAMP = { low: 0, high: 2 } as const;

export function clampTarget(fraction: number): number {
  return Math.min(Math.max(fraction, TARGET_CLAMP.low), TARGET_CLAMP.high);
}

/**
 * Whether b/a meets the target. Minimum targets compare the percentage as a 0.00% cell shows it;
 * exact targets compare the unrounded ratio (100% means every single one: b = a). The target is
 * clamped first (clampTarget), which decides the same for every finite target.
 */
export function meetsTarget(numerator: number, denominator: number, target: Target): boolean {
  const goal = BigInt(targetBasisPoints(clampTarget(target.fraction)));
  if (target.kind === "minimum") return roundedBasisPoints(numerator, denominator) >= goal;
  return BigInt(numerator) * 10000n >= goal * BigInt(denominator);
}

export function verdictOf(evaluation: RatioEvaluation, target: Target): Verdict {
  switch (evaluation.kind) {
    case "ratio":
      return meetsTarget(evaluation.numerator, evaluation.denominator, target) ? "pass" : "fail";
    case "noData":
      return "noData";
    case "notApplicable":
      return "notApplicable";
    case "invalid":
      return "invalid";
  }
}
