/**
 * `npm run workbook`: parses the arguments and writes the standalone workbook — the plain
 * appendix, or with --period the monthly reporting workbook — through writeOutputFile
 * (outputFile.ts): an existing file is never replaced without --force, and nothing is built before
 * a refusal. Node-only (file system); the file system, the builders and the output streams are
 * injectable for the tests.
 */
import * as fsPromises from "node:fs/promises";
import * as path from "node:path";
import { parseWorkbookArgs, USAGE, type WriteWorkbookOptions } from "./args";
import { periodLabel } from "../domain/period";
import { writeMonthlyStandaloneWorkbook, type MonthlyWorkbookOptions } from "./monthlyWorkbook";
import { formatMessage } from "./options";
import { writeOutputFile, type OutputFileSystem } from "./outputFile";
import { writeStandaloneWorkbook, type StandaloneWorkbookOptions } from "./renderWorkbook";

export const EXIT = {
  ok: 0,
  /** The file could not be written (permissions, disk full, …) or something unexpected failed. */
  writeFailed: 1,
  /** Bad arguments, a missing output directory, or an existing file without --force. */
  usage: 2,
} as const;

export type CliFileSystem = OutputFileSystem;

export interface CliDeps {
  /** Where relative --out paths resolve. */
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly fs: CliFileSystem;
  readonly build: (options: StandaloneWorkbookOptions) => Promise<Uint8Array>;
  /** The monthly reporting workbook, for --period. */
  readonly buildMonthly: (options: MonthlyWorkbookOptions) => Promise<Uint8Array>;
}

/**
 * The directory the user ran the command from: npm runs scripts in the package root and passes
 * the caller's directory as INIT_CWD.
 */
export function callerDirectory(env: NodeJS.ProcessEnv, processCwd: string): string {
  return env.INIT_CWD && path.isAbsolute(env.INIT_CWD) ? env.INIT_CWD : processCwd;
}

function defaultDeps(): CliDeps {
  return {
    cwd: callerDirectory(process.env, process.cwd()),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    fs: fsPromises,
    build: writeStandaloneWorkbook,
    buildMonthly: writeMonthlyStandaloneWorkbook,
  };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}

async function write(options: WriteWorkbookOptions, deps: CliDeps): Promise<number> {
  const target = path.resolve(deps.cwd, options.out);
  const common = {
    year: options.year,
    unitName: options.unitName,
    protect: options.protect,
    ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
    ...(options.document ? { document: options.document } : {}),
    ...(options.filledBy !== undefined ? { filledBy: options.filledBy } : {}),
  };
  const { period } = options;
  const outcome = await writeOutputFile(deps.fs, {
    target,
    force: options.force,
    build: () => (period ? deps.buildMonthly({ ...common, period }) : deps.build(common)),
  });
  if (outcome.status !== "written") {
    deps.stderr(formatMessage(outcome.message));
    return outcome.status === "refused" ? EXIT.usage : EXIT.writeFailed;
  }
  const byteLength = outcome.byteLength;
  const what = period
    ? `báo cáo theo tháng năm ${options.year} (kỳ ${periodLabel(period)})`
    : `phụ lục năm ${options.year}`;
  deps.stdout(
    formatMessage({
      vi: `Đã ghi ${target} (${formatSize(byteLength)}): ${what}, ${options.unitName}.`,
      en: `Wrote ${target} (${byteLength} bytes)${period ? `: monthly reporting, period ${periodLabel(period)}` : ""}.`,
    }),
  );
  return EXIT.ok;
}

/** Runs the command and returns the exit code; all output goes through deps. */
export async function runWorkbookCli(argv: readonly string[], deps: CliDeps = defaultDeps()): Promise<number> {
  const parsed = parseWorkbookArgs(argv);
  if (!parsed.ok) {
    deps.stderr(parsed.message);
    return EXIT.usage;
  }
  if (parsed.options.help) {
    deps.stdout(USAGE);
    return EXIT.ok;
  }
  try {
    return await write(parsed.options, deps);
  } catch (error) {
    deps.stderr(
      formatMessage({
        vi: `Lỗi không mong đợi khi tạo tệp: ${error instanceof Error ? error.message : String(error)}`,
        en: `Unexpected error while building the workbook: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      }),
    );
    return EXIT.writeFailed;
  }
}
