/**
 * The KPI.* worksheet functions as pure functions: a declarative table of the functions (one per
 * indicator of the catalog, plus RATIO, TARGET and STATUS) beside the three functions that compute
 * them. src/functions/functions.ts wraps each table row in a JSDoc-annotated custom function and
 * turns a KpiError into a CustomFunctions.Error; nothing here knows about Office.
 *
 * Every rule comes from ratio.ts (evaluateRatio, meetsTarget, targetFromCell, VERDICT_WORDS): a
 * ratio is sum(b) / sum(a) over one cell or equal-shaped ranges; invalid input is #VALUE!, no data
 * and a = 0 are #N/A; STATUS answers with the document's verdict words.
 */
import { fillTemplate } from "./template";
import { INDICATORS, findIndicator, type Indicator, type Plan, type Target } from "./catalog";
import {
  MAX_COUNT,
  VERDICT_WORDS,
  evaluateRatio,
  isBlank,
  targetFromCell,
  verdictOf,
  type CellGrid,
  type CellInput,
  type RangeRule,
  type RatioEvaluation,
} from "./ratio";
import type { Language } from "../i18n/language";
import { functionsVi, type FunctionStrings } from "../i18n/vi/functions";
import { functionsEn } from "../i18n/en/functions";

/** One argument as a host passes it: a single value, or a grid of rows (a range; Excel: [[v]]). */
export type KpiArg = CellInput | CellGrid;

/** "value" becomes #VALUE!, "na" becomes #N/A, both with the message. */
export type KpiErrorKind = "value" | "na";

export interface KpiError {
  readonly error: KpiErrorKind;
  readonly message: string;
}

/**
 * The language of the messages, or a function that tells it. A function is only called when a
 * message is needed, so the successful path never asks the host for its display language.
 */
export type LanguageChoice = Language | (() => Language);

const KPI_NAMESPACE = "KPI";

export type KpiFunctionKind = "indicator" | "ratio" | "target" | "status";

export interface KpiParameterSpec {
  readonly name: string;
  /** True when a range of cells is accepted (b and a), false for a single value. */
  readonly range: boolean;
  readonly optional: boolean;
}

interface KpiFunctionSpecBase {
  /** The custom function id and name under the KPI namespace, e.g. "ONTIME" for =KPI.ONTIME(b,a). */
  readonly id: string;
  readonly parameters: readonly KpiParameterSpec[];
}

export type KpiFunctionSpec =
  /** An indicator's own function: the ratio, documented with the indicator's target and counts. */
  | (KpiFunctionSpecBase & { readonly kind: "indicator"; readonly indicator: Indicator })
  | (KpiFunctionSpecBase & { readonly kind: Exclude<KpiFunctionKind, "indicator"> });

const B: KpiParameterSpec = { name: "b", range: true, optional: false };
const A: KpiParameterSpec = { name: "a", range: true, optional: false };
const CODE: KpiParameterSpec = { name: "code", range: false, optional: false };
const TARGET: KpiParameterSpec = { name: "target", range: false, optional: true };

/** Every KPI.* function, in the order of the help panel: the 11 indicators, then RATIO, TARGET, STATUS. */
export const KPI_FUNCTIONS: readonly KpiFunctionSpec[] = [
  ...INDICATORS.flatMap((indicator): KpiFunctionSpec[] =>
    indicator.functionName === null ? [] : [{ id: indicator.functionName, kind: "indicator", indicator, parameters: [B, A] }],
  ),
  { id: "RATIO", kind: "ratio", parameters: [B, A] },
  { id: "TARGET", kind: "target", parameters: [CODE] },
  { id: "STATUS", kind: "status", parameters: [CODE, B, A, TARGET] },
];

/** "KPI.ONTIME". */
export function kpiFunctionName(id: string): string {
  return `${KPI_NAMESPACE}.${id}`;
}

export function functionStrings(language: Language): FunctionStrings {
  return language === "en" ? functionsEn : functionsVi;
}

/** A whole number with the language's thousands separator (1.000.000.000 / 1,000,000,000). */
export function formatCount(value: number, language: Language): string {
  const separator = functionStrings(language).format.thousandsSeparator;
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function resolveLanguage(language: LanguageChoice): Language {
  return typeof language === "function" ? language() : language;
}

// ---------------------------------------------------------------------------------------------
// Ratio: KPI.<indicator>(b, a) and KPI.RATIO(b, a)
// ---------------------------------------------------------------------------------------------

/** b/a when b and a are valid counts with b ≤ a and a > 0, else NaN. */
function countRatio(b: unknown, a: unknown): number {
  return typeof b === "number" &&
    typeof a === "number" &&
    b >= 0 &&
    b <= a &&
    a <= MAX_COUNT &&
    a > 0 &&
    Math.floor(b) === b &&
    Math.floor(a) === a
    ? (0 + b) / a // 0 + b as evaluateRatio sums it: −0 becomes 0
    : NaN;
}

/**
 * The common case at full speed: equal-shaped grids (or two scalars) whose every pair of cells is
 * either two valid counts with b ≤ a or two blanks, with something filled and sum(a) > 0. Returns
 * sum(b)/sum(a) then — exactly what evaluateRatio returns, summed in the same order — and NaN for
 * anything else, which evaluateRatio then classifies. No allocation, no closure; one cell ([[v]],
 * what Excel passes for a single cell) takes the shortest way.
 */
function fastRatio(b: unknown, a: unknown): number {
  if (!Array.isArray(b) || !Array.isArray(a)) return countRatio(b, a);
  const rows = b.length;
  if (rows !== a.length) return NaN;
  if (rows === 1) {
    const bRow: unknown = b[0];
    const aRow: unknown = a[0];
    if (Array.isArray(bRow) && Array.isArray(aRow) && bRow.length === 1 && aRow.length === 1) {
      return countRatio(bRow[0], aRow[0]);
    }
  }
  let numerator = 0;
  let denominator = 0;
  let filled = false;
  for (let r = 0; r < rows; r++) {
    const bRow: unknown = b[r];
    const aRow: unknown = a[r];
    if (!Array.isArray(bRow) || !Array.isArray(aRow)) return NaN;
    const columns = bRow.length;
    if (columns !== aRow.length) return NaN;
    for (let c = 0; c < columns; c++) {
      const bv: unknown = bRow[c];
      const av: unknown = aRow[c];
      if (typeof bv === "number" && typeof av === "number") {
        if (!(bv >= 0 && bv <= av && av <= MAX_COUNT) || Math.floor(bv) !== bv || Math.floor(av) !== av) return NaN;
        numerator += bv;
        denominator += av;
        filled = true;
      } else if (!isBlank(bv) || !isBlank(av)) {
        return NaN;
      }
    }
  }
  return filled && denominator > 0 ? numerator / denominator : NaN;
}

/** A grid must be rows of cells; anything else (not from a spreadsheet) is invalid data. */
function wellFormed(value: unknown): boolean {
  if (!Array.isArray(value)) return true;
  for (let r = 0; r < value.length; r++) if (!Array.isArray(value[r])) return false;
  return true;
}

const MALFORMED: RatioEvaluation = { kind: "invalid", problem: "notNumber" };

/** evaluateRatio on anything a caller may pass; never throws. */
export function evaluateKpiArgs(b: unknown, a: unknown, rule: RangeRule = "sum"): RatioEvaluation {
  if (!wellFormed(b) || !wellFormed(a)) return MALFORMED;
  try {
    return evaluateRatio(b as KpiArg, a as KpiArg, rule);
  } catch {
    return MALFORMED;
  }
}

/** The #VALUE! / #N/A of an evaluation that is not a ratio. */
export function evaluationError(
  evaluation: Exclude<RatioEvaluation, { kind: "ratio" }>,
  language: LanguageChoice = "vi",
): KpiError {
  const lang = resolveLanguage(language);
  const errors = functionStrings(lang).errors;
  switch (evaluation.kind) {
    case "noData":
      return { error: "na", message: evaluation.reason === "blank" ? errors.blank : errors.incomplete };
    case "notApplicable":
      return { error: "na", message: errors.notApplicable };
    case "invalid": {
      const problem = evaluation.problem;
      const message =
        problem === "tooLarge"
          ? fillTemplate(errors.tooLarge, { max: formatCount(MAX_COUNT, lang) })
          : errors[problem];
      return { error: "value", message };
    }
  }
}

/**
 * The error code ("#DIV/0!") when `value` is an Excel error as a custom function receives it, else
 * undefined. Excel passes an error in a cell of an `any` parameter to the function only when the
 * metadata says allowErrorForDataTypeAny: true ("Handle and return errors from your custom
 * function": errors as custom function inputs); it arrives as a CustomFunctions.Error (`code`
 * "#DIV/0!") or, where data types reach the function (allowCustomDataForDataTypeAny), as an
 * Excel.ErrorCellValue (`type` "Error", `basicValue` "#DIV/0!"). Any other object is no count either:
 * evaluateRatio already calls it invalid ("notNumber"); this only names the error in the message.
 */
export function excelErrorCode(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { code, type, basicValue } = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof code === "string" && code.startsWith("#")) return code;
  if (type === "Error" && typeof basicValue === "string" && basicValue.startsWith("#")) return basicValue;
  return undefined;
}

/** The first Excel error in b, then in a (single values or grids), or undefined. */
function firstExcelError(b: unknown, a: unknown): string | undefined {
  for (const argument of [b, a]) {
    const rows: unknown[] = Array.isArray(argument) ? argument : [[argument]];
    for (const row of rows) {
      for (const cell of Array.isArray(row) ? row : [row]) {
        const code = excelErrorCode(cell);
        if (code) return code;
      }
    }
  }
  return undefined;
}

/**
 * KPI.<indicator>(b, a) and KPI.RATIO(b, a): sum(b)/sum(a) as a fraction, or the error saying what
 * is wrong. b and a are single values or equal-shaped grids; blanks are no data, never zeros. An
 * Excel error in a cell (#DIV/0! from the user's own formula) is invalid data: #VALUE! naming it.
 */
export function kpiRatio(b: unknown, a: unknown, language: LanguageChoice = "vi"): number | KpiError {
  const value = fastRatio(b, a);
  if (value === value) return value; // not NaN: the common case, decided without allocating
  const evaluation = evaluateKpiArgs(b, a);
  if (evaluation.kind === "ratio") return evaluation.value;
  const errorCode = evaluation.kind === "invalid" && evaluation.problem === "notNumber" ? firstExcelError(b, a) : undefined;
  if (errorCode) {
    const errors = functionStrings(resolveLanguage(language)).errors;
    return { error: "value", message: fillTemplate(errors.excelError, { code: errorCode }) };
  }
  return evaluationError(evaluation, language);
}

// ---------------------------------------------------------------------------------------------
// KPI.TARGET(code) and KPI.STATUS(code, b, a, [target])
// ---------------------------------------------------------------------------------------------

/** A single value out of a 1×1 grid; other grids stay as they are (and are not valid codes). */
function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1
    ? value[0][0]
    : value;
}

const codeList = (indicators: readonly Indicator[]): string =>
  indicators.map((i) => (i.functionName ? `${i.code} (${i.functionName})` : i.code)).join(", ");
const CODE_LIST = codeList(INDICATORS);

/**
 * The plan of the workbook the functions compute in (the task pane registers the plan the open
 * workbook carries, in the shared runtime): KPI.STATUS and KPI.TARGET resolve a code or a function
 * name there first, then in the built-in plan. Null: the built-in plan only.
 */
/**
 * Where the open workbook's plan is kept: on the global object, under a registered symbol, because
 * the task pane and the custom functions are two bundles (two copies of this module) in one shared
 * runtime — the pane registers the plan, the functions read it.
 */
const WORKBOOK_PLAN = Symbol.for("kpi-cchc.workbookPlan");
const registry = globalThis as typeof globalThis & { [WORKBOOK_PLAN]?: Plan | null };

/** Registers the open workbook's plan (null for none: a workbook made for the built-in plan). */
export function registerWorkbookPlan(plan: Plan | null): void {
  registry[WORKBOOK_PLAN] = plan;
}

/** The plan registered for the open workbook, if any. */
export function registeredWorkbookPlan(): Plan | null {
  return registry[WORKBOOK_PLAN] ?? null;
}

/** The indicator a code or function name names, or the #VALUE! error saying which codes exist. */
export function indicatorForCode(code: unknown, language: LanguageChoice = "vi"): Indicator | KpiError {
  const value = single(code);
  const workbookPlan = registeredWorkbookPlan();
  if (typeof value === "string") {
    const indicator = (workbookPlan ? findIndicator(value, workbookPlan) : undefined) ?? findIndicator(value);
    if (indicator) return indicator;
  }
  const errors = functionStrings(resolveLanguage(language)).errors;
  if (isBlank(value) || (typeof value === "string" && value.trim() === "")) {
    return { error: "value", message: errors.missingCode };
  }
  const shown =
    typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value).trim() : "…";
  const clipped = shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
  const codes = workbookPlan ? codeList(workbookPlan.indicators) : CODE_LIST;
  return { error: "value", message: fillTemplate(errors.unknownCode, { code: clipped, codes }) };
}

function isKpiError(value: unknown): value is KpiError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** KPI.TARGET(code): the indicator's target as a fraction (0.95), or #VALUE! for an unknown code. */
export function kpiTarget(code: unknown, language: LanguageChoice = "vi"): number | KpiError {
  const indicator = indicatorForCode(code, language);
  return isKpiError(indicator) ? indicator : indicator.target.fraction;
}

/**
 * The target STATUS compares against, by targetFromCell: a finite number replaces the catalog's
 * fraction, the kind (minimum/exact) staying the catalog's; anything else — omitted, a blank cell
 * (Excel passes both as null), text, a boolean, a grid — means the catalog's target.
 */
export function statusTarget(target: unknown, catalogTarget: Target): Target {
  // targetFromCell reads anything but a number (a grid included) as the catalog's target.
  return targetFromCell(single(target) as CellInput, catalogTarget);
}

/**
 * KPI.STATUS(code, b, a, [target]): one of VERDICT_WORDS. The data are judged first, in the order
 * of nativeVerdictFormula: invalid data, no data, nothing arose; the target matters only when the
 * data give a ratio, and never makes the verdict invalid. Over ranges (months) it is a verdict
 * about a period: every pair must be entered, else "Chưa có số liệu" (the "complete" rule). Only
 * an unknown code is an error (#VALUE!).
 */
export function kpiStatus(
  code: unknown,
  b: unknown,
  a: unknown,
  target?: unknown,
  language: LanguageChoice = "vi",
): string | KpiError {
  const indicator = indicatorForCode(code, language);
  if (isKpiError(indicator)) return indicator;
  return VERDICT_WORDS[verdictOf(evaluateKpiArgs(b, a, "complete"), statusTarget(target, indicator.target))];
}
