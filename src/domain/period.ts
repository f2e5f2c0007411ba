/**
 * Report periods of monthly reporting: a month, a quarter, 6 months, 9 months or the whole year,
 * the months each covers and its year to date (lũy kế từ đầu năm: month 1 to the period's end),
 * their words, and the check of the monthly data. The native formulas that compute a period's
 * ratio and verdict through a 0/1 month mask are in nativeFormulas.ts. Pure: no Office or React
 * import.
 */
import { BUILTIN_PLAN, type IndicatorCode, type Plan } from "./catalog";
import { fillTemplate } from "./template";
import { countProblem, isBlank, type CellInput, type InputProblem } from "./ratio";
import type { PeriodStrings } from "../i18n/vi/period";

export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
export type QuarterNumber = 1 | 2 | 3 | 4;

export type ReportPeriod =
  | { readonly kind: "month"; readonly month: MonthNumber }
  | { readonly kind: "quarter"; readonly quarter: QuarterNumber }
  /** "6 tháng": months 1–6. */
  | { readonly kind: "sixMonths" }
  /** "9 tháng": months 1–9. */
  | { readonly kind: "nineMonths" }
  /** "Cả năm": months 1–12. */
  | { readonly kind: "year" };

export const MONTHS: readonly MonthNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
export const QUARTERS: readonly QuarterNumber[] = [1, 2, 3, 4];
const ROMAN: Readonly<Record<QuarterNumber, string>> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/** Every period, in the order of the period list on the sheet and in the pane. */
export const ALL_PERIODS: readonly ReportPeriod[] = [
  ...MONTHS.map((month): ReportPeriod => ({ kind: "month", month })),
  ...QUARTERS.map((quarter): ReportPeriod => ({ kind: "quarter", quarter })),
  { kind: "sixMonths" },
  { kind: "nineMonths" },
  { kind: "year" },
];

/** A run of months, both ends included. */
export interface MonthSpan {
  readonly start: MonthNumber;
  readonly end: MonthNumber;
}

function isMonthNumber(n: number): n is MonthNumber {
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

function month(n: number): MonthNumber {
  if (!isMonthNumber(n)) throw new RangeError(`Not a month: ${n}`);
  return n;
}

/** The months the period itself covers. */
export function periodSpan(period: ReportPeriod): MonthSpan {
  switch (period.kind) {
    case "month":
      return { start: period.month, end: period.month };
    case "quarter":
      return { start: month(3 * period.quarter - 2), end: month(3 * period.quarter) };
    case "sixMonths":
      return { start: 1, end: 6 };
    case "nineMonths":
      return { start: 1, end: 9 };
    case "year":
      return { start: 1, end: 12 };
  }
}

/** Lũy kế từ đầu năm: month 1 to the last month of the period. */
export function yearToDateSpan(period: ReportPeriod): MonthSpan {
  return { start: 1, end: periodSpan(period).end };
}

export function spanLength(span: MonthSpan): number {
  return span.end - span.start + 1;
}

export function spanMonths(span: MonthSpan): MonthNumber[] {
  return MONTHS.filter((m) => m >= span.start && m <= span.end);
}

export function samePeriod(x: ReportPeriod, y: ReportPeriod): boolean {
  return periodKey(x) === periodKey(y);
}

/** Position of the period in ALL_PERIODS (0-based). */
export function periodIndex(period: ReportPeriod): number {
  return ALL_PERIODS.findIndex((p) => samePeriod(p, period));
}

// ---------------------------------------------------------------------------------------------
// Words: the document's labels (always Vietnamese, written on the sheets), keys, UI labels.
// ---------------------------------------------------------------------------------------------

/** The document's words around report periods. */
export const PERIOD_WORDS = {
  reportPeriod: "Kỳ báo cáo",
  yearToDate: "Lũy kế từ đầu năm",
  month: "Tháng",
  quarter: "Quý",
  sixMonths: "6 tháng",
  nineMonths: "9 tháng",
  year: "Cả năm",
} as const;

/** The period as the sheet's period cell and list write it: "Tháng 3", "Quý I", "6 tháng", "Cả năm". */
export function periodLabel(period: ReportPeriod): string {
  switch (period.kind) {
    case "month":
      return `${PERIOD_WORDS.month} ${period.month}`;
    case "quarter":
      return `${PERIOD_WORDS.quarter} ${ROMAN[period.quarter]}`;
    case "sixMonths":
      return PERIOD_WORDS.sixMonths;
    case "nineMonths":
      return PERIOD_WORDS.nineMonths;
    case "year":
      return PERIOD_WORDS.year;
  }
}

/** A short ASCII key for settings and the command line: M1…M12, Q1…Q4, H1, 9M, Y. */
export function periodKey(period: ReportPeriod): string {
  switch (period.kind) {
    case "month":
      return `M${period.month}`;
    case "quarter":
      return `Q${period.quarter}`;
    case "sixMonths":
      return "H1";
    case "nineMonths":
      return "9M";
    case "year":
      return "Y";
  }
}

/** The period as the task pane shows it, in the UI language. */
export function periodUiLabel(period: ReportPeriod, strings: PeriodStrings): string {
  switch (period.kind) {
    case "month":
      return fillTemplate(strings.labels.month, { n: period.month });
    case "quarter":
      return fillTemplate(strings.labels.quarter, { q: period.quarter, roman: ROMAN[period.quarter] });
    case "sixMonths":
      return strings.labels.sixMonths;
    case "nineMonths":
      return strings.labels.nineMonths;
    case "year":
      return strings.labels.year;
  }
}

/** "Từ tháng 1 đến tháng 3" / "Tháng 5" in the UI language. */
export function periodSpanText(period: ReportPeriod, strings: PeriodStrings): string {
  const span = periodSpan(period);
  return span.start === span.end
    ? fillTemplate(strings.span.singleMonth, { start: span.start })
    : fillTemplate(strings.span.months, { start: span.start, end: span.end });
}

/** "Lũy kế từ đầu năm đến hết tháng 3" in the UI language. */
export function yearToDateText(period: ReportPeriod, strings: PeriodStrings): string {
  return fillTemplate(strings.span.yearToDate, { end: periodSpan(period).end });
}

/** Lower case, without diacritics or spaces: "Quý  IV" → "quyiv", "Cả năm" → "canam". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

const ALIASES: ReadonlyMap<string, ReportPeriod> = (() => {
  const map = new Map<string, ReportPeriod>();
  const add = (period: ReportPeriod, ...names: string[]): void => {
    for (const name of names) map.set(fold(name), period);
  };
  for (const m of MONTHS) {
    const p: ReportPeriod = { kind: "month", month: m };
    add(p, periodKey(p), periodLabel(p), `${m}`, `T${m}`, `month ${m}`, `thang${m}`);
  }
  for (const q of QUARTERS) {
    const p: ReportPeriod = { kind: "quarter", quarter: q };
    add(p, periodKey(p), periodLabel(p), `Quý ${q}`, `Q${ROMAN[q]}`, `quarter ${q}`);
  }
  add({ kind: "sixMonths" }, "H1", "6 tháng", "6T", "6M", "6 months", "6 thang dau nam");
  add({ kind: "nineMonths" }, "9M", "9 tháng", "9T", "9 months");
  add({ kind: "year" }, "Y", "Cả năm", "năm", "year", "full year", "12M", "CN");
  return map;
})();

/**
 * Reads a period from what a person or the period cell wrote: the sheet's labels ("Quý I",
 * "Tháng 3", "6 tháng", "Cả năm", with or without diacritics), the keys (Q1, M3, H1, 9M, Y),
 * English ("Q1", "Month 3", "6 months", "Full year") or a bare month number. Undefined otherwise.
 */
export function parsePeriod(text: string | number | null | undefined): ReportPeriod | undefined {
  if (text === null || text === undefined) return undefined;
  return ALIASES.get(fold(String(text)));
}

/** The labels parsePeriod's error message offers. */
export function periodChoicesText(): string {
  return ALL_PERIODS.map(periodLabel).join(", ");
}

/**
 * The period a report made on `today` most likely covers: the month just ended within `year`
 * (Tháng 1 early in January), Cả năm once the year is over, Tháng 1 before it starts.
 */
export function suggestedPeriod(today: Date, year: number): ReportPeriod {
  const y = today.getFullYear();
  if (y > year) return { kind: "year" };
  if (y < year) return { kind: "month", month: 1 };
  return { kind: "month", month: month(Math.max(1, today.getMonth())) };
}

// ---------------------------------------------------------------------------------------------
// The check of the monthly data
// ---------------------------------------------------------------------------------------------

/** One indicator's twelve months as read from the monthly sheet (missing months are blank). */
export interface MonthlyRow {
  readonly numerator: readonly CellInput[];
  readonly denominator: readonly CellInput[];
}

export type MonthlySnapshot = Readonly<Partial<Record<IndicatorCode, MonthlyRow>>>;

export type MonthlyFindingKind = "missingMonth" | "halfFilledMonth" | "invalidCell" | "numeratorAboveDenominator";

export interface MonthlyIssue {
  readonly kind: MonthlyFindingKind;
  readonly code: IndicatorCode;
  readonly month: MonthNumber;
  /** The cell concerned (invalidCell), or the blank one (halfFilledMonth). */
  readonly part?: "numerator" | "denominator";
  readonly problem?: Exclude<InputProblem, "shapeMismatch" | "numeratorAboveDenominator">;
}

/**
 * What is wrong with the monthly data for a report on `period`: every month up to the end of the
 * period (its year to date) must hold a valid pair; later months may be blank, but what they hold
 * must still be valid. Issues come in the catalog's order, then by month, b before a.
 */
export function monthlyIssues(snapshot: MonthlySnapshot, period: ReportPeriod, plan: Plan = BUILTIN_PLAN): MonthlyIssue[] {
  const end = periodSpan(period).end;
  const issues: MonthlyIssue[] = [];
  for (const { code } of plan.indicators) {
    const row = snapshot[code];
    for (const m of MONTHS) {
      const b = row?.numerator[m - 1];
      const a = row?.denominator[m - 1];
      const bBlank = isBlank(b);
      const aBlank = isBlank(a);
      const due = m <= end;
      const bProblem = bBlank ? undefined : countProblem(b);
      const aProblem = aBlank ? undefined : countProblem(a);
      if (bProblem) issues.push({ kind: "invalidCell", code, month: m, part: "numerator", problem: bProblem as MonthlyIssue["problem"] });
      if (aProblem) issues.push({ kind: "invalidCell", code, month: m, part: "denominator", problem: aProblem as MonthlyIssue["problem"] });
      if (bProblem || aProblem) continue;
      if (!bBlank && !aBlank && (b as number) > (a as number)) {
        issues.push({ kind: "numeratorAboveDenominator", code, month: m });
      } else if (bBlank && aBlank) {
        if (due) issues.push({ kind: "missingMonth", code, month: m });
      } else if (bBlank !== aBlank && due) {
        issues.push({ kind: "halfFilledMonth", code, month: m, part: bBlank ? "numerator" : "denominator" });
      }
    }
  }
  return issues;
}
