/**
 * The pane's "Kế hoạch" choice: the built-in plan, or a plan file the user opened, validated
 * whole (validatePlan.ts) with every problem worded by field in the pane's language. Pure: the
 * PlanPicker reads the file's text and hands it here.
 */
import { BUILTIN_PLAN } from "../domain/catalog";
import { planFromFile, type Plan } from "../domain/plan/plan";
import { describePlanProblem, parsePlanFileText } from "../domain/plan/validatePlan";
import type { PlanStrings } from "../i18n/vi/plan";

export type PlanChoice =
  | { readonly kind: "builtin"; readonly plan: Plan }
  | { readonly kind: "file"; readonly fileName: string; readonly plan: Plan };

export const BUILTIN_CHOICE: PlanChoice = { kind: "builtin", plan: BUILTIN_PLAN };

export type PlanFileReading =
  | { readonly ok: true; readonly choice: PlanChoice }
  | { readonly ok: false; readonly fileName: string; readonly problems: readonly string[] };

/** A plan file's text as the pane takes it: the plan, or every problem (never half a plan). */
export function readPlanText(fileName: string, text: string, strings: PlanStrings): PlanFileReading {
  const parsed = parsePlanFileText(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return { ok: false, fileName, problems: parsed.problems.map((problem) => describePlanProblem(problem, strings)) };
  return { ok: true, choice: { kind: "file", fileName, plan: planFromFile(parsed.file) } };
}
