/**
 * The consolidated workbook as exceljs writes it: the same file `npm run workbook` makes (monthly
 * reporting, or the plain appendix), marked "Cả Sở (tổng hợp)", with every figure of the merge plan
 * in its input cells and the sheet "Nguồn số liệu" saying where each came from. Browser-safe.
 */
import type { Workbook } from "exceljs";
import { buildProvenanceLayout, layoutAddresses, type ConsolidationPlan } from "../../domain/consolidate";
import { WHOLE_DEPARTMENT } from "../../domain/filledBy";
import { COLUMNS, MONTHLY_SHEET_NAME, appendixRows, defaultSheetName } from "../../domain/layout/appendixLayout";
import { monthlyCellAddress } from "../../domain/layout/monthlyLayout";
import type { MonthNumber, ReportPeriod } from "../../domain/period";
import { isBlank, type CellInput } from "../../domain/ratio";
import { buildMonthlyStandaloneWorkbook } from "../monthlyWorkbook";
import { buildStandaloneWorkbook, renderSheetLayout, workbookBytes } from "../renderWorkbook";

export interface ConsolidatedWorkbookOptions {
  readonly plan: ConsolidationPlan;
  readonly year: number;
  /** Monthly: the period first shown; default the last month with figures (Tháng 1 without any). */
  readonly period?: ReportPeriod;
  /** When the consolidation ran, ISO 8601 (on the provenance sheet). */
  readonly time: string;
  /** Where the plan's cells are (cellKey → "Số liệu theo tháng!F9"); default: where this workbook puts them. */
  readonly addresses?: ReadonlyMap<string, string>;
  readonly protect?: boolean;
}

/** The period the consolidated monthly workbook shows first. */
export function shownPeriod(plan: ConsolidationPlan, period?: ReportPeriod): ReportPeriod {
  if (period) return period;
  return { kind: "month", month: Math.max(1, plan.dueThrough) as MonthNumber };
}

const written = (value: CellInput): string | number | boolean | null => (isBlank(value) ? null : (value as string | number | boolean));

/** The consolidated workbook (not yet written). */
export async function buildConsolidatedWorkbook(options: ConsolidatedWorkbookOptions): Promise<Workbook> {
  const { plan, year } = options;
  const protect = options.protect ?? true;
  const common = { year, filledBy: WHOLE_DEPARTMENT, protect };
  const workbook =
    plan.mode === "monthly"
      ? await buildMonthlyStandaloneWorkbook({ ...common, period: shownPeriod(plan, options.period) })
      : await buildStandaloneWorkbook(common);
  const rows = appendixRows();
  const sheet = workbook.getWorksheet(plan.mode === "monthly" ? MONTHLY_SHEET_NAME : defaultSheetName(year))!;
  for (const cell of plan.cells) {
    const value = written(cell.result);
    if (value === null) continue;
    if (cell.month !== null) sheet.getCell(monthlyCellAddress(cell.code, cell.part, cell.month)).value = value;
    else sheet.getCell(rows.indicators.get(cell.code)!, COLUMNS[cell.part]).value = value;
  }
  const addresses = options.addresses ?? layoutAddresses(plan.mode, year);
  await renderSheetLayout(workbook, buildProvenanceLayout(plan, { time: options.time, addresses }), protect);
  return workbook;
}

/** The consolidated workbook as .xlsx bytes. */
export async function writeConsolidatedWorkbook(options: ConsolidatedWorkbookOptions): Promise<Uint8Array> {
  return workbookBytes(await buildConsolidatedWorkbook(options));
}
