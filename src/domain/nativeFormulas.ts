/**
 * Native Excel formulas (no KPI.* function) that reproduce evaluateRatio and verdictOf exactly.
 * They serve where custom functions cannot: hosts without them, the portable copy, the standalone
 * workbook, monthly reporting, and conditional-format rules (Excel ignores custom functions there).
 * Functions used exist in Excel 2010, LibreOffice Calc and HyperFormula: IF, AND, OR, NOT, COUNT,
 * COUNTBLANK, COUNTIF, ROWS, COLUMNS, MAX, MIN, MEDIAN, ABS, INT, SUM, SUMIF, SUMPRODUCT, ROUND,
 * ISNUMBER, ISBLANK, ISERROR, IFERROR, NA, TRUE, FALSE.
 *
 * The target follows targetFromCell: a target cell holding a number is the target; anything else
 * (blank, text, a boolean, an error) falls back to the plan's target, written into the formula as
 * a constant; the kind (minimum/exact) is the plan's. The target never makes a verdict invalid.
 */
import type { Target } from "./catalog";
import type { MonthNumber } from "./period";
import { MAX_COUNT, TARGET_CLAMP, VERDICT_WORDS, targetBasisPoints, type RangeRule, type Verdict } from "./ratio";

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
const INVALID_RESULT = "#VALUE!";

/** MAX_COUNT as a formula: "10^9" (HyperFormula does not parse "1E9", and it is short). */
const MAX_COUNT_TEXT = `10^${Math.log10(MAX_COUNT)}`;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** A verdict's word (VERDICT_WORDS) as a formula string literal. */
const word = (verdict: Verdict): string => quoted(VERDICT_WORDS[verdict]);

/** The leaves of KPI.RATIO: the ratio, #N/A for no data or a = 0, #VALUE! for invalid input. */
function ratioLeaves(ratio: string): Leaves {
  return { invalid: INVALID_RESULT, noData: "NA()", notApplicable: "NA()", ratio };
}

/** The leaves of KPI.STATUS: one of VERDICT_WORDS, Đạt or Không đạt by `meets` for a ratio. */
function verdictLeaves(meets: string): Leaves {
  return {
    invalid: word("invalid"),
    noData: word("noData"),
    notApplicable: word("notApplicable"),
    ratio: `IF(${meets},${word("pass")},${word("fail")})`,
  };
}

/**
 * The Đánh giá formula around a verdict chain: any error an input cell holds (#N/A typed in,
 * #REF!) makes the data invalid, not the sheet broken.
 */
function verdictFormula(chain: string): string {
  return `=IFERROR(${chain},${word("invalid")})`;
}

const filledCount = (range: string): string => `(ROWS(${range})*COLUMNS(${range})-COUNTBLANK(${range}))`;

/**
 * The classification chain of evaluateRatio under `rule`, in the same order, with a formula at
 * each leaf. Under "complete" any blank cell of b or a means no data (every pair must be entered).
 */
function classify({ numerator: b, denominator: a }: RatioRefs, leaf: Leaves, rule: RangeRule): string {
  const notCountsOnly = `OR(COUNT(${b})<>${filledCount(b)},COUNT(${a})<>${filledCount(a)})`;
  const badCounts =
    `OR(COUNTIF(${b},"<0")+COUNTIF(${a},"<0")>0,MAX(${b},${a})>${MAX_COUNT_TEXT},` +
    `SUMPRODUCT(--(${b}<>INT(${b})))+SUMPRODUCT(--(${a}<>INT(${a})))>0,` +
    `SUMPRODUCT((${b}>${a})*(${a}<>""))>0)`;
  const noData =
    rule === "complete"
      ? `COUNTBLANK(${b})+COUNTBLANK(${a})>0`
      : `OR(${filledCount(b)}+${filledCount(a)}=0,SUMPRODUCT(--((${b}="")+(${a}="")=1))>0)`;
  return (
    `IF(${notCountsOnly},${leaf.invalid},IF(${badCounts},${leaf.invalid},` +
    `IF(${noData},${leaf.noData},IF(SUM(${a})=0,${leaf.notApplicable},${leaf.ratio}))))`
  );
}

/** =sum(b)/sum(a), #N/A for no data or a = 0, #VALUE! for invalid input (like KPI.RATIO: the "sum" rule). */
export function nativeRatioFormula(refs: RatioRefs): string {
  return "=" + classify(refs, ratioLeaves(`SUM(${refs.numerator})/SUM(${refs.denominator})`), "sum");
}

/** The verdicts that come with a ratio, and those that come with period sums of b and a. */
const RATIO_VERDICTS: readonly Verdict[] = ["pass", "fail"];
const SUM_VERDICTS: readonly Verdict[] = ["pass", "fail", "notApplicable"];

function gated(verdictCell: string, verdicts: readonly Verdict[], expression: string): string {
  const tests = verdicts.map((v) => `${verdictCell}=${word(v)}`).join(",");
  return `=IF(OR(${tests}),${expression},"")`;
}

/**
 * A Kết quả cell of the document: the ratio (`ratio`, an expression without "=") only when the
 * row's Đánh giá cell says Đạt or Không đạt, else nothing — no error code on paper; Đánh giá says
 * why there is no ratio. Reading the verdict keeps the two cells in agreement by construction.
 */
export function shownResultFormula(verdictCell: string, ratio: string): string {
  return gated(verdictCell, RATIO_VERDICTS, ratio);
}

/**
 * A period's b or a on the appendix (monthly mode): the sum (`sum`, without "=") only when the
 * period has data (Đạt, Không đạt, Không phát sinh), else nothing: a report never shows sums of
 * a period that is not fully entered.
 */
export function shownSumFormula(verdictCell: string, sum: string): string {
  return gated(verdictCell, SUM_VERDICTS, sum);
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
function meetsTargetExpression(b: string, a: string, targetRef: string, plan: Target): string {
  return targetComparison(b, a, targetRef, plan, ">=");
}

/**
 * The Đánh giá formula: the same words KPI.STATUS returns, against the target in targetRef (a cell,
 * or a number) read by targetFromCell, `plan` being the plan's target.
 */
export function nativeVerdictFormula(refs: RatioRefs, targetRef: string, plan: Target): string {
  const meets = meetsTargetExpression(`SUM(${refs.numerator})`, `SUM(${refs.denominator})`, targetRef, plan);
  return verdictFormula(classify(refs, verdictLeaves(meets), "complete"));
}

/** The groups of verdicts the result highlights show (one colour each). */
export type VerdictGroup = "pass" | "fail" | "neutral";

/** One conditional-format rule of a group: its formula and the verdicts it marks. */
export interface VerdictRule {
  readonly verdicts: readonly Verdict[];
  readonly formula: string;
}

/**
 * Blank (or "") or a count, with three references to the cell: IF tests "" first (Excel's IF
 * evaluates only the branch it takes), else the cell must equal MIN(max, |INT(cell)|). Text or an
 * error in the cell makes it an error, which the rule's IFERROR turns into its answer for invalid
 * data. 1 stands for TRUE (AND and NOT read it so).
 */
const blankOrCountRule = (ref: string): string => `IF(${ref}="",1,${ref}=MIN(${MAX_COUNT_TEXT},ABS(INT(${ref}))))`;

/**
 * Conditional-format rule formulas for one row of single cells (b, a, target): exactly
 * evaluateRatio + verdictOf with the target of targetFromCell (`plan` being the plan's target).
 * A cell takes a group's colour when any of the group's rules holds: "pass" is Đạt; "neutral" is
 * Không phát sinh and Chưa có số liệu; "fail" is two rules, invalid data (any error included) and
 * a filled pair below the target, each short enough for Excel's 255-character limit on a rule's
 * formula wherever the table sits (references up to 10 characters each, XFD1048576).
 */
export function verdictRuleFormulas(
  { numerator: b, denominator: a }: RatioRefs,
  targetRef: string,
  plan: Target,
  group: VerdictGroup,
): VerdictRule[] {
  switch (group) {
    case "pass":
      // b a count from 0 to a, a a count from 1 to the maximum: MEDIAN clamps INT(x) into the
      // range, which gives x back only for such a whole number (text or an error: an error).
      return [
        {
          verdicts: ["pass"],
          formula:
            `=IFERROR(AND(${b}<>"",${b}=MEDIAN(0,INT(${b}),${a}),${a}=MEDIAN(1,INT(${a}),${MAX_COUNT_TEXT}),` +
            `${meetsTargetExpression(b, a, targetRef, plan)}),FALSE())`,
        },
      ];
    case "fail":
      return [
        {
          verdicts: ["invalid"],
          formula: `=IFERROR(NOT(AND(${blankOrCountRule(b)},${blankOrCountRule(a)},OR(${b}="",${a}="",${b}<=${a}))),TRUE())`,
        },
        {
          // With valid counts a blank or zero a makes the right side 0, which b·20000 (b·10000)
          // never is below; with invalid data the other rule holds anyway.
          verdicts: ["fail"],
          formula: `=IFERROR(AND(${b}<>"",${targetComparison(b, a, targetRef, plan, "<")}),FALSE())`,
        },
      ];
    case "neutral":
      return [
        {
          verdicts: ["notApplicable", "noData"],
          formula: `=IFERROR(AND(${blankOrCountRule(b)},${blankOrCountRule(a)},OR(${b}="",${a}="",AND(${b}=0,${a}=0))),FALSE())`,
        },
      ];
  }
}

/**
 * A group's rules as one formula (OR of its rules), for engines that check the rules by
 * evaluating them in cells (the tests, HyperFormula, LibreOffice). The sheets get the rules
 * themselves (verdictRuleFormulas): the OR would pass 255 characters.
 */
export function verdictRuleFormula(refs: RatioRefs, targetRef: string, plan: Target, group: VerdictGroup): string {
  const rules = verdictRuleFormulas(refs, targetRef, plan, group).map((rule) => rule.formula);
  return rules.length === 1 ? rules[0] : `=OR(${rules.map((formula) => formula.replace(/^=/, "")).join(",")})`;
}

/** True when a single cell is blank or holds a count. */
const blankOrCount = (ref: string): string =>
  // x = MIN(max, ABS(INT(x))) holds exactly for whole numbers from 0 to max, in one comparison.
  `IF(ISNUMBER(${ref}),${ref}=MIN(${MAX_COUNT_TEXT},ABS(INT(${ref}))),${ref}="")`;

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

// ---------------------------------------------------------------------------------------------
// Over a month mask (monthly reporting)
// ---------------------------------------------------------------------------------------------

/**
 * A1 references or names of one indicator's twelve monthly cells and of a 0/1 mask row of the
 * same shape (1 for the months that count). With the mask the period follows a cell, in every
 * engine: Excel 2010, LibreOffice Calc and HyperFormula have no dynamic OFFSET/INDEX:INDEX range
 * in common (HyperFormula's OFFSET takes only literal offsets), but all evaluate SUMPRODUCT's
 * arguments as arrays.
 */
export interface MaskedRefs {
  readonly numerator: string;
  readonly denominator: string;
  readonly mask: string;
}

/**
 * 1 for a filled cell that is not a count (text, logical, error, negative, fractional, too
 * large), else 0, per element. Only IS* functions sit at the top, so an error or text in a month
 * outside the mask never leaks into the result: 1/(…) turns "not a count" into #DIV/0! or #VALUE!.
 */
const notCount = (range: string): string =>
  `(1-ISBLANK(${range}))*ISERROR(1/((INT(${range})=${range})*(${range}>=0)*(${range}<=${MAX_COUNT_TEXT})))`;

interface MaskedParts {
  readonly invalid: string;
  /** A masked month whose b or a is still blank: the period is not fully entered. */
  readonly notComplete: string;
  readonly sumB: string;
  readonly sumA: string;
}

function maskedParts({ numerator: b, denominator: a, mask: m }: MaskedRefs): MaskedParts {
  const bothFilled = `(1-ISBLANK(${b}))*(1-ISBLANK(${a}))`;
  return {
    invalid: `SUMPRODUCT(${m}*(${notCount(b)}+${notCount(a)}+${bothFilled}*ISNUMBER(1/(${b}>${a}))))>0`,
    notComplete: `SUMPRODUCT(${m}*(ISBLANK(${b})+ISBLANK(${a})>0))>0`,
    ...maskedSums({ numerator: b, denominator: a, mask: m }),
  };
}

/** SUMIF reads only the months in the mask, and ignores text. */
export function maskedSums({ numerator: b, denominator: a, mask: m }: MaskedRefs): { sumB: string; sumA: string } {
  return { sumB: `SUMIF(${m},1,${b})`, sumA: `SUMIF(${m},1,${a})` };
}

/**
 * The Đánh giá formula over the masked months — a verdict about a period: the words KPI.STATUS
 * returns for that slice under the "complete" rule (every masked month needs b and a), the target
 * read from targetRef by targetFromCell (`plan` being the plan's target).
 */
export function maskedVerdictFormula(refs: MaskedRefs, targetRef: string, plan: Target): string {
  const p = maskedParts(refs);
  const leaf = verdictLeaves(meetsTargetExpression(p.sumB, p.sumA, targetRef, plan));
  return verdictFormula(
    `IF(${p.invalid},${leaf.invalid},IF(${p.notComplete},${leaf.noData},IF(${p.sumA}=0,${leaf.notApplicable},${leaf.ratio})))`,
  );
}

/** One mask cell for month m: 1 when start ≤ m ≤ end (references or names of the two months). */
export function monthMaskFormula(m: MonthNumber, startRef: string, endRef: string): string {
  return `=IF(AND(${m}>=${startRef},${m}<=${endRef}),1,0)`;
}
