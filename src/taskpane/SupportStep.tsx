/**
 * The pane's "Hỗ trợ" section, inside Excel and outside: a closable Step of its own after the work
 * (not one of the numbered steps), closed until the user opens it. Its heading is part of the first
 * view; what it holds (components/SupportSection.tsx: the self-test and the support information,
 * with their strings) is a chunk loaded when it is first opened.
 */
import { Suspense, lazy } from "react";
import type { PaneActions } from "./actions";
import { PaneSpinner } from "./components/PaneSpinner";
import { Step } from "./components/Step";
import { SUPPORT_SECTION } from "./steps";
import type { ActionId } from "./state";
import { useLocale } from "./strings";
import type { Pane } from "./usePane";
import { useStepFrame } from "./WorkSteps";

/** "Hỗ trợ": the self-test and the support information, with their strings (own chunk). */
const SupportSection = lazy(() => import(/* webpackChunkName: "support" */ "./components/SupportSection"));

export interface SupportStepProps {
  readonly actions: PaneActions;
  readonly pane: Pane;
  /** The action running now ("starting" while Office has not answered): the self-test waits. */
  readonly busy: ActionId | null;
}

export function SupportStep({ actions, pane, busy }: SupportStepProps) {
  const { s } = useLocale();
  const frame = useStepFrame(pane)(SUPPORT_SECTION);
  const { dispatch } = pane;
  return (
    <Step id={SUPPORT_SECTION} heading={s.steps.supportHeading} frame={frame}>
      {/* Rendered (and loaded) only while the section is open. */}
      <Suspense fallback={<PaneSpinner size="tiny" label={s.app.loading} />}>
        <SupportSection
          actions={actions}
          busy={busy !== null}
          onRunning={(running) =>
            dispatch(running ? { type: "start", action: "selfTest" } : { type: "finish", action: "selfTest", outcome: null })
          }
        />
      </Suspense>
    </Step>
  );
}
