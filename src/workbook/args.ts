/**
 * Command-line arguments of `npm run workbook`, parsed by a pure function: no file system, no
 * process. The CLI (cli.ts → runCli.ts) checks the paths and writes the file.
 */
import { parseArgs } from "node:util";
import { PLAN } from "../domain/catalog";
import { parsePeriod, periodChoicesText, type ReportPeriod } from "../domain/period";
import {
  checkUnitName,
  defaultMonthlyWorkbookFileName,
  defaultWorkbookFileName,
  formatMessage,
  MAX_YEAR,
  MIN_YEAR,
  parseYear,
  type Message,
} from "./options";

export interface WriteWorkbookOptions {
  readonly help: false;
  /** The output path as typed (relative paths resolve against the caller's directory). */
  readonly out: string;
  readonly year: number;
  readonly unitName: string;
  /** Replace an existing file. */
  readonly force: boolean;
  /** Protect the sheet without a password (the default). */
  readonly protect: boolean;
  /** --period: write monthly reporting (appendix by period, monthly data, year to date) showing this period. */
  readonly period?: ReportPeriod;
}

export type WorkbookCliOptions = { readonly help: true } | WriteWorkbookOptions;

export type ParsedWorkbookArgs =
  | { readonly ok: true; readonly options: WorkbookCliOptions }
  | { readonly ok: false; readonly message: string };

export const USAGE = `Cách dùng / Usage:
  npm run workbook -- --out <tệp.xlsx> [--year <năm>] [--unit "<tên đơn vị>"] [--force] [--no-protect]

Ghi tệp Excel độc lập của phụ lục chỉ tiêu (không cần phần bổ trợ): công thức Excel thông thường,
kiểm tra dữ liệu, tô màu kết quả, in A4 ngang.
Writes the standalone appendix workbook (no add-in needed): native Excel formulas, validation,
highlighting, A4 landscape printing.
Với --period: tệp báo cáo theo tháng gồm 3 trang (phụ lục theo kỳ, số liệu theo tháng, lũy kế).
With --period: the monthly reporting workbook, three sheets (appendix by period, monthly data,
year to date).

  -o, --out <file.xlsx>   tệp cần ghi (bắt buộc, đuôi .xlsx) / file to write (required, .xlsx)
      --year <yyyy>       năm của phụ lục, ${MIN_YEAR}–${MAX_YEAR} (mặc định ${PLAN.year}) / plan year (default ${PLAN.year})
      --unit "<name>"     tên đơn vị ở tiêu đề (mặc định "${PLAN.unitName}") / unit in the title
      --period <kỳ>       báo cáo theo tháng, mở ở kỳ này: "Tháng 3", "Quý I", "6 tháng", "9 tháng", "Cả năm"
                          (hoặc M3, Q1, H1, 9M, Y) / monthly reporting, showing this report period
  -f, --force             ghi đè nếu tệp đã có / overwrite an existing file
      --no-protect        không bảo vệ trang tính / leave the sheet unprotected
                          (mặc định: bảo vệ không mật khẩu / default: protected, no password)
  -h, --help              in hướng dẫn này / print this help

Ví dụ / Examples:
  npm run workbook -- --out ${defaultWorkbookFileName()} --year ${PLAN.year} --unit "${PLAN.unitName}"
  npm run workbook -- --out ${defaultMonthlyWorkbookFileName()} --period "Quý I"

Mã thoát / Exit codes: 0 thành công / success · 1 lỗi ghi tệp / write error ·
  2 tham số sai hoặc tệp đã có / bad arguments or file exists`;

const HELP_HINT = "Xem hướng dẫn: npm run workbook -- --help\nSee: npm run workbook -- --help";

const fail = (message: Message): ParsedWorkbookArgs => ({
  ok: false,
  message: `${formatMessage(message)}\n${HELP_HINT}`,
});

/** The option an error of node:util parseArgs is about: "--out" from "Option '-o, --out <value>' …". */
function optionIn(errorMessage: string): string {
  const quoted = /'([^']*)'/.exec(errorMessage)?.[1] ?? "";
  return /--[\w-]+/.exec(quoted)?.[0] ?? /-[^\s,<]+/.exec(quoted)?.[0] ?? quoted;
}

function parseError(error: unknown): Message {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const option = optionIn(text);
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return { vi: `Tham số không hợp lệ: ${option}`, en: `Unknown option: ${option}` };
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL": {
      const argument = /argument '([^']*)'/.exec(text)?.[1] ?? "";
      return {
        vi: `Thừa tham số: "${argument}". Tên tệp phải đi sau --out.`,
        en: `Unexpected argument: "${argument}". The file name goes after --out.`,
      };
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/.test(text)) {
        return { vi: `${option} không nhận giá trị.`, en: `${option} does not take a value.` };
      }
      return { vi: `Thiếu giá trị sau ${option}.`, en: `${option} needs a value.` };
    default:
      return { vi: `Tham số không hợp lệ: ${text}`, en: `Invalid arguments: ${text}` };
  }
}

/** The single value of a string option, or a message when it was given more than once. */
function single(values: readonly string[] | undefined, option: string): string | undefined | Message {
  if (values === undefined || values.length === 0) return undefined;
  if (values.length > 1) {
    return { vi: `${option} chỉ được nêu một lần.`, en: `${option} may be given only once.` };
  }
  return values[0];
}

const isMessage = (value: unknown): value is Message => typeof value === "object" && value !== null && "vi" in value;

/** Parses the arguments after `npm run workbook --`. */
export function parseWorkbookArgs(argv: readonly string[]): ParsedWorkbookArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: "string", short: "o", multiple: true },
        year: { type: "string", multiple: true },
        unit: { type: "string", multiple: true },
        period: { type: "string", multiple: true },
        force: { type: "boolean", short: "f" },
        "no-protect": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(parseError(error));
  }
  const { values } = parsed;
  if (values.help) return { ok: true, options: { help: true } };

  const out = single(values.out, "--out");
  if (isMessage(out)) return fail(out);
  if (out === undefined) {
    return fail({ vi: "Thiếu --out: hãy nêu tệp cần ghi, ví dụ --out PhuLuc-2024.xlsx.", en: "Missing --out: name the file to write, e.g. --out PhuLuc-2024.xlsx." });
  }
  if (out.trim() === "") return fail({ vi: "--out không được để trống.", en: "--out must not be empty." });
  if (!/\.xlsx$/i.test(out)) {
    return fail({
      vi: `Tệp cần ghi phải có đuôi .xlsx (nhận được: "${out}").`,
      en: `The output file must end in .xlsx (got: "${out}").`,
    });
  }

  const yearText = single(values.year, "--year");
  if (isMessage(yearText)) return fail(yearText);
  let year: number = PLAN.year;
  if (yearText !== undefined) {
    const result = parseYear(yearText);
    if (!result.ok) return fail(result.message);
    year = result.year;
  }

  const unit = single(values.unit, "--unit");
  if (isMessage(unit)) return fail(unit);
  const unitName = unit ?? PLAN.unitName;
  const unitProblem = checkUnitName(unitName);
  if (unitProblem) return fail(unitProblem);

  const periodText = single(values.period, "--period");
  if (isMessage(periodText)) return fail(periodText);
  const period = periodText === undefined ? undefined : parsePeriod(periodText);
  if (periodText !== undefined && period === undefined) {
    return fail({
      vi: `--period không hợp lệ: "${periodText}". Hãy dùng: ${periodChoicesText()}.`,
      en: `Unknown --period: "${periodText}". Use one of: ${periodChoicesText()} (or M1…M12, Q1…Q4, H1, 9M, Y).`,
    });
  }

  return {
    ok: true,
    options: {
      help: false,
      out,
      year,
      unitName: unitName.trim(),
      force: values.force === true,
      protect: values["no-protect"] !== true,
      ...(period ? { period } : {}),
    },
  };
}
