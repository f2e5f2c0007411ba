import { lazy, Suspense } from "react";
import type { ActionId, Outcome } from "../state";
import { useLocale } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { Step } from "./Step";

const ExistsDialog = lazy(() => import(/* webpackChunkName: "dialog" */ "./ExistsDialog"));

export interface InsertStepProps {
  readonly busy: ActionId | null;
  readonly outcome: Outcome | undefined;
  /** The existing sheet while the "update or new sheet" question is open, else null. */
  readonly askExisting: { readonly sheetName: string } | null;
  readonly onInsert: () => void;
  readonly onAnswer: (answer: "update" | "newSheet" | "cancel") => void;
}

/** Step 2: insert the appendix; when the sheet exists, ask whether to update it or add a new one. */
export function InsertStep({ busy, outcome, askExisting, onInsert, onAnswer }: InsertStepProps) {
  const { s } = useLocale();
  return (
    <Step id="insert" heading={s.insert.heading} explain={s.insert.explain}>
      <ActionButton
        action="insert"
        busy={busy}
        primary
        label={s.insert.button}
        running={s.insert.running}
        onClick={onInsert}
      />
      <OutcomeBar outcome={outcome} />
      {askExisting ? (
        <Suspense fallback={null}>
          <ExistsDialog sheetName={askExisting.sheetName} onAnswer={onAnswer} />
        </Suspense>
      ) : null}
    </Step>
  );
}
