/**
 * The paragraph for the written report (the monthly report is a Word document): the check's
 * verdicts in the administrative style of the plan, e.g.
 *   "Kết quả thực hiện 11 chỉ tiêu cải cách TTHC gắn với chuyển đổi số Quý I năm 2024: 8 chỉ tiêu
 *    đạt, 1 chỉ tiêu không đạt (IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,50%, chỉ tiêu tối
 *    thiểu 95%; 13 hồ sơ trễ hạn; nguyên nhân: …), 2 chỉ tiêu không phát sinh."
 * The explanations are the Ghi chú texts; numbers use the Vietnamese decimal comma. The words are
 * the document's, always Vietnamese, whatever language the pane speaks. Pure: the pane and the
 * check CLI (src/workbook/summaryCli.ts) call reportSummary on a CheckReport.
 */
import { INDICATORS, type IndicatorCode, type Target } from "./catalog";
import type { CheckReport, IndicatorStatus } from "./check";
import { LATE_DOSSIERS_CODE } from "./layout/appendixLayout";
import { functionsVi } from "../i18n/vi/functions";
import type { ReportPeriod } from "./period";
import type { Verdict } from "./ratio";

/** The summary's own words (the document's). */
export const SUMMARY_WORDS = {
  opening: (count: number): string => `Kết quả thực hiện ${count} chỉ tiêu cải cách TTHC gắn với chuyển đổi số`,
  indicators: "chỉ tiêu",
  verdicts: {
    pass: "đạt",
    fail: "không đạt",
    notApplicable: "không phát sinh",
    noData: "chưa có số liệu",
    invalid: "có số liệu không hợp lệ",
    unknown: "chưa xác định được kết quả",
  },
  /** "cả 11 chỉ tiêu đều đạt": every indicator has the same verdict. */
  all: (count: number, verdict: string): string => `cả ${count} chỉ tiêu đều ${verdict}`,
  achieved: "đạt",
  target: "chỉ tiêu",
  minimum: "tối thiểu",
  late: "hồ sơ trễ hạn",
  cause: "nguyên nhân",
  dots: "…",
} as const;

/** The clauses in the order the paragraph states them. */
const ORDER: readonly (Verdict | "unknown")[] = ["pass", "fail", "notApplicable", "noData", "invalid", "unknown"];
/** Clauses that name their indicators, so the report says which ones. */
const LISTED: ReadonlySet<Verdict | "unknown"> = new Set(["noData", "invalid", "unknown"]);

export interface SummaryOptions {
  /** The period reported on (the monthly table's period cell, else what the user chose). */
  readonly period?: ReportPeriod;
  /** The year, when the report does not state it (CheckReport.year, from the table's heading). */
  readonly year?: number;
}

/** "93,50%": a ratio with two decimals and the decimal comma, as the index publishes it. */
export function vietnamesePercent(fraction: number): string {
  return `${(Math.round(fraction * 10000) / 100).toFixed(2).replace(".", ",")}%`;
}

/** "1.234": a whole count with the Vietnamese thousands separator. */
export function vietnameseCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** "tối thiểu 95%" / "100%": a target as the plan states it (whole percentages keep no decimals). */
export function vietnameseTarget(target: Target): string {
  const percent = Math.round(target.fraction * 10000) / 100;
  const shown = `${Number.isInteger(percent) ? String(percent) : String(percent).replace(".", ",")}%`;
  return target.kind === "minimum" ? `${SUMMARY_WORDS.minimum} ${shown}` : shown;
}

/**
 * The period in a sentence: "Quý I năm 2024", "tháng 3 năm 2024", "6 tháng đầu năm 2024",
 * "9 tháng đầu năm 2024", "năm 2024"; without a year "Quý I", "tháng 3", …; nothing without either.
 */
export function periodPhrase(period: ReportPeriod | undefined, year: number | undefined): string {
  const ofYear = year !== undefined ? ` năm ${year}` : "";
  if (!period) return year !== undefined ? `năm ${year}` : "";
  switch (period.kind) {
    case "month":
      return `tháng ${period.month}${ofYear}`;
    case "quarter":
      return `Quý ${["I", "II", "III", "IV"][period.quarter - 1]}${ofYear}`;
    case "sixMonths":
      return `6 tháng đầu${year !== undefined ? ` năm ${year}` : " năm"}`;
    case "nineMonths":
      return `9 tháng đầu${year !== undefined ? ` năm ${year}` : " năm"}`;
    case "year":
      return year !== undefined ? `năm ${year}` : "cả năm";
  }
}

/** A Ghi chú as a clause: one line, no trailing punctuation, "…" when there is none. */
function explanation(note: string | undefined): string {
  const text = (note ?? "").replace(/\s+/g, " ").trim().replace(/[\s.;,]+$/, "");
  return text === "" ? SUMMARY_WORDS.dots : text;
}

/** The target a miss was judged against: the check's (the Chỉ tiêu cell), else the plan's. */
function targetOf(report: CheckReport, code: IndicatorCode): Target {
  const finding = report.findings.find((f) => f.code === code && (f.kind === "unexplainedMiss" || f.kind === "belowTarget"));
  return finding?.params.target ?? INDICATORS.find((i) => i.code === code)!.target;
}

/** "IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,50%, chỉ tiêu tối thiểu 95%; 13 hồ sơ trễ hạn; nguyên nhân: …". */
function missDetail(report: CheckReport, status: IndicatorStatus): string {
  const name = `${status.code} ${functionsVi.indicators[status.code].shortName}`;
  const result = status.ratio !== undefined ? ` ${SUMMARY_WORDS.achieved} ${vietnamesePercent(status.ratio)}` : "";
  const parts = [`${name}${result}, ${SUMMARY_WORDS.target} ${vietnameseTarget(targetOf(report, status.code))}`];
  if (status.code === LATE_DOSSIERS_CODE && status.numerator !== undefined && status.denominator !== undefined) {
    parts.push(`${vietnameseCount(status.denominator - status.numerator)} ${SUMMARY_WORDS.late}`);
  }
  parts.push(`${SUMMARY_WORDS.cause}: ${explanation(status.note)}`);
  return parts.join("; ");
}

/**
 * The paragraph for the written report, or undefined when the check found no table to report on
 * (the sheet is missing: no indicator was judged).
 */
export function reportSummary(report: CheckReport, options: SummaryOptions = {}): string | undefined {
  if (report.mode === undefined || report.indicators.length === 0) return undefined;
  const total = INDICATORS.length;
  const groups = new Map<Verdict | "unknown", IndicatorStatus[]>(ORDER.map((v) => [v, []]));
  for (const status of report.indicators) groups.get(status.verdict ?? "unknown")!.push(status);

  const detailsOf = (verdict: Verdict | "unknown", statuses: readonly IndicatorStatus[]): string => {
    if (verdict === "fail") return ` (${statuses.map((s) => missDetail(report, s)).join("; ")})`;
    if (LISTED.has(verdict) && statuses.length < total) return ` (${statuses.map((s) => s.code).join(", ")})`;
    return "";
  };
  const present = ORDER.filter((v) => groups.get(v)!.length > 0);
  const clauses =
    present.length === 1
      ? [`${SUMMARY_WORDS.all(total, SUMMARY_WORDS.verdicts[present[0]])}${detailsOf(present[0], groups.get(present[0])!)}`]
      : present.map((verdict) => {
          const statuses = groups.get(verdict)!;
          return `${statuses.length} ${SUMMARY_WORDS.indicators} ${SUMMARY_WORDS.verdicts[verdict]}${detailsOf(verdict, statuses)}`;
        });
  const when = periodPhrase(options.period, options.year ?? report.year);
  return `${SUMMARY_WORDS.opening(total)}${when ? ` ${when}` : ""}: ${clauses.join(", ")}.`;
}
