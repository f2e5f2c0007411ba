import { Component, type ErrorInfo, type ReactNode } from "react";
import type { PaneStrings } from "../../i18n/vi/pane";
import { PaneButton } from "./PaneButton";
import { PaneMessage } from "./PaneMessage";

export interface ErrorBoundaryProps {
  readonly s: PaneStrings;
  readonly children?: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: unknown;
}

/**
 * Keeps the pane from going blank: a rendering error anywhere below shows a message that says
 * what to do, with a button that renders the pane again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error ?? new Error("unknown") };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Task pane error:", error, info.componentStack);
  }

  override render(): ReactNode {
    const { s } = this.props;
    if (this.state.error === null) return this.props.children;
    const detail = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return (
      <PaneMessage
        intent="error"
        title={s.errors.boundaryTitle}
        actions={<PaneButton onClick={() => this.setState({ error: null })}>{s.errors.boundaryRetry}</PaneButton>}
      >
        {s.errors.boundaryBody} ({detail})
      </PaneMessage>
    );
  }
}
