/**
 * The steps of the job and which one matters next. Only that one is open; a finished step closes to
 * one line with its outcome (components/Step.tsx). Pure: the reducer (state.ts) asks these.
 *
 * A new section of the pane (consolidation, a plan file …) is a Step with an id of its own: a step
 * of the job goes into WORK_STEPS where it belongs in the order, and, if an action of it leads
 * somewhere, into NEXT_STEP; a section beside the job (SUPPORT_SECTION) stays as the user left it.
 */
import type { StatusResult } from "./actions";
import type { ActionId } from "./state";

/**
 * The steps of the "Các bước" tab, in order: the seven numbered steps every unit goes through, and
 * two unnumbered ones where they are used: Văn phòng Sở's consolidation of the units' files once
 * its own figures are in (before highlighting and checking the result), and the document frame's
 * number, date and signers once the check has passed (before the copy to hand in).
 */
export const WORK_STEPS = ["setup", "insert", "fill", "consolidate", "highlight", "check", "document", "share", "download"] as const;

/** A step's id: one of WORK_STEPS, or a section's own id. */
export type StepId = (typeof WORK_STEPS)[number] | (string & {});

/** "Hỗ trợ" (SupportStep.tsx): the self-test and the support information, after the steps. */
export const SUPPORT_SECTION: StepId = "support";

/** Open before anything is known of the workbook: a new workbook needs its appendix first. */
export const FIRST_STEP: StepId = "insert";

/** Where a successful action leads; an action not listed leaves the steps as they are. */
const NEXT_STEP: Partial<Record<ActionId, StepId>> = {
  insert: "fill",
  consolidate: "check",
  highlight: "check",
  check: "share",
  document: "share",
  portableCopy: "download",
};

export function nextStepAfter(action: ActionId): StepId | undefined {
  return NEXT_STEP[action];
}

/**
 * The steps open once `step` is the one that matters: it alone of the job's steps; a section
 * beside the job the user opened (the self-test's report in it) stays open.
 */
export function openOnly(step: StepId, open: readonly StepId[]): StepId[] {
  const jobSteps: readonly StepId[] = WORK_STEPS;
  return [step, ...open.filter((id) => id !== step && !jobSteps.includes(id))];
}

/**
 * The step that matters, from what the sheet shows: insert the appendix; enter figures while an
 * indicator has none (or invalid ones, or shows no verdict); otherwise check before submitting.
 */
export function suggestedStep(reading: StatusResult): StepId {
  if (!reading.sheetExists) return "insert";
  const complete = reading.indicators.every((i) => i.verdict === "pass" || i.verdict === "fail" || i.verdict === "notApplicable");
  return complete ? "check" : "fill";
}
