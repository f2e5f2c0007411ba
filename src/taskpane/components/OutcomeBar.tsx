import type { Outcome } from "../state";
import { useLocale } from "../strings";
import { PaneMessage } from "./PaneMessage";

/** The end of an action: what happened, or what went wrong and what to do. */
export function OutcomeBar({ outcome }: { readonly outcome: Outcome | undefined }) {
  const { s } = useLocale();
  if (!outcome) return null;
  const title = {
    success: s.results.successTitle,
    warning: s.results.warningTitle,
    error: s.results.errorTitle,
    info: s.results.infoTitle,
  }[outcome.intent];
  return (
    <PaneMessage intent={outcome.intent} title={title}>
      {outcome.text}
    </PaneMessage>
  );
}
