import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Outcome } from "../state";
import { useLocale } from "../strings";

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
    <MessageBar
      intent={outcome.intent}
      layout="multiline"
      politeness={outcome.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {outcome.text}
      </MessageBarBody>
    </MessageBar>
  );
}
