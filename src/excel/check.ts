/**
 * The pre-submission check in Excel: one sync reads the appendix (values and formulas of the
 * table's block) and every workbook name — and, for monthly reporting, the period cell and the
 * monthly data sheet's block in the same batch — then the pure checks (src/domain/check.ts,
 * checkMonthlyData in src/domain/layout/monthlyLayout.ts) list the problems. Clicking a finding
 * selects its cell: one more sync.
 */
import {
  snapshotAddress,
  type AppendixSnapshot,
  type CellGridRows,
  type CheckOptions,
  type CheckReport,
} from "../domain/check";
import { MONTHLY_SHEET_NAME } from "../domain/layout/appendixLayout";
import { checkWithMonthlyData } from "../domain/checkFile";
import { monthlySnapshotAddress, readMonthlySnapshot } from "../domain/layout/monthlyLayout";
import { parsePeriod } from "../domain/period";
import { NAME_ITEMS_LOAD, periodCellRange, periodCellText } from "./workbookReads";

/** What the check reads of monthly reporting besides the appendix, as plain data. */
export interface MonthlyCheckSnapshot {
  /** The period cell's content, found by its name; undefined when the name or its cell is missing. */
  readonly periodText?: string;
  readonly dataSheetName: string;
  readonly dataSheetExists: boolean;
  /** The data sheet's values over monthlySnapshotAddress() ([] when the sheet is missing). */
  readonly values: CellGridRows;
}

export interface SheetCheckOptions extends CheckOptions {
  /** The monthly data sheet of monthly reporting (default MONTHLY_SHEET_NAME). */
  readonly dataSheetName?: string;
}

/** The proxies the appendix snapshot is read from, loaded in the caller's next sync. */
export interface AppendixReads {
  readonly sheetName: string;
  readonly sheet: Excel.Worksheet;
  readonly block: Excel.Range;
  readonly names: Excel.NamedItemCollection;
}

/** Queues the reads of the appendix snapshot (no sync). */
export function queueAppendixReads(context: Excel.RequestContext, sheetName: string): AppendixReads {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  const block = sheet.getRange(snapshotAddress()).load("values,formulas");
  const names = context.workbook.names.load(NAME_ITEMS_LOAD);
  return { sheetName, sheet, block, names };
}

/** The appendix snapshot from the reads, after the sync. */
export function appendixSnapshotOf({ sheetName, sheet, block, names }: AppendixReads): AppendixSnapshot {
  const namedReferences = names.items.map((item) => ({
    name: item.name,
    // A range name's value is its reference ("'Phụ lục 2024'!$G$8"); a broken one is "#REF!".
    reference: typeof item.value === "string" ? item.value : String(item.value),
  }));
  if (sheet.isNullObject) return { sheetName, sheetExists: false, values: [], formulas: [], names: namedReferences };
  return {
    sheetName: sheet.name,
    sheetExists: true,
    values: block.values as CellGridRows,
    formulas: block.formulas as CellGridRows,
    names: namedReferences,
  };
}

/** The proxies of the period cell and the monthly data sheet's block. */
export interface MonthlyReads {
  readonly dataSheetName: string;
  readonly period: Excel.Range;
  readonly sheet: Excel.Worksheet;
  readonly block: Excel.Range;
}

/** Queues the reads of the period cell (by its name) and the monthly data sheet's block (no sync). */
export function queueMonthlyReads(
  context: Excel.RequestContext,
  options: { readonly namePrefix?: string; readonly dataSheetName?: string },
): MonthlyReads {
  const dataSheetName = options.dataSheetName ?? MONTHLY_SHEET_NAME;
  const period = periodCellRange(context, options.namePrefix).load("values");
  const sheet = context.workbook.worksheets.getItemOrNullObject(dataSheetName);
  sheet.load("name");
  const block = sheet.getRange(monthlySnapshotAddress()).load("values");
  return { dataSheetName, period, sheet, block };
}

/** The monthly snapshot from the reads, after the sync. */
export function monthlySnapshotOf({ dataSheetName, period, sheet, block }: MonthlyReads): MonthlyCheckSnapshot {
  return {
    ...(period.isNullObject ? {} : { periodText: periodCellText(period) }),
    dataSheetName,
    dataSheetExists: !sheet.isNullObject,
    values: sheet.isNullObject ? [] : (block.values as CellGridRows),
  };
}

/** Reads everything the check of the appendix needs in one sync. */
export async function readAppendixSnapshot(context: Excel.RequestContext, sheetName: string): Promise<AppendixSnapshot> {
  const reads = queueAppendixReads(context, sheetName);
  await context.sync();
  return appendixSnapshotOf(reads);
}

/**
 * The check's report from what was read. Pure. In monthly mode, with the period cell readable and
 * the monthly data sheet there, the monthly data's own findings (each month, on that sheet) take
 * the place of the table's per-row monthlyDataMissing / monthlyDataInvalid (checkWithMonthlyData);
 * otherwise the table's findings stand alone.
 */
function checkWithMonthlySheet(appendix: AppendixSnapshot, monthly: MonthlyCheckSnapshot | undefined, options: CheckOptions = {}): CheckReport {
  const period = monthly?.periodText !== undefined ? parsePeriod(monthly.periodText) : undefined;
  const data =
    monthly?.dataSheetExists && period
      ? { snapshot: readMonthlySnapshot(monthly.values), period, dataSheetName: monthly.dataSheetName }
      : undefined;
  return checkWithMonthlyData(appendix, data, options);
}

/**
 * Reads the sheet — and, for monthly reporting, the period cell and the monthly data — in one
 * sync, and checks them.
 */
export async function checkSheet(context: Excel.RequestContext, sheetName: string, options: SheetCheckOptions = {}): Promise<CheckReport> {
  const appendix = queueAppendixReads(context, sheetName);
  const monthly = queueMonthlyReads(context, options);
  await context.sync();
  return checkWithMonthlySheet(appendixSnapshotOf(appendix), monthlySnapshotOf(monthly), options);
}

/**
 * Activates the sheet and selects the cell (or range) of a finding, in one sync. Returns false
 * when the sheet or the address no longer exists (the sheet was deleted or renamed meanwhile).
 */
export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  try {
    await context.sync();
    return true;
  } catch (error: unknown) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ItemNotFound" || code === "InvalidArgument") return false;
    throw error;
  }
}
