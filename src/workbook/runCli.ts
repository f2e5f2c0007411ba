/**
 * `npm run workbook`: parses the arguments, checks the output path, builds the standalone
 * workbook — the plain appendix, or with --period the monthly reporting workbook — and writes it
 * without ever replacing an existing file unless --force is given. Node-only (file system); the
 * file system, the builders and the output streams are injectable for the tests.
 */
import { randomBytes } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import * as fsPromises from "node:fs/promises";
import * as path from "node:path";
import { parseWorkbookArgs, USAGE, type WriteWorkbookOptions } from "./args";
import { periodLabel } from "../domain/period";
import { writeMonthlyStandaloneWorkbook, type MonthlyWorkbookOptions } from "./monthlyWorkbook";
import { formatMessage, type Message } from "./options";
import { writeStandaloneWorkbook, type StandaloneWorkbookOptions } from "./renderWorkbook";

export const EXIT = {
  ok: 0,
  /** The file could not be written (permissions, disk full, …) or something unexpected failed. */
  writeFailed: 1,
  /** Bad arguments, a missing output directory, or an existing file without --force. */
  usage: 2,
} as const;

export interface CliFileSystem {
  stat(target: string): Promise<{ isDirectory(): boolean }>;
  open(target: string, flags: string): Promise<Pick<FileHandle, "writeFile" | "close">>;
  rename(from: string, to: string): Promise<void>;
  unlink(target: string): Promise<void>;
}

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

const errorCode = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;

/** Why a file could not be written, in words a user can act on (Vietnamese, then English). */
export function describeWriteError(error: unknown, target: string): Message {
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "EACCES":
    case "EPERM":
      return {
        vi: `Không có quyền ghi tệp ${target}. Hãy chọn thư mục khác, hoặc đóng tệp nếu nó đang mở trong Excel.`,
        en: `Permission denied writing ${target} (${code}). Choose another folder, or close the file if Excel has it open.`,
      };
    case "EBUSY":
    case "ETXTBSY":
      return {
        vi: `Tệp ${target} đang được chương trình khác sử dụng (có thể đang mở trong Excel). Hãy đóng tệp rồi thử lại.`,
        en: `${target} is in use by another program (${code}), perhaps open in Excel. Close it and try again.`,
      };
    case "ENOSPC":
    case "EDQUOT":
      return {
        vi: `Ổ đĩa đã hết chỗ trống, không ghi được ${target}.`,
        en: `No space left on the device (${code}): could not write ${target}.`,
      };
    case "EISDIR":
      return {
        vi: `${target} là một thư mục, không phải tệp. Hãy nêu tên tệp .xlsx trong thư mục đó.`,
        en: `${target} is a directory (EISDIR). Name an .xlsx file inside it.`,
      };
    case "ENOENT":
      return {
        vi: `Thư mục chứa ${target} không tồn tại.`,
        en: `The directory of ${target} does not exist (ENOENT).`,
      };
    case "ENOTDIR":
      return {
        vi: `Một phần của đường dẫn ${target} là tệp, không phải thư mục.`,
        en: `Part of the path ${target} is a file, not a directory (ENOTDIR).`,
      };
    case "EROFS":
      return {
        vi: `Ổ đĩa chỉ cho đọc, không ghi được ${target}.`,
        en: `Read-only file system (EROFS): could not write ${target}.`,
      };
    case "ENAMETOOLONG":
      return {
        vi: `Tên tệp hoặc đường dẫn quá dài: ${target}.`,
        en: `File name or path too long (ENAMETOOLONG): ${target}.`,
      };
    case "EEXIST":
      return {
        vi: `Tệp ${target} đã có. Thêm --force nếu muốn ghi đè.`,
        en: `${target} already exists. Add --force to overwrite it.`,
      };
    default:
      return {
        vi: `Không ghi được tệp ${target}: ${detail}`,
        en: `Could not write ${target}${code ? ` (${code})` : ""}: ${detail}`,
      };
  }
}

/** Writes a new file; never replaces one. A partial file left by a failed write is removed. */
async function writeNew(fs: CliFileSystem, target: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(target, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(target).catch(() => undefined);
    throw error;
  }
}

/**
 * Replaces a file: the bytes go to a temporary file beside it first, so a failed write (a full
 * disk) leaves the old file as it was.
 */
async function replace(fs: CliFileSystem, target: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  await writeNew(fs, temporary, bytes);
  try {
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Checks the output's directory and the output itself before anything is built. */
async function checkTarget(fs: CliFileSystem, target: string, force: boolean): Promise<Message | undefined> {
  const directory = path.dirname(target);
  try {
    const stats = await fs.stat(directory);
    if (!stats.isDirectory()) {
      return {
        vi: `${directory} không phải là thư mục.`,
        en: `${directory} is not a directory.`,
      };
    }
  } catch (error) {
    if (errorCode(error) === "ENOENT") {
      return {
        vi: `Thư mục ${directory} không tồn tại. Hãy tạo thư mục trước, hoặc chọn thư mục khác.`,
        en: `The directory ${directory} does not exist. Create it first, or choose another one.`,
      };
    }
    return describeWriteError(error, target);
  }
  try {
    const stats = await fs.stat(target);
    if (stats.isDirectory()) return describeWriteError(Object.assign(new Error("is a directory"), { code: "EISDIR" }), target);
    if (!force) return describeWriteError(Object.assign(new Error("exists"), { code: "EEXIST" }), target);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") return describeWriteError(error, target);
  }
  return undefined;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}

async function write(options: WriteWorkbookOptions, deps: CliDeps): Promise<number> {
  const target = path.resolve(deps.cwd, options.out);
  const problem = await checkTarget(deps.fs, target, options.force);
  if (problem) {
    deps.stderr(formatMessage(problem));
    return EXIT.usage;
  }
  const common = { year: options.year, unitName: options.unitName, protect: options.protect, filledBy: options.filledBy };
  const { period } = options;
  const bytes = period ? await deps.buildMonthly({ ...common, period }) : await deps.build(common);
  try {
    if (options.force) await replace(deps.fs, target, bytes);
    else await writeNew(deps.fs, target, bytes);
  } catch (error) {
    deps.stderr(formatMessage(describeWriteError(error, target)));
    // Another process may have created the file between the check and the write.
    return errorCode(error) === "EEXIST" ? EXIT.usage : EXIT.writeFailed;
  }
  const what = period
    ? `báo cáo theo tháng năm ${options.year} (kỳ ${periodLabel(period)})`
    : `phụ lục năm ${options.year}`;
  deps.stdout(
    formatMessage({
      vi: `Đã ghi ${target} (${formatSize(bytes.byteLength)}): ${what}, ${options.unitName}.`,
      en: `Wrote ${target} (${bytes.byteLength} bytes)${period ? `: monthly reporting, period ${periodLabel(period)}` : ""}.`,
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
