/**
 * Reads an .xlsx with exceljs into the domain's WorkbookValues: every sheet's values (a formula's
 * cached result, when the file has one) and formulas from A1, and the workbook's names. Browser-
 * safe (no node:fs): the CLI passes a file's bytes, the pane a chosen File's ArrayBuffer, read on
 * the user's machine — nothing is uploaded. Cells a merge covers (all but its top-left) read as
 * blank, as Excel reports them.
 */
import { ValueType, Workbook, type Cell, type Worksheet } from "exceljs";
import type { CellInput } from "../domain/ratio";
import type { SheetValues, WorkbookValues } from "../domain/consolidate/workbookValues";
import { readKpiWorkbook, type ReadWorkbook } from "../domain/consolidate/kpiWorkbook";

/** A file as the readers get it: its name, its bytes, and its last-modified time when known. */
export interface FileBytes {
  readonly name: string;
  readonly bytes: ArrayBuffer | Uint8Array;
  /** ISO 8601. */
  readonly lastModified?: string;
}

/** What a cell of a formula's result or a constant holds, as the domain takes it. */
function plain(value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const object = value as { error?: unknown; richText?: { text: string }[]; text?: unknown };
    if (typeof object.error === "string") return object.error;
    if (Array.isArray(object.richText)) return object.richText.map((run) => run.text).join("");
    if (typeof object.text === "string") return object.text;
  }
  return null;
}

/** A cell's shown value and its formula ("=…", or the constant itself). */
function readCell(cell: Cell): { value: CellInput; formula: CellInput } {
  if (cell.type === ValueType.Merge) return { value: null, formula: null };
  const formula = cell.formula;
  if (typeof formula === "string" && formula !== "") {
    return { value: plain(cell.result), formula: `=${formula}` };
  }
  const value = plain(cell.value);
  return { value, formula: value };
}

function readSheet(sheet: Worksheet): SheetValues {
  const values: CellInput[][] = [];
  const formulas: CellInput[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const read = readCell(cell);
      if (read.value === null && read.formula === null) return;
      (values[rowNumber - 1] ??= [])[columnNumber - 1] = read.value;
      (formulas[rowNumber - 1] ??= [])[columnNumber - 1] = read.formula;
    });
  });
  // Rows without any cell read as empty arrays (cells outside a row read as blank).
  for (let i = 0; i < values.length; i++) {
    values[i] ??= [];
    formulas[i] ??= [];
  }
  return { name: sheet.name, values, formulas };
}

interface DefinedNameModel {
  readonly name: string;
  readonly ranges: readonly string[];
}

/** The workbook's names: each with its first range, as "'Sheet'!$A$1:$B$2". */
function namesOf(workbook: Workbook): { name: string; reference: string }[] {
  const model = (workbook.definedNames as unknown as { model: readonly DefinedNameModel[] }).model ?? [];
  return model.filter((n) => n.ranges.length > 0).map((n) => ({ name: n.name, reference: n.ranges[0] }));
}

/** The workbook's values, or throws what exceljs throws for a file it cannot open. */
export async function readWorkbookValues(file: FileBytes): Promise<WorkbookValues> {
  const workbook = new Workbook();
  const bytes = file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(file.bytes);
  // exceljs's load takes a Buffer in Node and an ArrayBuffer-like in the browser alike.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    fileName: file.name,
    ...(file.lastModified ? { lastModified: file.lastModified } : {}),
    names: namesOf(workbook),
    sheets: workbook.worksheets.map(readSheet),
  };
}

/** Why a file could not be read, in one line (exceljs's own words, shortened). */
function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 200);
}

/** A file as the consolidation sees it: one of ours (with its figures), not ours, or unreadable. */
export async function readUnitFile(file: FileBytes): Promise<ReadWorkbook> {
  const base = { fileName: file.name, ...(file.lastModified ? { lastModified: file.lastModified } : {}) };
  let values: WorkbookValues;
  try {
    values = await readWorkbookValues(file);
  } catch (error) {
    return { ...base, kind: "unreadable", detail: detailOf(error) };
  }
  return readKpiWorkbook(values);
}
