/**
 * A workbook as read, from either back end (exceljs in the CLI and the pane, Office.js for the
 * workbook open in Excel): its names, and each sheet's cells from A1. The consolidation and the
 * file check take this; they find their cells through the workbook's names, so rows or columns
 * inserted by a user, or moved by a newer layout, are read right. Pure.
 */
import type { CellGridRows, NamedReference } from "../check";
import { parseReference } from "../check";
import { parseCell } from "../layout/a1";
import type { CellInput } from "../ratio";

export interface SheetValues {
  readonly name: string;
  /** Values as shown, from A1: a formula cell holds its cached result (null when none is cached). */
  readonly values: CellGridRows;
  /** The same cells with formulas as "=…" text and constants as themselves; absent when not read. */
  readonly formulas?: CellGridRows;
}

export interface WorkbookValues {
  readonly fileName: string;
  /** The file's last-modified time, ISO 8601, when known. */
  readonly lastModified?: string;
  /** Every workbook-scoped name and what it refers to ("'Phụ lục 2024'!$H$8"). */
  readonly names: readonly NamedReference[];
  /** The sheets, in workbook order (a back end may read only the sheets it needs). */
  readonly sheets: readonly SheetValues[];
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "D8:O8" or "H8" (no $) → its rectangle; undefined for anything else. */
export function parseRange(address: string): CellRect | undefined {
  const [first, last = first] = address.replace(/\$/g, "").split(":");
  try {
    const a = parseCell(first);
    const b = parseCell(last);
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    };
  } catch {
    return undefined;
  }
}

export function findSheet(workbook: WorkbookValues, name: string): SheetValues | undefined {
  const wanted = name.toLocaleLowerCase();
  return workbook.sheets.find((sheet) => sheet.name.toLocaleLowerCase() === wanted);
}

/** The names of the workbook, upper-cased, to what they refer to. */
export function nameIndex(workbook: WorkbookValues): ReadonlyMap<string, string> {
  return new Map(workbook.names.map((n) => [n.name.toUpperCase(), n.reference]));
}

/** Where a name points: its sheet (when that sheet was read) and rectangle; undefined when broken or absent. */
export interface ResolvedName {
  readonly sheet: SheetValues;
  readonly rect: CellRect;
}

export function resolveName(workbook: WorkbookValues, index: ReadonlyMap<string, string>, name: string): ResolvedName | undefined {
  const reference = index.get(name.toUpperCase());
  if (reference === undefined) return undefined;
  const parsed = parseReference(reference);
  const rect = parsed ? parseRange(parsed.address) : undefined;
  const sheet = parsed ? findSheet(workbook, parsed.sheet) : undefined;
  return sheet && rect ? { sheet, rect } : undefined;
}

/** A cell of a grid read from A1 (null outside it, and for "" and undefined). */
export function cellOf(grid: CellGridRows, row: number, column: number): CellInput {
  const value = grid[row - 1]?.[column - 1];
  return value === undefined || value === "" ? null : value;
}

/** The values of a rectangle, row by row. */
export function valuesOf(sheet: SheetValues, rect: CellRect): CellInput[][] {
  const rows: CellInput[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const cells: CellInput[] = [];
    for (let column = rect.left; column <= rect.right; column++) cells.push(cellOf(sheet.values, row, column));
    rows.push(cells);
  }
  return rows;
}

/** The year in a sheet name such as "Phụ lục 2024", or undefined. */
export function yearOfSheetName(name: string): number | undefined {
  const match = /(\d{4})(?:\s*\(\d+\))?\s*$/.exec(name);
  return match ? Number(match[1]) : undefined;
}
