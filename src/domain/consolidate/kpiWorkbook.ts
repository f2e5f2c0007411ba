/**
 * Reads a workbook as the consolidation sees it: is it one of ours, which unit filled it, monthly
 * or the plain (whole-period) table, and each indicator's b and a. Figures are found through the
 * workbook's names — KPI_M_<code>_B / _A (twelve months) or KPI_<code>_B / _A (the plain table) —
 * so files made by the add-in or the CLI, by an older version (columns in another order), or with
 * rows inserted, all read right; when the names are gone, by the sheets' headers. Pure.
 */
import { INDICATORS, type IndicatorCode } from "../catalog";
import { locateAppendix, type CellGridRows } from "../check";
import { parseFilledBy, type FilledBy } from "../filledBy";
import {
  DEFAULT_NAME_PREFIX,
  MONTHLY_SHEET_NAME,
  filledByName,
  indicatorName,
  monthlyDataName,
  tableName,
  periodName,
} from "../layout/appendixLayout";
import { columnLetter } from "../layout/a1";
import { readMonthlySnapshot } from "../layout/monthlyLayout";
import { MONTHS } from "../period";
import type { CellInput } from "../ratio";
import {
  cellOf,
  nameIndex,
  resolveName,
  valuesOf,
  yearOfSheetName,
  type CellRect,
  type SheetValues,
  type WorkbookValues,
} from "./workbookValues";

/** Monthly reporting (twelve months per indicator) or the plain table (one b and a for the period). */
export type WorkbookMode = "monthly" | "yearly";

export type Part = "numerator" | "denominator";
export const PARTS: readonly Part[] = ["numerator", "denominator"];

/** One indicator's b and a: twelve months (monthly), or one cell (the plain table). */
export interface FigureRows {
  readonly numerator: readonly CellInput[];
  readonly denominator: readonly CellInput[];
}

export type Figures = Readonly<Partial<Record<IndicatorCode, FigureRows>>>;

/** Where one indicator's b or a stands in its workbook: "Số liệu theo tháng!D8:O8". */
export type FigureAddresses = Readonly<Partial<Record<IndicatorCode, Readonly<Record<Part, string>>>>>;

export interface KpiWorkbook {
  readonly kind: "kpi";
  readonly fileName: string;
  readonly lastModified?: string;
  readonly mode: WorkbookMode;
  readonly filledBy: FilledBy;
  readonly figures: Figures;
  readonly addresses: FigureAddresses;
  /** "names": every figure through its name; "headers": some found by the sheets' headers. */
  readonly foundBy: "names" | "headers";
  /** The plan year, from the appendix's sheet name ("Phụ lục 2024"), when it says. */
  readonly year?: number;
  /** The prefix of the names read ("KPI"). */
  readonly namePrefix: string;
}

export type ReadWorkbook =
  | KpiWorkbook
  /** A readable workbook without our table or monthly data. */
  | { readonly kind: "notOurs"; readonly fileName: string; readonly lastModified?: string }
  /** Not an .xlsx the reader could open (corrupt, another format, protected by a password). */
  | { readonly kind: "unreadable"; readonly fileName: string; readonly lastModified?: string; readonly detail: string };

/** The slots of a mode: twelve months, or the one cell of the plain table. */
export function slotCount(mode: WorkbookMode): number {
  return mode === "monthly" ? MONTHS.length : 1;
}

/** The prefixes whose table names the workbook has, "KPI" first. */
function prefixesOf(workbook: WorkbookValues): string[] {
  const prefixes = new Set<string>();
  for (const { name } of workbook.names) {
    const match = /^(.+?)(?:_M)?_TABLE$/i.exec(name);
    if (match) prefixes.add(match[1].toUpperCase());
  }
  const list = [...prefixes];
  return [DEFAULT_NAME_PREFIX, ...list.filter((p) => p !== DEFAULT_NAME_PREFIX)];
}

const qualified = (sheet: SheetValues, rect: CellRect): string => {
  const a = `${columnLetter(rect.left)}${rect.top}`;
  const b = `${columnLetter(rect.right)}${rect.bottom}`;
  return `${sheet.name}!${a === b ? a : `${a}:${b}`}`;
};


/** One indicator's twelve months through its names; undefined unless both are 1 × 12 ranges. */
function monthlyByNames(workbook: WorkbookValues, index: ReadonlyMap<string, string>, prefix: string, code: IndicatorCode) {
  const b = resolveName(workbook, index, monthlyDataName(prefix, code, "numerator"));
  const a = resolveName(workbook, index, monthlyDataName(prefix, code, "denominator"));
  const twelve = (r: typeof b): boolean => r !== undefined && r.rect.top === r.rect.bottom && r.rect.right - r.rect.left + 1 === MONTHS.length;
  if (!twelve(b) || !twelve(a)) return undefined;
  return {
    rows: { numerator: valuesOf(b!.sheet, b!.rect)[0], denominator: valuesOf(a!.sheet, a!.rect)[0] },
    addresses: { numerator: qualified(b!.sheet, b!.rect), denominator: qualified(a!.sheet, a!.rect) },
  };
}

/** One indicator's b and a cells of the plain table through their names. */
function yearlyByNames(workbook: WorkbookValues, index: ReadonlyMap<string, string>, prefix: string, code: IndicatorCode) {
  const b = resolveName(workbook, index, indicatorName(prefix, code, "numerator"));
  const a = resolveName(workbook, index, indicatorName(prefix, code, "denominator"));
  const single = (r: typeof b): boolean => r !== undefined && r.rect.top === r.rect.bottom && r.rect.left === r.rect.right;
  if (!single(b) || !single(a)) return undefined;
  return {
    rows: { numerator: [cellOf(b!.sheet.values, b!.rect.top, b!.rect.left)], denominator: [cellOf(a!.sheet.values, a!.rect.top, a!.rect.left)] },
    addresses: { numerator: qualified(b!.sheet, b!.rect), denominator: qualified(a!.sheet, a!.rect) },
  };
}

type Found = { readonly rows: FigureRows; readonly addresses: Readonly<Record<Part, string>> };

/** The monthly data sheet: where the monthly names point, else the sheet of the default name. */
function monthlySheet(workbook: WorkbookValues, index: ReadonlyMap<string, string>, prefix: string): SheetValues | undefined {
  const table = resolveName(workbook, index, periodName(prefix, "monthlyTable"));
  if (table) return table.sheet;
  return workbook.sheets.find((s) => s.name.toLocaleLowerCase() === MONTHLY_SHEET_NAME.toLocaleLowerCase());
}

/** Monthly figures by the codes in column A of the monthly sheet (names gone). */
function monthlyByHeaders(sheet: SheetValues): Map<IndicatorCode, FigureRows> {
  const snapshot = readMonthlySnapshot(sheet.values);
  return new Map(Object.entries(snapshot) as [IndicatorCode, FigureRows][]);
}

/** The plain table found by its headers on any sheet (names gone). */
function yearlyByHeaders(workbook: WorkbookValues): { sheet: SheetValues; found: Map<IndicatorCode, Found> } | undefined {
  for (const sheet of workbook.sheets) {
    const grid: CellGridRows = sheet.formulas ?? sheet.values;
    const located = locateAppendix(grid);
    if (located.rows.size === 0 || located.mode !== "plain") continue;
    const found = new Map<IndicatorCode, Found>();
    for (const [code, row] of located.rows) {
      const b = located.columns.numerator;
      const a = located.columns.denominator;
      found.set(code, {
        rows: { numerator: [cellOf(sheet.values, row, b)], denominator: [cellOf(sheet.values, row, a)] },
        addresses: {
          numerator: qualified(sheet, { top: row, left: b, bottom: row, right: b }),
          denominator: qualified(sheet, { top: row, left: a, bottom: row, right: a }),
        },
      });
    }
    return { sheet, found };
  }
  return undefined;
}

/** The appendix's sheet, for the year: where the table's name points, else the first sheet named "… yyyy". */
function yearOf(workbook: WorkbookValues, index: ReadonlyMap<string, string>, prefix: string): number | undefined {
  const table = resolveName(workbook, index, tableName(prefix));
  const names = table ? [table.sheet.name] : workbook.sheets.map((s) => s.name);
  for (const name of names) {
    const year = yearOfSheetName(name);
    if (year !== undefined) return year;
  }
  return undefined;
}

/**
 * What a workbook holds for the consolidation: monthly reporting when its monthly names (or the
 * monthly sheet) are there, else the plain table; "notOurs" when neither is found.
 */
export function readKpiWorkbook(workbook: WorkbookValues): ReadWorkbook {
  const index = nameIndex(workbook);
  const base = { fileName: workbook.fileName, ...(workbook.lastModified ? { lastModified: workbook.lastModified } : {}) };
  for (const prefix of prefixesOf(workbook)) {
    const filledByCell = resolveName(workbook, index, filledByName(prefix));
    const filledBy = filledByCell ? parseFilledBy(cellOf(filledByCell.sheet.values, filledByCell.rect.top, filledByCell.rect.left)) : { kind: "unmarked" as const };
    const common = { ...base, kind: "kpi" as const, filledBy, namePrefix: prefix };
    const year = yearOf(workbook, index, prefix);
    const withYear = year !== undefined ? { year } : {};

    // Monthly reporting: the twelve months of each indicator.
    const monthly = new Map<IndicatorCode, Found>();
    for (const { code } of INDICATORS) {
      const found = monthlyByNames(workbook, index, prefix, code);
      if (found) monthly.set(code, found);
    }
    const dataSheet = monthlySheet(workbook, index, prefix);
    const byHeaders = monthly.size < INDICATORS.length && dataSheet ? monthlyByHeaders(dataSheet) : new Map<IndicatorCode, FigureRows>();
    if (monthly.size > 0 || byHeaders.size > 0) {
      const figures: Partial<Record<IndicatorCode, FigureRows>> = {};
      const addresses: Partial<Record<IndicatorCode, Record<Part, string>>> = {};
      let headers = false;
      for (const { code } of INDICATORS) {
        const named = monthly.get(code);
        if (named) {
          figures[code] = named.rows;
          addresses[code] = named.addresses;
        } else if (byHeaders.has(code)) {
          figures[code] = byHeaders.get(code)!;
          headers = true;
        }
      }
      return { ...common, ...withYear, mode: "monthly", figures, addresses, foundBy: headers ? "headers" : "names" };
    }

    // The plain table: one b and a per indicator.
    const yearly = new Map<IndicatorCode, Found>();
    for (const { code } of INDICATORS) {
      const found = yearlyByNames(workbook, index, prefix, code);
      if (found) yearly.set(code, found);
    }
    const located = yearly.size < INDICATORS.length ? yearlyByHeaders(workbook) : undefined;
    if (yearly.size > 0 || (located && located.found.size > 0)) {
      const figures: Partial<Record<IndicatorCode, FigureRows>> = {};
      const addresses: Partial<Record<IndicatorCode, Record<Part, string>>> = {};
      let headers = false;
      for (const { code } of INDICATORS) {
        const found = yearly.get(code) ?? located?.found.get(code);
        if (!found) continue;
        if (!yearly.has(code)) headers = true;
        figures[code] = found.rows;
        addresses[code] = found.addresses;
      }
      const fallbackYear = year ?? (located ? yearOfSheetName(located.sheet.name) : undefined);
      return {
        ...common,
        ...(fallbackYear !== undefined ? { year: fallbackYear } : {}),
        mode: "yearly",
        figures,
        addresses,
        foundBy: headers ? "headers" : "names",
      };
    }
  }
  return { ...base, kind: "notOurs" };
}
