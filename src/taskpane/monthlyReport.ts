/**
 * Monthly reporting for the pane's Excel actions, loaded with the other src/excel modules (the
 * "excel" chunk, through excelModules.ts) so that the pane's first load carries none of it:
 *   insertMonthly    insertMonthlyReport with the pane's choice (ask, update or a new sheet)
 *   checkWithPeriod  checkSheet, plus the period in the period cell, read in checkSheet's sync
 */
import type { CheckReport } from "../domain/check";
import { filledByOfChoice } from "../domain/filledBy";
import type { DocumentFields } from "../domain/layout/documentFrame";
import { DEFAULT_NAME_PREFIX, periodName } from "../domain/layout/appendixLayout";
import { parsePeriod, type ReportPeriod } from "../domain/period";
import type { Capabilities } from "../excel/capabilities";
import { checkSheet, type SheetCheckOptions } from "../excel/check";
import type { IfExists } from "../excel/insertAppendix";
import { insertMonthlyReport, type MonthlyInsertResult } from "../excel/monthly";
import type { PaneChoice } from "./actions";

export interface InsertMonthlyRequest {
  readonly choice: PaneChoice;
  readonly ifExists: IfExists;
  readonly capabilities: Capabilities;
  /** The document frame's fields typed in the pane. */
  readonly document?: DocumentFields;
}

/** Inserts monthly reporting for the chosen year, writing the chosen period into the period cell. */
export async function insertMonthly(context: Excel.RequestContext, request: InsertMonthlyRequest): Promise<MonthlyInsertResult> {
  const { choice, ifExists, capabilities, document } = request;
  return insertMonthlyReport(context, {
    year: choice.year,
    period: choice.period,
    ...(choice.plan ? { plan: choice.plan.plan } : {}),
    filledBy: filledByOfChoice(choice.myUnit, choice.plan?.plan),
    capabilities,
    ifExists,
    unit: choice.myUnit,
    ...(document ? { document } : {}),
  });
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
