/**
 * Highlight colours. Each text colour on its fill passes WCAG AA (4.5:1) for normal text;
 * test/domain/palette.test.ts computes the ratios.
 */
import type { HighlightKind } from "./model";

export const HIGHLIGHT_COLORS: Readonly<Record<HighlightKind, { fill: string; fontColor: string }>> = {
  pass: { fill: "#C6EFCE", fontColor: "#006100" },
  fail: { fill: "#FFC7CE", fontColor: "#9C0006" },
  neutral: { fill: "#E7E6E6", fontColor: "#3A3A3A" },
  invalidInput: { fill: "#FFC7CE", fontColor: "#9C0006" },
  /** The empty Ghi chú of a missed indicator: an explanation is due. */
  missingNote: { fill: "#FFEB9C", fontColor: "#7A4A00" },
};

export const HEADER_FILL = "#DDEBF7";
export const INPUT_FILL = "#FFF9E5";
