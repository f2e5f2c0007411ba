/**
 * The plan a workbook carries, through Office.js: the very hidden sheet KPI_PLAN
 * (src/domain/plan/embeddedPlan.ts holds its format). The insert queues the write with its own
 * writes (no extra sync); a reader queues the read with its own reads and turns what it loaded
 * into an EmbeddedPlan after its sync. Worksheet.visibility and "VeryHidden" are ExcelApi 1.1
 * (Excel.SheetVisibility): a very hidden sheet is not listed by Excel's Unhide dialog, so nobody
 * edits the plan by accident, and it travels with every copy of the file.
 */
import { PLAN_SHEET_NAME, planSheetColumn, readEmbeddedPlan, type EmbeddedPlan } from "../domain/plan/embeddedPlan";
import type { Plan } from "../domain/plan/plan";

const STALE_CHUNKS_CLEARED = 1000;

/**
 * Queues the plan sheet's content: added when `exists` is false, else its column A cleared first
 * (a shorter plan leaves no stale chunk). Text format first, so no chunk is ever read as a number,
 * a date or a formula. Then very hidden; the caller activates its own sheet.
 */
export function queuePlanSheetWrite(context: Excel.RequestContext, plan: Plan, exists: boolean): void {
  const worksheets = context.workbook.worksheets;
  const sheet = exists ? worksheets.getItem(PLAN_SHEET_NAME) : worksheets.add(PLAN_SHEET_NAME);
  const column = planSheetColumn(plan);
  // A plan file (fields of at most 2,000 characters) is far below 1,000 chunks of 30,000: clearing
  // A1:A1000 removes every stale chunk without touching a million cells.
  if (exists) sheet.getRange(`A1:A${STALE_CHUNKS_CLEARED}`).clear("Contents");
  const range = sheet.getRange(`A1:A${column.length}`);
  range.numberFormat = column.map(() => ["@"]);
  range.values = column.map((cell) => [cell]);
  sheet.visibility = "VeryHidden";
}

/** The proxies of the plan sheet's read, loaded in the caller's next sync. */
export interface PlanSheetReads {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** Queues the read of the plan sheet's column A (a null object when the workbook has none). */
export function queuePlanSheetRead(context: Excel.RequestContext): PlanSheetReads {
  const sheet = context.workbook.worksheets.getItemOrNullObject(PLAN_SHEET_NAME);
  const used = sheet.getUsedRangeOrNullObject(true).load("address,values");
  return { sheet, used };
}

/** The plan the workbook carries, from the reads, after the sync. */
export function embeddedPlanOf({ sheet, used }: PlanSheetReads): EmbeddedPlan {
  if (sheet.isNullObject) return readEmbeddedPlan(null);
  // The column is read from A1: content anywhere else is not the plan's (readEmbeddedPlan says damaged).
  const fromA1 = !used.isNullObject && /!\$?A\$?1(:|$)/.test(used.address);
  return readEmbeddedPlan(fromA1 ? used.values.map((row) => row[0]) : []);
}
