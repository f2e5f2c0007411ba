/**
 * "Đơn vị nhập số liệu": which unit filled a workbook. The appendix carries it in a cell named
 * KPI_FILLED_BY (a drop-down of the plan's host units and "Cả Sở (tổng hợp)"), an input of the
 * document frame's block beside the table (documentFrame.ts), set from the pane's "my unit" choice
 * or `npm run workbook -- --filled-by`. Every reader finds it by its name only: a file of an older
 * version has it elsewhere (row 4, above the table). The consolidation reads it: a file marked
 * with a host unit contributes only that unit's indicators. Pure.
 */
import { HOST_UNITS } from "./catalog";
import type { CellInput } from "./ratio";

/** The label of the whole department, as the pane's unit choice words it. */
export const WHOLE_DEPARTMENT = "Cả Sở (tổng hợp)";

/** The drop-down's items, in order: the host units, then the whole department. */
export const FILLED_BY_CHOICES: readonly string[] = [...HOST_UNITS, WHOLE_DEPARTMENT];

/** What the cell is called (its name's comment, the drop-down's title). */
export const FILLED_BY_LABEL = "Đơn vị nhập số liệu";

/** The name of the "Đơn vị nhập số liệu" cell: KPI_FILLED_BY (not a KPI_DOC_… name: it is not printed). */
export function filledByName(prefix: string): string {
  return `${prefix}_FILLED_BY`;
}

/** What a workbook says about who filled it. */
export type FilledBy =
  /** One host unit: its file contributes only the indicators it hosts. */
  | { readonly kind: "unit"; readonly unit: string }
  /** "Cả Sở (tổng hợp)": every indicator. */
  | { readonly kind: "whole" }
  /** Nothing said (an older file, or the cell left blank): every indicator. */
  | { readonly kind: "unmarked" }
  /** Text that names no host unit (typed over the drop-down): treated as unmarked, and said so. */
  | { readonly kind: "unknown"; readonly text: string };

/** Lower case, NFC, spaces collapsed: how two spellings of a unit are compared. */
function fold(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}

/** The host unit (exact spelling of the plan) a text names, or undefined. */
export function hostUnitNamed(text: string): string | undefined {
  const key = fold(text);
  return HOST_UNITS.find((unit) => fold(unit) === key);
}

/** Reads the FILLED_BY cell. */
export function parseFilledBy(value: CellInput): FilledBy {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return { kind: "unmarked" };
  const text = String(value);
  const unit = hostUnitNamed(text);
  if (unit) return { kind: "unit", unit };
  if (fold(text) === fold(WHOLE_DEPARTMENT)) return { kind: "whole" };
  return { kind: "unknown", text: text.trim() };
}

/** The cell's text for the pane's "my unit" choice: a host unit, or null for the whole department. */
export function filledByOfChoice(myUnit: string | null): string {
  return myUnit === null ? WHOLE_DEPARTMENT : (hostUnitNamed(myUnit) ?? WHOLE_DEPARTMENT);
}

/**
 * The unit a new document frame is the report of (its KPI_DOC_ISSUER, under "SỞ DU LỊCH"), when
 * nothing else says: the host unit that fills the workbook, or null (the Sở's own report) for
 * "Cả Sở (tổng hợp)", a blank or an unknown text.
 */
export function frameUnitOf(filledBy: string | null | undefined): string | null {
  return filledBy ? (hostUnitNamed(filledBy) ?? null) : null;
}

/** The cell's text a FilledBy stands for ("" when unmarked). */
export function filledByText(filledBy: FilledBy): string {
  switch (filledBy.kind) {
    case "unit":
      return filledBy.unit;
    case "whole":
      return WHOLE_DEPARTMENT;
    case "unmarked":
      return "";
    case "unknown":
      return filledBy.text;
  }
}
