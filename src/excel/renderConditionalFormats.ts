/**
 * Renders the layout's highlight rules (custom-formula conditional formats, ExcelApi 1.6) with
 * Office.js. Queues commands only: the caller syncs. Shared by the insert and by the
 * "re-apply highlighting" action.
 */
import type { ConditionalFormatSpec } from "../domain/layout/model";
import { offsetAddress, offsetFormula } from "./references";

export interface Offset {
  readonly rows: number;
  readonly columns: number;
}

export const NO_OFFSET: Offset = { rows: 0, columns: 0 };

export interface ConditionalFormatRenderOptions {
  /** Where the table stands relative to the layout (rows or columns users inserted above/left). */
  readonly offset?: Offset;
  /**
   * Ranges (layout addresses, moved by the offset like the rules) whose existing conditional
   * formats are removed first, so re-rendering does not stack duplicate rules.
   */
  readonly clear?: readonly string[];
}

/**
 * Queues one custom conditional format per rule on `sheet`: the rule's formula (relative to the
 * range's top-left cell, moved by the offset) with its fill and font colour. Returns the number of
 * rules queued.
 */
export function renderConditionalFormats(
  sheet: Excel.Worksheet,
  rules: readonly ConditionalFormatSpec[],
  options: ConditionalFormatRenderOptions = {},
): number {
  const { rows, columns } = options.offset ?? NO_OFFSET;
  for (const address of options.clear ?? []) {
    sheet.getRange(offsetAddress(address, rows, columns)).conditionalFormats.clearAll();
  }
  for (const rule of rules) {
    const format = sheet.getRange(offsetAddress(rule.address, rows, columns)).conditionalFormats.add("Custom");
    format.custom.rule.formula = offsetFormula(rule.formula, rows, columns);
    format.custom.format.fill.color = rule.style.fill;
    format.custom.format.font.color = rule.style.fontColor;
  }
  return rules.length;
}
