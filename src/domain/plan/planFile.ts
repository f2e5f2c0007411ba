/**
 * The plan file (kpi-plan.json): everything the add-in knows of a year's plan, as data — the year,
 * the governing and issuing bodies, the plan's number and date, the host units, and per section
 * and indicator the plan's words, units, target, legal basis, what b and a count, and which KPI.*
 * function (if any) computes it. The 2024 plan ships as such a file (kpi-plan-2024.json); a new
 * year's plan is a new file, not a new release. kpi-plan.schema.json documents the format;
 * validatePlanFile (validatePlan.ts) holds a file to it with messages by field. Pure data types.
 */

/** The version of the file format, written in every file ("format": 1). */
export const PLAN_FORMAT_VERSION = 1;

export interface PlanFileTarget {
  /** "minimum": at least the percentage ("Tối thiểu 45"); "exact": every one (b = a) at 100. */
  readonly kind: "minimum" | "exact";
  /** The target in percent, 0–100 (45 for "Tối thiểu 45"). */
  readonly percent: number;
}

/** Words in English for the pane and the function help when Excel runs in English (optional). */
export interface PlanFileEnglish {
  readonly shortName?: string;
  readonly numerator?: string;
  readonly denominator?: string;
}

export interface PlanFileIndicator {
  /** "I.1": the section's id, a dot, the number within the section. */
  readonly code: string;
  /** "Tên nhiệm vụ": the first sentence, exactly as in the plan. */
  readonly name: string;
  /** Further lines the plan prints under the name. */
  readonly nameNotes?: readonly string[];
  /** "Đơn vị chủ trì": one of the plan's host units. */
  readonly hostUnit: string;
  /** "Đơn vị phối hợp". */
  readonly partnerUnits: string;
  /** "Đơn vị tính": always "%" for a ratio. */
  readonly unit: "%";
  readonly target: PlanFileTarget;
  /** "Căn cứ thực hiện", exactly as in the plan. */
  readonly legalBasis: string;
  /** A short name for the pane, the monthly sheet and the summary. */
  readonly shortName: string;
  /** What the numerator b counts. */
  readonly numerator: string;
  /** What the denominator a counts. */
  readonly denominator: string;
  /** The KPI.* function that computes it (ONTIME for =KPI.ONTIME(b,a)), or null: KPI.RATIO and KPI.STATUS. */
  readonly function: string | null;
  readonly en?: PlanFileEnglish;
}

export interface PlanFileSection {
  /** "I", "II", …: the STT of the section row. */
  readonly id: string;
  readonly title: string;
  readonly indicators: readonly PlanFileIndicator[];
}

export interface PlanFile {
  /** Editors use it to check the file against the schema; the add-in ignores it. */
  readonly $schema?: string;
  readonly format: typeof PLAN_FORMAT_VERSION;
  readonly year: number;
  /** The governing body, as the document frame writes it: "UBND tỉnh Kiên Giang". */
  readonly governingBody: string;
  /** The issuing body: "Sở Du lịch tỉnh Kiên Giang". */
  readonly issuingBody: string;
  /** The plan itself: its title, and its number and date when known ("01/KH-SDL", "2024-01-05"). */
  readonly plan: { readonly title: string; readonly number: string | null; readonly date: string | null };
  /** The appendix's heading lines: "PHỤ LỤC", its title, and the year heading's words. */
  readonly appendix: { readonly label: string; readonly title: string; readonly yearHeadingPrefix: string };
  /** The host units (Đơn vị chủ trì), in the order the plan names them. */
  readonly hostUnits: readonly string[];
  readonly sections: readonly PlanFileSection[];
}
