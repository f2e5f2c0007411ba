/**
 * `npm run plan`: the plan file on the command line.
 * - `--check FILE.json` validates a plan file: a one-line summary (exit 0), or every problem by its
 *   field path, Vietnamese then English (exit 2).
 * - `--from-workbook FILE.xlsx` prints the plan a workbook carries (its very hidden KPI_PLAN sheet,
 *   embeddedPlan.ts) as a plan file; a workbook without one is judged by the built-in plan (exit 3,
 *   nothing printed), a damaged one is refused with its problems (exit 2).
 * - `--builtin` prints the built-in plan: the starting point for next year's file.
 * A printed plan goes to standard output (pipe-able: nothing else is written there), or with
 * --out to a new .json file through writeOutputFile (never replacing one without --force).
 * Node-only; the file system and the output streams are injectable for the tests.
 */
import * as fsPromises from "node:fs/promises";
import * as path from "node:path";
import { BUILTIN_PLAN } from "../../domain/catalog";
import { PLAN_SHEET_NAME, readEmbeddedPlan } from "../../domain/plan/embeddedPlan";
import { planToFile, type Plan } from "../../domain/plan/plan";
import { fillTemplate } from "../../domain/template";
import { consolidateEn } from "../../i18n/en/consolidate";
import { consolidateVi } from "../../i18n/vi/consolidate";
import { describeReadError } from "../inputFile";
import { formatMessage, type Message } from "../options";
import { writeOutputFile, type OutputFileSystem } from "../outputFile";
import { invalidPlanHeading, planProblemsMessage, readPlanFile, shellWord } from "../planOption";
import { readWorkbookValues } from "../readWorkbook";
import { callerDirectory } from "../runCli";
import { PLAN_USAGE, parsePlanArgs, type PlanCliOptions, type PlanOutput } from "./args";

export const PLAN_EXIT = {
  ok: 0,
  /** The output file could not be written (permissions, disk full, …). */
  writeFailed: 1,
  /** Bad arguments, an unreadable file, an invalid plan or damaged plan sheet, an existing output without --force. */
  usage: 2,
  /** The workbook carries no plan of its own: the built-in plan applies. */
  noPlan: 3,
} as const;

export interface PlanCliFileSystem extends OutputFileSystem {
  readFile(target: string): Promise<Uint8Array>;
}

export interface PlanCliDeps {
  /** Where relative paths resolve. */
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly fs: PlanCliFileSystem;
}

function defaultDeps(): PlanCliDeps {
  return {
    cwd: callerDirectory(process.env, process.cwd()),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    fs: fsPromises,
  };
}

/** A plan as a plan file's text: the format's key order, two-space indent, as kpi-plan-2024.json. */
export function planJson(plan: Plan): string {
  return JSON.stringify(planToFile(plan), null, 2);
}

/** "2025-01-10" as the Vietnamese write a date: "10/01/2025". */
const vietnameseDate = (iso: string): string => iso.split("-").reverse().join("/");

/** What a plan is, in one line per language: year, number and date, indicators, sections, host units. */
export function planSummary(plan: Plan): Message {
  const n = { indicators: plan.indicators.length, sections: plan.sections.length, units: plan.hostUnits.length };
  const number = plan.planNumber ? { vi: ` số ${plan.planNumber}`, en: ` no. ${plan.planNumber}` } : { vi: "", en: "" };
  const date = plan.planDate ? { vi: ` ngày ${vietnameseDate(plan.planDate)}`, en: ` of ${plan.planDate}` } : { vi: "", en: "" };
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;
  return {
    vi: `kế hoạch năm ${plan.year}${number.vi}${date.vi}, ${n.indicators} chỉ tiêu trong ${n.sections} mục, ${n.units} đơn vị chủ trì`,
    en: `the ${plan.year} plan${number.en}${date.en}, ${plural(n.indicators, "indicator")} in ${plural(n.sections, "section")}, ${plural(n.units, "host unit")}`,
  };
}

async function checkPlanFile(file: string, deps: PlanCliDeps): Promise<number> {
  const read = await readPlanFile(file, deps);
  if (read.ok) {
    const summary = planSummary(read.plan);
    deps.stdout(formatMessage({ vi: `Tệp kế hoạch ${file} hợp lệ: ${summary.vi}.`, en: `The plan file ${file} is valid: ${summary.en}.` }));
    return PLAN_EXIT.ok;
  }
  if (read.kind === "unreadable") {
    deps.stderr(formatMessage(read.message));
    return PLAN_EXIT.usage;
  }
  const again = `npm run plan -- --check ${shellWord(file)}`;
  deps.stderr(
    formatMessage(
      planProblemsMessage(read.problems, invalidPlanHeading(file, read.problems.length), {
        vi: `Sửa các lỗi trên rồi kiểm tra lại: ${again}`,
        en: `Fix these and check again: ${again}`,
      }),
    ),
  );
  return PLAN_EXIT.usage;
}

/** Prints the plan, or writes it to the --out file; the exit code. */
async function emitPlan(plan: Plan, output: PlanOutput, deps: PlanCliDeps): Promise<number> {
  const json = planJson(plan);
  if (output.out === undefined) {
    deps.stdout(json);
    return PLAN_EXIT.ok;
  }
  const target = path.resolve(deps.cwd, output.out);
  const outcome = await writeOutputFile(deps.fs, { target, force: output.force, build: () => Promise.resolve(new TextEncoder().encode(`${json}\n`)) });
  if (outcome.status !== "written") {
    deps.stderr(formatMessage(outcome.message));
    return outcome.status === "refused" ? PLAN_EXIT.usage : PLAN_EXIT.writeFailed;
  }
  const summary = planSummary(plan);
  // Standard output stays for plans only; the receipt goes with the other messages.
  deps.stderr(formatMessage({ vi: `Đã ghi ${target}: ${summary.vi}.`, en: `Wrote ${target}: ${summary.en}.` }));
  return PLAN_EXIT.ok;
}

/** Column A of the workbook's plan sheet, or null when it has none. */
async function planSheetColumn(file: string, deps: PlanCliDeps): Promise<{ readonly column: readonly unknown[] | null } | { readonly message: Message }> {
  const target = path.resolve(deps.cwd, file);
  const name = path.basename(target);
  let bytes: Uint8Array;
  try {
    bytes = await deps.fs.readFile(target);
  } catch (error) {
    return { message: describeReadError(error, target) };
  }
  let sheets;
  try {
    // exceljs lists very hidden sheets with the others (their state is a property).
    ({ sheets } = await readWorkbookValues({ name, bytes }));
  } catch {
    const words = { vi: consolidateVi.check.unreadable, en: consolidateEn.check.unreadable };
    return { message: { vi: fillTemplate(words.vi, { file: name }), en: fillTemplate(words.en, { file: name }) } };
  }
  const sheet = sheets.find((s) => s.name === PLAN_SHEET_NAME);
  return { column: sheet ? sheet.values.map((row) => row[0]) : null };
}

async function fromWorkbook(file: string, output: PlanOutput, deps: PlanCliDeps): Promise<number> {
  const read = await planSheetColumn(file, deps);
  if ("message" in read) {
    deps.stderr(formatMessage(read.message));
    return PLAN_EXIT.usage;
  }
  const embedded = readEmbeddedPlan(read.column);
  const name = path.basename(file);
  if (embedded.kind === "plan") return emitPlan(embedded.plan, output, deps);
  if (embedded.kind === "none") {
    const builtin = `npm run plan -- --builtin${output.out !== undefined ? ` --out ${shellWord(output.out)}${output.force ? " --force" : ""}` : ""}`;
    const nothing = output.out !== undefined ? { vi: "Không ghi gì.", en: "Nothing written." } : { vi: "Không in gì.", en: "Nothing printed." };
    deps.stderr(
      formatMessage({
        vi: `Sổ ${name} không mang kế hoạch riêng (không có trang ẩn ${PLAN_SHEET_NAME}): sổ được lập trước khi kế hoạch đi kèm sổ nên được đánh giá theo kế hoạch có sẵn năm ${BUILTIN_PLAN.year}. ${nothing.vi} Muốn có kế hoạch đó dạng tệp: ${builtin}`,
        en: `${name} carries no plan of its own (no hidden ${PLAN_SHEET_NAME} sheet): it was made before plans travelled with workbooks and is judged by the built-in ${BUILTIN_PLAN.year} plan. ${nothing.en} For that plan as a file: ${builtin}`,
      }),
    );
    return PLAN_EXIT.noPlan;
  }
  const count = embedded.problems.length;
  deps.stderr(
    formatMessage(
      planProblemsMessage(
        embedded.problems,
        {
          vi: `Kế hoạch trong sổ ${name} (trang ẩn ${PLAN_SHEET_NAME}) bị hỏng, không đọc được (${count} lỗi):`,
          en: `The plan in ${name} (hidden sheet ${PLAN_SHEET_NAME}) is damaged and cannot be read (${count} ${count === 1 ? "problem" : "problems"}):`,
        },
        {
          vi: "Sổ này không được đánh giá theo kế hoạch nào cho đến khi chèn lại phụ lục với tệp kế hoạch đúng.",
          en: "The workbook is judged by no plan until the appendix is inserted again with the right plan file.",
        },
      ),
    ),
  );
  return PLAN_EXIT.usage;
}

function run(options: PlanCliOptions, deps: PlanCliDeps): Promise<number> {
  switch (options.action) {
    case "check":
      return checkPlanFile(options.file, deps);
    case "fromWorkbook":
      return fromWorkbook(options.file, options, deps);
    case "builtin":
      return emitPlan(BUILTIN_PLAN, options, deps);
  }
}

/** Runs the command and returns the exit code; all output goes through deps. */
export async function runPlanCli(argv: readonly string[], deps: PlanCliDeps = defaultDeps()): Promise<number> {
  const parsed = parsePlanArgs(argv);
  if (!parsed.ok) {
    deps.stderr(parsed.message);
    return PLAN_EXIT.usage;
  }
  if (parsed.options.help) {
    deps.stdout(PLAN_USAGE);
    return PLAN_EXIT.ok;
  }
  return run(parsed.options, deps);
}
