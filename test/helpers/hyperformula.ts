/**
 * What the formula-engine tests share: HyperFormula set up to behave like Excel, the way a cell is
 * written into it and read back, and the oracle the native formulas are held against — the plan's
 * rules written apart from src/domain (test/oracle/planRules.ts), never the code under test.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { Target } from "../../src/domain/catalog";
import type { CellGrid, CellInput, Verdict } from "../../src/domain/ratio";
import { HIGHLIGHT_GROUP, WORDS, invalidEntry, periodOutcome, shownRatio, shownResult, verdict, type VerdictWord } from "../oracle/planRules";

import { ENGINE_CONFIG } from "./engineConfig";

export { ENGINE_CONFIG };

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
// The oracle (test/oracle/planRules.ts), in the words the engine tests use
// ---------------------------------------------------------------------------------------------

const VERDICT_OF_WORD: Readonly<Record<VerdictWord, Verdict>> = {
  [WORDS.pass]: "pass",
  [WORDS.fail]: "fail",
  [WORDS.notArisen]: "notApplicable",
  [WORDS.noData]: "noData",
  [WORDS.invalid]: "invalid",
};

/** The plan's verdict for b and a, the target read from its cell (a number, else the plan's). */
export function oracleVerdict(b: CellInput | CellGrid, a: CellInput | CellGrid, target: CellInput, plan: Target): Verdict {
  return VERDICT_OF_WORD[verdict(b, a, target, plan)];
}

/** The highlight group that shows each verdict. */
export const VERDICT_GROUP: Readonly<Record<Verdict, "pass" | "fail" | "neutral">> = Object.fromEntries(
  Object.entries(VERDICT_OF_WORD).map(([word, key]) => [key, HIGHLIGHT_GROUP[word as VerdictWord]]),
) as Record<Verdict, "pass" | "fail" | "neutral">;

/** The invalid-input rule for one cell of a pair: filled but not a count, or b > a. */
export function oracleInvalidInput(cell: CellInput, b: CellInput, a: CellInput): boolean {
  return invalidEntry(cell, b, a);
}

/** What KPI.RATIO (and the native ratio formula) shows: the ratio, #VALUE! or #N/A. */
export function expectedResult(b: CellInput | CellGrid, a: CellInput | CellGrid): Shown {
  const ratio = shownRatio(b, a);
  return typeof ratio === "number" ? ratio : { error: ratio };
}

/** What a period's b or a shows on the appendix (periodOutcome): the sum when every month is entered and valid, else "". */
export function expectedShownSum(values: readonly CellInput[], partner: readonly CellInput[], part: "numerator" | "denominator"): Shown {
  const months = values.map((v, i) => (part === "numerator" ? { b: v, a: partner[i] } : { b: partner[i], a: v }));
  const outcome = periodOutcome(months, null, { kind: "minimum", fraction: 0 });
  const sum = part === "numerator" ? outcome.numerator : outcome.denominator;
  return sum === null ? "" : Number(sum);
}

/** What a Kết quả cell shows: the ratio beside Đạt or Không đạt, else "" (never an error code). */
export function expectedShownResult(b: CellInput | CellGrid, a: CellInput | CellGrid, target: CellInput, plan: Target): Shown {
  return shownResult(b, a, target, plan);
}
