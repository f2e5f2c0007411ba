/**
 * Holds a plan file (planFile.ts) to its format: every problem found, each with the path of its
 * field ("sections[2].indicators[0].target.percent") and what is wrong, as data; describePlanProblem
 * words it in the UI language. Nothing is accepted half: a file with any problem is refused whole.
 * The same rules as kpi-plan.schema.json, plus what a schema cannot say (unique codes and function
 * names, host units from the plan's own list). Pure.
 */
import { fillTemplate } from "../template";
import type { PlanStrings } from "../../i18n/vi/plan";
import { PLAN_FORMAT_VERSION, type PlanFile } from "./planFile";

/** The KPI.* functions an indicator may map to: one per indicator of the plans the add-in ships. */
export const PLAN_FUNCTION_NAMES = [
  "PAYMENT",
  "ONLINE",
  "DIGITIZED",
  "DIGITIZEDVALID",
  "ERESULTS",
  "REUSE",
  "PUBLISHED",
  "FEEDBACK",
  "SATISFACTION",
  "ONTIME",
  "EDOCS",
] as const;

export type PlanProblemKind =
  /** The workbook's plan sheet is not what the add-in wrote there (embeddedPlan.ts). */
  | "unreadablePlanSheet"
  | "malformedJson"
  | "notObject"
  | "missing"
  | "unknownField"
  | "wrongType"
  | "empty"
  | "badFormatVersion"
  | "badYear"
  | "badDate"
  | "badCode"
  | "codeOutsideSection"
  | "duplicateCode"
  | "duplicateSection"
  | "badTargetKind"
  | "targetOutOfRange"
  | "badUnit"
  | "unknownFunction"
  | "duplicateFunction"
  | "unknownHostUnit"
  | "duplicateHostUnit";

export interface PlanProblem {
  readonly kind: PlanProblemKind;
  /** Where: "sections[2].indicators[0].target.percent"; "" for the file itself. */
  readonly path: string;
  /** What the message needs: the expected type, the value found, the allowed choices, a position. */
  readonly params?: { readonly expected?: string; readonly found?: string; readonly choices?: string; readonly where?: string };
}

export type PlanValidation = { readonly ok: true; readonly file: PlanFile } | { readonly ok: false; readonly problems: readonly PlanProblem[] };

type Json = unknown;
type Shape = Readonly<Record<string, { readonly required: boolean }>>;

const FIELDS = {
  file: {
    $schema: { required: false },
    format: { required: true },
    year: { required: true },
    governingBody: { required: true },
    issuingBody: { required: true },
    plan: { required: true },
    appendix: { required: true },
    hostUnits: { required: true },
    sections: { required: true },
  },
  plan: { title: { required: true }, number: { required: true }, date: { required: true } },
  appendix: { label: { required: true }, title: { required: true }, yearHeadingPrefix: { required: true } },
  section: { id: { required: true }, title: { required: true }, indicators: { required: true } },
  indicator: {
    code: { required: true },
    name: { required: true },
    nameNotes: { required: false },
    hostUnit: { required: true },
    partnerUnits: { required: true },
    unit: { required: true },
    target: { required: true },
    legalBasis: { required: true },
    shortName: { required: true },
    numerator: { required: true },
    denominator: { required: true },
    function: { required: true },
    en: { required: false },
  },
  target: { kind: { required: true }, percent: { required: true } },
  en: { shortName: { required: false }, numerator: { required: false }, denominator: { required: false } },
} as const satisfies Record<string, Shape>;

/** Texts longer than this are typing accidents (a legal basis is a few hundred characters). */
const MAX_TEXT = 2000;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
/** "I.1", "IV.12": a section id in Roman numerals, a dot, a number. */
const CODE_PATTERN = /^([IVXLC]+)\.(\d{1,2})$/;
const SECTION_PATTERN = /^[IVXLC]+$/;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(value: Json): string {
  if (value === undefined) return "";
  const text = typeof value === "string" ? `“${value}”` : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

class Collector {
  readonly problems: PlanProblem[] = [];
  add(kind: PlanProblemKind, path: string, params?: PlanProblem["params"]): void {
    this.problems.push(params ? { kind, path, params } : { kind, path });
  }
  /** The object's own fields against a shape: missing and unknown ones. Returns false if not an object. */
  object(value: Json, path: string, shape: Shape): value is Record<string, Json> {
    if (!isObject(value)) {
      this.add("wrongType", path, { expected: "object", found: shown(value) });
      return false;
    }
    for (const [field, { required }] of Object.entries(shape)) {
      if (required && !(field in value)) this.add("missing", join(path, field));
    }
    for (const field of Object.keys(value)) {
      if (!(field in shape)) this.add("unknownField", join(path, field), { choices: Object.keys(shape).join(", ") });
    }
    return true;
  }
  text(value: Json, path: string, optional = false): value is string {
    if (value === undefined && optional) return false;
    if (typeof value !== "string") {
      this.add("wrongType", path, { expected: "text", found: shown(value) });
      return false;
    }
    if (value.trim() === "" || value.length > MAX_TEXT) {
      this.add("empty", path, { found: shown(value) });
      return false;
    }
    return true;
  }
  nullableText(value: Json, path: string): void {
    if (value !== null) this.text(value, path);
  }
  list(value: Json, path: string): value is Json[] {
    if (!Array.isArray(value)) {
      this.add("wrongType", path, { expected: "list", found: shown(value) });
      return false;
    }
    if (value.length === 0) {
      this.add("empty", path);
      return false;
    }
    return true;
  }
}

const join = (path: string, field: string | number): string =>
  typeof field === "number" ? `${path}[${field}]` : path === "" ? field : `${path}.${field}`;

/** Validates a parsed plan file. */
export function validatePlanFile(value: Json): PlanValidation {
  const c = new Collector();
  if (!isObject(value)) {
    c.add("notObject", "", { found: shown(value) });
    return { ok: false, problems: c.problems };
  }
  c.object(value, "", FIELDS.file);
  if ("format" in value && value.format !== PLAN_FORMAT_VERSION) {
    c.add("badFormatVersion", "format", { expected: String(PLAN_FORMAT_VERSION), found: shown(value.format) });
  }
  if ("year" in value && !(Number.isInteger(value.year) && (value.year as number) >= MIN_YEAR && (value.year as number) <= MAX_YEAR)) {
    c.add("badYear", "year", { found: shown(value.year), expected: `${MIN_YEAR}–${MAX_YEAR}` });
  }
  if ("governingBody" in value) c.text(value.governingBody, "governingBody");
  if ("issuingBody" in value) c.text(value.issuingBody, "issuingBody");
  if ("plan" in value && c.object(value.plan, "plan", FIELDS.plan)) {
    const plan = value.plan;
    if ("title" in plan) c.text(plan.title, "plan.title");
    if ("number" in plan) c.nullableText(plan.number, "plan.number");
    if ("date" in plan && plan.date !== null && !isIsoDate(plan.date)) c.add("badDate", "plan.date", { found: shown(plan.date) });
  }
  if ("appendix" in value && c.object(value.appendix, "appendix", FIELDS.appendix)) {
    for (const field of ["label", "title", "yearHeadingPrefix"] as const) {
      if (field in value.appendix) c.text(value.appendix[field], `appendix.${field}`);
    }
  }
  const hostUnits = new Set<string>();
  if ("hostUnits" in value && c.list(value.hostUnits, "hostUnits")) {
    value.hostUnits.forEach((unit, i) => {
      if (!c.text(unit, join("hostUnits", i))) return;
      if (hostUnits.has(unit.trim())) c.add("duplicateHostUnit", join("hostUnits", i), { found: shown(unit) });
      hostUnits.add(unit.trim());
    });
  }
  if ("sections" in value && c.list(value.sections, "sections")) validateSections(c, value.sections, hostUnits);
  return c.problems.length === 0 ? { ok: true, file: value as unknown as PlanFile } : { ok: false, problems: c.problems };
}

function validateSections(c: Collector, sections: Json[], hostUnits: ReadonlySet<string>): void {
  const sectionIds = new Set<string>();
  const codes = new Map<string, string>();
  const functions = new Map<string, string>();
  sections.forEach((section, s) => {
    const path = join("sections", s);
    if (!c.object(section, path, FIELDS.section)) return;
    let id: string | undefined;
    if ("id" in section && c.text(section.id, join(path, "id"))) {
      id = section.id.trim();
      if (!SECTION_PATTERN.test(id)) c.add("badCode", join(path, "id"), { found: shown(section.id), expected: "I, II, III…" });
      else if (sectionIds.has(id)) c.add("duplicateSection", join(path, "id"), { found: shown(id) });
      sectionIds.add(id);
    }
    if ("title" in section) c.text(section.title, join(path, "title"));
    if (!("indicators" in section) || !c.list(section.indicators, join(path, "indicators"))) return;
    section.indicators.forEach((indicator, i) => {
      const at = join(join(path, "indicators"), i);
      if (!c.object(indicator, at, FIELDS.indicator)) return;
      if ("code" in indicator && c.text(indicator.code, join(at, "code"))) {
        const code = indicator.code.trim();
        const match = CODE_PATTERN.exec(code);
        if (!match) c.add("badCode", join(at, "code"), { found: shown(indicator.code), expected: "I.1" });
        else if (id !== undefined && match[1] !== id) c.add("codeOutsideSection", join(at, "code"), { found: shown(code), expected: id });
        const before = codes.get(code);
        if (before !== undefined) c.add("duplicateCode", join(at, "code"), { found: shown(code), where: before });
        else codes.set(code, join(at, "code"));
      }
      for (const field of ["name", "partnerUnits", "legalBasis", "shortName", "numerator", "denominator"] as const) {
        if (field in indicator) c.text(indicator[field], join(at, field));
      }
      if ("nameNotes" in indicator && Array.isArray(indicator.nameNotes)) {
        indicator.nameNotes.forEach((note, n) => c.text(note, join(join(at, "nameNotes"), n)));
      } else if ("nameNotes" in indicator) {
        c.add("wrongType", join(at, "nameNotes"), { expected: "list", found: shown(indicator.nameNotes) });
      }
      if ("unit" in indicator && indicator.unit !== "%") c.add("badUnit", join(at, "unit"), { found: shown(indicator.unit) });
      if ("hostUnit" in indicator && c.text(indicator.hostUnit, join(at, "hostUnit")) && !hostUnits.has(indicator.hostUnit.trim())) {
        c.add("unknownHostUnit", join(at, "hostUnit"), { found: shown(indicator.hostUnit), choices: [...hostUnits].join("; ") });
      }
      if ("target" in indicator && c.object(indicator.target, join(at, "target"), FIELDS.target)) {
        const target = indicator.target;
        if ("kind" in target && target.kind !== "minimum" && target.kind !== "exact") {
          c.add("badTargetKind", join(at, "target.kind"), { found: shown(target.kind), choices: "minimum, exact" });
        }
        if ("percent" in target && !(typeof target.percent === "number" && Number.isFinite(target.percent) && target.percent >= 0 && target.percent <= 100)) {
          c.add("targetOutOfRange", join(at, "target.percent"), { found: shown(target.percent) });
        }
      }
      if ("function" in indicator && indicator.function !== null) {
        const name = typeof indicator.function === "string" ? indicator.function.trim().toUpperCase() : "";
        if (!(PLAN_FUNCTION_NAMES as readonly string[]).includes(name)) {
          c.add("unknownFunction", join(at, "function"), { found: shown(indicator.function), choices: PLAN_FUNCTION_NAMES.join(", ") });
        } else if (functions.has(name)) {
          c.add("duplicateFunction", join(at, "function"), { found: shown(name), where: functions.get(name)! });
        } else {
          functions.set(name, join(at, "function"));
        }
      }
      if ("en" in indicator && c.object(indicator.en, join(at, "en"), FIELDS.en)) {
        for (const field of ["shortName", "numerator", "denominator"] as const) {
          if (field in indicator.en) c.text(indicator.en[field], join(at, `en.${field}`), true);
        }
      }
    });
  });
}

function isIsoDate(value: Json): boolean {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Parses the text of a plan file and validates it; malformed JSON is one problem with its position. */
export function parsePlanFileText(text: string): PlanValidation {
  let value: Json;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ kind: "malformedJson", path: "", params: { where: message } }] };
  }
  return validatePlanFile(value);
}

/** A problem in words: "sections[2].indicators[0].target.percent: …" in the UI language. */
export function describePlanProblem(problem: PlanProblem, strings: PlanStrings): string {
  const p = problem.params ?? {};
  const expected = p.expected !== undefined ? (strings.types as Record<string, string>)[p.expected] ?? p.expected : "";
  const message = fillTemplate(strings.problems[problem.kind], {
    expected,
    found: p.found ?? "",
    choices: p.choices ?? "",
    where: p.where ?? "",
  });
  return problem.path === "" ? message : fillTemplate(strings.at, { path: problem.path, message });
}
