/**
 * A progress indicator like Fluent's Spinner (role progressbar, named by its visible label; a
 * rotating brand-coloured ring; high contrast and reduced motion), drawn with one bordered
 * element: Fluent's own weighs as much as a screen of the pane, and it shows on every action.
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useId } from "react";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  ring: {
    flexShrink: 0,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2Contrast}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media screen and (prefers-reduced-motion: reduce)": { animationDuration: "1.8s" },
    "@media screen and (forced-colors: active)": {
      borderTopColor: "Highlight",
      borderRightColor: "HighlightText",
      borderBottomColor: "HighlightText",
      borderLeftColor: "HighlightText",
      forcedColorAdjust: "none",
    },
  },
  tiny: { width: "20px", height: "20px" },
  small: { width: "28px", height: "28px" },
  label: {
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
});

export interface PaneSpinnerProps {
  /** What is being done, shown beside the ring; the progress bar's accessible name. */
  readonly label: string;
  readonly size?: "tiny" | "small";
}

export function PaneSpinner({ label, size = "small" }: PaneSpinnerProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <div role="progressbar" aria-labelledby={id} className={styles.root}>
      <span aria-hidden="true" className={mergeClasses(styles.ring, size === "tiny" ? styles.tiny : styles.small)} />
      <span id={id} className={styles.label}>
        {label}
      </span>
    </div>
  );
}
