/**
 * An indicator's target as the fill step shows it, "tối thiểu 95%" / "at least 95%", worded as
 * targetText of src/domain/functionHelp.ts words it (same strings, same rounding). Kept here so
 * the pane's first load carries only the strings of its own language (functionHelp reads both);
 * test/taskpane checks they agree.
 */
import type { Target } from "../domain/catalog";
import type { FunctionStrings } from "../i18n/vi/functions";
import { fill } from "./strings";

export function targetLabel(target: Target, strings: FunctionStrings): string {
  const percent = `${String(Math.round(target.fraction * 1e6) / 1e4).replace(".", strings.format.decimalSeparator)}%`;
  const d = strings.descriptions;
  return fill(target.kind === "minimum" ? d.targetMinimum : d.targetExact, { percent });
}
