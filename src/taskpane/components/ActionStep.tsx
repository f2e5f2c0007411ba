import type { ReactNode } from "react";
import type { ActionId, Outcome } from "../state";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { Step } from "./Step";

export interface ActionStepProps {
  readonly id: string;
  readonly heading: string;
  readonly explain: string;
  readonly action: ActionId;
  readonly label: string;
  readonly running: string;
  readonly busy: ActionId | null;
  readonly outcome: Outcome | undefined;
  readonly onRun: () => void;
  readonly primary?: boolean;
  readonly children?: ReactNode;
}

/** A step made of one action: explanation, button, progress, outcome (and what the action shows). */
export function ActionStep(props: ActionStepProps) {
  return (
    <Step id={props.id} heading={props.heading} explain={props.explain}>
      <ActionButton
        action={props.action}
        busy={props.busy}
        primary={props.primary}
        label={props.label}
        running={props.running}
        onClick={props.onRun}
      />
      <OutcomeBar outcome={props.outcome} />
      {props.children}
    </Step>
  );
}
