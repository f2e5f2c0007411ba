/**
 * What support needs to know about the Excel the add-in runs in, read from Office.js
 * (Office.context.diagnostics: host, platform, version; Office.context.displayLanguage;
 * Office.context.requirements: the highest version of each requirement set the add-in uses) and
 * from the build (version, commit). Read here, at the pane's edge; nothing is sent anywhere.
 */
import { BUILD_INFO } from "./buildInfo";

export interface RequirementSetSupport {
  readonly set: string;
  /** The highest version supported ("1.17"), or null when the set is not supported at all. */
  readonly highest: string | null;
}

export interface SupportInfo {
  /** "Excel"; null outside Office. */
  readonly host: string | null;
  /** "PC", "Mac", "OfficeOnline", …; null outside Office. */
  readonly platform: string | null;
  /** Office's build ("16.0.17328.20108"); null when Office does not say. */
  readonly officeVersion: string | null;
  readonly displayLanguage: string | null;
  readonly requirementSets: readonly RequirementSetSupport[];
  readonly addinVersion: string;
  readonly buildCommit: string;
}

/** The sets and the versions probed (each set's versions are cumulative: the highest is reported). */
export const PROBED_SETS: readonly { readonly set: string; readonly versions: readonly string[] }[] = [
  { set: "ExcelApi", versions: Array.from({ length: 25 }, (_, i) => `1.${i + 1}`) },
  { set: "CustomFunctionsRuntime", versions: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"] },
  { set: "SharedRuntime", versions: ["1.1", "1.2", "1.3"] },
];

type OfficeContextLike = {
  readonly diagnostics?: { readonly host?: unknown; readonly platform?: unknown; readonly version?: unknown };
  readonly displayLanguage?: unknown;
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
};

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : value == null ? null : String(value));

/** The support information from an Office context (undefined outside Office). */
export function supportInfoFrom(context: OfficeContextLike | undefined): SupportInfo {
  const supported = (set: string, version: string): boolean => {
    try {
      return context?.requirements?.isSetSupported(set, version) === true;
    } catch {
      return false;
    }
  };
  let diagnostics: OfficeContextLike["diagnostics"];
  try {
    diagnostics = context?.diagnostics;
  } catch {
    diagnostics = undefined;
  }
  return {
    host: text(diagnostics?.host),
    platform: text(diagnostics?.platform),
    officeVersion: text(diagnostics?.version),
    displayLanguage: text(context?.displayLanguage),
    requirementSets: PROBED_SETS.map(({ set, versions }) => ({
      set,
      highest: [...versions].reverse().find((version) => supported(set, version)) ?? null,
    })),
    addinVersion: BUILD_INFO.version,
    buildCommit: BUILD_INFO.commit,
  };
}

/** The support information of the Office the pane runs in (Office.context), or of none. */
export function collectSupportInfo(): SupportInfo {
  let context: OfficeContextLike | undefined;
  try {
    context = typeof Office !== "undefined" ? (Office.context as unknown as OfficeContextLike) : undefined;
  } catch {
    context = undefined;
  }
  return supportInfoFrom(context);
}
