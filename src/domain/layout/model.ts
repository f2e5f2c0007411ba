/**
 * The back-end-neutral description of a sheet: what to write where and how it looks. Built by
 * pure functions from the catalog, rendered by Office.js (src/excel) and exceljs (src/workbook).
 * Rows and columns are 1-based; addresses are A1 strings without a sheet name.
 */
import type { Verdict } from "../ratio";

/** What a cell holds: text, a number, a formula (a string that starts with "="), or nothing. */
export type CellContent = string | number | null;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A single underline (on spaces too: the frame draws its short rules with underlined spaces). */
  readonly underline?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  /** "#RRGGBB" solid fill. */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center";
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  /** Thin borders on every edge of every cell of the range. */
  readonly border?: boolean;
  /** False for cells staff fill in; everything else stays locked when the sheet is protected. */
  readonly locked?: boolean;
}

export interface StyledRange {
  readonly address: string;
  readonly style: CellStyle;
}

/**
 * A data-validation rule: a custom formula, relative to the range's top-left cell, or — when
 * `list` is set — a drop-down list. `formula` then states the same rule as a custom formula (for a
 * reader that only knows custom rules); renderers write the list.
 */
export interface ValidationSpec {
  readonly address: string;
  readonly formula: string;
  /**
   * The drop-down's source: a formula naming a name or range ("=KPI_PERIOD_LIST"), or the items
   * themselves, comma-separated and without "=" ("Phòng Quản lý Du lịch,Văn phòng Sở,…"): a list
   * that names nothing needs no name to exist before it (listItems reads them).
   */
  readonly list?: string;
  readonly prompt: { readonly title: string; readonly message: string };
  readonly error: { readonly title: string; readonly message: string };
}

/** What a highlight rule marks. */
export type HighlightKind = "pass" | "fail" | "neutral" | "invalidInput" | "missingNote";

/** A conditional format with a formula rule, relative to the range's top-left cell. */
export interface ConditionalFormatSpec {
  readonly address: string;
  readonly kind: HighlightKind;
  /** The verdicts this rule shows (empty for input rules). */
  readonly verdicts: readonly Verdict[];
  readonly formula: string;
  readonly style: { readonly fill: string; readonly fontColor: string };
}

/** A workbook-scoped defined name that points into this sheet. */
export interface NameSpec {
  readonly name: string;
  /** Address within the sheet, e.g. "$G$8" or "$A$5:$L$22". */
  readonly address: string;
  readonly comment: string;
}

export interface PrintSpec {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  readonly fitToPagesWide: 1;
  /** Rows repeated at the top of every printed page, e.g. "$5:$6". */
  readonly titleRows: string;
  readonly printArea: string;
  /**
   * How cells holding an error print: always "blank" — nobody signs a report showing #N/A. (The
   * document's own cells show no error codes anyway; this covers what a user types in.)
   */
  readonly errors: "blank";
  /**
   * The centre of the page footer, in Excel's header/footer codes ("Trang &P/&N": page X of Y), or
   * undefined for none.
   */
  readonly footer?: string;
  /** Centimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

export interface SheetLayout {
  readonly sheetName: string;
  readonly font: { readonly name: string; readonly size: number };
  /** Widths in Excel's character units, column A first. */
  readonly columnWidths: readonly number[];
  /** Points, for rows whose wrapped text needs more than one line. */
  readonly rowHeights: ReadonlyMap<number, number>;
  /** Content of the rectangle from A1 to (cells.length, cells[0].length). */
  readonly cells: readonly (readonly CellContent[])[];
  /** Applied in order: later entries override earlier ones. */
  readonly styles: readonly StyledRange[];
  readonly merges: readonly string[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly names: readonly NameSpec[];
  /** The last row of the frozen header. */
  readonly frozenRows: number;
  readonly print: PrintSpec;
}
