/**
 * An .xlsx saved by a spreadsheet program (LibreOffice here, so every formula has its computed
 * result) read back with exceljs into the check's AppendixSnapshot: values as the sheet shows
 * them (dates as serial numbers, as Excel's values are), formulas as "=…", the workbook's names.
 */
import type { Cell, Workbook } from "exceljs";
import { snapshotAddress, type AppendixSnapshot, type CellGridRows } from "../../../src/domain/check";
import { parseCell } from "../../../src/domain/layout/a1";
import { excelDateSerial } from "../../../src/domain/layout/documentFrame";
import type { CellInput } from "../../../src/domain/ratio";

function shownValue(value: unknown): CellInput {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    return excelDateSerial({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() });
  }
  if (typeof value === "object") {
    if ("error" in value) return String((value as { error: unknown }).error);
    if ("richText" in value) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
    return "";
  }
  return value as CellInput;
}

function cellContents(cell: Cell): { value: CellInput; formula: CellInput } {
  // exceljs shows a merged range's value in each of its cells; Excel only in the first.
  if (cell.isMerged && cell.master.address !== cell.address) return { value: "", formula: "" };
  const formula = cell.formula;
  if (formula) return { value: shownValue(cell.result), formula: `=${formula}` };
  const value = shownValue(cell.value);
  return { value, formula: value };
}

export function snapshotFromWorkbook(book: Workbook, sheetName: string): AppendixSnapshot {
  const sheet = book.getWorksheet(sheetName);
  const names = (book.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model
    .filter((n) => n.ranges.length === 1)
    .map((n) => ({ name: n.name, reference: n.ranges[0] }));
  if (!sheet) return { sheetName, sheetExists: false, values: [], formulas: [], names };
  const end = parseCell(snapshotAddress().split(":")[1]);
  const values: CellInput[][] = [];
  const formulas: CellInput[][] = [];
  for (let row = 1; row <= end.row; row++) {
    const v: CellInput[] = [];
    const f: CellInput[] = [];
    for (let column = 1; column <= end.column; column++) {
      const { value, formula } = cellContents(sheet.getCell(row, column));
      v.push(value);
      f.push(formula);
    }
    values.push(v);
    formulas.push(f);
  }
  return { sheetName, sheetExists: true, values: values as CellGridRows, formulas: formulas as CellGridRows, names };
}
