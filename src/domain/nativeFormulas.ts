/**
 * Native Excel formulas (no KPI.* function) that reproduce evaluateRatio and verdictOf exactly.
 * They serve where custom functions cannot: hosts without them, the portable copy, the standalone
 * workbook, and conditional-format rules (Excel ignores custom functions there). Functions used
 * exist in Excel 2010, LibreOffice Calc and HyperFormula: IF, OR, COUNT, COUNTBLANK, COUNTIF,
 * ROWS, COLUMNS, MAX, MEDIAN, INT, SUM, SUMPRODUCT, ROUND, ISNUMBER, IFERROR, NA.
 *
 * The target follows targetFromCell: a target cell holding a number is the target; anything else
 * (blank, text, a boolean, an error) falls back to the plan's target, written into the formula as
 * a constant; the kind (minimum/exact) is the plan's. The target never makes a verdict invalid.
 */
import type { Target } from "./catalog";
import { MAX_COUNT, TARGET_CLAMP, VERDICT_WORDS, targetBasisPoints, type Verdict } from "./ratio";

/** A1 references (a cell or a range of equal shape) of the numerator b and denominator a. */
export interface RatioRefs {
  readonly numerator: string;
  readonly denominator: string;
}

interface Leaves {
  readonly invalid: string;
  readonly noData: string;
  readonly notApplicable: string;
  readonly ratio: string;
}

/** Excel's error literal for invalid inputs, as KPI.* returns #VALUE! for them. */
export const INVALID_RESULT = "#VALUE!";

const filledCount = (range: string): string => `(ROWS(${range})*COLUMNS(${range})-COUNTBLANK(${range}))`;

/** The classification chain of evaluateRatio, in the same order, with a formula at each leaf. */
function classify({ numerator: b, denominator: a }: RatioRefs, leaf: Leaves): string {
  const notCountsOnly = `OR(COUNT(${b})<>${filledCount(b)},COUNT(${a})<>${filledCount(a)})`;
  const badCounts =
    `OR(COUNTIF(${b},"<0")+COUNTIF(${a},"<0")>0,MAX(${b},${a})>${MAX_COUNT_TEXT},` +
    `SUMPRODUCT(--(${b}<>INT(${b})))+SUMPRODUCT(--(${a}<>INT(${a})))>0,` +
    `SUMPRODUCT((${b}>${a})*(${a}<>""))>0)`;
  const nothingEntered = `${filledCount(b)}+${filledCount(a)}=0`;
  const halfFilled = `SUMPRODUCT(--((${b}="")+(${a}="")=1))>0`;
  return (
    `IF(${notCountsOnly},${leaf.invalid},IF(${badCounts},${leaf.invalid},` +
    `IF(${nothingEntered},${leaf.noData},IF(${halfFilled},${leaf.noData},` +
    `IF(SUM(${a})=0,${leaf.notApplicable},${leaf.ratio})))))`
  );
}

/** =sum(b)/sum(a), #N/A for no data or a = 0, #VALUE! for invalid input (like KPI.RATIO). */
export function nativeRatioFormula(refs: RatioRefs): string {
  return (
    "=" +
    classify(refs, {
      invalid: INVALID_RESULT,
      noData: "NA()",
      notApplicable: "NA()",
      ratio: `SUM(${refs.numerator})/SUM(${refs.denominator})`,
    })
  );
}

/**
 * The goal G in hundredths of a percent: the number in targetRef, clamped to [0, 2] (clampTarget:
 * no verdict changes, no arithmetic overflows), else the plan's target as a constant.
 */
function goalExpression(targetRef: string, plan: Target): string {
  const clamped = `MEDIAN(${TARGET_CLAMP.low},${targetRef},${TARGET_CLAMP.high})`;
  return `IF(ISNUMBER(${targetRef}),ROUND(${clamped}*10000,0),${targetBasisPoints(plan.fraction)})`;
}

/** b against the goal: ">=" meets it, "<" misses it (the exact negation, shorter than NOT(…)). */
function targetComparison(b: string, a: string, targetRef: string, plan: Target, operator: ">=" | "<"): string {
  const goal = goalExpression(targetRef, plan);
  return plan.kind === "minimum" ? `${b}*20000${operator}(2*${goal}-1)*${a}` : `${b}*10000${operator}${goal}*${a}`;
}

/**
 * A boolean expression: does b/a meet the target (meetsTarget, the target read by
 * targetFromCell from targetRef, `plan` being the plan's target)? Division-free so that it never
 * errors: ROUND(b/a·10000) ≥ G exactly when b·20000 ≥ (2G − 1)·a (a > 0).
 */
export function meetsTargetExpression(b: string, a: string, targetRef: string, plan: Target): string {
  return targetComparison(b, a, targetRef, plan, ">=");
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The verdict expression (no leading "="), yielding one of VERDICT_WORDS. */
function verdictExpression(refs: RatioRefs, targetRef: string, plan: Target): string {
  const words = (v: Verdict): string => quoted(VERDICT_WORDS[v]);
  const meets = meetsTargetExpression(`SUM(${refs.numerator})`, `SUM(${refs.denominator})`, targetRef, plan);
  const chain = classify(refs, {
    invalid: words("invalid"),
    noData: words("noData"),
    notApplicable: words("notApplicable"),
    ratio: `IF(${meets},${words("pass")},${words("fail")})`,
  });
  // Any error an input cell holds (#N/A typed in, #REF!) makes the data invalid, not the sheet broken.
  return `IFERROR(${chain},${words("invalid")})`;
}

/**
 * The Đánh giá formula: the same words KPI.STATUS returns, against the target in targetRef (a cell,
 * or a number) read by targetFromCell, `plan` being the plan's target.
 */
export function nativeVerdictFormula(refs: RatioRefs, targetRef: string, plan: Target): string {
  return "=" + verdictExpression(refs, targetRef, plan);
}

/** MAX_COUNT as a formula: "10^9" (HyperFormula does not parse "1E9", and it is short). */
const MAX_COUNT_TEXT = `10^${Math.log10(MAX_COUNT)}`;

/** True when a single cell is blank or holds a count. */
const blankOrCount = (ref: string): string =>
  // x = MIN(max, ABS(INT(x))) holds exactly for whole numbers from 0 to max, in one comparison.
  `IF(ISNUMBER(${ref}),${ref}=MIN(${MAX_COUNT_TEXT},ABS(INT(${ref}))),${ref}="")`;

/**
 * Conditional-format rule formulas for one row of single cells (b, a, target), compact enough for
 * Excel's rule editor (255 characters) yet exactly evaluateRatio + verdictOf with the target of
 * targetFromCell (`plan` being the plan's target). Each is true when the row's verdict falls in
 * the rule's group: "fail" covers Không đạt and invalid data, "neutral" Không phát sinh and Chưa
 * có số liệu.
 */
export function verdictRuleFormula(
  { numerator: b, denominator: a }: RatioRefs,
  targetRef: string,
  plan: Target,
  group: "pass" | "fail" | "neutral",
): string {
  const counts = `${blankOrCount(b)},${blankOrCount(a)}`;
  switch (group) {
    case "pass":
      return `=IFERROR(AND(${counts},${b}<>"",${a}>0,${b}<=${a},${meetsTargetExpression(b, a, targetRef, plan)}),FALSE())`;
    case "fail": {
      // Invalid data (any error included) or a filled pair that misses the target. With valid
      // counts, a blank or zero a makes the right side 0, which b·20000 (b·10000) never is below:
      // no a > 0 test is needed.
      const misses = targetComparison(b, a, targetRef, plan, "<");
      return `=IFERROR(OR(NOT(AND(${counts},OR(${b}="",${a}="",${b}<=${a}))),AND(${b}<>"",${misses})),TRUE())`;
    }
    case "neutral":
      return `=IFERROR(AND(${counts},OR(${b}="",${a}="",${b}<=${a}),OR(${b}="",${a}="",${a}=0)),FALSE())`;
  }
}

/**
 * A conditional-format rule formula for one input cell: true when the cell is filled but not a
 * count (text, negative, fractional, too large), or when it breaks b ≤ a with its partner cell.
 * `numeratorRef`/`denominatorRef` are the two cells of the same pair (one of them is `cellRef`).
 */
export function invalidInputRuleFormula(cellRef: string, numeratorRef: string, denominatorRef: string): string {
  const pairAbove = `AND(ISNUMBER(${numeratorRef}),ISNUMBER(${denominatorRef}),${numeratorRef}>${denominatorRef})`;
  return `=IFERROR(OR(NOT(${blankOrCount(cellRef)}),${pairAbove}),TRUE())`;
}

/** The KPI.* formulas the add-in writes where the host runs custom functions. */
export function kpiRatioFormula(functionName: string, refs: RatioRefs): string {
  return `=KPI.${functionName}(${refs.numerator},${refs.denominator})`;
}

export function kpiVerdictFormula(code: string, refs: RatioRefs, targetRef: string): string {
  return `=KPI.STATUS("${code}",${refs.numerator},${refs.denominator},${targetRef})`;
}
