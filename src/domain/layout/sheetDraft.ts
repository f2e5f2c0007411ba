/**
 * What every sheet builder (appendix, monthly data, chart sheet) starts from: an empty grid to
 * put contents into, the lists a SheetLayout collects, and the shared sizes and print settings.
 */
import type {
  CellContent,
  ConditionalFormatSpec,
  NameSpec,
  PrintSpec,
  SheetLayout,
  StyledRange,
  ValidationSpec,
} from "./model";

/** The height of one line of the sheets' font (Times New Roman 12 pt), in points. */
export const LINE_HEIGHT = 15.75;
/** The font size of the sheets' title rows. */
export const TITLE_SIZE = 13;

/** The height of a row that shows `lines` lines of text, with a little padding. */
export function rowHeightForLines(lines: number): number {
  return lines * LINE_HEIGHT + 4;
}

/** A SheetLayout's mutable parts while a builder fills them in. */
export interface SheetDraft {
  /** rows × columns, every cell null until put. */
  readonly cells: CellContent[][];
  /** Writes one cell (1-based row and column). */
  readonly put: (row: number, column: number, content: CellContent) => void;
  readonly styles: StyledRange[];
  readonly merges: string[];
  readonly validations: ValidationSpec[];
  readonly conditionalFormats: ConditionalFormatSpec[];
  readonly names: NameSpec[];
  readonly rowHeights: Map<number, number>;
}

export function sheetDraft(rows: number, columns: number): SheetDraft {
  const cells: CellContent[][] = Array.from({ length: rows }, () => Array<CellContent>(columns).fill(null));
  return {
    cells,
    put: (row, column, content) => {
      cells[row - 1][column - 1] = content;
    },
    styles: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    names: [],
    rowHeights: new Map(),
  };
}

/** The finished layout: the draft's contents with the sheet's name, font, sizes, freeze and print settings. */
export function sheetLayoutOf(
  draft: SheetDraft,
  sheet: Pick<SheetLayout, "sheetName" | "font" | "columnWidths" | "frozenRows" | "print">,
): SheetLayout {
  return {
    sheetName: sheet.sheetName,
    font: sheet.font,
    columnWidths: sheet.columnWidths,
    rowHeights: draft.rowHeights,
    cells: draft.cells,
    styles: draft.styles,
    merges: draft.merges,
    validations: draft.validations,
    conditionalFormats: draft.conditionalFormats,
    names: draft.names,
    frozenRows: sheet.frozenRows,
    print: sheet.print,
  };
}

/** The page footer of every sheet: "Trang 1/2" (Excel's codes &P page, &N pages). */
export const PAGE_FOOTER = "Trang &P/&N";

/** A footer section in the sheet's font: &"Times New Roman,Regular"&12 then the text. */
export function footerCode(text: string, font: { readonly name: string; readonly size: number }): string {
  return `&"${font.name},Regular"&${font.size}${text}`;
}

/**
 * The print settings every sheet shares: A4 landscape, one page wide, "Trang X/Y" in the footer,
 * the document's margins.
 */
export function a4LandscapePrint(titleRows: string, printArea: string): PrintSpec {
  return {
    paper: "A4",
    orientation: "landscape",
    fitToPagesWide: 1,
    titleRows,
    printArea,
    errors: "blank",
    footer: PAGE_FOOTER,
    margins: { top: 2, bottom: 2, left: 2, right: 1.5 },
  };
}
