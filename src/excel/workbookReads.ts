/**
 * What the Excel actions read of a workbook before they write, as plain data: a sheet's used
 * block, the workbook's names and where they point, the monthly report's period cell — and the
 * choice of a name prefix that takes over no other table's names. Queue-and-convert helpers: the
 * caller loads, syncs once, then converts.
 */
import { BUILTIN_PLAN, type Plan } from "../domain/catalog";
import { locateAppendix, type CellGridRows, type LocatedAppendix } from "../domain/check";
import { DEFAULT_NAME_PREFIX, periodName } from "../domain/layout/appendixLayout";
import { isBlank } from "../domain/ratio";
import { parseQualified, parseRect, type Rect } from "./references";

/** The load paths of every workbook name: NamedItemCollection.load(NAME_ITEMS_LOAD). */
export const NAME_ITEMS_LOAD = "items/name,items/type,items/value";

/** A sheet's used range as read (Range.formulas), with its top-left cell; null when the sheet is empty. */
export type UsedBlock = {
  readonly origin: { readonly row: number; readonly column: number };
  readonly formulas: readonly (readonly unknown[])[];
} | null;

/** The used block of a range loaded with "address,formulas" (from getUsedRangeOrNullObject), after the sync. */
export function usedBlockOf(used: Excel.Range): UsedBlock {
  if (used.isNullObject) return null;
  const rect = parseQualified(used.address)?.rect ?? parseRect(used.address);
  return { origin: rect ? { row: rect.top, column: rect.left } : { row: 1, column: 1 }, formulas: used.formulas };
}

/** The content of a sheet cell in the used block ("" when outside it or empty). */
export function contentAt(used: UsedBlock, row: number, column: number): unknown {
  if (!used) return "";
  const value = used.formulas[row - used.origin.row]?.[column - used.origin.column];
  return isBlank(value) ? "" : value;
}

/**
 * The used block as a grid from A1 (blank up to its origin), the shape the domain's readers of a
 * sheet (locateAppendix) take.
 */
export function gridFromA1(used: UsedBlock): unknown[][] {
  if (!used) return [];
  const pad = (n: number): unknown[] => Array<unknown>(Math.max(0, n)).fill("");
  return [
    ...Array.from({ length: used.origin.row - 1 }, () => []),
    ...used.formulas.map((row) => [...pad(used.origin.column - 1), ...row]),
  ];
}

/**
 * locateAppendix on a grid from A1 whose table stands `rows` rows and `columns` columns further
 * than the layout puts it (known from the table's name): the grid is read from there, so a table
 * moved further than locateAppendix looks (check.ts HEADER_SEARCH: 60 rows, 20 columns) is found
 * too, and the result is moved back to the sheet's rows and columns. Pure.
 */
export function locateMovedAppendix(grid: CellGridRows, rows: number, columns: number, plan: Plan = BUILTIN_PLAN): LocatedAppendix {
  const found = locateAppendix(
    grid.slice(Math.max(0, rows)).map((row) => row.slice(Math.max(0, columns))),
    plan,
  );
  const down = Math.max(0, rows);
  const right = Math.max(0, columns);
  if (down === 0 && right === 0) return found;
  return {
    ...found,
    offset: found.offset + down,
    columnOffset: found.columnOffset + right,
    headerTop: found.headerTop + down,
    lastRow: found.lastRow + down,
    rows: new Map([...found.rows].map(([code, row]) => [code, row + down])),
    columns: Object.fromEntries(
      Object.entries(found.columns).map(([key, column]) => [key, column + right]),
    ) as unknown as LocatedAppendix["columns"],
  };
}

/** A workbook name and the cells it refers to (null: not a range — #REF!, a constant, a formula). */
export interface NamedTarget {
  readonly name: string;
  readonly target: { readonly sheetName: string; readonly rect: Rect } | null;
}

/** The names of a collection loaded with NAME_ITEMS_LOAD, after the sync. */
export function namedTargetsOf(names: Excel.NamedItemCollection): NamedTarget[] {
  return names.items.map((item) => {
    const parsed = String(item.type) === "Range" && typeof item.value === "string" ? parseQualified(item.value) : undefined;
    return { name: item.name, target: parsed ?? null };
  });
}

/**
 * The first prefix from `requested` on ("KPI", then "KPI2", "KPI3", …; trailing digits of the
 * request replaced) that `taken` does not refuse.
 */
export function firstFreePrefix(requested: string, taken: (prefix: string) => boolean): string {
  if (!taken(requested)) return requested;
  const base = requested.replace(/\d+$/, "");
  for (let n = 2; ; n++) {
    if (!taken(`${base}${n}`)) return `${base}${n}`;
  }
}

/** The monthly report's period cell, found by its name (a null object when there is none); not loaded. */
export function periodCellRange(context: Excel.RequestContext, namePrefix = DEFAULT_NAME_PREFIX): Excel.Range {
  return context.workbook.names.getItemOrNullObject(periodName(namePrefix, "period")).getRangeOrNullObject();
}

/** What the period cell shows, from a periodCellRange loaded with "values" (after the sync). */
export function periodCellText(range: Excel.Range): string {
  return String(range.values[0]?.[0] ?? "");
}
