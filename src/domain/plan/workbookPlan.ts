/**
 * The plan a workbook read from a file carries (WorkbookValues: exceljs in the CLI, or a pane's
 * read): column A of its very hidden KPI_PLAN sheet (embeddedPlan.ts). Pure.
 */
import type { WorkbookValues } from "../consolidate/workbookValues";
import { PLAN_SHEET_NAME, readEmbeddedPlan, type EmbeddedPlan } from "./embeddedPlan";

/** Column A of the workbook's plan sheet, top down, or null when it has none. */
export function planSheetColumnOf(workbook: WorkbookValues): readonly unknown[] | null {
  const sheet = workbook.sheets.find((s) => s.name === PLAN_SHEET_NAME);
  return sheet ? sheet.values.map((row) => row[0] ?? null) : null;
}

/** The plan the workbook carries: its plan, none (an older workbook), or damaged. */
export function embeddedPlanOf(workbook: WorkbookValues): EmbeddedPlan {
  return readEmbeddedPlan(planSheetColumnOf(workbook));
}
