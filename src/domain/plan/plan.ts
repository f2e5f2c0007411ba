/**
 * A plan as the add-in works with it: built from a validated plan file (planFile.ts), with each
 * indicator's section, STT and target as a fraction. The built-in plan (the 2024 plan, in
 * kpi-plan-2024.json) is one such plan; a workbook carries the plan it was made for. Pure.
 */
import type { PlanFile, PlanFileIndicator } from "./planFile";

/** "Tối thiểu X" in the plan: at least X, inclusive. A bare "100": exactly 100%. */
export type TargetKind = "minimum" | "exact";

export interface Target {
  readonly kind: TargetKind;
  /** The target as a fraction, e.g. 0.95 for 95%. */
  readonly fraction: number;
}

export interface PlanIndicator {
  readonly code: string;
  readonly section: string;
  /** Number in the STT column within its section (1, 2, …). */
  readonly stt: number;
  readonly name: string;
  readonly nameNotes: readonly string[];
  readonly hostUnit: string;
  readonly partnerUnits: string;
  readonly unit: "%";
  readonly target: Target;
  readonly legalBasis: string;
  /** The KPI.* function's name ("ONTIME"), or null when KPI.RATIO and KPI.STATUS compute it. */
  readonly functionName: string | null;
  /** The words of the pane and the monthly sheet: short name, what b and a count (Vietnamese, and English when given). */
  readonly words: {
    readonly vi: { readonly shortName: string; readonly numerator: string; readonly denominator: string };
    readonly en: { readonly shortName: string; readonly numerator: string; readonly denominator: string };
  };
}

export interface PlanSection {
  readonly id: string;
  readonly title: string;
  readonly indicators: readonly PlanIndicator[];
}

export interface Plan {
  readonly year: number;
  readonly governingBody: string;
  readonly issuingBody: string;
  readonly planTitle: string;
  readonly planNumber: string | null;
  readonly planDate: string | null;
  readonly appendix: PlanFile["appendix"];
  readonly hostUnits: readonly string[];
  readonly sections: readonly PlanSection[];
  /** Every indicator in the plan's order. */
  readonly indicators: readonly PlanIndicator[];
}

function indicatorOf(row: PlanFileIndicator, section: string, stt: number): PlanIndicator {
  const vi = { shortName: row.shortName.trim(), numerator: row.numerator.trim(), denominator: row.denominator.trim() };
  return {
    code: row.code.trim(),
    section,
    stt,
    name: row.name,
    nameNotes: row.nameNotes ?? [],
    hostUnit: row.hostUnit.trim(),
    partnerUnits: row.partnerUnits,
    unit: "%",
    target: { kind: row.target.kind, fraction: row.target.percent / 100 },
    legalBasis: row.legalBasis,
    functionName: row.function === null ? null : row.function.trim().toUpperCase(),
    words: {
      vi,
      en: {
        shortName: row.en?.shortName ?? vi.shortName,
        numerator: row.en?.numerator ?? vi.numerator,
        denominator: row.en?.denominator ?? vi.denominator,
      },
    },
  };
}

/** The plan of a validated file (validatePlanFile). */
export function planFromFile(file: PlanFile): Plan {
  const sections = file.sections.map(
    (section): PlanSection => ({
      id: section.id.trim(),
      title: section.title,
      indicators: section.indicators.map((row, index) => indicatorOf(row, section.id.trim(), index + 1)),
    }),
  );
  return {
    year: file.year,
    governingBody: file.governingBody,
    issuingBody: file.issuingBody,
    planTitle: file.plan.title,
    planNumber: file.plan.number,
    planDate: file.plan.date,
    appendix: file.appendix,
    hostUnits: file.hostUnits.map((u) => u.trim()),
    sections,
    indicators: sections.flatMap((s) => s.indicators),
  };
}

/** The plan as a file again (to embed in a workbook, or print with `npm run plan -- --from-workbook`). */
export function planToFile(plan: Plan): PlanFile {
  return {
    format: 1,
    year: plan.year,
    governingBody: plan.governingBody,
    issuingBody: plan.issuingBody,
    plan: { title: plan.planTitle, number: plan.planNumber, date: plan.planDate },
    appendix: plan.appendix,
    hostUnits: plan.hostUnits,
    sections: plan.sections.map((section) => ({
      id: section.id,
      title: section.title,
      indicators: section.indicators.map((i) => {
        const en = i.words.en;
        const vi = i.words.vi;
        const english = {
          ...(en.shortName !== vi.shortName ? { shortName: en.shortName } : {}),
          ...(en.numerator !== vi.numerator ? { numerator: en.numerator } : {}),
          ...(en.denominator !== vi.denominator ? { denominator: en.denominator } : {}),
        };
        return {
          code: i.code,
          name: i.name,
          ...(i.nameNotes.length > 0 ? { nameNotes: i.nameNotes } : {}),
          hostUnit: i.hostUnit,
          partnerUnits: i.partnerUnits,
          unit: i.unit,
          target: { kind: i.target.kind, percent: Math.round(i.target.fraction * 1e8) / 1e6 },
          legalBasis: i.legalBasis,
          shortName: vi.shortName,
          numerator: vi.numerator,
          denominator: vi.denominator,
          function: i.functionName,
          ...(Object.keys(english).length > 0 ? { en: english } : {}),
        };
      }),
    })),
  };
}
