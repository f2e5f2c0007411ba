/**
 * Arguments of `npm run consolidate`, parsed by a pure function (no file system, no process).
 */
import { parseArgs } from "node:util";
import { parsePeriod, periodChoicesText, type ReportPeriod } from "../../domain/period";
import { isMessage, parseError, single } from "../args";
import { formatMessage, type Message } from "../options";

export interface ConsolidateOptions {
  readonly help: false;
  /** The consolidated workbook to write (relative paths resolve against the caller's directory). */
  readonly out: string;
  /** The units' files, in the order given. */
  readonly files: readonly string[];
  /** Monthly: the period shown, and how far figures are due; the plain table: the months a monthly file sums. */
  readonly period?: ReportPeriod;
  /** Replace an existing output (its own figures and provenance are kept as a source). */
  readonly force: boolean;
}

export type ParsedConsolidateArgs =
  | { readonly ok: true; readonly options: { readonly help: true } | ConsolidateOptions }
  | { readonly ok: false; readonly message: string };

export const CONSOLIDATE_USAGE = `Cách dùng / Usage:
  npm run consolidate -- --out <TongHop.xlsx> [--period "<kỳ>"] [--force] <tệp.xlsx>…

Tổng hợp số liệu các đơn vị vào một sổ làm việc độc lập (như npm run workbook tạo), có trang
"Nguồn số liệu" ghi mỗi số liệu lấy từ tệp và đơn vị nào. Tệp ghi đơn vị chủ trì chỉ góp số liệu
các chỉ tiêu đơn vị đó chủ trì; ô các nguồn ghi khác nhau được để trống và liệt kê.
Consolidates the units' workbooks into one standalone workbook (as npm run workbook makes it),
recording the file and unit of every figure on its provenance page ("Nguồn số liệu"). A file marked
with a host unit gives only that unit's indicators; cells where the sources disagree are left blank
and listed.

  -o, --out <file.xlsx>   sổ tổng hợp cần ghi (bắt buộc) / the consolidated workbook (required)
      --period <kỳ>       kỳ báo cáo: "Tháng 3", "Quý I", "6 tháng", "9 tháng", "Cả năm" (hoặc M3, Q1, H1, 9M, Y)
                          / report period: shown first, and the months figures are due for
  -f, --force             ghi đè sổ tổng hợp đã có; số liệu và nguồn trong sổ đó được giữ làm một nguồn
                          / replace an existing output, keeping its figures and provenance as a source
  -h, --help              in hướng dẫn này / print this help

Ví dụ / Example:
  npm run consolidate -- --out TongHop-2024.xlsx --period "Quý I" PQLDL.xlsx VPS.xlsx TTS.xlsx

Mã thoát / Exit codes: 0 đã tổng hợp, không có ô nào khác nhau / consolidated without conflict ·
  3 đã ghi, còn ô để trống vì các nguồn khác nhau / written, some cells left blank (conflicts) ·
  2 tham số sai hoặc tệp không dùng được (không ghi gì) / bad arguments or unusable files (nothing written) ·
  1 không ghi được tệp / the output could not be written`;

const HELP_HINT = "Xem hướng dẫn: npm run consolidate -- --help\nSee: npm run consolidate -- --help";

const fail = (message: Message): ParsedConsolidateArgs => ({ ok: false, message: `${formatMessage(message)}\n${HELP_HINT}` });

/** Parses a --period value; a message when it names no period. */
export function periodOption(text: string | undefined): ReportPeriod | undefined | Message {
  if (text === undefined) return undefined;
  const period = parsePeriod(text);
  if (period) return period;
  return {
    vi: `--period không hợp lệ: "${text}". Hãy dùng: ${periodChoicesText()}.`,
    en: `Unknown --period: "${text}". Use one of: ${periodChoicesText()} (or M1…M12, Q1…Q4, H1, 9M, Y).`,
  };
}

export function parseConsolidateArgs(argv: readonly string[]): ParsedConsolidateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o", multiple: true },
        period: { type: "string", multiple: true },
        force: { type: "boolean", short: "f" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(parseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, options: { help: true } };

  const out = single(values.out, "--out");
  if (isMessage(out)) return fail(out);
  if (out === undefined || out.trim() === "") {
    return fail({
      vi: "Thiếu --out: hãy nêu sổ tổng hợp cần ghi, ví dụ --out TongHop-2024.xlsx.",
      en: "Missing --out: name the consolidated workbook to write, e.g. --out TongHop-2024.xlsx.",
    });
  }
  if (!/\.xlsx$/i.test(out)) {
    return fail({ vi: `Sổ tổng hợp phải có đuôi .xlsx (nhận được: "${out}").`, en: `The output file must end in .xlsx (got: "${out}").` });
  }
  if (positionals.length === 0) {
    return fail({
      vi: "Chưa nêu tệp nào của các đơn vị: thêm các tệp .xlsx sau các tham số.",
      en: "No unit file given: add the .xlsx files after the options.",
    });
  }
  const periodText = single(values.period, "--period");
  if (isMessage(periodText)) return fail(periodText);
  const period = periodOption(periodText);
  if (isMessage(period)) return fail(period);
  return {
    ok: true,
    options: { help: false, out, files: positionals, force: values.force === true, ...(period ? { period } : {}) },
  };
}
