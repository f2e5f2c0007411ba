/**
 * English strings of the pane's "Support" section, shown when Excel runs in English. Typed against
 * the Vietnamese strings (src/i18n/vi/support.ts) so neither language can miss a string.
 */
import type { SupportStrings } from "../vi/support";

export const supportEn: SupportStrings = {
  explain:
    "The self-test runs every function of the add-in in this Excel, on temporary sheets it deletes when done: your sheets, names and selection stay as they are. It takes a few seconds.",
  button: "Self-test",
  running: "Running the self-test… (a few seconds)",
  outsideExcel: "The self-test runs only when the add-in is open in Excel.",
  resultsLabel: "Self-test results",
  summary: {
    passed: "The add-in works in this Excel: {passed}/{total} steps passed.",
    passedWithSkips: "The add-in works in this Excel: {passed} steps passed, {skipped} skipped because this Excel lacks what they need.",
    failed: "{failed} step(s) failed. Press “Copy” under Support information below and send it to whoever supports you.",
    skipped: "This Excel could run none of the add-in's steps (see each step's reason).",
  },
  status: {
    passed: "Passed",
    failed: "Failed",
    skipped: "Skipped",
  },
  stepLine: "{status}: {step} ({duration})",
  seconds: "{value} s",
  steps: {
    insertKpi: "Insert the appendix with the KPI.* functions",
    insertNative: "Insert the appendix with ordinary Excel formulas",
    figures: "Enter the sample figures (every assessment among them)",
    calculateKpi: "Excel computes the KPI.* functions by the rules",
    calculateNative: "Excel computes the ordinary formulas by the rules",
    highlight: "Highlight results (all conditional-format rules present)",
    validation: "Input cells reject a wrong figure (data validation)",
    check: "The check before submission finds what it should",
    portable: "The copy to hand in uses ordinary formulas only, with the same results",
    period: "Monthly reporting: switching the period updates the results",
  },
  skipped: {
    requirement: "This Excel does not support {set} {version}.",
    dependsOn: "Needs the step “{step}”, which did not succeed.",
  },
  problems: {
    mismatch: "{count} cell(s) differ from the rules. For example: {examples}",
    notCalculated:
      "Excel had not finished calculating after waiting {seconds} s (cells still show #BUSY! or Excel is still calculating). Close other workbooks, wait, and run the self-test again.",
    notCalculatedExamples: "Not yet right: {examples}",
    status: "The add-in's function answered “{found}” instead of “{expected}”.",
    count: "{found} of the add-in's highlight rules are present; {expected} are needed.",
    error: "Excel reported the error {code}: {message}",
  },
  mismatch: "{where}: Excel shows {found}, the rules give {expected}",
  mismatchWhere: "{cell} ({code}, {part})",
  parts: {
    result: "Result",
    verdict: "Assessment",
    numerator: "Numerator (b)",
    denominator: "Denominator (a)",
    ytdResult: "Year-to-date result",
    ytdVerdict: "Year-to-date assessment",
    period: "Report period",
    resultFormula: "formula of the Result cell",
    verdictFormula: "formula of the Assessment cell",
    ytdResultFormula: "formula of the year-to-date Result cell",
    ytdVerdictFormula: "formula of the year-to-date Assessment cell",
    validationRule: "data-validation rule",
    rejectsBadValue: "a wrong figure judged invalid",
    acceptsGoodValue: "a right figure judged valid",
    restored: "the original figure written back",
    checkVerdict: "the check's assessment",
    finding: "finding",
  },
  values: {
    blank: "(blank)",
    noNumber: "no number (blank or an error)",
    kpiFormula: "a formula using KPI.*",
    nativeFormula: "a formula without KPI.*",
  },
  cleanup: {
    done: "Deleted the temporary sheets and names, and returned to your sheet and selection.",
    left: "Could not delete the temporary sheets: {sheets}. Delete them yourself (right-click the sheet tab › Delete).",
    namesLeft: "{count} temporary name(s) (starting with KPITEST_) remain in Formulas › Name Manager; they can be deleted.",
    error: "Error while cleaning up: {code}: {message}",
  },
  info: {
    heading: "Support information",
    explain:
      "When the add-in does not work right, send the text below (press “Copy”, then paste it into an e-mail) to whoever supports you. The add-in never sends this anywhere itself.",
    label: "Support information (read-only)",
    copy: "Copy",
    copied: "Copied the support information. Paste it (Ctrl+V) into your e-mail.",
    copyRefused: "Excel does not allow copying automatically. The text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.",
  },
  text: {
    title: "Support information – KPI CCHC 2024 add-in",
    addin: "Add-in: version {version}, build {commit}",
    office: "Office: {host}, platform {platform}, version {version}, display language {language}",
    notInOffice: "Office: not running in Office (viewed outside Excel)",
    sets: "Supported requirement sets: {sets}",
    setNone: "{set} none",
    unknown: "unknown",
    selfTest: "Self-test at {time}: {passed} passed, {failed} failed, {skipped} skipped; total {duration}",
    notRun: "Self-test: not run",
    step: "{index}. {step}: {status} ({duration})",
    detail: "   {text}",
    cleanup: "Temporary sheets: {text}",
  },
};
