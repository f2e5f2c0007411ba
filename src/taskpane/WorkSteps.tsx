/**
 * The "Các bước" tab inside Excel: the seven steps of the job in order, with Văn phòng Sở's
 * consolidation after step 3 and the document frame's fields after the check, each a closable Step. Only
 * the step that matters next is open (steps.ts decides, the reducer keeps it); a closed step shows
 * one line: its last outcome, or what the pane knows of it (the choice, the sheet, the figures).
 */
import { Suspense, lazy, useSyncExternalStore } from "react";
import { periodUiLabel } from "../domain/period";
import { ActionStep } from "./components/ActionStep";
import { ConsolidateStep } from "./components/ConsolidateStep";
import { DocumentStep } from "./components/DocumentStep";
import { FillStep } from "./components/FillStep";
import { InsertStep } from "./components/InsertStep";
import { PaneSpinner } from "./components/PaneSpinner";
import { SetupStep } from "./components/SetupStep";
import { ShareStep } from "./components/ShareStep";
import type { StepFrame } from "./components/Step";
import type { StepId } from "./steps";
import type { PaneActions } from "./actions";
import type { ActionId, Outcome, PaneState } from "./state";
import { fill, useLocale } from "./strings";
import type { Pane } from "./usePane";

/** Shown after a check: loaded with the check's wording of findings (src/domain/check.ts). */
const CheckResults = lazy(() => import(/* webpackChunkName: "check-results" */ "./components/CheckResults"));
/** The paragraph for the written report, after a check: in the same chunk as the check's results. */
const ReportSummary = lazy(() => import(/* webpackChunkName: "check-results" */ "./components/ReportSummary"));

export interface WorkStepsProps {
  readonly pane: Pane;
  /** For the consolidation (its own preview and write) and the summary's "Sao chép". */
  readonly actions: Pick<PaneActions, "previewConsolidation" | "consolidate" | "copyText">;
  /** The action running now ("starting" while Office has not answered): every action button waits. */
  readonly busy: ActionId | null;
}

const noSubscription = (): (() => void) => () => undefined;

/** What a closed step says: its last outcome, else what `fallback` knows. */
function summaryOf(outcome: Outcome | undefined, fallback?: string): string | undefined {
  return outcome?.text ?? fallback;
}

/** How each step of the pane is framed: open or closed (the reducer keeps which), and its one line. */
export function useStepFrame({ state, dispatch }: Pick<Pane, "state" | "dispatch">): (step: StepId, summary?: string) => StepFrame {
  // The first view (rendered at build time) cannot toggle a step until it is hydrated: the server
  // snapshot (false) renders it and hydrates it, the browser's (true) follows at once.
  const live = useSyncExternalStore(noSubscription, () => true, () => false);
  return (step, summary) => ({
    open: state.openSteps.includes(step),
    summary,
    onToggle: () => dispatch({ type: "toggleStep", step }),
    waiting: !live,
  });
}

export function WorkSteps({ pane, actions, busy }: WorkStepsProps) {
  const { s, periods } = useLocale();
  const { state, dispatch, handlers, request, run } = pane;
  const { outcomes, choice } = state;
  const frame = useStepFrame(pane);
  const { insertSummary, fillSummary } = sheetSummaries(state, s.steps);
  return (
    <>
      <SetupStep
        frame={frame(
          "setup",
          fill(s.steps.setupSummary, {
            year: String(choice.year),
            unit: choice.myUnit ?? s.setup.allUnits,
            period: periodUiLabel(choice.period, periods),
          }),
        )}
        choice={choice}
        busy={busy}
        periodOutcome={outcomes.period}
        onChange={(next) => dispatch({ type: "choose", choice: next })}
        onApplyPeriod={handlers.applyPeriod}
      />
      <InsertStep
        frame={frame("insert", summaryOf(outcomes.insert, insertSummary))}
        kind={state.insertKind}
        busy={busy}
        outcome={outcomes.insert}
        askExisting={state.askExisting}
        onKind={(kind) => dispatch({ type: "insertKind", kind })}
        onInsert={() => handlers.insert("ask")}
        onAnswer={handlers.answer}
      />
      <FillStep
        frame={frame("fill", summaryOf(outcomes.protect ?? outcomes.unprotect, fillSummary))}
        {...(choice.plan ? { indicators: choice.plan.plan.indicators } : {})}
        myUnit={choice.myUnit}
        myUnitOnly={state.myUnitOnly}
        busy={busy}
        goToOutcome={outcomes.goTo}
        protectOutcome={outcomes.protect ?? outcomes.unprotect}
        onMyUnitOnly={(value) => dispatch({ type: "myUnitOnly", value })}
        onGoTo={(code) => handlers.goTo(code)}
        onProtect={() => handlers.protection(true)}
        onUnprotect={() => handlers.protection(false)}
      />
      <ConsolidateStep
        frame={frame("consolidate", summaryOf(outcomes.consolidate ?? outcomes.consolidatePreview))}
        actions={actions}
        request={request}
        busy={busy}
        previewOutcome={outcomes.consolidatePreview}
        writeOutcome={outcomes.consolidate}
        run={run}
      />
      <ActionStep
        frame={frame("highlight", summaryOf(outcomes.highlight))}
        action="highlight"
        text={s.highlight}
        busy={busy}
        outcome={outcomes.highlight}
        onRun={handlers.highlight}
      />
      <ActionStep
        frame={frame("check", summaryOf(outcomes.check))}
        action="check"
        text={s.check}
        busy={busy}
        outcome={outcomes.check}
        onRun={handlers.check}
      >
        {state.check ? (
          <Suspense fallback={<PaneSpinner size="tiny" label={s.app.loading} />}>
            <CheckResults result={state.check} busy={busy} selectOutcome={outcomes.select} onSelect={handlers.select} />
            <ReportSummary result={state.check} period={choice.period} onCopy={(text) => actions.copyText(text)} />
          </Suspense>
        ) : null}
      </ActionStep>
      <DocumentStep
        frame={frame("document", summaryOf(outcomes.document))}
        fields={state.document}
        busy={busy}
        outcome={outcomes.document}
        onChange={(fields) => dispatch({ type: "document", fields })}
        onWrite={handlers.fillDocument}
      />
      <ShareStep
        frame={frame("share", summaryOf(outcomes.portableCopy))}
        mode={state.portableMode}
        busy={busy}
        outcome={outcomes.portableCopy}
        onMode={(mode) => dispatch({ type: "portableMode", mode })}
        onRun={handlers.portableCopy}
      />
      <ActionStep
        frame={frame("download", summaryOf(outcomes.download))}
        action="download"
        text={s.download}
        busy={busy}
        outcome={outcomes.download}
        onRun={handlers.download}
      />
    </>
  );
}

/** What the status read says of steps 2 and 3: the appendix is there; how many indicators have figures. */
function sheetSummaries(
  state: PaneState,
  words: { readonly insertSummary: string; readonly fillSummary: string },
): { insertSummary?: string; fillSummary?: string } {
  if (state.status.kind !== "read" || !state.status.reading.sheetExists) return {};
  const { sheetName, indicators } = state.status.reading;
  const withFigures = indicators.filter((i) => i.verdict !== "noData" && i.verdict !== "unknown").length;
  return {
    insertSummary: fill(words.insertSummary, { sheet: sheetName }),
    fillSummary: fill(words.fillSummary, { count: String(withFigures), total: String(indicators.length) }),
  };
}
