/**
 * The indicator catalog of the plan's appendix ("PHỤ LỤC — Chỉ tiêu cụ thể về cải cách thủ tục
 * hành chính gắn với chuyển đổi số của Sở Du lịch tỉnh Kiên Giang năm 2024"), as typed data read
 * from the built-in plan file (plan/kpi-plan-2024.json): the plan's wording is data, not code.
 * test/domain/catalog.test.ts holds it against the plan's text (test/fixtures/plan-2024.txt, a copy
 * of the seed document in ../shared/seed). Pure data: no Office or React import anywhere in
 * src/domain.
 */
import builtinPlanFile from "./plan/kpi-plan-2024.json";
import { planFromFile, planToFile, type Plan, type PlanIndicator, type PlanSection, type Target, type TargetKind } from "./plan/plan";
import type { PlanFile } from "./plan/planFile";

export type { Plan, Target, TargetKind };

/** A section's id ("I", "II", …) as the plan numbers it. */
export type SectionId = string;

/** An indicator's code ("I.1", "IV.1", …): any code of the plan at hand. */
export type IndicatorCode = string;

/** An indicator of a plan (plan.ts): one type for the built-in plan and any other. */
export type Indicator = PlanIndicator;

export type Section = PlanSection;

/** The built-in plan: the 2024 plan, from its plan file. */
export const BUILTIN_PLAN: Plan = planFromFile(builtinPlanFile as PlanFile);

/** Default appendix parameters, as the plan prints them. */
export const PLAN = {
  year: BUILTIN_PLAN.year,
  unitName: BUILTIN_PLAN.issuingBody,
  appendixLabel: BUILTIN_PLAN.appendix.label,
  appendixTitle: BUILTIN_PLAN.appendix.title,
  yearHeadingPrefix: BUILTIN_PLAN.appendix.yearHeadingPrefix,
} as const;

/** The built-in plan's sections. */
export const SECTIONS: readonly Section[] = BUILTIN_PLAN.sections;

/** All indicators in the plan's order. */
export const INDICATORS: readonly Indicator[] = BUILTIN_PLAN.indicators;

/** The distinct host units, in the order they first appear. */
export const HOST_UNITS: readonly string[] = hostUnitsOf(BUILTIN_PLAN);

/** A plan's host units that host an indicator, in the order they first appear. */
export function hostUnitsOf(plan: Plan): readonly string[] {
  return [...new Set(plan.indicators.map((i) => i.hostUnit))];
}

/**
 * Finds an indicator by its code ("IV.1") or its function name ("ONTIME"), ignoring case and
 * surrounding spaces. Returns undefined when nothing matches.
 */
export function findIndicator(codeOrFunctionName: string, plan: Plan = BUILTIN_PLAN): Indicator | undefined {
  const key = codeOrFunctionName.trim().toUpperCase();
  return plan.indicators.find((i) => i.code.toUpperCase() === key || i.functionName === key);
}

/** The indicator of a code in a plan (exact code), or undefined. */
export function indicatorOf(plan: Plan, code: IndicatorCode): Indicator | undefined {
  return plan.indicators.find((i) => i.code === code);
}

/** An indicator's words (short name, what b and a count) in a language. */
export function indicatorWords(indicator: Indicator, language: "vi" | "en"): Indicator["words"]["vi"] {
  return indicator.words[language];
}

/**
 * The first argument of KPI.STATUS for an indicator of a plan: its code when the built-in plan has
 * the same code with the same function (2024 workbooks keep their formulas exactly), else its
 * function name (a renumbered indicator never names another built-in one), or, for an indicator
 * without a function, its code (resolved in the workbook's plan).
 */
export function statusIdOf(indicator: Indicator): string {
  if (indicator.functionName === null) return indicator.code;
  const builtin = BUILTIN_PLAN.indicators.find((i) => i.code === indicator.code);
  return builtin && builtin.functionName === indicator.functionName ? indicator.code : indicator.functionName;
}

/** The ratio function of an indicator in KPI mode: its own, else RATIO. */
export function ratioFunctionOf(indicator: Indicator): string {
  return indicator.functionName ?? "RATIO";
}

/** True when two plans are the same plan (same file content). */
export function samePlan(a: Plan, b: Plan): boolean {
  return a === b || JSON.stringify(planToFile(a)) === JSON.stringify(planToFile(b));
}

/** The plan's wording of a target: "Tối thiểu 45" or "100". */
export function planTargetText(target: Target): string {
  const percent = Math.round(target.fraction * 10000) / 100;
  return target.kind === "minimum" ? `Tối thiểu ${percent}` : `${percent}`;
}

/** The Tên nhiệm vụ cell text: the name, then the plan's notes on their own lines. */
export function indicatorFullName(indicator: Indicator): string {
  return [indicator.name, ...indicator.nameNotes].join("\n");
}
