/**
 * Arguments of `npm run plan`, parsed by a pure function (no file system, no process): one action —
 * check a plan file, print the plan a workbook carries, or print the built-in plan — and where the
 * printed plan goes (standard output, or --out FILE.json).
 */
import { parseArgs } from "node:util";
import { BUILTIN_PLAN } from "../../domain/catalog";
import { PLAN_SHEET_NAME } from "../../domain/plan/embeddedPlan";
import { isMessage, parseError, single } from "../args";
import { formatMessage, type Message } from "../options";

/** Where a printed plan goes: standard output, or a new .json file (replaced only with --force). */
export interface PlanOutput {
  readonly out?: string;
  readonly force: boolean;
}

export type PlanCliOptions =
  | { readonly help: false; readonly action: "check"; readonly file: string }
  | ({ readonly help: false; readonly action: "fromWorkbook"; readonly file: string } & PlanOutput)
  | ({ readonly help: false; readonly action: "builtin" } & PlanOutput);

export type ParsedPlanArgs =
  | { readonly ok: true; readonly options: { readonly help: true } | PlanCliOptions }
  | { readonly ok: false; readonly message: string };

export const PLAN_USAGE = `Cách dùng / Usage:
  npm run plan -- --check <kế-hoạch.json>
  npm run plan -- --from-workbook <tệp.xlsx> [--out <kế-hoạch.json>] [--force]
  npm run plan -- --builtin [--out <kế-hoạch.json>] [--force]

Tệp kế hoạch (JSON, định dạng trong src/domain/plan/kpi-plan.schema.json) mô tả trọn một kế hoạch:
năm, các mục, từng chỉ tiêu với lời văn, đơn vị chủ trì, chỉ tiêu phần trăm và căn cứ thực hiện.
Mỗi sổ mang theo kế hoạch của nó trong trang ẩn ${PLAN_SHEET_NAME}.
A plan file (JSON, format in src/domain/plan/kpi-plan.schema.json) describes a whole plan: the year,
the sections, and every indicator's words, host unit, target and legal basis. Each workbook carries
its plan on the very hidden sheet ${PLAN_SHEET_NAME}.

      --check <file.json>          kiểm tra tệp kế hoạch, liệt kê mọi lỗi theo trường
                                   / validate a plan file, listing every problem by field
      --from-workbook <file.xlsx>  in kế hoạch mà sổ mang theo, dạng JSON
                                   / print the plan a workbook carries, as JSON
      --builtin                    in kế hoạch có sẵn (năm ${BUILTIN_PLAN.year}): điểm xuất phát cho kế hoạch năm sau
                                   / print the built-in ${BUILTIN_PLAN.year} plan: the starting point for next year's
  -o, --out <file.json>            ghi ra tệp .json thay vì in ra màn hình / write a .json file instead of printing
  -f, --force                      ghi đè tệp đã có / replace an existing file
  -h, --help                       in hướng dẫn này / print this help

Ví dụ / Example:
  npm run plan -- --builtin --out kpi-plan-${BUILTIN_PLAN.year + 1}.json
  npm run plan -- --check kpi-plan-${BUILTIN_PLAN.year + 1}.json
  npm run plan -- --from-workbook PhuLuc-${BUILTIN_PLAN.year}.xlsx

Mã thoát / Exit codes: 0 thành công (tệp kế hoạch hợp lệ) / done (the plan file is valid) ·
  2 tham số sai, tệp không đọc được, kế hoạch không hợp lệ (không ghi gì)
    / bad arguments, an unreadable file or an invalid plan (nothing written) ·
  3 sổ không mang kế hoạch riêng: kế hoạch có sẵn áp dụng (không in gì)
    / the workbook carries no plan of its own: the built-in plan applies (nothing printed) ·
  1 không ghi được tệp / the output could not be written`;

const HELP_HINT = "Xem hướng dẫn: npm run plan -- --help\nSee: npm run plan -- --help";

const fail = (message: Message): ParsedPlanArgs => ({ ok: false, message: `${formatMessage(message)}\n${HELP_HINT}` });

/** Parses the arguments after `npm run plan --`. */
export function parsePlanArgs(argv: readonly string[]): ParsedPlanArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        check: { type: "string", multiple: true },
        "from-workbook": { type: "string", multiple: true },
        builtin: { type: "boolean" },
        out: { type: "string", short: "o", multiple: true },
        force: { type: "boolean", short: "f" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(positionalError(error) ?? parseError(error));
  }
  const { values } = parsed;
  if (values.help) return { ok: true, options: { help: true } };
  const check = single(values.check, "--check");
  if (isMessage(check)) return fail(check);
  const workbook = single(values["from-workbook"], "--from-workbook");
  if (isMessage(workbook)) return fail(workbook);
  const out = single(values.out, "--out");
  if (isMessage(out)) return fail(out);
  const force = values.force ?? false;

  const actions = [check !== undefined, workbook !== undefined, values.builtin === true].filter(Boolean).length;
  if (actions !== 1) {
    return fail({
      vi: actions === 0 ? "Chưa nêu việc cần làm: --check, --from-workbook hoặc --builtin." : "Chỉ chọn một trong --check, --from-workbook và --builtin.",
      en: actions === 0 ? "Say what to do: --check, --from-workbook or --builtin." : "Choose one of --check, --from-workbook and --builtin.",
    });
  }
  if (check !== undefined) {
    if (out !== undefined || force) {
      return fail({ vi: "--check chỉ kiểm tra, không ghi tệp: bỏ --out và --force.", en: "--check only validates and writes nothing: drop --out and --force." });
    }
    return { ok: true, options: { help: false, action: "check", file: check } };
  }
  const output = outputOptions(out, force);
  if (isMessage(output)) return fail(output);
  return {
    ok: true,
    options: workbook !== undefined ? { help: false, action: "fromWorkbook", file: workbook, ...output } : { help: false, action: "builtin", ...output },
  };
}

function outputOptions(out: string | undefined, force: boolean): PlanOutput | Message {
  if (out === undefined) {
    return force ? { vi: "--force chỉ dùng cùng --out.", en: "--force only goes with --out." } : { force };
  }
  // A .json name only: a slip such as --out PhuLuc.xlsx --force must not replace a workbook.
  if (!/\.json$/i.test(out.trim())) {
    return { vi: `Tệp kế hoạch cần ghi phải có đuôi .json (nhận được: "${out}").`, en: `The plan file to write must end in .json (got: "${out}").` };
  }
  return { out, force };
}

/** A file named without its option: say which option it belongs to. */
function positionalError(error: unknown): Message | undefined {
  if ((error as { code?: string }).code !== "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return undefined;
  const argument = /argument '([^']*)'/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
  return {
    vi: `Thừa tham số: "${argument}". Tên tệp đi sau --check, --from-workbook hoặc --out.`,
    en: `Unexpected argument: "${argument}". A file name goes after --check, --from-workbook or --out.`,
  };
}
