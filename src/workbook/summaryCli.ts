/**
 * `--summary` of the file check (`npm run check -- FILE.xlsx --summary`): after the check, the
 * paragraph for the written report (reportSummary), ready to paste into the Word document. The
 * check CLI reads the workbook into an AppendixSnapshot, checks it, and — when --summary is among
 * its arguments — prints what summaryOutput returns. Pure and browser-safe: no file system.
 */
import type { AppendixSnapshot, CheckReport } from "../domain/check";
import { gridCell, parseReference } from "../domain/check";
import { DEFAULT_NAME_PREFIX, periodName } from "../domain/layout/appendixLayout";
import { parseCell } from "../domain/layout/a1";
import { parsePeriod, type ReportPeriod } from "../domain/period";
import { reportSummary } from "../domain/reportSummary";
import { formatMessage, type Message } from "./options";

/** The check CLI's option that asks for the paragraph. */
export const SUMMARY_FLAG = "--summary";

/** The line the check CLI's usage gains for the option (Vietnamese / English, as the others). */
export const SUMMARY_USAGE =
  `      ${SUMMARY_FLAG}           in đoạn tóm tắt kết quả cho báo cáo (Word) / print the paragraph for the written report`;

/** True when the arguments ask for the summary. */
export function wantsSummary(argv: readonly string[]): boolean {
  return argv.includes(SUMMARY_FLAG);
}

/**
 * The report period a monthly table states in its period cell (found by its name, wherever rows
 * moved it), or undefined (the plain table, or a cell it cannot read).
 */
export function snapshotPeriod(snapshot: AppendixSnapshot, namePrefix = DEFAULT_NAME_PREFIX): ReportPeriod | undefined {
  const name = periodName(namePrefix, "period").toUpperCase();
  const reference = snapshot.names.find((n) => n.name.toUpperCase() === name)?.reference;
  const parsed = reference ? parseReference(reference) : undefined;
  if (!parsed || parsed.sheet.toLocaleLowerCase() !== snapshot.sheetName.toLocaleLowerCase() || parsed.address.includes(":")) return undefined;
  const { row, column } = parseCell(parsed.address);
  const value = gridCell(snapshot.values, row, column);
  return typeof value === "string" || typeof value === "number" ? parsePeriod(value) : undefined;
}

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

/**
 * The paragraph for the report checked: its period from the monthly table's period cell, else
 * `period` (the plain table does not state one; the check CLI may take it from --period), its year
 * from the table's heading.
 */
export function summaryOutput(
  snapshot: AppendixSnapshot,
  report: CheckReport,
  options: { readonly namePrefix?: string; readonly period?: ReportPeriod } = {},
): SummaryOutput {
  const period = (report.mode === "monthly" ? snapshotPeriod(snapshot, options.namePrefix) : undefined) ?? options.period;
  const text = reportSummary(report, period ? { period } : {});
  return text === undefined ? { ok: false, text: formatMessage(NO_TABLE) } : { ok: true, text };
}
