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
import { errorCode } from "../outputFile";
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
export function describeFileFinding(finding: Finding, period: ReportPeriod | undefined, words: Words): { message: string; action: string } {
  const monthly = period ? monthlyFinding(finding) : undefined;
  return monthly && period ? describeMonthlyFinding(monthly, period, words.periods) : describeFinding(finding, words.check, words.language);
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
    const { message, action } = describeFileFinding(finding, checked.period, words);
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
    const vi = describeFileFinding(finding, checked.period, VI);
    const en = describeFileFinding(finding, checked.period, EN);
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
  summary: (checked, options) => summaryOutput(checked.report, checked.period ?? options.period).text,
};

function readProblem(error: unknown, file: string): Message {
  switch (errorCode(error)) {
    case "ENOENT":
      return { vi: `Không tìm thấy tệp ${file}.`, en: `${file} does not exist (ENOENT).` };
    case "EISDIR":
      return { vi: `${file} là một thư mục, không phải tệp .xlsx.`, en: `${file} is a directory, not an .xlsx file.` };
    case "EACCES":
    case "EPERM":
      return { vi: `Không có quyền đọc tệp ${file}.`, en: `Permission denied reading ${file}.` };
    default:
      return { vi: `Không đọc được tệp ${file}: ${String(error)}`, en: `Could not read ${file}: ${String(error)}` };
  }
}

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
    return unusable(readProblem(error, file), "unreadable", options, deps);
  }
  const words = (w: Words, key: "notOurs" | "unreadable"): string => fillTemplate(w.consolidate.check[key], { file: name });
  let result;
  try {
    result = checkWorkbookValues(await readWorkbookValues({ name, bytes }), options.period ? { period: options.period } : {});
  } catch {
    return unusable({ vi: words(VI, "unreadable"), en: words(EN, "unreadable") }, "unreadable", options, deps);
  }
  if (result.kind === "notOurs") return unusable({ vi: words(VI, "notOurs"), en: words(EN, "notOurs") }, "notOurs", options, deps);
  const checked: CheckedFile = { file: name, sheetName: result.sheetName, report: result.report, ...(result.period ? { period: result.period } : {}) };
  deps.stdout(RENDERERS[options.format](checked, options));
  return result.report.summary.errors > 0 ? CHECK_EXIT.blocking : CHECK_EXIT.ok;
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
