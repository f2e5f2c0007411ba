/**
 * `npm run check -- FILE.xlsx --summary`: after the check, the paragraph for the written report
 * (reportSummary), ready to paste into the Word document, instead of the findings. The period is
 * the one the file was checked for (--period, else the monthly table's period cell); the plain
 * table states none, so its paragraph names only the year unless --period is given. Pure and
 * browser-safe: no file system.
 */
import type { CheckReport } from "../domain/check";
import type { ReportPeriod } from "../domain/period";
import { reportSummary } from "../domain/reportSummary";
import { formatMessage, type Message } from "./options";

/** The line the check CLI's usage has for the option (Vietnamese / English, as the others). */
export const SUMMARY_USAGE =
  "      --summary       in đoạn tóm tắt kết quả cho báo cáo (Word) thay cho các mục kiểm tra\n" +
  "                      / print the paragraph for the written report instead of the findings";

export interface SummaryOutput {
  /** False when there is no table to report on: `text` then says why (Vietnamese, then English). */
  readonly ok: boolean;
  /** What to print: the paragraph on stdout, or the message on stderr. */
  readonly text: string;
}

const NO_TABLE: Message = {
  vi: "Không có đoạn tóm tắt: không tìm thấy bảng phụ lục để báo cáo.",
  en: "No summary: the appendix table was not found.",
};

/** The paragraph for the report checked, for `period` (its year from the table's heading). */
export function summaryOutput(report: CheckReport, period?: ReportPeriod): SummaryOutput {
  const text = reportSummary(report, period ? { period } : {});
  return text === undefined ? { ok: false, text: formatMessage(NO_TABLE) } : { ok: true, text };
}
