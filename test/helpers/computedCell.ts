/** What a spreadsheet program computed into a cell of a file it saved, as exceljs reads it back. */
import type { Cell } from "exceljs";

/** exceljs reads a cached 0 and a cached "" alike: as no result. */
export const ZERO_OR_EMPTY = Symbol("0 or empty");

/** What LibreOffice computed: a number, text, boolean, an error's text, or ZERO_OR_EMPTY. */
export function computed(cell: Cell): unknown {
  const value = cell.value as unknown;
  if (value !== null && typeof value === "object" && "formula" in (value as object)) {
    const result = (value as { result?: unknown }).result;
    if (result !== null && typeof result === "object" && "error" in (result as object)) return (result as { error: string }).error;
    return result === undefined || result === "" || result === 0 ? ZERO_OR_EMPTY : result;
  }
  return value ?? "";
}
