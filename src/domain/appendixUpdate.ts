/**
 * What an update in place of an appendix made by an older version needs besides carrying the
 * figures: the sheet's own region (the titles, the table and the legend as they stand), so that
 * the update may write over it, and the cells of that region the new layout leaves empty, which
 * must be cleared — a sheet made before the document frame existed had its header where the frame
 * now stands, and nothing of it may stay behind. Pure; used by the plain insert
 * (src/excel/insertAppendix.ts) and the monthly one (src/excel/monthly.ts).
 */
import { PLAN } from "./catalog";
import { FILLED_BY_CHOICES } from "./filledBy";
import { gridCell, type CellGridRows, type LocatedAppendix } from "./check";
import { cellAddress } from "./layout/a1";
import {
  COLUMNS,
  LEGEND_ENTRIES,
  LEGEND_TITLE,
  MONTHLY_COLUMNS,
  ROWS,
  appendixRows,
  buildAppendixLayout,
} from "./layout/appendixLayout";
import type { SheetLayout } from "./layout/model";
import { isBlank } from "./ratio";

/**
 * Rows above the table's header that belong to the appendix on a sheet made before the document
 * frame: PHỤ LỤC, the title, the subtitle and the (monthly) period row.
 */
export const LEGACY_ROWS_ABOVE_HEADER = 4;

/** A rectangle of sheet cells, 1-based and inclusive. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The appendix as it stands on the sheet: the rows of its titles above the header, the table to
 * its last row, from STT to Ghi chú. Every cell there is the appendix's own (staff's figures and
 * notes in it are carried over by the update).
 */
export function foundRegion(located: LocatedAppendix): CellRect {
  return {
    top: Math.max(1, located.headerTop - LEGACY_ROWS_ABOVE_HEADER),
    left: located.columns.stt,
    bottom: located.lastRow,
    right: located.columns.note,
  };
}

/** The old legend's cells: its texts in the column after the gap, from the header down. */
function legendCells(grid: CellGridRows, located: LocatedAppendix): { row: number; column: number }[] {
  const texts = new Set<unknown>([LEGEND_TITLE, ...LEGEND_ENTRIES.map((e) => e.text)]);
  const column = located.columns.note + 2;
  const cells: { row: number; column: number }[] = [];
  for (let row = located.headerTop; row <= located.headerTop + LEGEND_ENTRIES.length; row++) {
    if (texts.has(gridCell(grid, row, column))) cells.push({ row, column });
  }
  return cells;
}

/**
 * The layout addresses (before the offset) of the found appendix's cells that hold something and
 * that the layout leaves empty there: what an update that moves the table must clear. Cells
 * outside the layout's block are never touched.
 */
export function staleCells(
  grid: CellGridRows,
  located: LocatedAppendix,
  layout: SheetLayout,
  offset: { readonly rows: number; readonly columns: number },
): string[] {
  const region = foundRegion(located);
  const candidates: { row: number; column: number }[] = [...legendCells(grid, located)];
  for (let row = region.top; row <= region.bottom; row++) {
    for (let column = region.left; column <= region.right; column++) candidates.push({ row, column });
  }
  const stale: string[] = [];
  for (const { row, column } of candidates) {
    const layoutRow = row - offset.rows;
    const layoutColumn = column - offset.columns;
    if (layoutRow < 1 || layoutColumn < 1 || layoutRow > layout.cells.length) continue;
    const content = layout.cells[layoutRow - 1]?.[layoutColumn - 1];
    if (content === undefined || content !== null) continue;
    if (!isBlank(gridCell(grid, row, column))) stale.push(cellAddress(layoutRow, layoutColumn));
  }
  return stale;
}

/** True when the sheet cell (row, column) lies in the rectangle. */
export function inRect(rect: CellRect | undefined, row: number, column: number): boolean {
  return rect !== undefined && row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

let planContents: ReadonlySet<unknown> | undefined;

/**
 * Every text the appendix writes, in either mode and formula kind (with the plan's year and unit),
 * and every choice of the "Đơn vị nhập số liệu" cell.
 */
function appendixTexts(): ReadonlySet<unknown> {
  if (!planContents) {
    const texts = new Set<unknown>(FILLED_BY_CHOICES);
    for (const formulas of ["kpi", "native"] as const) {
      for (const monthly of [undefined, { period: { kind: "year" } } as const]) {
        for (const row of buildAppendixLayout({ year: PLAN.year, unitName: PLAN.unitName, formulas, monthly }).cells) {
          for (const value of row) if (typeof value === "string") texts.add(value);
        }
      }
    }
    planContents = texts;
  }
  return planContents;
}

/** Cells of the layout whose content may be replaced whatever they hold now (titles, results…). */
function refreshableCells(): Set<string> {
  const cells = new Set<string>([
    `${ROWS.label}:1`,
    `${ROWS.title}:1`,
    `${ROWS.subtitle}:1`,
    `${ROWS.headerTop}:${COLUMNS.unit}`,
  ]);
  for (const row of appendixRows().indicators.values()) {
    for (const column of [COLUMNS.target, COLUMNS.result, COLUMNS.verdict, MONTHLY_COLUMNS.ytdResult, MONTHLY_COLUMNS.ytdVerdict]) {
      cells.add(`${row}:${column}`);
    }
  }
  return cells;
}

/**
 * Cells an update would overwrite that do not look like the appendix's own: not empty, not the
 * same content, not a text the appendix writes, not a title/target/result cell, not a formula
 * replaced by a formula, not in the found appendix's own region (`own`, when the table moves),
 * not a cell whose figure or note the update carries to its new place (`carried`: "row:column"
 * of the sheet). Sheet addresses, in the layout's order.
 */
export function overwrittenCells(
  layout: SheetLayout,
  contentAt: (row: number, column: number) => unknown,
  offset: { readonly rows: number; readonly columns: number },
  carried: ReadonlySet<string>,
  own?: CellRect,
): string[] {
  const ownContents = new Set<unknown>(appendixTexts());
  for (const row of layout.cells) for (const value of row) if (typeof value === "string") ownContents.add(value);
  const refreshable = refreshableCells();
  const conflicts: string[] = [];
  layout.cells.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content === null) return;
      const sheetRow = r + 1 + offset.rows;
      const sheetColumn = c + 1 + offset.columns;
      const existing = contentAt(sheetRow, sheetColumn);
      if (isBlank(existing) || existing === content || ownContents.has(existing) || carried.has(`${sheetRow}:${sheetColumn}`)) return;
      if (inRect(own, sheetRow, sheetColumn)) return;
      if (refreshable.has(`${r + 1}:${c + 1}`)) return;
      if (typeof content === "string" && content.startsWith("=") && typeof existing === "string" && existing.startsWith("=")) return;
      conflicts.push(cellAddress(sheetRow, sheetColumn));
    }),
  );
  return conflicts;
}
