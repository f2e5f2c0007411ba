/**
 * Monthly reporting for the pane's Excel actions, loaded with the other src/excel modules (the
 * "excel" chunk, through excelModules.ts) so that the pane's first load carries none of it:
 *   insertMonthly    insertMonthlyReport with the pane's choice; "newSheet" first looks for free
 *                    sheet names (one more sync), then inserts a second report beside the first
 *   checkWithPeriod  checkSheet, plus the period in the period cell, read in checkSheet's sync
 */
import { CHART_SHEET_NAME } from "../domain/chart";
import type { CheckReport } from "../domain/check";
import { DEFAULT_NAME_PREFIX, MONTHLY_SHEET_NAME, defaultSheetName, periodName } from "../domain/layout/appendixLayout";
import { parsePeriod, type ReportPeriod } from "../domain/period";
import type { Capabilities } from "../excel/capabilities";
import { checkSheet, type SheetCheckOptions } from "../excel/check";
import type { IfExists } from "../excel/insertAppendix";
import { insertMonthlyReport, type MonthlyInsertResult, type MonthlySheetNames } from "../excel/monthly";
import type { PaneChoice } from "./actions";

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/** The sheets of the year's report when nothing else is asked for. */
export function defaultMonthlySheetNames(year: number): MonthlySheetNames {
  return { appendix: defaultSheetName(year), data: MONTHLY_SHEET_NAME, chart: CHART_SHEET_NAME };
}

/**
 * Names for a second report: the same " (n)" on all three sheets, the first n from 2 for which
 * none is taken (Excel compares sheet names without regard to case). Pure.
 */
export function freeMonthlySheetNames(base: MonthlySheetNames, existing: readonly string[]): MonthlySheetNames {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase()));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const named = (name: string): string => `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    const names: MonthlySheetNames = { appendix: named(base.appendix), data: named(base.data), chart: named(base.chart) };
    if (Object.values(names).every((name) => !taken.has(name.toLocaleLowerCase()))) return names;
  }
}

export interface InsertMonthlyRequest {
  readonly choice: PaneChoice;
  readonly ifExists: IfExists;
  readonly capabilities: Capabilities;
}

/**
 * Inserts monthly reporting for the chosen year, writing the chosen period into the period cell.
 * "ask" and "update" are insertMonthlyReport's (two syncs at most); "newSheet" reads the sheet
 * names first (one sync), then inserts on free ones, with names of their own (KPI2_…).
 */
export async function insertMonthly(context: Excel.RequestContext, request: InsertMonthlyRequest): Promise<MonthlyInsertResult> {
  const { choice, ifExists, capabilities } = request;
  const options = { year: choice.year, period: choice.period, capabilities };
  if (ifExists !== "newSheet") return insertMonthlyReport(context, { ...options, ifExists });
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const sheetNames = freeMonthlySheetNames(
    defaultMonthlySheetNames(choice.year),
    sheets.items.map((sheet) => sheet.name),
  );
  return insertMonthlyReport(context, { ...options, sheetNames, ifExists: "ask" });
}

/**
 * The check of the appendix (with the monthly data, in monthly mode), and the period in the
 * period cell that the monthly data was checked for. The period cell is queued before checkSheet
 * and read by its one sync.
 */
export async function checkWithPeriod(
  context: Excel.RequestContext,
  sheetName: string,
  options: SheetCheckOptions,
): Promise<CheckReport & { readonly period?: ReportPeriod }> {
  const cell = context.workbook.names
    .getItemOrNullObject(periodName(options.namePrefix ?? DEFAULT_NAME_PREFIX, "period"))
    .getRangeOrNullObject()
    .load("values");
  const report = await checkSheet(context, sheetName, options);
  if (report.mode !== "monthly" || cell.isNullObject) return report;
  const period = parsePeriod(String(cell.values[0]?.[0] ?? ""));
  return period ? { ...report, period } : report;
}
