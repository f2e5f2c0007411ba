/**
 * What the check says about the plan a workbook carries: nothing when it reads back (or when the
 * workbook carries none and the built-in plan applies), an error when its plan sheet is damaged —
 * the workbook is then judged by no plan silently (issue 16). Pure.
 */
import type { Finding } from "../check";
import { PLAN_SHEET_NAME, type EmbeddedPlan } from "./embeddedPlan";

export function embeddedPlanFindings(embedded: EmbeddedPlan): Finding[] {
  return embedded.kind === "damaged" ? [{ kind: "planUnreadable", severity: "error", params: { sheet: PLAN_SHEET_NAME } }] : [];
}
