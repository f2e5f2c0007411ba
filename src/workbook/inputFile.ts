/**
 * Reading a command's input file, for every CLI that reads one (`npm run check`, `consolidate`,
 * `plan`, and `--plan`): why a file could not be read, in words a user can act on (Vietnamese,
 * then English). Node-only in spirit (error codes of node:fs), but pure: it only words an error.
 */
import type { Message } from "./options";
import { errorCode } from "./outputFile";

/** What the file should have been, for the directory case: "tệp .xlsx" / "an .xlsx file". */
export interface ExpectedFile {
  readonly vi: string;
  readonly en: string;
}

export const XLSX_FILE: ExpectedFile = { vi: "tệp .xlsx", en: "an .xlsx file" };
export const JSON_FILE: ExpectedFile = { vi: "tệp .json", en: "a .json file" };

/** Why an input file could not be read from disk. */
export function describeReadError(error: unknown, file: string, expected: ExpectedFile = XLSX_FILE): Message {
  switch (errorCode(error)) {
    case "ENOENT":
      return { vi: `Không tìm thấy tệp ${file}.`, en: `${file} does not exist (ENOENT).` };
    case "EISDIR":
      return { vi: `${file} là một thư mục, không phải ${expected.vi}.`, en: `${file} is a directory, not ${expected.en}.` };
    case "EACCES":
    case "EPERM":
      return { vi: `Không có quyền đọc tệp ${file}.`, en: `Permission denied reading ${file}.` };
    default:
      return { vi: `Không đọc được tệp ${file}: ${String(error)}`, en: `Could not read ${file}: ${String(error)}` };
  }
}
