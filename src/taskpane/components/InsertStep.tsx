import { lazy, Suspense, useEffect, useRef } from "react";
import type { AskExisting, ActionId, InsertKind, Outcome } from "../state";
import { fill, useLocale } from "../strings";
import { planChangeQuestion } from "../planChangeText";
import { ActionButton } from "./ActionButton";
import { RadioGroupField } from "./Fields";
import { OutcomeBar } from "./OutcomeBar";
import { Step, type StepFrame } from "./Step";

const ExistsDialog = lazy(() => import(/* webpackChunkName: "dialog" */ "./ExistsDialog"));

export interface InsertStepProps {
  /** What to insert: the plain appendix or monthly reporting. */
  readonly kind: InsertKind;
  readonly busy: ActionId | null;
  readonly outcome: Outcome | undefined;
  /** The "update or new sheet" question: null until first asked, then open or closed. */
  readonly askExisting: AskExisting | null;
  readonly onKind: (kind: InsertKind) => void;
  readonly onInsert: () => void;
  readonly onAnswer: (answer: "update" | "newSheet" | "cancel") => void;
  /** Open or closed, and its one line when closed (see Step). */
  readonly frame?: StepFrame;
}

/**
 * Step 2: insert the appendix (or monthly reporting); when its sheets exist, ask whether to update
 * them or add new ones.
 */
export function InsertStep({ kind, busy, outcome, askExisting, onKind, onInsert, onAnswer, frame }: InsertStepProps) {
  const locale = useLocale();
  const { s, insert } = locale;
  // When the question closes, keyboard focus returns to the button that asked it.
  const button = useRef<HTMLButtonElement>(null);
  const open = askExisting?.open ?? false;
  const wasOpen = useRef(false);
  useEffect(() => {
    // (The step may have closed meanwhile: then its heading takes the focus, see Step.)
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const question = (ask: AskExisting): { title: string; body: string } =>
    ask.planChange
      ? planChangeQuestion({ ...ask.planChange, sheetName: ask.sheetName }, locale)
      : ask.kind === "monthly"
      ? {
          title: s.monthly.askTitle,
          body: fill(s.monthly.exists, { appendix: ask.sheetName, data: ask.dataSheetName ?? "", chart: ask.chartSheetName ?? "" }),
        }
      : { title: fill(s.insert.askTitle, { sheet: ask.sheetName }), body: fill(insert.status.exists, { sheet: ask.sheetName }) };
  return (
    <>
      <Step id="insert" heading={s.insert.heading} explain={s.insert.explain} frame={frame}>
        <RadioGroupField<InsertKind>
          label={s.insert.kindLabel}
          options={[
            { value: "plain", label: s.insert.kindPlain },
            { value: "monthly", label: s.insert.kindMonthly },
          ]}
          value={kind}
          onChange={onKind}
          hint={kind === "monthly" ? s.insert.kindMonthlyHint : undefined}
        />
        <ActionButton
          action="insert"
          busy={busy}
          primary
          label={s.insert.button}
          running={kind === "monthly" ? s.monthly.running : s.insert.running}
          onClick={onInsert}
          buttonRef={button}
        />
        <OutcomeBar outcome={outcome} />
      </Step>
      {/* Outside the step's content: the dialog stays mounted when the step closes (see ExistsDialog). */}
      {askExisting ? (
        <Suspense fallback={null}>
          <ExistsDialog
            open={askExisting.open}
            {...question(askExisting)}
            offerNewSheet={askExisting.planChange === undefined}
            onAnswer={onAnswer}
          />
        </Suspense>
      ) : null}
    </>
  );
}
