/**
 * The standalone workbook of monthly reporting: the appendix in monthly mode, the monthly data
 * sheet and the year-to-date sheet, rendered with exceljs through the same renderSheetLayout as
 * the plain appendix, with native formulas only (no add-in). exceljs cannot write charts, so the
 * year-to-date sheet carries text bars (REPT of "█", the target marked "│") coloured by the same
 * highlight rules as the table. Browser-safe, like renderWorkbook.ts.
 */
import type { Workbook } from "exceljs";
import type { AppendixOptions } from "../domain/layout/appendixLayout";
import type { SheetLayout } from "../domain/layout/model";
import { buildMonthlyReportLayouts } from "../domain/layout/monthlyLayout";
import type { ReportPeriod } from "../domain/period";
import {
  standaloneLayoutOptions,
  standaloneWorkbookOf,
  workbookBytes,
  type StandaloneWorkbookOptions,
} from "./renderWorkbook";

export interface MonthlyWorkbookOptions extends StandaloneWorkbookOptions {
  /** The period first shown; people change it in the period cell. */
  readonly period: ReportPeriod;
}

/** The three sheets' layouts for checked appendix options, showing `period` first. */
function reportLayouts(appendix: AppendixOptions, period: ReportPeriod): readonly SheetLayout[] {
  return buildMonthlyReportLayouts({ ...appendix, monthly: { period } }, { textBars: true });
}

/** The layouts of the standalone monthly workbook, in sheet order. */
export function monthlyWorkbookLayouts(options: MonthlyWorkbookOptions): readonly SheetLayout[] {
  return reportLayouts(standaloneLayoutOptions(options), options.period);
}

/**
 * The monthly reporting workbook as an exceljs workbook (not yet written). renderSheetLayout
 * writes the period cell's drop-down (a list validation) with the rest.
 */
export async function buildMonthlyStandaloneWorkbook(options: MonthlyWorkbookOptions): Promise<Workbook> {
  const appendix = standaloneLayoutOptions(options);
  return standaloneWorkbookOf(appendix, reportLayouts(appendix, options.period), options.protect ?? true);
}

/** The monthly reporting workbook as .xlsx bytes. */
export async function writeMonthlyStandaloneWorkbook(options: MonthlyWorkbookOptions): Promise<Uint8Array> {
  return workbookBytes(await buildMonthlyStandaloneWorkbook(options));
}
