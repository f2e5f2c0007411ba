/**
 * "Tự kiểm tra" (the self-test), its pure part: the steps in order, the known figures it enters
 * (every verdict among them), what Excel must show for them — always decided by the domain's own
 * rules (evaluateRatio / verdictOf through verdictWithCellTarget), never a hard-coded verdict —
 * the comparison of what was read with that, and the names of the temporary sheets and defined
 * names, chosen so that nothing of the user's is touched. src/excel/selfTest.ts runs the steps in
 * Excel; the pane words the report (src/i18n/{vi,en}/support.ts).
 */
import { INDICATORS, type Indicator, type IndicatorCode } from "./catalog";
import { usesCustomFunctions, verdictWithCellTarget } from "./check";
import { periodSpan, yearToDateSpan, type MonthSpan, type ReportPeriod } from "./period";
import { VERDICT_WORDS, type CellInput, type Verdict } from "./ratio";

// ---------------------------------------------------------------------------------------------
// Steps and their results
// ---------------------------------------------------------------------------------------------

/** The steps, in the order they run. */
export const SELF_TEST_STEPS = [
  /** Insert the appendix with KPI.* formulas (needs CustomFunctionsRuntime 1.1). */
  "insertKpi",
  /** Insert the appendix with native formulas (what Excel without custom functions gets). */
  "insertNative",
  /** Enter the known figures into both. */
  "figures",
  /** Read what Excel calculated for every KPI.* formula and compare with the domain. */
  "calculateKpi",
  /** The same for every native formula. */
  "calculateNative",
  /** Apply the highlighting; the add-in's rules are there, as many as the layout has. */
  "highlight",
  /** A validation rule is there and rejects a bad value (DataValidation.valid). */
  "validation",
  /** The check before submission finds what the figures hold. */
  "check",
  /** The portable copy holds native formulas only, with the same results. */
  "portable",
  /** Monthly reporting: switch the report period; the appendix follows. */
  "period",
] as const;

export type SelfTestStepId = (typeof SELF_TEST_STEPS)[number];

export type StepStatus = "passed" | "failed" | "skipped";

/** A requirement set of Office (as Office.context.requirements.isSetSupported takes it). */
export interface SetRequirement {
  readonly set: string;
  readonly version: string;
}

/** What Excel was expected to show in one cell. */
export type ExpectedValue =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  /** No ratio (nothing entered, nothing arose, invalid data): anything but a number. */
  | { readonly kind: "noNumber" }
  /** A formula that calls the KPI.* functions. */
  | { readonly kind: "kpiFormula" }
  /** A formula without custom functions (the native table, the portable copy). */
  | { readonly kind: "nativeFormula" };

/** One cell that does not show what the domain says it should. */
export interface Mismatch {
  readonly code?: IndicatorCode;
  /** Which cell of the row (or of the step): "result", "verdict", "numerator", "ytdResult", "period", … */
  readonly part: string;
  /** The cell, "'KPI Tự kiểm tra AB12'!I8", for the support text. */
  readonly cell?: string;
  readonly expected: ExpectedValue;
  readonly found: CellInput;
}

/** Why a step failed. */
export type StepProblem =
  /** Cells that show something else than the domain's value (at most MAX_MISMATCHES kept). */
  | { readonly kind: "mismatch"; readonly mismatches: readonly Mismatch[]; readonly total: number }
  /** Excel had not finished calculating (#BUSY!, or still "Calculating") after the bounded wait. */
  | { readonly kind: "notCalculated"; readonly waitedMs: number; readonly mismatches: readonly Mismatch[]; readonly total: number }
  /** A production function answered a status other than the one expected. */
  | { readonly kind: "status"; readonly expected: string; readonly found: string }
  /** A count differs (e.g. the highlight rules present). */
  | { readonly kind: "count"; readonly what: string; readonly expected: number; readonly found: number }
  /** Excel (or the add-in) threw: its code and message. */
  | { readonly kind: "error"; readonly code: string; readonly message: string };

export interface StepResult {
  readonly id: SelfTestStepId;
  readonly status: StepStatus;
  readonly durationMs: number;
  /** Skipped: the requirement set this Excel lacks. */
  readonly requirement?: SetRequirement;
  /** Skipped: the earlier step it needs, which failed or was skipped. */
  readonly dependsOn?: SelfTestStepId;
  /** Failed: why. */
  readonly problem?: StepProblem;
}

export interface SelfTestCleanup {
  /** Every temporary sheet and name was removed, and the active sheet and selection restored. */
  readonly complete: boolean;
  /** Temporary sheets that could not be removed (delete them by hand). */
  readonly sheetsLeft: readonly string[];
  /** Temporary names that could not be removed. */
  readonly namesLeft: number;
  readonly error?: { readonly code: string; readonly message: string };
}

export interface SelfTestReport {
  readonly steps: readonly StepResult[];
  readonly totalMs: number;
  /** The temporary sheet the steps ran in (already removed). */
  readonly sheetName: string;
  readonly cleanup: SelfTestCleanup;
}

/** Mismatches kept per step: enough to tell support what is wrong, short enough to paste. */
export const MAX_MISMATCHES = 6;

export function overallStatus(report: Pick<SelfTestReport, "steps">): StepStatus {
  if (report.steps.some((s) => s.status === "failed")) return "failed";
  return report.steps.every((s) => s.status === "skipped") ? "skipped" : "passed";
}

// ---------------------------------------------------------------------------------------------
// The known figures
// ---------------------------------------------------------------------------------------------

/**
 * Tử số (b) and Mẫu số (a) of each indicator for the plain table: every verdict occurs, with the
 * cases the rules treat specially (the minimum met exactly, 94.995% shown as 95.00%, the exact
 * 100% target missed by one, a half-filled pair, b > a, a fraction).
 */
export const SELF_TEST_FIGURES: Readonly<Record<IndicatorCode, readonly [CellInput, CellInput]>> = {
  "I.1": [50, 100],
  "I.2": [49, 100],
  "I.3": [0, 0],
  "II.1": [null, null],
  "III.1": [99, 100],
  "III.2": [7, 5],
  "III.3": [12, 12],
  "III.4": [3, null],
  "III.5": [2.5, 10],
  "IV.1": [37998, 40000],
  "V.1": [45, 45],
};

/** The cell and value the validation step writes: b of I.1 as a fraction, which the rule refuses. */
export const VALIDATION_PROBE = { code: "I.1" as IndicatorCode, part: "numerator" as const, badValue: 2.5 };

/** What one indicator row must show for the figures: its verdict, and its ratio when there is one. */
export interface ExpectedRow {
  readonly code: IndicatorCode;
  readonly verdict: Verdict;
  readonly ratio?: number;
  /** The period's sums of b and a (monthly table), when every month is filled. */
  readonly numerator?: number;
  readonly denominator?: number;
}

/** The rows the figures give, judged against the targets as read from the sheet (Chỉ tiêu). */
export function expectedRows(
  figures: Readonly<Record<IndicatorCode, readonly [CellInput | readonly CellInput[], CellInput | readonly CellInput[]]>>,
  targets: Readonly<Partial<Record<IndicatorCode, CellInput>>>,
): ExpectedRow[] {
  return INDICATORS.map((indicator: Indicator): ExpectedRow => {
    const [b, a] = figures[indicator.code];
    const grid = (v: CellInput | readonly CellInput[]): CellInput | CellInput[][] => (Array.isArray(v) ? [[...v]] : (v as CellInput));
    const { verdict, ratio } = verdictWithCellTarget(grid(b), grid(a), targets[indicator.code] ?? null, indicator);
    return { code: indicator.code, verdict, ...(ratio !== undefined ? { ratio } : {}) };
  });
}

/** Every verdict the figures must produce, for the test of the figures themselves. */
export const ALL_VERDICTS: readonly Verdict[] = ["pass", "fail", "notApplicable", "noData", "invalid"];

// ---------------------------------------------------------------------------------------------
// Monthly reporting: the period switch
// ---------------------------------------------------------------------------------------------

/** The monthly report is inserted for the first period, then switched to the second. */
export const SELF_TEST_PERIODS: { readonly inserted: ReportPeriod; readonly switchedTo: ReportPeriod } = {
  inserted: { kind: "month", month: 1 },
  switchedTo: { kind: "quarter", quarter: 2 },
};

export interface MonthlyFigures {
  readonly numerator: readonly CellInput[];
  readonly denominator: readonly CellInput[];
}

/** Months 1–6 as given, months 7–12 blank (not yet due in Quý II). */
function firstHalf(b: readonly CellInput[], a: readonly CellInput[]): MonthlyFigures {
  const blank = Array<CellInput>(6).fill(null);
  return { numerator: [...b, ...blank], denominator: [...a, ...blank] };
}

/**
 * Twelve months per indicator. Every month of Quý II and of its year to date is filled for the
 * indicators that give a ratio, so the period's verdict is the same under any rule about missing
 * months; Tháng 1 and Quý II give other results for several indicators, so a switch that did not
 * reach the formulas shows.
 */
export const SELF_TEST_MONTHS: Readonly<Record<IndicatorCode, MonthlyFigures>> = {
  "I.1": firstHalf([10, 40, 40, 50, 50, 50], [100, 100, 100, 100, 100, 100]),
  "I.2": firstHalf([60, 60, 60, 40, 45, 50], [100, 100, 100, 100, 100, 100]),
  "I.3": firstHalf([0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]),
  "II.1": firstHalf([null, null, null, null, null, null], [null, null, null, null, null, null]),
  "III.1": firstHalf([5, 5, 5, 6, 6, 6], [5, 5, 5, 6, 6, 7]),
  "III.2": firstHalf([3, 3, 3, 3, 9, 3], [5, 5, 5, 5, 5, 5]),
  "III.3": firstHalf([2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2]),
  "III.4": firstHalf([1, 0, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]),
  "III.5": firstHalf([80, 95, 95, 95, 90, 85], [100, 100, 100, 100, 100, 100]),
  "IV.1": firstHalf([90, 95, 95, 12666, 12666, 12666], [100, 100, 100, 13334, 13333, 13333]),
  "V.1": firstHalf([4, 4, 4, 4, 4, 4], [4, 4, 4, 4, 4, 4]),
};

function slice(months: readonly CellInput[], span: MonthSpan): CellInput[] {
  return months.slice(span.start - 1, span.end);
}

function sum(values: readonly CellInput[]): number {
  return values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
}

/** The monthly table's expected rows for a span of months (the period or its year to date). */
export function expectedMonthlyRows(
  span: MonthSpan,
  targets: Readonly<Partial<Record<IndicatorCode, CellInput>>>,
  months: Readonly<Record<IndicatorCode, MonthlyFigures>> = SELF_TEST_MONTHS,
): ExpectedRow[] {
  const figures = Object.fromEntries(
    INDICATORS.map((i) => [i.code, [slice(months[i.code].numerator, span), slice(months[i.code].denominator, span)] as const]),
  ) as Record<IndicatorCode, readonly [CellInput[], CellInput[]]>;
  return expectedRows(figures, targets).map((row) => {
    // The period's b and a are sums only where the period gives a judgement on complete months.
    if (row.verdict !== "pass" && row.verdict !== "fail" && row.verdict !== "notApplicable") return row;
    const [b, a] = figures[row.code];
    return { ...row, numerator: sum(b), denominator: sum(a) };
  });
}

export function periodRows(period: ReportPeriod, targets: Readonly<Partial<Record<IndicatorCode, CellInput>>>): {
  readonly period: ExpectedRow[];
  readonly yearToDate: ExpectedRow[];
} {
  return { period: expectedMonthlyRows(periodSpan(period), targets), yearToDate: expectedMonthlyRows(yearToDateSpan(period), targets) };
}

// ---------------------------------------------------------------------------------------------
// Comparing what Excel shows with the domain
// ---------------------------------------------------------------------------------------------

/** Results may differ from the domain's ratio by rounding in the last bits, never more. */
const RELATIVE_TOLERANCE = 1e-9;

export function matches(expected: ExpectedValue, found: CellInput): boolean {
  switch (expected.kind) {
    case "number":
      return typeof found === "number" && Math.abs(found - expected.value) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(expected.value));
    case "text":
      return typeof found === "string" && found.trim() === expected.value;
    case "noNumber":
      return typeof found !== "number";
    case "kpiFormula":
      return typeof found === "string" && found.startsWith("=") && usesCustomFunctions(found);
    case "nativeFormula":
      return typeof found === "string" && found.startsWith("=") && !usesCustomFunctions(found);
  }
}

/** What the result and verdict cells of a row must show. */
export function rowExpectations(row: ExpectedRow): { readonly result: ExpectedValue; readonly verdict: ExpectedValue } {
  return {
    result: row.ratio !== undefined ? { kind: "number", value: row.ratio } : { kind: "noNumber" },
    verdict: { kind: "text", value: VERDICT_WORDS[row.verdict] },
  };
}

/** One cell as read, with what it must show. */
export interface CheckedCell {
  readonly code?: IndicatorCode;
  readonly part: string;
  readonly cell?: string;
  readonly expected: ExpectedValue;
  readonly found: CellInput;
}

/** The cells that do not show what they must (all of them; keep the first few for the report). */
export function mismatchesOf(cells: readonly CheckedCell[]): Mismatch[] {
  return cells.filter((c) => !matches(c.expected, c.found)).map((c) => ({ ...c }));
}

/** The step's problem for these mismatches, or undefined when there are none. */
export function mismatchProblem(mismatches: readonly Mismatch[]): StepProblem | undefined {
  return mismatches.length === 0 ? undefined : { kind: "mismatch", mismatches: mismatches.slice(0, MAX_MISMATCHES), total: mismatches.length };
}

/** Cells that still show Excel's "busy" value: a custom function whose result has not arrived. */
export function isBusyValue(value: unknown): boolean {
  return typeof value === "string" && /^#BUSY!?$|^#GETTING_DATA$/i.test(value.trim());
}

// ---------------------------------------------------------------------------------------------
// Names of the temporary sheets and defined names
// ---------------------------------------------------------------------------------------------

/** The beginning of every temporary sheet's name. */
export const SELF_TEST_SHEET_BASE = "KPI Tự kiểm tra";
/** The beginning of every temporary defined name's prefix. */
const PREFIX_BASE = "KPITEST_";

export interface SelfTestNames {
  readonly token: string;
  /** The appendix with KPI.* formulas: the temporary sheet most steps run in. */
  readonly kpiSheet: string;
  readonly nativeSheet: string;
  readonly monthly: { readonly appendix: string; readonly data: string; readonly chart: string };
  /** Every temporary name starts with this (KPITEST_AB12). */
  readonly namePrefix: string;
  readonly prefixes: { readonly kpi: string; readonly native: string; readonly monthly: string };
}

export function selfTestNames(token: string): SelfTestNames {
  const sheet = `${SELF_TEST_SHEET_BASE} ${token}`;
  const prefix = `${PREFIX_BASE}${token}`;
  return {
    token,
    kpiSheet: sheet,
    nativeSheet: `${sheet} N`,
    monthly: { appendix: `${sheet} T`, data: `${sheet} SL`, chart: `${sheet} BĐ` },
    namePrefix: prefix,
    prefixes: { kpi: `${prefix}K`, native: `${prefix}N`, monthly: `${prefix}M` },
  };
}

/** Every temporary sheet name (lower case compares as Excel does). */
export function temporarySheets(names: SelfTestNames): string[] {
  return [names.kpiSheet, names.nativeSheet, names.monthly.appendix, names.monthly.data, names.monthly.chart];
}

/** A sheet the self-test made: one of its own names, or Excel's copy of one ("… (2)"). */
export function isTemporarySheet(sheetName: string, names: SelfTestNames): boolean {
  return sheetName.toLocaleLowerCase().startsWith(names.kpiSheet.toLocaleLowerCase());
}

/** A defined name the self-test made. */
export function isTemporaryName(name: string, names: SelfTestNames): boolean {
  return name.toUpperCase().startsWith(names.namePrefix.toUpperCase());
}

/** Whether no sheet and no name of the workbook uses these names (Excel ignores case). */
export function namesAreFree(names: SelfTestNames, sheetNames: readonly string[], workbookNames: readonly string[]): boolean {
  return !sheetNames.some((s) => isTemporarySheet(s, names)) && !workbookNames.some((n) => isTemporaryName(n, names));
}

const TOKEN_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Four characters, from `random` (Math.random by default): "K7QF". */
export function randomToken(random: () => number = Math.random): string {
  let token = "";
  for (let i = 0; i < 4; i++) token += TOKEN_CHARACTERS[Math.floor(random() * TOKEN_CHARACTERS.length) % TOKEN_CHARACTERS.length];
  return token;
}

/** The first names from `tokens` that nothing in the workbook uses; undefined after `attempts`. */
export function chooseSelfTestNames(
  tokens: () => string,
  sheetNames: readonly string[],
  workbookNames: readonly string[],
  attempts = 50,
): SelfTestNames | undefined {
  for (let i = 0; i < attempts; i++) {
    const names = selfTestNames(tokens());
    if (namesAreFree(names, sheetNames, workbookNames)) return names;
  }
  return undefined;
}
