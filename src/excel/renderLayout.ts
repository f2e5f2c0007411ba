/**
 * Renders a SheetLayout (src/domain/layout/model.ts) onto a worksheet with Office.js. Queues
 * commands only — no context.sync() here — so a whole sheet goes out in one batch: one 2-D formulas
 * write for the block, one command set per styled range, and the rules, validation, freeze and
 * print settings the host supports.
 */
import type { CellContent, CellStyle, SheetLayout } from "../domain/layout/model";
import type { AppendixFeature } from "./capabilities";
import { NO_OFFSET, renderConditionalFormats, type Offset } from "./renderConditionalFormats";
import { offsetAddress, offsetFormula, parseRect, rectColumns, rectRows } from "./references";
import { columnLetter } from "../domain/layout/a1";
import { footerCode } from "../domain/layout/sheetDraft";

export interface RenderOptions {
  /** What the host supports; features set to false are skipped. */
  readonly features: Readonly<Record<AppendixFeature, boolean>>;
  /** Where the layout's A1 lands: rows and columns users inserted above or left of the table. */
  readonly offset?: Offset;
  /**
   * Contents that replace the layout's at these layout addresses (before the offset), e.g. the
   * figures staff entered, carried over from where the names found them.
   */
  readonly overrides?: ReadonlyMap<string, CellInput>;
  /**
   * True when the sheet already holds this appendix: old merges, validation and highlight rules
   * of the layout's area are removed before they are written again.
   */
  readonly refresh?: boolean;
  /**
   * On a refresh, whether every conditional format of the layout's block is cleared before the
   * layout's rules are added (default: true). False when the caller has already deleted the
   * add-in's own rules, recognised from a read, so that a user's rules on those cells stay.
   */
  readonly clearConditionalFormats?: boolean;
}

/** What a cell can be given: the layout's contents, or what staff typed (TRUE/FALSE too). */
export type CellInput = NonNullable<CellContent> | boolean;

/** Excel's default column-width unit is the width of one digit of the Normal style (Calibri 11: 7 px). */
const DIGIT_PIXELS = 7;
const CELL_PADDING_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;

/** Office.js sets column widths in points; the layout gives them in Excel's character units. */
export function characterWidthToPoints(characters: number): number {
  return Math.round((characters * DIGIT_PIXELS + CELL_PADDING_PIXELS) * POINTS_PER_PIXEL * 100) / 100;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** The layout's block (A1 to the last cell of `cells`), as an address before the offset. */
function layoutBlockAddress(layout: SheetLayout): string {
  const rows = layout.cells.length;
  const columns = layout.cells[0]?.length ?? 1;
  return `A1:${columnLetter(columns)}${rows}`;
}

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, columns: number, features: RenderOptions["features"]): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.numberFormat !== undefined) {
    const numberFormat = style.numberFormat;
    range.numberFormat = Array.from({ length: rows }, () => Array<string>(columns).fill(numberFormat));
  }
  if (style.border) {
    const edges: string[] = [...EDGES];
    if (rows > 1) edges.push("InsideHorizontal");
    if (columns > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
  if (style.locked !== undefined && features.protection) format.protection.locked = style.locked;
}

/** Queues the whole layout onto `sheet`. */
export function renderLayout(sheet: Excel.Worksheet, layout: SheetLayout, options: RenderOptions): void {
  const offset = options.offset ?? NO_OFFSET;
  const at = (address: string): string => offsetAddress(address, offset.rows, offset.columns);
  const features = options.features;
  const block = at(layoutBlockAddress(layout));

  // Content: one 2-D write; null leaves a cell as it is (so nothing outside the layout's cells moves).
  const overrides = new Map<string, CellInput>();
  for (const [address, content] of options.overrides ?? []) {
    const rect = parseRect(address);
    if (rect) overrides.set(`${rect.top}:${rect.left}`, content);
  }
  const formulas = layout.cells.map((row, r) =>
    row.map((content, c) => {
      const override = overrides.get(`${r + 1}:${c + 1}`);
      const value = override !== undefined ? override : content;
      if (typeof value === "string" && value.startsWith("=")) return offsetFormula(value, offset.rows, offset.columns);
      return value;
    }),
  );
  const blockRange = sheet.getRange(block);
  if (options.refresh) {
    // An older appendix may have put its columns elsewhere (Căn cứ thực hiện used to follow Đánh
    // giá): its input fills, number formats, unlocked cells and validation must not stay on what
    // is now another column. The layout's styles and rules are written again below.
    blockRange.unmerge();
    blockRange.format.fill.clear();
    blockRange.numberFormat = formulas.map((row) => row.map(() => "General"));
    if (features.protection) blockRange.format.protection.locked = true;
    if (features.validation) blockRange.dataValidation.clear();
    // The same for the look of text and for borders: where an older appendix (without the
    // document frame) had its header or table, the frame now stands. The layout's are set below.
    blockRange.format.font.bold = false;
    blockRange.format.font.italic = false;
    blockRange.format.font.underline = "None";
    blockRange.format.font.color = "#000000";
    for (const edge of [...EDGES, "InsideHorizontal", "InsideVertical"] as const) {
      blockRange.format.borders.getItem(edge).style = "None";
    }
  }
  blockRange.formulas = formulas;
  blockRange.format.font.name = layout.font.name;
  blockRange.format.font.size = layout.font.size;

  layout.columnWidths.forEach((width, index) => {
    const letter = columnLetter(index + 1 + offset.columns);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = characterWidthToPoints(width);
  });
  for (const [row, height] of layout.rowHeights) {
    const moved = row + offset.rows;
    sheet.getRange(`${moved}:${moved}`).format.rowHeight = height;
  }

  for (const { address, style } of layout.styles) {
    const rect = parseRect(address);
    if (!rect) throw new Error(`Layout style address is not A1: ${address}`);
    applyStyle(sheet.getRange(at(address)), style, rectRows(rect), rectColumns(rect), features);
  }
  for (const merge of layout.merges) sheet.getRange(at(merge)).merge(false);

  if (features.validation) {
    for (const spec of layout.validations) {
      const validation = sheet.getRange(at(spec.address)).dataValidation;
      if (spec.list !== undefined) {
        // A range's list ("=KPI_PERIOD_LIST") moves with the table; items written out
        // ("Apple,Banana,Cherry", as Excel.ListDataValidation.source documents) do not.
        const named = spec.list.startsWith("=");
        validation.rule = {
          list: { inCellDropDown: true, source: named ? offsetFormula(spec.list, offset.rows, offset.columns) : spec.list },
        };
        // "Ignore blank" on a list whose source holds a blank cell would let any entry through;
        // items written out hold no blank, and a blank cell then means "not chosen yet".
        validation.ignoreBlanks = !named;
      } else {
        validation.rule = { custom: { formula: offsetFormula(spec.formula, offset.rows, offset.columns) } };
        validation.ignoreBlanks = true;
      }
      validation.prompt = { showPrompt: true, title: spec.prompt.title, message: spec.prompt.message };
      validation.errorAlert = { showAlert: true, style: "Stop", title: spec.error.title, message: spec.error.message };
    }
  }

  if (features.conditionalFormats) {
    renderConditionalFormats(sheet, layout.conditionalFormats, {
      offset,
      clear: options.refresh && options.clearConditionalFormats !== false ? [layoutBlockAddress(layout)] : [],
    });
  }

  if (features.freeze) sheet.freezePanes.freezeRows(layout.frozenRows + offset.rows);

  if (features.print) {
    const page = sheet.pageLayout;
    const print = layout.print;
    page.paperSize = print.paper;
    page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    // One page wide, as many pages tall as needed (0 = automatic, Excel's "Fit All Columns on One Page").
    page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
    page.centerHorizontally = true;
    // PageLayout.printErrors (ExcelApi 1.9, as the rest of the print setup): errors print blank.
    page.printErrors = print.errors === "blank" ? "Blank" : "AsDisplayed";
    page.setPrintMargins("Centimeters", {
      top: print.margins.top,
      bottom: print.margins.bottom,
      left: print.margins.left,
      right: print.margins.right,
    });
    page.setPrintTitleRows(at(print.titleRows));
    page.setPrintArea(at(print.printArea));
    // "Trang 1/2": PageLayout.headersFooters (ExcelApi 1.9, as the rest of the print setup).
    if (print.footer) page.headersFooters.defaultForAllPages.centerFooter = footerCode(print.footer, layout.font);
  }
}
