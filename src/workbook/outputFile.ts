/**
 * Writing a command's output file safely, for every CLI that writes one (`npm run workbook`, and
 * the ones to come): a user's file is never replaced without --force, nothing is built before a
 * refusal, and a failed build or write leaves no half-made file behind. Node-only; the file
 * system is injectable for the tests.
 *
 * - Without --force the file is created exclusively (open with "wx") before anything is built:
 *   the exclusive create is the guarantee, also when the file appears after any check (another
 *   run, a synced folder). Then the bytes are built and written into that handle; if the build or
 *   the write fails, the file just created is removed again.
 * - With --force the bytes are built into a new temporary file beside the target (created
 *   exclusively, before the build) and renamed over it: a failed build or write leaves the old
 *   file as it was.
 * A run killed during the build leaves the empty new file (or the temporary one) behind; the next
 * run without --force then refuses, which is the safe side.
 */
import { randomBytes } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import * as path from "node:path";
import type { Message } from "./options";

/** The file-system calls the writer makes (node:fs/promises has them all). */
export interface OutputFileSystem {
  stat(target: string): Promise<{ isDirectory(): boolean }>;
  open(target: string, flags: string): Promise<Pick<FileHandle, "writeFile" | "close">>;
  rename(from: string, to: string): Promise<void>;
  unlink(target: string): Promise<void>;
}

/**
 * "written"; "refused": the target cannot be the output (an existing file without --force, a
 * directory, a missing directory) and nothing was built; "failed": the system refused the write.
 */
export type OutputOutcome =
  | { readonly status: "written"; readonly byteLength: number }
  | { readonly status: "refused"; readonly message: Message }
  | { readonly status: "failed"; readonly message: Message; readonly error: unknown };

export interface OutputFileRequest {
  /** An absolute path. */
  readonly target: string;
  /** Replace an existing file. */
  readonly force: boolean;
  /** Builds the bytes; called only once the file may be written. */
  readonly build: () => Promise<Uint8Array>;
}

export const errorCode = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;

const errnoError = (code: string, text: string): NodeJS.ErrnoException => Object.assign(new Error(text), { code });

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

/** The output's directory must exist and be one: checked first, for clear words. */
async function checkDirectory(fs: OutputFileSystem, target: string): Promise<Message | undefined> {
  const directory = path.dirname(target);
  try {
    if ((await fs.stat(directory)).isDirectory()) return undefined;
    return { vi: `${directory} không phải là thư mục.`, en: `${directory} is not a directory.` };
  } catch (error) {
    if (errorCode(error) !== "ENOENT") return describeWriteError(error, target);
    return {
      vi: `Thư mục ${directory} không tồn tại. Hãy tạo thư mục trước, hoặc chọn thư mục khác.`,
      en: `The directory ${directory} does not exist. Create it first, or choose another one.`,
    };
  }
}

/** Why an existing path cannot be the output: a directory (even with --force), or a file without it. */
async function existingTargetProblem(fs: OutputFileSystem, target: string, force: boolean): Promise<Message | undefined> {
  let isDirectory: boolean;
  try {
    isDirectory = (await fs.stat(target)).isDirectory();
  } catch (error) {
    return errorCode(error) === "ENOENT" ? undefined : describeWriteError(error, target);
  }
  if (isDirectory) return describeWriteError(errnoError("EISDIR", "is a directory"), target);
  return force ? undefined : describeWriteError(errnoError("EEXIST", "exists"), target);
}

type Handle = Awaited<ReturnType<OutputFileSystem["open"]>>;

/** Closes a file this writer created and removes it: nothing half-made is left behind. */
async function discard(fs: OutputFileSystem, handle: Handle, file: string): Promise<void> {
  await handle.close().catch(() => undefined);
  await fs.unlink(file).catch(() => undefined);
}

/** Writes the bytes into a file this writer created; on failure the file is removed and the error returned. */
async function fill(fs: OutputFileSystem, handle: Handle, file: string, bytes: Uint8Array): Promise<unknown> {
  try {
    await handle.writeFile(bytes);
    await handle.close();
    return undefined;
  } catch (error) {
    await discard(fs, handle, file);
    return error ?? new Error("write failed");
  }
}

const failed = (error: unknown, target: string): OutputOutcome => ({ status: "failed", message: describeWriteError(error, target), error });

/**
 * Opens `file` exclusively ("wx"), then builds the bytes and writes them into it: nothing is built
 * when the file cannot be created. A failed build or write removes the file again; the build's
 * error is rethrown, the file system's comes back as the outcome.
 */
async function createAndFill(
  fs: OutputFileSystem,
  file: string,
  build: () => Promise<Uint8Array>,
): Promise<{ readonly bytes: Uint8Array } | { readonly openError: unknown } | { readonly writeError: unknown }> {
  let handle: Handle;
  try {
    handle = await fs.open(file, "wx");
  } catch (openError) {
    return { openError };
  }
  let bytes: Uint8Array;
  try {
    bytes = await build();
  } catch (error) {
    await discard(fs, handle, file);
    throw error;
  }
  const writeError = await fill(fs, handle, file, bytes);
  return writeError === undefined ? { bytes } : { writeError };
}

/** Without --force: the exclusive create of the target itself is the guarantee. */
async function writeNew(fs: OutputFileSystem, { target, build }: OutputFileRequest): Promise<OutputOutcome> {
  const result = await createAndFill(fs, target, build);
  if ("bytes" in result) return { status: "written", byteLength: result.bytes.byteLength };
  if ("writeError" in result) return failed(result.writeError, target);
  if (errorCode(result.openError) !== "EEXIST") return failed(result.openError, target);
  // It exists, whenever it appeared: a directory gets its own words.
  return { status: "refused", message: (await existingTargetProblem(fs, target, false)) ?? describeWriteError(result.openError, target) };
}

/** With --force: a new temporary file beside the target, renamed over it once it is complete. */
async function replaceFile(fs: OutputFileSystem, { target, build }: OutputFileRequest): Promise<OutputOutcome> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  const result = await createAndFill(fs, temporary, build);
  if ("openError" in result) return failed(result.openError, target);
  if ("writeError" in result) return failed(result.writeError, target);
  try {
    await fs.rename(temporary, target);
  } catch (renameError) {
    await fs.unlink(temporary).catch(() => undefined);
    return failed(renameError, target);
  }
  return { status: "written", byteLength: result.bytes.byteLength };
}

/**
 * Writes the output file `request.target` with the bytes `request.build()` gives, never replacing
 * a file without `force` and never building before a refusal. A build that throws is rethrown
 * (nothing is left on disk); the file system's refusals come back as "refused" or "failed".
 */
export async function writeOutputFile(fs: OutputFileSystem, request: OutputFileRequest): Promise<OutputOutcome> {
  const directoryProblem = await checkDirectory(fs, request.target);
  if (directoryProblem) return { status: "refused", message: directoryProblem };
  if (!request.force) return writeNew(fs, request);
  const targetProblem = await existingTargetProblem(fs, request.target, true);
  if (targetProblem) return { status: "refused", message: targetProblem };
  return replaceFile(fs, request);
}
