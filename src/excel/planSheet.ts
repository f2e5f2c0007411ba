/**
 * The plan a workbook carries, through Office.js: the very hidden sheet KPI_PLAN
 * (src/domain/plan/embeddedPlan.ts holds its format). The insert queues the write with its own
 * writes (no extra sync); a reader queues the read with its own reads and turns what it loaded
 * into an EmbeddedPlan after its sync. Worksheet.visibility and "VeryHidden" are ExcelApi 1.1
 * (Excel.SheetVisibility): a very hidden sheet is not listed by Excel's Unhide dialog, so nobody
 * edits the plan by accident, and it travels with every copy of the file.
 */
import { BUILTIN_PLAN, samePlan } from "../domain/catalog";
import { registerWorkbookPlan, registeredWorkbookPlan } from "../domain/kpiFunctions";
import { PLAN_SHEET_NAME, planSheetColumn, readEmbeddedPlan, type EmbeddedPlan } from "../domain/plan/embeddedPlan";
import type { Plan } from "../domain/plan/plan";

/** Rows cleared when the old content's extent is unknown: a plan file is far below 1,000 chunks. */
const STALE_CHUNKS_CLEARED = 1000;

/**
 * Queues the plan sheet's content: added when `existing` is null, else its old content cleared
 * first (`stale`, the used range's address read before; unknown: A1:A1000), so a shorter plan
 * leaves no stale chunk. Text format first, so no chunk is ever read as a number, a date or a
 * formula. Then very hidden; the caller activates its own sheet.
 */
export function queuePlanSheetWrite(context: Excel.RequestContext, plan: Plan, existing: { readonly stale?: string | null } | null): void {
  const worksheets = context.workbook.worksheets;
  const sheet = existing ? worksheets.getItem(PLAN_SHEET_NAME) : worksheets.add(PLAN_SHEET_NAME);
  const column = planSheetColumn(plan);
  if (existing && existing.stale !== null) sheet.getRange(existing.stale ?? `A1:A${STALE_CHUNKS_CLEARED}`).clear("Contents");
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

/**
 * The plan the workbook was made for, when it is not `wanted`: the plan it carries, or the
 * built-in plan for a workbook without a plan sheet that already holds a table of ours (a *_TABLE
 * name). Undefined when the insert may go ahead. Tables of two plans never share a workbook: every
 * reader judges a workbook by one plan. So the only way from one plan to another is an update in
 * place of the workbook's one table (insertAppendix, ifExists "update"), which rewrites this sheet.
 */
export function planMismatch(
  carried: EmbeddedPlan,
  names: readonly { readonly name: string; readonly target: unknown }[],
  wanted: Plan,
): Plan | undefined {
  if (carried.kind === "plan") return samePlan(carried.plan, wanted) ? undefined : carried.plan;
  if (carried.kind === "damaged") return undefined; // the insert writes the plan again: the repair the check asks for
  const hasTable = names.some((n) => /_TABLE$/i.test(n.name) && n.target !== null);
  return hasTable && !samePlan(BUILTIN_PLAN, wanted) ? BUILTIN_PLAN : undefined;
}

/** The plan to register for a workbook: the one it carries, null for the built-in plan, none or damaged. */
export function workbookPlanOf(carried: EmbeddedPlan | undefined): Plan | null {
  return carried?.kind === "plan" && !samePlan(carried.plan, BUILTIN_PLAN) ? carried.plan : null;
}

/**
 * Makes the custom functions judge this workbook by the plan it carries: registers the plan
 * (kpiFunctions.ts; null for the built-in plan) and, when that changes what was registered,
 * recalculates the workbook once (Application.calculate "Full", ExcelApi 1.1), since Excel does not
 * call a custom function again on its own for cells whose inputs did not change.
 */
export async function applyCarriedPlan(context: Excel.RequestContext, carried: EmbeddedPlan | undefined): Promise<boolean> {
  const plan = workbookPlanOf(carried);
  const before = registeredWorkbookPlan();
  if (before === plan || (before !== null && plan !== null && samePlan(before, plan))) return false;
  registerWorkbookPlan(plan);
  context.workbook.application.calculate("Full");
  await context.sync();
  return true;
}
