/**
 * A button on the native <button>, styled with Fluent's tokens as Fluent's Button (medium size,
 * rounded; primary and secondary appearances; disabled-but-focusable; high contrast). The pane's
 * action buttons use it instead of Fluent's Button, whose styles alone weigh more than the rest of
 * the pane's first view (the dialog and the check's findings, loaded later, keep Fluent's).
 * Unlike Fluent's, it does not fade its colours: every button turns from disabled to enabled when
 * an action ends, and a fading button is, for a moment, text without contrast.
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";
import { borderColor, tokens } from "../tokens";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    verticalAlign: "middle",
    margin: 0,
    minWidth: "96px",
    minHeight: "32px",
    padding: `5px ${tokens.spacingHorizontalM}`,
    overflow: "hidden",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    outlineStyle: "none",
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
    },
    ":hover:active": {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...borderColor(tokens.colorNeutralStroke1Pressed),
      color: tokens.colorNeutralForeground1Pressed,
    },
    ":focus-visible": {
      ...borderColor(tokens.colorStrokeFocus2),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
      zIndex: 1,
    },
    "@media (forced-colors: active)": {
      ":focus": { ...borderColor("ButtonText") },
      ":hover": { backgroundColor: "HighlightText", color: "Highlight", forcedColorAdjust: "none" },
    },
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...borderColor("transparent"),
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...borderColor("transparent"),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ":hover:active": {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      ...borderColor("transparent"),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ":focus-visible": {
      ...borderColor(tokens.colorStrokeFocus2),
      boxShadow: `${tokens.shadow2}, 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
    },
    "@media (forced-colors: active)": {
      backgroundColor: "Highlight",
      color: "HighlightText",
      forcedColorAdjust: "none",
      ":hover": { backgroundColor: "HighlightText", color: "Highlight" },
    },
  },
  disabled: {
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    ...borderColor(tokens.colorNeutralStrokeDisabled),
    color: tokens.colorNeutralForegroundDisabled,
    cursor: "not-allowed",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
    },
    ":hover:active": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
    },
    "@media (forced-colors: active)": {
      backgroundColor: "ButtonFace",
      color: "GrayText",
      ...borderColor("GrayText"),
      ":hover": { backgroundColor: "ButtonFace", color: "GrayText" },
    },
  },
});

export interface PaneButtonProps {
  readonly children: ReactNode;
  readonly onClick: () => void;
  readonly primary?: boolean;
  /**
   * Disabled but still focusable (Fluent's disabledFocusable): aria-disabled, no click, so that
   * keyboard focus is not lost while an action runs.
   */
  readonly disabledFocusable?: boolean;
  readonly ariaLabel?: string;
  /** The id of a note that says more about what the button does (aria-describedby). */
  readonly describedBy?: string;
  readonly buttonRef?: Ref<HTMLButtonElement>;
}

export function PaneButton({ children, onClick, primary, disabledFocusable, ariaLabel, describedBy, buttonRef }: PaneButtonProps) {
  const styles = useStyles();
  const disabled = disabledFocusable === true;
  return (
    <button
      ref={buttonRef}
      type="button"
      className={mergeClasses(styles.root, primary && styles.primary, disabled && styles.disabled)}
      aria-disabled={disabled ? true : undefined}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      onClick={disabled ? undefined : onClick}
    >
      {children}
    </button>
  );
}
