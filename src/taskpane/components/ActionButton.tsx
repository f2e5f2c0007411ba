import { makeStyles } from "@fluentui/react-components";
import type { Ref } from "react";
import type { ActionId } from "../state";
import { PaneButton } from "./PaneButton";
import { PaneSpinner } from "./PaneSpinner";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface ActionButtonProps {
  readonly action: ActionId;
  /** The action running now: every action button waits while one runs. */
  readonly busy: ActionId | null;
  readonly label: string;
  /** Shown beside the spinner while this action runs. */
  readonly running: string;
  readonly onClick: () => void;
  readonly primary?: boolean;
  /** A longer accessible name when the visible label alone is ambiguous. */
  readonly ariaLabel?: string;
  /** The id of a note beside the button that screen readers read with it (a warning, e.g.). */
  readonly describedBy?: string;
  readonly disabled?: boolean;
  /** For one action shared by several buttons: false hides the spinner of the others. */
  readonly active?: boolean;
  readonly buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * A button that starts an action. While any action runs it stays focusable but does nothing
 * (keyboard focus is not lost), and the running one shows a spinner with what it is doing.
 */
export function ActionButton({ buttonRef, ...props }: ActionButtonProps) {
  const styles = useStyles();
  const running = props.busy === props.action && props.active !== false;
  return (
    <div className={styles.row}>
      <PaneButton
        buttonRef={buttonRef}
        primary={props.primary}
        disabledFocusable={props.busy !== null || props.disabled === true}
        ariaLabel={props.ariaLabel}
        describedBy={props.describedBy}
        onClick={props.onClick}
      >
        {props.label}
      </PaneButton>
      {running ? <PaneSpinner size="tiny" label={props.running} /> : null}
    </div>
  );
}
