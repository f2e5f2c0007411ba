/**
 * `npm run consolidate`: reads the units' .xlsx files, plans the merge (src/domain/consolidate),
 * prints the summary in Vietnamese then English, and writes the consolidated standalone workbook
 * through writeOutputFile (never replacing a file without --force). With --force an existing
 * consolidated workbook is read first: its figures (typed there or consolidated before) and its
 * provenance are a source, so a corrected file replaces that unit's figures and nothing else.
 * Node-only; the file system, the clock and the output streams are injectable for the tests.
 *
 * Exit codes: 0 consolidated without conflict; 3 written, some cells left blank because the
 * sources disagree; 2 bad arguments or a file that cannot be used (nothing written); 1 the output
 * could not be written.
 */
import * as fsPromises from "node:fs/promises";
import * as path from "node:path";
import { PLAN } from "../../domain/catalog";
import {
  PROVENANCE_SHEET_NAME,
  emptyTarget,
  fileLines,
  planConsolidation,
  summaryLines,
  targetStateOf,
  type ConsolidationPlan,
  type ReadWorkbook,
  type TargetState,
  type WorkbookMode,
} from "../../domain/consolidate";
import { fillTemplate } from "../../domain/template";
import { consolidateEn } from "../../i18n/en/consolidate";
import { consolidateVi, type ConsolidateStrings } from "../../i18n/vi/consolidate";
import { formatMessage, type Message } from "../options";
import { describeWriteError, errorCode, writeOutputFile, type OutputFileSystem } from "../outputFile";
import { readUnitFile, readWorkbookValues } from "../readWorkbook";
import { callerDirectory } from "../runCli";
import { CONSOLIDATE_USAGE, parseConsolidateArgs, type ConsolidateOptions } from "./args";
import { writeConsolidatedWorkbook } from "./write";

export const CONSOLIDATE_EXIT = {
  ok: 0,
  writeFailed: 1,
  usage: 2,
  conflicts: 3,
} as const;

/** The file-system calls the command makes (node:fs/promises has them all). */
export interface ConsolidateFileSystem extends OutputFileSystem {
  stat(target: string): Promise<{ isDirectory(): boolean; readonly mtime?: Date }>;
  readFile(target: string): Promise<Uint8Array>;
}

export interface ConsolidateDeps {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly fs: ConsolidateFileSystem;
  /** The time of the consolidation (ISO 8601), for the provenance sheet. */
  readonly now: () => string;
}

function defaultDeps(): ConsolidateDeps {
  return {
    cwd: callerDirectory(process.env, process.cwd()),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    fs: fsPromises,
    now: () => new Date().toISOString(),
  };
}

/** Why an input file could not be read from disk. */
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

async function readInput(fs: ConsolidateFileSystem, file: string): Promise<ReadWorkbook | Message> {
  try {
    const stats = await fs.stat(file);
    if (stats.isDirectory()) return readProblem(Object.assign(new Error("directory"), { code: "EISDIR" }), file);
    const bytes = await fs.readFile(file);
    return await readUnitFile({ name: path.basename(file), bytes, ...(stats.mtime ? { lastModified: stats.mtime.toISOString() } : {}) });
  } catch (error) {
    return readProblem(error, file);
  }
}

const isMessage = (value: unknown): value is Message => typeof value === "object" && value !== null && "vi" in value && "en" in value;

/** The existing output, read as a target (with --force), or why it cannot be one. */
async function existingTarget(
  fs: ConsolidateFileSystem,
  target: string,
  force: boolean,
): Promise<{ target?: TargetState; year?: number } | Message> {
  let stats;
  try {
    stats = await fs.stat(target);
  } catch (error) {
    return errorCode(error) === "ENOENT" ? {} : describeWriteError(error, target);
  }
  if (stats.isDirectory()) return describeWriteError(Object.assign(new Error("directory"), { code: "EISDIR" }), target);
  if (!force) return describeWriteError(Object.assign(new Error("exists"), { code: "EEXIST" }), target);
  try {
    const values = await readWorkbookValues({ name: path.basename(target), bytes: await fs.readFile(target) });
    const state = targetStateOf(values);
    // Not one of ours: --force replaces it, as asked.
    return state ? { target: state.target, ...(state.read.year !== undefined ? { year: state.read.year } : {}) } : {};
  } catch {
    return {};
  }
}

function bilingual(plan: ConsolidationPlan, targetYear: number): string {
  const vi = summaryLines(plan, consolidateVi, { unresolved: "blank", targetYear });
  const en = summaryLines(plan, consolidateEn, { unresolved: "blank", targetYear });
  return `${vi.join("\n")}\n\n${en.join("\n")}`;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}

async function consolidate(options: ConsolidateOptions, deps: ConsolidateDeps): Promise<number> {
  const target = path.resolve(deps.cwd, options.out);
  const inputs = [...new Set(options.files.map((f) => path.resolve(deps.cwd, f)))];
  if (inputs.includes(target)) {
    deps.stderr(formatMessage({ vi: `--out không được là một trong các tệp cần tổng hợp: ${target}.`, en: `--out must not be one of the files to consolidate: ${target}.` }));
    return CONSOLIDATE_EXIT.usage;
  }

  const read = await Promise.all(inputs.map((file) => readInput(deps.fs, file)));
  const diskProblems = read.filter(isMessage);
  if (diskProblems.length > 0) {
    for (const problem of diskProblems) deps.stderr(formatMessage(problem));
    return CONSOLIDATE_EXIT.usage;
  }
  const files = read as ReadWorkbook[];

  const existing = await existingTarget(deps.fs, target, options.force);
  if (isMessage(existing)) {
    deps.stderr(formatMessage(existing));
    return CONSOLIDATE_EXIT.usage;
  }
  const kpi = files.filter((f) => f.kind === "kpi");
  const mode: WorkbookMode = existing.target?.mode ?? (kpi.length > 0 && kpi.every((f) => f.mode === "yearly") ? "yearly" : "monthly");
  const year = existing.year ?? kpi.find((f) => f.year !== undefined)?.year ?? PLAN.year;
  const plan = planConsolidation({
    target: existing.target ?? emptyTarget(mode, year),
    files,
    ...(options.period ? { period: options.period } : {}),
    unresolved: "blank",
    year,
  });

  // A file that cannot be used: nothing is written, each says why.
  const refused = plan.files.filter((f) => f.status === "refused");
  if (refused.length > 0) {
    for (const report of refused) {
      deps.stderr(formatMessage({ vi: fileLines(report, consolidateVi, year)[0], en: fileLines(report, consolidateEn, year)[0] }));
    }
    deps.stderr(formatMessage({ vi: "Không ghi gì: hãy bỏ hoặc thay các tệp trên rồi chạy lại.", en: "Nothing was written: remove or replace the files above, then run again." }));
    return CONSOLIDATE_EXIT.usage;
  }

  deps.stdout(bilingual(plan, year));
  const outcome = await writeOutputFile(deps.fs, {
    target,
    force: options.force,
    build: () =>
      writeConsolidatedWorkbook({
        plan,
        year,
        time: deps.now(),
        ...(options.period ? { period: options.period } : {}),
      }),
  });
  if (outcome.status !== "written") {
    deps.stderr(formatMessage(outcome.message));
    return outcome.status === "refused" ? CONSOLIDATE_EXIT.usage : CONSOLIDATE_EXIT.writeFailed;
  }
  const used = plan.files.length;
  deps.stdout(
    formatMessage({
      vi: `\nĐã ghi ${target} (${formatSize(outcome.byteLength)}): tổng hợp ${used} tệp, ${plan.counts.filled} ô số liệu.`,
      en: `Wrote ${target} (${outcome.byteLength} bytes): ${used} file(s), ${plan.counts.filled} figure cell(s).`,
    }),
  );
  if (plan.counts.unresolved > 0) {
    const words = (strings: ConsolidateStrings): string => fillTemplate(strings.summary.leftBlank, { count: plan.counts.unresolved, sheet: PROVENANCE_SHEET_NAME });
    deps.stdout(formatMessage({ vi: words(consolidateVi), en: words(consolidateEn) }));
    return CONSOLIDATE_EXIT.conflicts;
  }
  return CONSOLIDATE_EXIT.ok;
}

/** Runs the command and returns the exit code; all output goes through deps. */
export async function runConsolidateCli(argv: readonly string[], deps: ConsolidateDeps = defaultDeps()): Promise<number> {
  const parsed = parseConsolidateArgs(argv);
  if (!parsed.ok) {
    deps.stderr(parsed.message);
    return CONSOLIDATE_EXIT.usage;
  }
  if (parsed.options.help) {
    deps.stdout(CONSOLIDATE_USAGE);
    return CONSOLIDATE_EXIT.ok;
  }
  try {
    return await consolidate(parsed.options, deps);
  } catch (error) {
    deps.stderr(
      formatMessage({
        vi: `Lỗi không mong đợi khi tổng hợp: ${error instanceof Error ? error.message : String(error)}`,
        en: `Unexpected error while consolidating: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      }),
    );
    return CONSOLIDATE_EXIT.writeFailed;
  }
}
