import { lazy, Suspense, useEffect, useRef } from "react";
import type { ActionId, Outcome } from "../state";
import { useLocale } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { Step } from "./Step";

const ExistsDialog = lazy(() => import(/* webpackChunkName: "dialog" */ "./ExistsDialog"));

export interface InsertStepProps {
  readonly busy: ActionId | null;
  readonly outcome: Outcome | undefined;
  /** The "update or new sheet" question: null until first asked, then open or closed. */
  readonly askExisting: { readonly sheetName: string; readonly open: boolean } | null;
  readonly onInsert: () => void;
  readonly onAnswer: (answer: "update" | "newSheet" | "cancel") => void;
}

/** Step 2: insert the appendix; when the sheet exists, ask whether to update it or add a new one. */
export function InsertStep({ busy, outcome, askExisting, onInsert, onAnswer }: InsertStepProps) {
  const { s } = useLocale();
  // When the question closes, keyboard focus returns to the button that asked it.
  const button = useRef<HTMLButtonElement>(null);
  const open = askExisting?.open ?? false;
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <Step id="insert" heading={s.insert.heading} explain={s.insert.explain}>
      <ActionButton
        action="insert"
        busy={busy}
        primary
        label={s.insert.button}
        running={s.insert.running}
        onClick={onInsert}
        buttonRef={button}
      />
      <OutcomeBar outcome={outcome} />
      {askExisting ? (
        <Suspense fallback={null}>
          <ExistsDialog open={askExisting.open} sheetName={askExisting.sheetName} onAnswer={onAnswer} />
        </Suspense>
      ) : null}
    </Step>
  );
}
