/**
 * The self-test's report and the support information in words (the pane's language): each step's
 * line and what went wrong, the summary, and the "Thông tin hỗ trợ" text to paste into an e-mail.
 * Pure; loaded with components/SupportSection.tsx (its own chunk).
 */
import type { ExpectedValue, Mismatch, SelfTestReport, StepProblem, StepResult } from "../domain/selfTest";
import { SELF_TEST_STEPS, overallStatus } from "../domain/selfTest";
import { fillTemplate as fill } from "../domain/template";
import type { Language } from "../i18n/language";
import type { SupportStrings } from "../i18n/vi/support";
import type { SupportInfo } from "./supportInfo";

const LOCALES: Readonly<Record<Language, string>> = { vi: "vi-VN", en: "en-US" };

function formatNumber(value: number, language: Language, digits = 6): string {
  return value.toLocaleString(LOCALES[language], { maximumFractionDigits: digits });
}

/** "1,2 giây" / "1.2 s". */
export function formatDuration(ms: number, strings: SupportStrings, language: Language): string {
  const seconds = Math.round(ms / 100) / 10;
  return fill(strings.seconds, { value: seconds.toLocaleString(LOCALES[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

function formatFound(value: unknown, strings: SupportStrings, language: Language): string {
  if (value === null || value === undefined || value === "") return strings.values.blank;
  if (typeof value === "number") return formatNumber(value, language);
  return `“${String(value)}”`;
}

function formatExpected(expected: ExpectedValue, strings: SupportStrings, language: Language): string {
  switch (expected.kind) {
    case "number":
      return formatNumber(expected.value, language);
    case "text":
      return expected.value === "" ? strings.values.blank : `“${expected.value}”`;
    case "noNumber":
      return strings.values.noNumber;
    case "kpiFormula":
      return strings.values.kpiFormula;
    case "nativeFormula":
      return strings.values.nativeFormula;
  }
}

function partName(part: string, strings: SupportStrings): string {
  return (strings.parts as Readonly<Record<string, string>>)[part] ?? part;
}

export function mismatchText(mismatch: Mismatch, strings: SupportStrings, language: Language): string {
  const where = [mismatch.cell, mismatch.code, partName(mismatch.part, strings)].filter((x) => x);
  const [first, ...rest] = where;
  return fill(strings.mismatch, {
    where: rest.length > 0 ? `${first} (${rest.join(", ")})` : (first ?? ""),
    found: formatFound(mismatch.found, strings, language),
    expected: formatExpected(mismatch.expected, strings, language),
  });
}

function examples(mismatches: readonly Mismatch[], strings: SupportStrings, language: Language): string {
  return mismatches.map((m) => mismatchText(m, strings, language)).join("; ");
}

/** What went wrong in a failed step. */
export function problemText(problem: StepProblem, strings: SupportStrings, language: Language): string {
  const p = strings.problems;
  switch (problem.kind) {
    case "mismatch":
      return fill(p.mismatch, { count: problem.total, examples: examples(problem.mismatches, strings, language) });
    case "notCalculated": {
      const waited = fill(p.notCalculated, { seconds: formatNumber(problem.waitedMs / 1000, language, 1) });
      return problem.mismatches.length > 0
        ? `${waited} ${fill(p.notCalculatedExamples, { examples: examples(problem.mismatches, strings, language) })}`
        : waited;
    }
    case "status":
      return fill(p.status, { found: problem.found, expected: problem.expected });
    case "count":
      return fill(p.count, { found: problem.found, expected: problem.expected });
    case "error":
      return fill(p.error, { code: problem.code, message: problem.message });
  }
}

/** Why a step was skipped, or what went wrong; "" for a passed step. */
export function stepDetail(step: StepResult, strings: SupportStrings, language: Language): string {
  if (step.status === "failed" && step.problem) return problemText(step.problem, strings, language);
  if (step.status === "skipped") {
    if (step.requirement) return fill(strings.skipped.requirement, { set: step.requirement.set, version: step.requirement.version });
    if (step.dependsOn) return fill(strings.skipped.dependsOn, { step: strings.steps[step.dependsOn] });
  }
  return "";
}

export interface SummaryOutcome {
  readonly intent: "success" | "warning" | "error";
  readonly text: string;
}

function counts(report: SelfTestReport): { passed: number; failed: number; skipped: number } {
  const of = (status: StepResult["status"]): number => report.steps.filter((s) => s.status === status).length;
  return { passed: of("passed"), failed: of("failed"), skipped: of("skipped") };
}

/** The one sentence over the steps. */
export function summaryOutcome(report: SelfTestReport, strings: SupportStrings): SummaryOutcome {
  const { passed, failed, skipped } = counts(report);
  const status = overallStatus(report);
  const cleanupNote = report.cleanup.complete ? "" : ` ${cleanupText(report, strings)}`;
  if (status === "failed") return { intent: "error", text: fill(strings.summary.failed, { failed }) + cleanupNote };
  if (status === "skipped") return { intent: "warning", text: strings.summary.skipped + cleanupNote };
  const text =
    skipped > 0 ? fill(strings.summary.passedWithSkips, { passed, skipped }) : fill(strings.summary.passed, { passed, total: report.steps.length });
  return { intent: report.cleanup.complete ? "success" : "warning", text: text + cleanupNote };
}

/** What the clean-up did. */
export function cleanupText(report: SelfTestReport, strings: SupportStrings): string {
  const c = report.cleanup;
  if (c.complete) return strings.cleanup.done;
  const parts: string[] = [];
  if (c.sheetsLeft.length > 0) parts.push(fill(strings.cleanup.left, { sheets: c.sheetsLeft.map((s) => `“${s}”`).join(", ") }));
  if (c.namesLeft > 0) parts.push(fill(strings.cleanup.namesLeft, { count: c.namesLeft }));
  if (c.error) parts.push(fill(strings.cleanup.error, { code: c.error.code, message: c.error.message }));
  return parts.join(" ");
}

export interface SupportTextInput {
  readonly info: SupportInfo;
  readonly report?: SelfTestReport;
  /** When the self-test ran (shown in the pane's language and time zone). */
  readonly ranAt?: Date;
}

/** The "Thông tin hỗ trợ" text: the add-in, Office, the requirement sets, the self-test's steps. */
export function supportText({ info, report, ranAt }: SupportTextInput, strings: SupportStrings, language: Language): string {
  const t = strings.text;
  const known = (value: string | null): string => value ?? t.unknown;
  const lines = [t.title, fill(t.addin, { version: info.addinVersion, commit: info.buildCommit })];
  lines.push(
    info.host === null
      ? t.notInOffice
      : fill(t.office, {
          host: info.host,
          platform: known(info.platform),
          version: known(info.officeVersion),
          language: known(info.displayLanguage),
        }),
  );
  const sets = info.requirementSets.map((s) => (s.highest ? `${s.set} ${s.highest}` : fill(t.setNone, { set: s.set })));
  lines.push(fill(t.sets, { sets: sets.join("; ") }));
  if (!report) {
    lines.push(t.notRun);
    return lines.join("\n");
  }
  const { passed, failed, skipped } = counts(report);
  const time = ranAt ? ranAt.toLocaleString(LOCALES[language]) : t.unknown;
  lines.push(fill(t.selfTest, { time, passed, failed, skipped, duration: formatDuration(report.totalMs, strings, language) }));
  report.steps.forEach((step, i) => {
    lines.push(
      fill(t.step, {
        index: i + 1,
        step: strings.steps[step.id],
        status: strings.status[step.status],
        duration: formatDuration(step.durationMs, strings, language),
      }),
    );
    const detail = stepDetail(step, strings, language);
    if (detail) lines.push(fill(t.detail, { text: detail }));
  });
  lines.push(fill(t.cleanup, { text: cleanupText(report, strings) }));
  return lines.join("\n");
}

/** The steps in the order the report lists them (for components that show a fixed list). */
export const STEP_ORDER = SELF_TEST_STEPS;
