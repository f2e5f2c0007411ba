import type { ReactNode } from "react";
import type { ActionId, Outcome } from "../state";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { Step, type StepFrame } from "./Step";

/** A step's words, as each step's strings in src/i18n/<language>/pane.ts hold them. */
export interface ActionStepText {
  readonly heading: string;
  readonly explain: string;
  readonly button: string;
  readonly running: string;
}

export interface ActionStepProps {
  /** Also the step's element id. */
  readonly action: ActionId;
  readonly text: ActionStepText;
  readonly busy: ActionId | null;
  readonly outcome: Outcome | undefined;
  readonly onRun: () => void;
  readonly primary?: boolean;
  /** Open or closed (see Step); always open without one. */
  readonly frame?: StepFrame;
  readonly children?: ReactNode;
}

/** A step made of one action: explanation, button, progress, outcome (and what the action shows). */
export function ActionStep(props: ActionStepProps) {
  return (
    <Step id={props.action} heading={props.text.heading} explain={props.text.explain} frame={props.frame}>
      <ActionButton
        action={props.action}
        busy={props.busy}
        primary={props.primary}
        label={props.text.button}
        running={props.text.running}
        onClick={props.onRun}
      />
      <OutcomeBar outcome={props.outcome} />
      {props.children}
    </Step>
  );
}
