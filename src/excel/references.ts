/**
 * A1 references as the Office.js back end needs them: rectangles, sheet-qualified references
 * ("'Phụ lục 2024'!$G$8", the form Excel gives a defined name's value), and moving every cell
 * reference of a formula (to render the layout where the table now stands). Pure functions.
 */
import { absoluteAddress, cellAddress, columnLetter, columnNumber, quoteSheetName } from "../domain/layout/a1";

/** Excel's grid size. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

/**
 * Parses "G8", "$A$5:$L$22", "5:6" (whole rows) or "A:C" (whole columns), without a sheet name.
 * Returns undefined when the text is not such an address.
 */
export function parseRect(address: string): Rect | undefined {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return undefined;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.every((m) => m)) {
    const [a, b] = [cells[0]!, cells[cells.length - 1]!];
    const r1 = Number(a[2]);
    const r2 = Number(b[2]);
    const c1 = columnNumber(a[1]);
    const c2 = columnNumber(b[1]);
    return normalize({ top: r1, left: c1, bottom: r2, right: c2 });
  }
  if (parts.length === 2 && parts.every((p) => ROW.test(p))) {
    const [r1, r2] = parts.map((p) => Number(ROW.exec(p)![1]));
    return normalize({ top: r1, left: 1, bottom: r2, right: MAX_COLUMNS });
  }
  if (parts.length === 2 && parts.every((p) => COLUMN.test(p))) {
    const [c1, c2] = parts.map((p) => columnNumber(COLUMN.exec(p)![1]));
    return normalize({ top: 1, left: c1, bottom: MAX_ROWS, right: c2 });
  }
  return undefined;
}

function normalize(rect: Rect): Rect | undefined {
  const r = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLUMNS) return undefined;
  return r;
}

/** "G8" or "A5:L22" (relative), or "$G$8" / "$A$5:$L$22" (absolute). */
export function rectAddress(rect: Rect, absolute = false): string {
  const at = absolute ? absoluteAddress : cellAddress;
  const start = at(rect.top, rect.left);
  const end = at(rect.bottom, rect.right);
  return start === end ? start : `${start}:${end}`;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

/** A sheet name as Excel writes it in a reference: bare when it can be, quoted otherwise. */
function sheetReferenceName(sheetName: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  return bare ? sheetName : quoteSheetName(sheetName);
}

/** "'Phụ lục 2024'!$G$8". */
export function qualifiedAddress(sheetName: string, address: string): string {
  return `${sheetReferenceName(sheetName)}!${address}`;
}

/**
 * Splits a sheet-qualified reference ("='Phụ lục 2024'!$G$8", "Sheet1!A1:B2") into the sheet name
 * and the rectangle. Returns undefined for anything else (#REF!, a constant, a formula).
 */
export function parseQualified(reference: string): { sheetName: string; rect: Rect } | undefined {
  const text = reference.trim().replace(/^=/, "");
  const match = /^(?:'((?:[^']|'')+)'|([^'!:\s]+))!([$A-Za-z0-9:]+)$/.exec(text);
  if (!match) return undefined;
  const sheetName = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  const rect = parseRect(match[3]);
  return rect ? { sheetName, rect } : undefined;
}

/** One cell reference found in a formula; absolute parts carry a "$". */
export interface FormulaReference {
  readonly row: number;
  readonly column: number;
  readonly rowAbsolute: boolean;
  readonly columnAbsolute: boolean;
}

/**
 * Rewrites every A1 cell reference of a formula (outside string literals) through `map`; `map`
 * returns the new row and column, or undefined for a reference that no longer exists (#REF!).
 * Names such as KPI_I_1_B, function names and numbers are left alone.
 */
export function mapFormulaReferences(
  formula: string,
  map: (reference: FormulaReference) => { row: number; column: number } | undefined,
): string {
  const reference = /(^|[^A-Za-z0-9_.$"'])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(.])/g;
  // Split into string literals (kept as they are) and code (references rewritten).
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part.replace(reference, (whole, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
        const found: FormulaReference = {
          row: Number(digits),
          column: columnNumber(letters),
          rowAbsolute: rowAbs === "$",
          columnAbsolute: colAbs === "$",
        };
        if (found.column > MAX_COLUMNS || found.row > MAX_ROWS || found.row < 1) return whole;
        const moved = map(found);
        if (!moved) return `${before}#REF!`;
        return `${before}${colAbs}${columnLetter(moved.column)}${rowAbs}${moved.row}`;
      });
    })
    .join("");
}

/** Moves every reference of a formula by whole rows and columns, as moving the block would. */
export function offsetFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapFormulaReferences(formula, (r) => ({ row: r.row + rows, column: r.column + columns }));
}

/** Moves an address ("G8", "$A$5:$L$22", "$5:$6") by whole rows and columns. */
export function offsetAddress(address: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return address;
  const rowRange = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rowRange) return `$${Number(rowRange[1]) + rows}:$${Number(rowRange[2]) + rows}`;
  return address
    .split(":")
    .map((part) => offsetFormula(part, rows, columns))
    .join(":");
}
