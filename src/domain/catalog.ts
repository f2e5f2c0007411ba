/**
 * The indicator catalog of the plan's appendix ("PHỤ LỤC — Chỉ tiêu cụ thể về cải cách thủ tục
 * hành chính gắn với chuyển đổi số của Sở Du lịch tỉnh Kiên Giang năm 2024"), as typed data read
 * from the built-in plan file (plan/kpi-plan-2024.json): the plan's wording is data, not code.
 * test/domain/catalog.test.ts holds it against the plan's text (test/fixtures/plan-2024.txt, a copy
 * of the seed document in ../shared/seed). Pure data: no Office or React import anywhere in
 * src/domain.
 */
import builtinPlanFile from "./plan/kpi-plan-2024.json";
import { planFromFile, type Plan, type Target, type TargetKind } from "./plan/plan";
import type { PlanFile } from "./plan/planFile";

export type { Target, TargetKind };

export type SectionId = "I" | "II" | "III" | "IV" | "V";

export type IndicatorCode =
  | "I.1"
  | "I.2"
  | "I.3"
  | "II.1"
  | "III.1"
  | "III.2"
  | "III.3"
  | "III.4"
  | "III.5"
  | "IV.1"
  | "V.1";

export interface Indicator {
  readonly code: IndicatorCode;
  readonly section: SectionId;
  /** Number in the STT column within its section (1, 2, …). */
  readonly stt: number;
  /** "Tên nhiệm vụ": the first sentence, exactly as in the plan. */
  readonly name: string;
  /** Further lines the plan prints (in italics) under the name; empty for most indicators. */
  readonly nameNotes: readonly string[];
  /** "Đơn vị chủ trì". */
  readonly hostUnit: string;
  /** "Đơn vị phối hợp". */
  readonly partnerUnits: string;
  /** "Đơn vị tính". */
  readonly unit: "%";
  readonly target: Target;
  /** "Căn cứ thực hiện", exactly as in the plan. */
  readonly legalBasis: string;
  /** The custom function's name under the KPI namespace, e.g. "ONTIME" for =KPI.ONTIME(b,a). */
  readonly functionName: string;
}

export interface Section {
  readonly id: SectionId;
  readonly title: string;
  readonly indicators: readonly Indicator[];
}

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

export const SECTIONS: readonly Section[] = BUILTIN_PLAN.sections.map((section) => ({
  id: section.id as SectionId,
  title: section.title,
  indicators: section.indicators.map(({ words: _words, ...indicator }) => ({
    ...indicator,
    code: indicator.code as IndicatorCode,
    section: indicator.section as SectionId,
    // Every indicator of the built-in plan has its own function.
    functionName: indicator.functionName ?? "RATIO",
  })),
}));

/** All indicators in the plan's order. */
export const INDICATORS: readonly Indicator[] = SECTIONS.flatMap((s) => s.indicators);

/** The distinct host units, in the order they first appear. */
export const HOST_UNITS: readonly string[] = [...new Set(INDICATORS.map((i) => i.hostUnit))];

/**
 * Finds an indicator by its code ("IV.1") or its function name ("ONTIME"), ignoring case and
 * surrounding spaces. Returns undefined when nothing matches.
 */
export function findIndicator(codeOrFunctionName: string): Indicator | undefined {
  const key = codeOrFunctionName.trim().toUpperCase();
  return INDICATORS.find((i) => i.code === key || i.functionName === key);
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
