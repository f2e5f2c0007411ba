/**
 * `npm run check`: the pre-submission check of a received .xlsx without Excel — read with exceljs,
 * recalculated and checked by the domain (checkWorkbookValues) — printed as text (Vietnamese, then
 * English) or JSON. Exit 0 when no finding blocks submission (no error), 1 when one does, 2 when the
 * file cannot be read or is not one of ours. Node-only; file system and streams are injectable.
 *
 * Each output format is one renderer (RENDERERS): a new format (such as the written report's
 * summary paragraph) is a new entry, reading the same CheckedFile.
 */
import * as fsPromises from "node:fs/promises";
import * as path from "node:path";
import { countsText, describeFinding, hostUnitText, summaryText, type Finding } from "../../domain/check";
import { checkWorkbookValues } from "../../domain/checkFile";
import { BUILTIN_PLAN, samePlan, type Plan } from "../../domain/catalog";
import type { WorkbookValues } from "../../domain/consolidate/workbookValues";
import { PLAN_SHEET_NAME } from "../../domain/plan/embeddedPlan";
import { embeddedPlanOf } from "../../domain/plan/workbookPlan";
import { planProblemsMessage, readPlanOption } from "../planOption";
import { describeMonthlyFinding, type MonthlyFinding } from "../../domain/layout/monthlyLayout";
import { periodKey, periodLabel, type MonthNumber, type ReportPeriod } from "../../domain/period";
import { fillTemplate } from "../../domain/template";
import type { CheckReport } from "../../domain/check";
import type { Language } from "../../i18n/language";
import { checkEn } from "../../i18n/en/check";
import { consolidateEn } from "../../i18n/en/consolidate";
import { periodEn } from "../../i18n/en/period";
import { checkVi, type CheckStrings } from "../../i18n/vi/check";
import { consolidateVi, type ConsolidateStrings } from "../../i18n/vi/consolidate";
import { periodVi, type PeriodStrings } from "../../i18n/vi/period";
import { formatMessage, type Message } from "../options";
import { describeReadError } from "../inputFile";
import { readWorkbookValues } from "../readWorkbook";
import { summaryOutput } from "../summaryCli";
import { callerDirectory } from "../runCli";
import { CHECK_USAGE, parseCheckArgs, type CheckCliOptions, type CheckFormat } from "./args";

export const CHECK_EXIT = { ok: 0, blocking: 1, unusable: 2 } as const;

export interface CheckFileSystem {
  readFile(target: string): Promise<Uint8Array>;
}

export interface CheckDeps {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly fs: CheckFileSystem;
}

function defaultDeps(): CheckDeps {
  return {
    cwd: callerDirectory(process.env, process.cwd()),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    fs: fsPromises,
  };
}

/** A file checked: what every output format renders. */
export interface CheckedFile {
  /** The plan the file was judged by: the one it carries, else --plan, else the built-in one. */
  readonly plan: Plan;
  readonly file: string;
  readonly sheetName: string;
  readonly report: CheckReport;
  readonly period?: ReportPeriod;
}

interface Words {
  readonly language: Language;
  readonly check: CheckStrings;
  readonly periods: PeriodStrings;
  readonly consolidate: ConsolidateStrings;
}

const VI: Words = { language: "vi", check: checkVi, periods: periodVi, consolidate: consolidateVi };
const EN: Words = { language: "en", check: checkEn, periods: periodEn, consolidate: consolidateEn };

/** A finding of the monthly data sheet (params.sheet and params.months set by checkMonthlyData). */
function monthlyFinding(finding: Finding): MonthlyFinding | undefined {
  const { sheet, months } = finding.params;
  if (finding.kind !== "monthlyDataMissing" && finding.kind !== "monthlyDataInvalid") return undefined;
  if (!sheet || !months || !finding.code || !finding.address) return undefined;
  return { ...finding, kind: finding.kind, code: finding.code, address: finding.address, months: months as readonly MonthNumber[] };
}

/** A finding's message and action in one language, as the pane words it. */
export function describeFileFinding(
  finding: Finding,
  period: ReportPeriod | undefined,
  words: Words,
  plan?: Plan,
): { message: string; action: string } {
  const monthly = period ? monthlyFinding(finding) : undefined;
  return monthly && period ? describeMonthlyFinding(monthly, period, words.periods) : describeFinding(finding, words.check, words.language, plan);
}

function textIn(checked: CheckedFile, words: Words): string[] {
  const { report } = checked;
  const s = words.consolidate.check;
  const period = checked.period ? fillTemplate(s.period, { period: periodLabel(checked.period) }) : "";
  const lines = [
    fillTemplate(s.heading, { file: checked.file, sheet: checked.sheetName, period }),
    summaryText(report.summary, words.check),
    countsText(report.summary, words.check),
    ...report.summary.byHostUnit.map((unit) => `  ${hostUnitText(unit, words.check)}`),
  ];
  for (const finding of report.findings) {
    const { message, action } = describeFileFinding(finding, checked.period, words, checked.plan);
    const where = finding.address
      ? ` (${fillTemplate(finding.params.sheet && finding.params.sheet !== checked.sheetName ? s.atSheet : s.at, { address: finding.address, sheet: finding.params.sheet ?? "" })})`
      : "";
    lines.push(`- ${words.check.check.severity[finding.severity]}: ${message} ${action}${where}`);
  }
  lines.push(report.summary.errors > 0 ? s.blocking : s.ready);
  return lines;
}

function renderText(checked: CheckedFile): string {
  return `${textIn(checked, VI).join("\n")}\n\n${textIn(checked, EN).join("\n")}`;
}

function renderJson(checked: CheckedFile): string {
  const { report } = checked;
  const both = (finding: Finding) => {
    const vi = describeFileFinding(finding, checked.period, VI, checked.plan);
    const en = describeFileFinding(finding, checked.period, EN, checked.plan);
    return { message: { vi: vi.message, en: en.message }, action: { vi: vi.action, en: en.action } };
  };
  return JSON.stringify(
    {
      file: checked.file,
      sheet: checked.sheetName,
      mode: report.mode ?? null,
      period: checked.period ? { key: periodKey(checked.period), label: periodLabel(checked.period) } : null,
      blocking: report.summary.errors > 0,
      summary: report.summary,
      indicators: report.indicators,
      findings: report.findings.map((finding) => ({
        kind: finding.kind,
        severity: finding.severity,
        code: finding.code ?? null,
        sheet: finding.params.sheet ?? checked.sheetName,
        address: finding.address ?? null,
        ...(finding.params.months ? { months: finding.params.months } : {}),
        ...both(finding),
      })),
    },
    null,
    2,
  );
}

/** One renderer per output format. */
const RENDERERS: Readonly<Record<CheckFormat, (checked: CheckedFile, options: CheckCliOptions) => string>> = {
  text: renderText,
  json: renderJson,
  // The plain table states no period: its paragraph names the one given with --period, if any.
  summary: (checked, options) => summaryOutput(checked.report, checked.period ?? options.period, checked.plan).text,
};

function unusable(message: Message, kind: string, options: CheckCliOptions, deps: CheckDeps): number {
  if (options.format === "json") deps.stdout(JSON.stringify({ file: options.file, error: { kind, message } }, null, 2));
  else deps.stderr(formatMessage(message));
  return CHECK_EXIT.unusable;
}

async function check(options: CheckCliOptions, deps: CheckDeps): Promise<number> {
  const file = path.resolve(deps.cwd, options.file);
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await deps.fs.readFile(file);
  } catch (error) {
    return unusable(describeReadError(error, file), "unreadable", options, deps);
  }
  const words = (w: Words, key: "notOurs" | "unreadable"): string => fillTemplate(w.consolidate.check[key], { file: name });
  let values;
  try {
    values = await readWorkbookValues({ name, bytes });
  } catch {
    return unusable({ vi: words(VI, "unreadable"), en: words(EN, "unreadable") }, "unreadable", options, deps);
  }
  const judged = await judgingPlan(values, name, options, deps);
  if (!judged.ok) return unusable(judged.message, judged.kind, options, deps);
  const { plan } = judged;
  const result = checkWorkbookValues(values, { ...(options.period ? { period: options.period } : {}), plan });
  if (result.kind === "notOurs") return unusable({ vi: words(VI, "notOurs"), en: words(EN, "notOurs") }, "notOurs", options, deps);
  const checked: CheckedFile = { plan, file: name, sheetName: result.sheetName, report: result.report, ...(result.period ? { period: result.period } : {}) };
  deps.stdout(RENDERERS[options.format](checked, options));
  return result.report.summary.errors > 0 ? CHECK_EXIT.blocking : CHECK_EXIT.ok;
}

/** "năm 2025, số 05/KH-SDL": which plan, in a message. */
function planIdentity(plan: Plan): Message {
  return {
    vi: `kế hoạch năm ${plan.year}${plan.planNumber ? `, số ${plan.planNumber}` : ""}`,
    en: `the ${plan.year} plan${plan.planNumber ? ` (No. ${plan.planNumber})` : ""}`,
  };
}

/**
 * The plan to judge the file by: the one it carries (its KPI_PLAN sheet); for a file that carries
 * none (made before plans travelled with workbooks), --plan, else the built-in plan. A damaged
 * plan sheet judges by nothing (exit 2, with its problems); a --plan other than the plan the file
 * carries is refused (exit 2): the file's rows, targets and names are its own plan's, and judging
 * them by another would report every difference as the user's error.
 */
async function judgingPlan(
  values: WorkbookValues,
  name: string,
  options: CheckCliOptions,
  deps: CheckDeps,
): Promise<{ ok: true; plan: Plan } | { ok: false; kind: string; message: Message }> {
  let stated: Plan | undefined;
  if (options.planFile !== undefined) {
    const read = await readPlanOption(options.planFile, { cwd: deps.cwd, fs: deps.fs });
    if (!read.ok) return { ok: false, kind: "planFile", message: read.message };
    stated = read.plan;
  }
  const embedded = embeddedPlanOf(values);
  if (embedded.kind === "damaged") {
    const count = embedded.problems.length;
    return {
      ok: false,
      kind: "planUnreadable",
      message: planProblemsMessage(
        embedded.problems,
        {
          vi: `Kế hoạch trong sổ ${name} (trang ẩn ${PLAN_SHEET_NAME}) không đọc được (${count} lỗi):`,
          en: `The plan in this workbook ${name} (hidden sheet ${PLAN_SHEET_NAME}) is unreadable (${count} ${count === 1 ? "problem" : "problems"}):`,
        },
        {
          vi: "Không kiểm tra theo kế hoạch nào. Hãy chèn lại phụ lục với tệp kế hoạch đúng (ngăn tác vụ, hoặc npm run workbook -- --plan …) rồi kiểm tra lại.",
          en: "Nothing was judged. Insert the appendix again with the right plan file (the task pane, or npm run workbook -- --plan …) and check again.",
        },
      ),
    };
  }
  if (embedded.kind === "plan") {
    if (stated && !samePlan(stated, embedded.plan)) {
      const carried = planIdentity(embedded.plan);
      const given = planIdentity(stated);
      return {
        ok: false,
        kind: "otherPlan",
        message: {
          vi: `Sổ ${name} được lập theo ${carried.vi}, khác tệp --plan ${options.planFile} (${given.vi}). Sổ luôn được kiểm tra theo kế hoạch nó mang: bỏ --plan để kiểm tra theo ${carried.vi}.`,
          en: `${name} was made for ${carried.en}, not the --plan file ${options.planFile} (${given.en}). A workbook is always checked by the plan it carries: drop --plan to check it by ${carried.en}.`,
        },
      };
    }
    return { ok: true, plan: embedded.plan };
  }
  return { ok: true, plan: stated ?? BUILTIN_PLAN };
}

/** Runs the command and returns the exit code; all output goes through deps. */
export async function runCheckCli(argv: readonly string[], deps: CheckDeps = defaultDeps()): Promise<number> {
  const parsed = parseCheckArgs(argv);
  if (!parsed.ok) {
    deps.stderr(parsed.message);
    return CHECK_EXIT.unusable;
  }
  if (parsed.options.help) {
    deps.stdout(CHECK_USAGE);
    return CHECK_EXIT.ok;
  }
  return check(parsed.options, deps);
}
