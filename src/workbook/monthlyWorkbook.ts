/**
 * The standalone workbook of monthly reporting: the appendix in monthly mode, the monthly data
 * sheet and the year-to-date sheet, rendered with exceljs through the same renderSheetLayout as
 * the plain appendix, with native formulas only (no add-in). exceljs cannot write charts, so the
 * year-to-date sheet carries text bars (REPT of "█", the target marked "│") coloured by the same
 * highlight rules as the table. Browser-safe, like renderWorkbook.ts.
 */
import { Workbook } from "exceljs";
import { PLAN } from "../domain/catalog";
import type { SheetLayout } from "../domain/layout/model";
import { buildMonthlyReportLayouts, type MonthlyReportOptions } from "../domain/layout/monthlyLayout";
import type { ReportPeriod } from "../domain/period";
import {
  patchWorkbookParts,
  renderSheetLayout,
  standaloneLayoutOptions,
  WORKBOOK_CREATOR,
  type StandaloneWorkbookOptions,
} from "./renderWorkbook";

export interface MonthlyWorkbookOptions extends StandaloneWorkbookOptions {
  /** The period first shown; people change it in the period cell. */
  readonly period: ReportPeriod;
}

/** The layouts of the standalone monthly workbook, in sheet order. */
export function monthlyWorkbookLayouts(options: MonthlyWorkbookOptions): readonly SheetLayout[] {
  const appendix = standaloneLayoutOptions(options);
  const report: MonthlyReportOptions = { ...appendix, monthly: { period: options.period } };
  return buildMonthlyReportLayouts(report, { textBars: true });
}

/** The monthly reporting workbook as an exceljs workbook (not yet written). */
export async function buildMonthlyStandaloneWorkbook(options: MonthlyWorkbookOptions): Promise<Workbook> {
  const layouts = monthlyWorkbookLayouts(options);
  const { year, unitName } = standaloneLayoutOptions(options);
  const workbook = new Workbook();
  const now = new Date();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.created = now;
  workbook.modified = now;
  workbook.title = `${PLAN.appendixLabel} — ${PLAN.appendixTitle} ${year}`;
  workbook.company = unitName;
  workbook.calcProperties = { fullCalcOnLoad: true };
  // renderSheetLayout writes the period cell's drop-down (a list validation) with the rest.
  for (const layout of layouts) await renderSheetLayout(workbook, layout, options.protect ?? true);
  // Times New Roman as the workbook's default font, and the names' comments, as in the plain file.
  patchWorkbookParts(workbook, layouts);
  return workbook;
}

/** The monthly reporting workbook as .xlsx bytes. */
export async function writeMonthlyStandaloneWorkbook(options: MonthlyWorkbookOptions): Promise<Uint8Array> {
  const workbook = await buildMonthlyStandaloneWorkbook(options);
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
