/**
 * Command-line arguments of `npm run workbook`, parsed by a pure function: no file system, no
 * process. The CLI (cli.ts → runCli.ts) checks the paths and writes the file.
 */
import { parseArgs } from "node:util";
import { PLAN } from "../domain/catalog";
import { FILLED_BY_CHOICES, WHOLE_DEPARTMENT, hostUnitNamed, parseFilledBy } from "../domain/filledBy";
import { parsePeriod, periodChoicesText, type ReportPeriod } from "../domain/period";
import type { DocumentFieldKey, DocumentFields } from "../domain/layout/documentFrame";
import {
  checkDocumentField,
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
  /** --issuer: the unit whose own report this is (the frame names it under the Sở). */
  readonly issuer?: string;
  /** The document frame's fields given (--number, --date, --signer …); absent ones stay blank. */
  readonly document?: DocumentFields;
  /**
   * --filled-by: the "Đơn vị nhập số liệu" cell (a host unit of the plan, or "Cả Sở (tổng hợp)");
   * a host unit is also the frame's reporting unit unless --issuer names another.
   */
  readonly filledBy?: string;
}

/** The options that fill the document frame, and the field each fills. */
export const DOCUMENT_OPTIONS: Readonly<Record<string, DocumentFieldKey>> = {
  governing: "governingBody",
  symbol: "symbol",
  number: "number",
  place: "place",
  date: "date",
  "as-of": "dataAsOf",
  preparer: "preparer",
  authority: "authority",
  "signer-title": "signerTitle",
  signer: "signer",
  recipients: "recipients",
  archive: "archive",
};

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
      --filled-by "<đơn vị>"  đơn vị nhập số liệu của sổ: ${FILLED_BY_CHOICES.map((c) => `"${c}"`).join(", ")}
                          / the unit that fills this workbook (Văn phòng Sở consolidates by it);
                          một phòng cũng là đơn vị báo cáo ở khung văn bản, trừ khi có --issuer
                          / a host unit is also the frame's reporting unit unless --issuer is given
Khung văn bản (để trống thì in dấu “…”) / Document frame (blank prints as "…"):
      --issuer "<đơn vị>"     đơn vị báo cáo, vd. "Phòng Quản lý Du lịch" (mặc định Sở Du lịch) / reporting unit
      --governing "<cơ quan>" cơ quan chủ quản (mặc định UBND tỉnh Kiên Giang, hoặc Sở Du lịch cho một phòng)
      --number <số>           số văn bản, vd. 12 (in "Số: 12/BC-SDL") / document number
      --symbol <ký hiệu>      ký hiệu văn bản (mặc định BC-SDL) / document symbol
      --date <ngày>           ngày ban hành: 2024-04-05 hoặc 05/04/2024 / date of issue
      --place <địa danh>      địa danh (mặc định Kiên Giang) / place
      --as-of <ngày>          số liệu tính đến ngày (chỉ với --period) / data cut-off date (with --period only)
      --preparer "<họ tên>"   người lập biểu / prepared by
      --signer "<họ tên>"     người ký / signer
      --signer-title "<…>"    chức vụ người ký (mặc định PHÓ GIÁM ĐỐC, hoặc THỦ TRƯỞNG ĐƠN VỊ) / signer's title
      --authority "<…>"       thẩm quyền ký, vd. "KT. GIÁM ĐỐC" ("" để bỏ) / signing authority ("" for none)
      --recipients "<a; b>"   nơi nhận, cách nhau bằng dấu ; / recipients, separated by ;
      --archive "<…>"         Lưu: VT, … (người soạn thảo, số bản) / filing note
  -f, --force             ghi đè nếu tệp đã có / overwrite an existing file
      --no-protect        không bảo vệ trang tính / leave the sheet unprotected
                          (mặc định: bảo vệ không mật khẩu / default: protected, no password)
  -h, --help              in hướng dẫn này / print this help

Ví dụ / Examples:
  npm run workbook -- --out ${defaultWorkbookFileName()} --year ${PLAN.year} --unit "${PLAN.unitName}"
  npm run workbook -- --out ${defaultMonthlyWorkbookFileName()} --period "Quý I"
  npm run workbook -- --out BaoCao-Q1.xlsx --period "Quý I" --number 12 --date 2024-04-05 --signer "Nguyễn Văn A"
  npm run workbook -- --out PQLDL-${PLAN.year}.xlsx --period "Quý I" --filled-by "Phòng Quản lý Du lịch"

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

/** An error of node:util parseArgs in words (for every CLI of the project). */
export function parseError(error: unknown): Message {
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
export function single(values: readonly string[] | undefined, option: string): string | undefined | Message {
  if (values === undefined || values.length === 0) return undefined;
  if (values.length > 1) {
    return { vi: `${option} chỉ được nêu một lần.`, en: `${option} may be given only once.` };
  }
  return values[0];
}

export const isMessage = (value: unknown): value is Message => typeof value === "object" && value !== null && "vi" in value;

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
        issuer: { type: "string", multiple: true },
        ...Object.fromEntries(Object.keys(DOCUMENT_OPTIONS).map((option) => [option, { type: "string" as const, multiple: true as const }])),
        "filled-by": { type: "string", multiple: true },
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

  const issuer = single(values.issuer as string[] | undefined, "--issuer");
  if (isMessage(issuer)) return fail(issuer);
  if (issuer !== undefined) {
    const problem = checkDocumentField("issuingBody", issuer, "--issuer");
    if (problem) return fail(problem);
  }
  const document: Partial<Record<DocumentFieldKey, string>> = {};
  for (const [option, key] of Object.entries(DOCUMENT_OPTIONS)) {
    const value = single((values as Record<string, string[] | undefined>)[option], `--${option}`);
    if (isMessage(value)) return fail(value);
    if (value === undefined) continue;
    // --authority "" drops the line ("KT. GIÁM ĐỐC" of a deputy's signature); the rest need a value.
    const problem = key === "authority" && value.trim() === "" ? undefined : checkDocumentField(key, value, `--${option}`);
    if (problem) return fail(problem);
    document[key] = value.trim();
  }
  if (document.dataAsOf !== undefined && !period) {
    return fail({
      vi: "--as-of chỉ dùng cho báo cáo theo tháng: hãy thêm --period.",
      en: "--as-of is for monthly reporting only: add --period.",
    });
  }

  const filledByText = single(values["filled-by"] as string[] | undefined, "--filled-by");
  if (isMessage(filledByText)) return fail(filledByText);
  const filledBy = filledByText === undefined ? undefined : filledByChoice(filledByText);
  if (filledByText !== undefined && filledBy === undefined) return fail(unknownFilledBy(filledByText));

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
      ...(issuer !== undefined ? { issuer: issuer.trim() } : {}),
      ...(Object.keys(document).length > 0 ? { document } : {}),
      ...(filledBy ? { filledBy } : {}),
    },
  };
}

/** The drop-down's item a typed unit names (spaces and letter case aside), or undefined. */
export function filledByChoice(text: string): string | undefined {
  const unit = hostUnitNamed(text);
  if (unit) return unit;
  const whole = parseFilledBy(text);
  return whole.kind === "whole" ? WHOLE_DEPARTMENT : undefined;
}

/** A --filled-by that names no unit of the plan: refused with the list. */
export function unknownFilledBy(text: string): Message {
  const list = FILLED_BY_CHOICES.map((c) => `"${c}"`).join(", ");
  return {
    vi: `--filled-by không phải đơn vị của kế hoạch: "${text}". Hãy dùng đúng một trong: ${list}.`,
    en: `--filled-by is not a unit of the plan: "${text}". Use exactly one of: ${list}.`,
  };
}
