/** English strings of the plan file (kpi-plan.json): see src/i18n/vi/plan.ts. */
import type { PlanStrings } from "../vi/plan";

export const planEn: PlanStrings = {
  at: "{path}: {message}",
  types: { object: "an object { … }", text: "a text", list: "a list [ … ]", number: "a number" },
  problems: {
    unreadablePlanSheet: "The hidden sheet {where} holding the workbook's plan was changed and cannot be read. Insert the appendix again with the right plan file (Plan › Open plan file…).",
    malformedJson: "The plan file is not valid JSON ({where}). Open it in a text editor and fix the brackets, commas or quotes.",
    notObject: "The plan file must be a JSON object { … } (it is {found}).",
    missing: "this field is missing; add it.",
    unknownField: "this field is not part of the plan format; remove it or fix its name (fields used: {choices}).",
    wrongType: "must be {expected}, is {found}.",
    empty: "must not be empty (or is too long).",
    badFormatVersion: "the format version must be {expected} (is {found}).",
    badYear: "the year must be a whole number from {expected} (is {found}).",
    badDate: "the date must be written year-month-day, e.g. 2025-01-05, or null (is {found}).",
    badCode: "invalid code {found}; write it like {expected}.",
    codeOutsideSection: "code {found} does not belong to section {expected}; an indicator's code starts with its section's Roman numeral.",
    duplicateCode: "code {found} is used twice (also at {where}); one code per indicator.",
    duplicateSection: "section {found} is used twice; one Roman numeral per section.",
    badTargetKind: "invalid target kind {found}; use one of: {choices}.",
    targetOutOfRange: "the target must be a percentage from 0 to 100 (is {found}).",
    badUnit: "the unit must be “%” (is {found}).",
    unknownFunction: "there is no function KPI.{found}; use one of: {choices}, or null (KPI.RATIO and KPI.STATUS are used).",
    duplicateFunction: "function {found} already computes another indicator ({where}); one function per indicator.",
    unknownHostUnit: "host unit {found} is not in the hostUnits list ({choices}); add it to hostUnits or fix its name.",
    duplicateHostUnit: "unit {found} appears twice in hostUnits.",
  },
};
