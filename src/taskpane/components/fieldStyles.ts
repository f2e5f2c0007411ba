/**
 * The styles native form controls share (Fields.tsx, DocumentFieldsForm.tsx): a field's column,
 * its label, its hint, and the box of a text input or select — Fluent's look from Fluent's tokens.
 * Plain objects, so Griffel extracts them at build time like any makeStyles argument.
 */
import { tokens } from "../tokens";

export const FIELD_STYLE = { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS } as const;

export const LABEL_STYLE = {
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  fontWeight: tokens.fontWeightSemibold,
  color: tokens.colorNeutralForeground1,
} as const;

export const HINT_STYLE = { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 } as const;

/** The box of a select or text input. */
export const CONTROL_STYLE = {
  boxSizing: "border-box",
  width: "100%",
  minHeight: "32px",
  paddingInline: tokens.spacingHorizontalS,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  ":focus-visible": {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "1px",
  },
} as const;
