/**
 * Arguments of `npm run check`, parsed by a pure function. The output is a format: "text" (the
 * findings and the summary, Vietnamese then English), "json" (for scripts) or "summary" (the
 * paragraph for the written report, src/workbook/summaryCli.ts).
 */
import { parseArgs } from "node:util";
import type { ReportPeriod } from "../../domain/period";
import { isMessage, parseError, single } from "../args";
import { periodOption } from "../consolidate/args";
import { formatMessage, type Message } from "../options";
import { SUMMARY_USAGE } from "../summaryCli";

export type CheckFormat = "text" | "json" | "summary";

export interface CheckCliOptions {
  readonly help: false;
  readonly file: string;
  readonly period?: ReportPeriod;
  readonly format: CheckFormat;
}

export type ParsedCheckArgs =
  | { readonly ok: true; readonly options: { readonly help: true } | CheckCliOptions }
  | { readonly ok: false; readonly message: string };

export const CHECK_USAGE = `Cách dùng / Usage:
  npm run check -- <tệp.xlsx> [--period "<kỳ>"] [--json | --summary]

Kiểm tra trước khi nộp một tệp nhận được, không cần Excel: cùng các mục kiểm tra như ngăn tác vụ,
kết quả và đánh giá được tính lại theo quy tắc của kế hoạch (không tin giá trị lưu sẵn trong tệp).
Checks a received file before submission, without Excel: the pane's checks, with results and
verdicts recalculated by the plan's rules (never trusting values cached in the file).

      --period <kỳ>   kỳ báo cáo (báo cáo theo tháng); mặc định: ô Kỳ báo cáo của tệp
                      / report period (monthly reporting); default: the file's period cell
      --json          in kết quả dạng JSON cho script / print the findings as JSON
${SUMMARY_USAGE}
  -h, --help          in hướng dẫn này / print this help

Mã thoát / Exit codes: 0 không có lỗi chặn việc nộp / nothing blocks submission ·
  1 có lỗi phải sửa / something blocks submission ·
  2 không đọc được tệp hoặc không phải sổ chỉ tiêu / unreadable or not a reform-indicator workbook`;

const HELP_HINT = "Xem hướng dẫn: npm run check -- --help\nSee: npm run check -- --help";

const fail = (message: Message): ParsedCheckArgs => ({ ok: false, message: `${formatMessage(message)}\n${HELP_HINT}` });

export function parseCheckArgs(argv: readonly string[]): ParsedCheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        period: { type: "string", multiple: true },
        json: { type: "boolean" },
        summary: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(parseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, options: { help: true } };
  if (positionals.length !== 1) {
    return fail(
      positionals.length === 0
        ? { vi: "Chưa nêu tệp cần kiểm tra, ví dụ: npm run check -- PhuLuc-2024.xlsx.", en: "Name the file to check, e.g. npm run check -- PhuLuc-2024.xlsx." }
        : { vi: "Chỉ kiểm tra một tệp mỗi lần.", en: "Check one file at a time." },
    );
  }
  if (values.json && values.summary) {
    return fail({ vi: "Chọn một trong --json và --summary.", en: "Choose either --json or --summary, not both." });
  }
  const periodText = single(values.period, "--period");
  if (isMessage(periodText)) return fail(periodText);
  const period = periodOption(periodText);
  if (isMessage(period)) return fail(period);
  return {
    ok: true,
    options: { help: false, file: positionals[0], format: values.json ? "json" : values.summary ? "summary" : "text", ...(period ? { period } : {}) },
  };
}
