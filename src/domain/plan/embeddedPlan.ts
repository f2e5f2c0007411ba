/**
 * The plan a workbook carries: its plan file (JSON) on a very hidden sheet, so that the check,
 * the highlight rules, the consolidation and the command line judge a workbook by the plan it was
 * made for — a workbook made for 2024 stays judged by the 2024 plan. A sheet, not a custom XML
 * part: both Office.js (Worksheet.visibility, ExcelApi 1.1) and exceljs (worksheet state
 * "veryHidden") read and write it, and it travels with a copy of the file. Column A holds a marker,
 * then the JSON in chunks (an Excel cell holds at most 32,767 characters). Pure.
 */
import { planToFile, planFromFile, type Plan } from "./plan";
import { parsePlanFileText, type PlanProblem } from "./validatePlan";

/** The hidden sheet's name: not a word users would give a sheet. */
export const PLAN_SHEET_NAME = "KPI_PLAN";

/** A1 of the plan sheet: what the sheet is, and the format of its content. */
export const PLAN_SHEET_MARKER = "KPI plan file v1 (do not edit)";

/** Characters per cell: below Excel's 32,767, with room for any UTF-16 surrogate pair. */
const CHUNK = 30_000;

/** Column A of the plan sheet, top down: the marker, then the plan file's JSON in chunks. */
export function planSheetColumn(plan: Plan): string[] {
  const json = JSON.stringify(planToFile(plan));
  const chunks: string[] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(json.length, start + CHUNK);
    // Never split a surrogate pair across cells.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1])) end--;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return [PLAN_SHEET_MARKER, ...chunks];
}

export type EmbeddedPlan =
  /** The workbook carries this plan. */
  | { readonly kind: "plan"; readonly plan: Plan }
  /** No plan sheet: a workbook made before plans travelled with workbooks — the built-in plan applies. */
  | { readonly kind: "none" }
  /** A plan sheet that cannot be read: the workbook is judged by nothing silently. */
  | { readonly kind: "damaged"; readonly problems: readonly PlanProblem[] };

/**
 * The plan of a workbook from column A of its plan sheet as read (values; null or undefined when
 * the sheet does not exist).
 */
export function readEmbeddedPlan(column: readonly unknown[] | null | undefined): EmbeddedPlan {
  if (!column) return { kind: "none" };
  const [marker, ...chunks] = column;
  if (marker !== PLAN_SHEET_MARKER) {
    return { kind: "damaged", problems: [{ kind: "unreadablePlanSheet", path: "", params: { where: PLAN_SHEET_NAME } }] };
  }
  const text = chunks.filter((c): c is string => typeof c === "string").join("");
  const parsed = parsePlanFileText(text);
  return parsed.ok ? { kind: "plan", plan: planFromFile(parsed.file) } : { kind: "damaged", problems: parsed.problems };
}
