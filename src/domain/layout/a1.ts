/** A1-notation helpers. Rows and columns are 1-based, as Excel numbers them. */

export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AB" → 28 (case-insensitive). */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  const end = cellAddress(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** "$G$12" — an absolute reference, for names. */
export function absoluteAddress(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** "$A$5:$L$22" — an absolute range, always with both corners (names, print areas). */
export function absoluteRange(top: number, left: number, bottom: number, right: number): string {
  return `${absoluteAddress(top, left)}:${absoluteAddress(bottom, right)}`;
}

/** "G4" → "$G$4", "A5:L22" → "$A$5:$L$22" (corners already absolute stay so). */
export function toAbsolute(address: string): string {
  return address
    .split(":")
    .map((cell) => cell.replace(/^\$?([A-Z]+)\$?(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/** A sheet name as a formula reference needs it: quoted, with inner quotes doubled. */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** Parses "G12" into 1-based row and column (no sheet, no $). */
export function parseCell(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}
