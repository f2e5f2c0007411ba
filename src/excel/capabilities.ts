/**
 * What this Excel can do for the appendix, decided from Office's requirement sets
 * (Office.context.requirements.isSetSupported) — with one exception Microsoft documents per
 * platform, not per requirement set: which APIs can join an undo group ("Undo support with the
 * Excel JavaScript API", unsupported APIs: NamedItem.comment is supported in an undo group in
 * Excel on Windows and on Mac, not in Excel on the web).
 *
 * Requirement sets per feature (from the Excel JavaScript API reference):
 * - core (sheet, cells, formulas, number formats, fonts, fills, borders, alignment, merges,
 *   widths/heights, *OrNullObject reads, defined names add/delete): ExcelApi 1.4
 *   (range.formulas/values/format 1.1, merge 1.2, getItemOrNullObject / getUsedRangeOrNullObject /
 *   names.add / NamedItem.delete 1.4)
 * - names (workbook-scoped names, with comments): ExcelApi 1.4 — part of core; listed so a pane
 *   can name it
 * - protection (locked/unlocked cells, protect without password): ExcelApi 1.2; the password and
 *   the protection options allowEditObjects / allowEditScenarios / selectionMode: ExcelApi 1.7
 *   (Excel.WorksheetProtectionOptions)
 * - conditionalFormats (custom formula rules): ExcelApi 1.6
 * - freeze (frozen header rows): ExcelApi 1.7
 * - validation (custom data-validation rules with prompt and alert): ExcelApi 1.8
 * - print (A4, landscape, fit to one page wide, title rows, print area, margins): ExcelApi 1.9
 * - customFunctions (=KPI.*): CustomFunctionsRuntime 1.1; without it the sheet gets native formulas
 * - undoGroup (the whole insert as one undo step, Excel.run({ mergeUndoGroup: true })): ExcelApi 1.20
 */

/** Parts of the appendix that an older Excel cannot write (same words as the pane's Feature). */
export type AppendixFeature =
  | "validation"
  | "conditionalFormats"
  | "names"
  | "protection"
  | "print"
  | "freeze"
  | "customFunctions";

export type IsSetSupported = (name: string, version: string) => boolean;

export interface Requirement {
  readonly set: string;
  readonly version: string;
}

/** The minimum requirement set of the insert itself: below it nothing is written. */
const CORE_REQUIREMENT: Requirement = { set: "ExcelApi", version: "1.4" };

const FEATURE_REQUIREMENTS: Readonly<Record<AppendixFeature, Requirement>> = {
  names: { set: "ExcelApi", version: "1.4" },
  protection: { set: "ExcelApi", version: "1.2" },
  conditionalFormats: { set: "ExcelApi", version: "1.6" },
  freeze: { set: "ExcelApi", version: "1.7" },
  validation: { set: "ExcelApi", version: "1.8" },
  print: { set: "ExcelApi", version: "1.9" },
  customFunctions: { set: "CustomFunctionsRuntime", version: "1.1" },
};

/** Excel.run({ mergeUndoGroup: true }) exists from ExcelApi 1.20 (RunOptions.mergeUndoGroup). */
const UNDO_GROUP_REQUIREMENT: Requirement = { set: "ExcelApi", version: "1.20" };

/**
 * ExcelApi 1.7 adds the password argument of WorksheetProtection.protect and the protection
 * options allowEditObjects, allowEditScenarios and selectionMode (the others are ExcelApi 1.2).
 */
const PROTECTION_1_7_REQUIREMENT: Requirement = { set: "ExcelApi", version: "1.7" };

/** Office.context.platform values where NamedItem.comment can join an undo group. */
const NAME_COMMENT_UNDO_PLATFORMS: readonly string[] = ["PC", "Mac"];

export interface Capabilities {
  /** False when even the core (ExcelApi 1.4) is missing: the appendix cannot be inserted. */
  readonly canInsert: boolean;
  readonly features: Readonly<Record<AppendixFeature, boolean>>;
  /** The features this Excel lacks, in a fixed order. */
  readonly leftOut: readonly AppendixFeature[];
  /** Whether the insert can be one undo step (mergeUndoGroup). */
  readonly undoGroup: boolean;
  /**
   * Whether names can get their comments inside that undo step: Excel on Windows and on Mac; not
   * Excel on the web (NamedItem.comment is on its "does not support undo" list), nor a platform
   * the documentation does not name.
   */
  readonly nameCommentsInUndoGroup: boolean;
  /** Whether protect() accepts a password (ExcelApi 1.7). */
  readonly protectionPassword: boolean;
  /** Whether protect() accepts allowEditObjects, allowEditScenarios and selectionMode (ExcelApi 1.7). */
  readonly protectionOptions: boolean;
}

const FEATURE_ORDER: readonly AppendixFeature[] = [
  "customFunctions",
  "names",
  "validation",
  "conditionalFormats",
  "protection",
  "freeze",
  "print",
];

function safely(isSetSupported: IsSetSupported, requirement: Requirement): boolean {
  try {
    return isSetSupported(requirement.set, requirement.version) === true;
  } catch {
    return false;
  }
}

/**
 * Decides every capability from an isSetSupported(name, version) callback and, for the undo group
 * only, Office.context.platform ("PC", "Mac", "OfficeOnline", …; undefined when unknown). Pure.
 */
export function detectCapabilities(isSetSupported: IsSetSupported, platform?: string): Capabilities {
  const features = Object.fromEntries(
    FEATURE_ORDER.map((feature) => [feature, safely(isSetSupported, FEATURE_REQUIREMENTS[feature])]),
  ) as Record<AppendixFeature, boolean>;
  const undoGroup = safely(isSetSupported, UNDO_GROUP_REQUIREMENT);
  const protection17 = safely(isSetSupported, PROTECTION_1_7_REQUIREMENT);
  return {
    canInsert: safely(isSetSupported, CORE_REQUIREMENT),
    features,
    leftOut: FEATURE_ORDER.filter((feature) => !features[feature]),
    undoGroup,
    nameCommentsInUndoGroup: undoGroup && platform !== undefined && NAME_COMMENT_UNDO_PLATFORMS.includes(platform),
    protectionPassword: protection17,
    protectionOptions: protection17,
  };
}

/** Whether the Excel the add-in runs in supports a requirement set; false outside Office. */
export function officeSupports(requirement: Requirement): boolean {
  try {
    const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
    return requirements?.isSetSupported(requirement.set, requirement.version) === true;
  } catch {
    return false;
  }
}

/** Office.context.platform as text, or undefined outside Office. */
function officePlatform(): string | undefined {
  try {
    const platform = typeof Office !== "undefined" ? Office.context?.platform : undefined;
    return platform === undefined || platform === null ? undefined : String(platform);
  } catch {
    return undefined;
  }
}

/** The capabilities of the Excel the add-in runs in (Office.context.requirements and platform). */
export function officeCapabilities(): Capabilities {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return detectCapabilities((name, version) => requirements?.isSetSupported(name, version) ?? false, officePlatform());
}

/**
 * The options for the Excel.run that wraps insertAppendix: one undo step where the host groups
 * undo (ExcelApi 1.20). Pass `undoGroup: capabilities.undoGroup` to insertAppendix as well, so it
 * avoids the APIs this platform cannot group (name comments on the web; see insertAppendix).
 */
export function insertRunOptions(capabilities: Capabilities): { mergeUndoGroup?: boolean } {
  return capabilities.undoGroup ? { mergeUndoGroup: true } : {};
}
