/**
 * The standalone appendix workbook: the layout model (buildAppendixLayout with native formulas)
 * rendered with exceljs into an .xlsx that computes and highlights in any Excel from 2010 and in
 * LibreOffice Calc, with no add-in. Browser-safe: no node:fs, no process; the CLI (cli.ts) and the
 * task pane (through buildStandaloneWorkbookBuffer, loaded lazily) both build the file here.
 */
import {
  Workbook,
  type Alignment,
  type Borders,
  type DataValidation,
  type Fill,
  type Font,
  type Style,
  type Worksheet,
} from "exceljs";
import { PLAN } from "../domain/catalog";
import { FILLED_BY_CHOICES, frameUnitOf } from "../domain/filledBy";
import { parseCell, quoteSheetName } from "../domain/layout/a1";
import {
  buildAppendixLayout,
  isListValidation,
  listItems,
  type AppendixOptions,
  type ListValidationSpec,
} from "../domain/layout/appendixLayout";
import type { CellStyle, NameSpec, SheetLayout } from "../domain/layout/model";
import { footerCode } from "../domain/layout/sheetDraft";
import { defaultDocumentFields, statedDocumentFields, type DocumentFields } from "../domain/layout/documentFrame";
import { checkUnitName, checkYear } from "./options";

export { defaultWorkbookFileName } from "./options";

export interface StandaloneWorkbookOptions {
  /** The plan year; defaults to PLAN.year. An integer from 2000 to 2100. */
  readonly year?: number;
  /** The reporting unit in the subtitle; defaults to PLAN.unitName. */
  readonly unitName?: string;
  /** The user's own unit: the document frame names it under the Sở (defaultDocumentFields). */
  readonly issuer?: string | null;
  /** Document frame fields stated now (number, date, names, recipients …); blank ones are left out. */
  readonly document?: DocumentFields;
  /**
   * Protect the sheet (without a password) so its formulas and structure cannot be broken by
   * accident, while Tử số (b), Mẫu số (a) and Ghi chú stay editable. Defaults to true.
   */
  readonly protect?: boolean;
  /**
   * What the "Đơn vị nhập số liệu" cell holds: one of FILLED_BY_CHOICES (a host unit's exact name
   * or "Cả Sở (tổng hợp)"); blank when absent.
   */
  readonly filledBy?: string;
}

/** Application name written into the file's properties. */
const WORKBOOK_CREATOR = "Chỉ tiêu cải cách TTHC – Sở Du lịch Kiên Giang";

const CM_PER_INCH = 2.54;
/** Header/footer distance from the page edge (inches): inside the 2 cm top and bottom margins. */
const HEADER_FOOTER_INCHES = 0.3;
/** Excel's paperSize code for A4. */
const PAPER_SIZE_A4 = 9;

/** The options buildAppendixLayout gets for the standalone file: always native formulas. */
export function standaloneLayoutOptions(options: StandaloneWorkbookOptions = {}): AppendixOptions {
  const year = options.year ?? PLAN.year;
  const unitName = options.unitName ?? PLAN.unitName;
  const yearProblem = checkYear(year);
  if (yearProblem) throw new RangeError(yearProblem.en);
  const unitProblem = checkUnitName(unitName);
  if (unitProblem) throw new RangeError(unitProblem.en);
  if (options.filledBy !== undefined && !FILLED_BY_CHOICES.includes(options.filledBy)) {
    throw new RangeError(`Not a unit of the plan: ${options.filledBy} (use one of: ${FILLED_BY_CHOICES.join(", ")})`);
  }
  return {
    year,
    unitName: unitName.trim(),
    formulas: "native",
    ...(options.filledBy ? { filledBy: options.filledBy } : {}),
    document: {
      // The frame's unit: the one stated, else the host unit that fills the workbook.
      ...defaultDocumentFields(options.issuer ?? frameUnitOf(options.filledBy)),
      ...statedDocumentFields(options.document),
      // An authority stated blank (--authority "") drops the "KT. GIÁM ĐỐC" line.
      ...(options.document?.authority?.trim() === "" ? { authority: "" } : {}),
    },
  };
}

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

const THIN_BORDERS: Partial<Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Every cell of an A1 range ("A1", "B2:D4"). */
function* cellsOf(address: string): Generator<{ row: number; column: number }> {
  const [start, end = start] = address.split(":");
  const from = parseCell(start);
  const to = parseCell(end);
  for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++) {
    for (let column = Math.min(from.column, to.column); column <= Math.max(from.column, to.column); column++) {
      yield { row, column };
    }
  }
}

/** The effective model style of every styled cell, later ranges overriding earlier ones. */
function effectiveStyles(layout: SheetLayout): Map<string, CellStyle> {
  const byCell = new Map<string, CellStyle>();
  for (const { address, style } of layout.styles) {
    for (const { row, column } of cellsOf(address)) {
      const key = `${row},${column}`;
      byCell.set(key, { ...byCell.get(key), ...style });
    }
  }
  return byCell;
}

/** The exceljs style of one cell: the sheet's font everywhere, the model's style on top. */
function excelStyle(style: CellStyle, font: SheetLayout["font"]): Partial<Style> {
  const result: Partial<Style> = {};
  const cellFont: Partial<Font> = { name: font.name, size: style.fontSize ?? font.size };
  if (style.bold) cellFont.bold = true;
  if (style.italic) cellFont.italic = true;
  if (style.underline) cellFont.underline = "single";
  if (style.fontColor) cellFont.color = { argb: argb(style.fontColor) };
  result.font = cellFont;
  const alignment: Partial<Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical === "center" ? "middle" : "top";
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) result.alignment = alignment;
  if (style.fill) {
    const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    result.fill = fill;
  }
  if (style.numberFormat) result.numFmt = style.numberFormat;
  if (style.border) result.border = THIN_BORDERS;
  if (style.locked === false) result.protection = { locked: false };
  return result;
}

interface WithDataValidations {
  readonly dataValidations: { add(address: string, validation: DataValidation): void };
}

/** "$5:$6" → "5:6". */
const withoutDollars = (address: string): string => address.replace(/\$/g, "");

/**
 * The print area as exceljs wants it: exceljs puts a "$" before each corner ("A1" → "$A1"), so
 * "$A$1:$L$22" goes in as "A$1:L$22" to come out absolute.
 */
const printAreaForExcelJs = (address: string): string =>
  address
    .split(":")
    .map((corner) => corner.replace(/^\$?([A-Z]+)\$?(\d+)$/i, "$1$$$2"))
    .join(":");

/**
 * Renders one SheetLayout into a new worksheet: cells, styles, merges, sizes, validation, highlight
 * rules, names, print settings, frozen header and (optionally) protection.
 */
export async function renderSheetLayout(workbook: Workbook, layout: SheetLayout, protect = true): Promise<Worksheet> {
  const sheet = workbook.addWorksheet(layout.sheetName, {
    // One line of Times New Roman 12 pt; rows the model sizes get their own height below.
    properties: { defaultRowHeight: 15.75 },
    views: [
      {
        state: "frozen",
        xSplit: 0,
        ySplit: layout.frozenRows,
        topLeftCell: `A${layout.frozenRows + 1}`,
        activeCell: `A${layout.frozenRows + 1}`,
      },
    ],
  });
  const baseFont: Partial<Font> = { name: layout.font.name, size: layout.font.size };

  // Columns first: their font is what new cells typed outside the table get.
  layout.columnWidths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.font = baseFont;
  });
  for (const [row, height] of layout.rowHeights) sheet.getRow(row).height = height;

  const styles = effectiveStyles(layout);
  layout.cells.forEach((rowCells, r) => {
    rowCells.forEach((content, c) => {
      const row = r + 1;
      const column = c + 1;
      const cell = sheet.getCell(row, column);
      if (typeof content === "string" && content.startsWith("=")) {
        cell.value = { formula: content.slice(1) };
      } else if (content !== null) {
        cell.value = content;
      }
      cell.style = excelStyle(styles.get(`${row},${column}`) ?? {}, layout.font);
    });
  });
  for (const merge of layout.merges) sheet.mergeCells(merge);

  // exceljs keeps range validations (one sqref per range, formula relative to its top-left cell)
  // in worksheet.dataValidations, which its typings leave out.
  const { dataValidations } = sheet as unknown as WithDataValidations;
  for (const validation of layout.validations) {
    // A drop-down list (monthly mode's period cell) is written as a list; other rules as custom.
    // A list does not ignore blanks: with a blank cell in its source Excel would accept anything.
    // Items written out go in quotes ("a,b,c"), as OOXML stores a literal list; they hold no blank.
    const listRule = (spec: ListValidationSpec): Pick<DataValidation, "type" | "formulae" | "allowBlank"> => {
      const items = listItems(spec);
      return items
        ? { type: "list", formulae: [`"${items.join(",")}"`], allowBlank: true }
        : { type: "list", formulae: [spec.list.replace(/^=/, "")], allowBlank: false };
    };
    const rule: Pick<DataValidation, "type" | "formulae" | "allowBlank"> = isListValidation(validation)
      ? listRule(validation)
      : { type: "custom", formulae: [validation.formula.replace(/^=/, "")], allowBlank: true };
    dataValidations.add(validation.address, {
      ...rule,
      showInputMessage: true,
      promptTitle: validation.prompt.title,
      prompt: validation.prompt.message,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: validation.error.title,
      error: validation.error.message,
    });
  }

  layout.conditionalFormats.forEach((rule, index) => {
    sheet.addConditionalFormatting({
      ref: rule.address,
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [rule.formula.replace(/^=/, "")],
          style: {
            // A dxf's solid fill takes its colour from bgColor.
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.style.fill) } },
            font: { color: { argb: argb(rule.style.fontColor) } },
          },
        },
      ],
    });
  });

  const sheetRef = quoteSheetName(layout.sheetName);
  for (const name of layout.names) workbook.definedNames.add(`${sheetRef}!${name.address}`, name.name);

  const { print } = layout;
  const inches = (cm: number): number => Math.round((cm / CM_PER_INCH) * 10000) / 10000;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_SIZE_A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    printArea: printAreaForExcelJs(print.printArea),
    printTitlesRow: withoutDollars(print.titleRows),
    errors: print.errors,
    margins: {
      top: inches(print.margins.top),
      bottom: inches(print.margins.bottom),
      left: inches(print.margins.left),
      right: inches(print.margins.right),
      header: HEADER_FOOTER_INCHES,
      footer: HEADER_FOOTER_INCHES,
    },
  };

  // "Trang 1/2" centred in the footer, in the sheet's font (Excel's codes: &"font" &size &P &N).
  if (print.footer) sheet.headerFooter.oddFooter = `&C${footerCode(print.footer, layout.font)}`;

  if (protect) {
    // No password: the structure cannot break by accident, yet anyone can unprotect it
    // (Review → Unprotect Sheet) when the office needs to adapt the form.
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
  return sheet;
}

/**
 * Replaces the workbook's default font (styles.xml font 0, which the Normal style and every
 * unstyled cell use) with the sheet's font: exceljs hard-codes Calibri 11 there.
 */
export function patchDefaultFont(stylesXml: string, font: SheetLayout["font"]): string {
  const replacement = `<font><sz val="${font.size}"/><name val="${escapeXml(font.name)}"/><family val="1"/></font>`;
  return stylesXml.replace(/(<fonts\b[^>]*>)\s*<font>[\s\S]*?<\/font>/, `$1${replacement}`);
}

/** Adds each name's comment (shown in Excel's Name Manager), which exceljs cannot write. */
export function patchNameComments(workbookXml: string, names: readonly NameSpec[]): string {
  const comments = new Map(names.map((n) => [n.name, n.comment]));
  return workbookXml.replace(/<definedName name="([^"]+)"/g, (whole: string, name: string) => {
    const comment = comments.get(name);
    return comment ? `${whole} comment="${escapeXml(comment)}"` : whole;
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

interface ZipLike {
  append(data: unknown, options: { name: string }): unknown;
}
type PartWriter = (zip: ZipLike, model: unknown) => Promise<void>;

/**
 * Edits one XML part as exceljs writes it, by wrapping the writer method that appends it to the
 * zip (the same code runs in exceljs's Node and browser builds). The tests read the parts back,
 * so a future exceljs that renames the method shows up there.
 */
function patchPart(workbook: Workbook, method: "addStyles" | "addWorkbook", part: string, patch: (xml: string) => string): void {
  const writer = workbook.xlsx as unknown as Record<string, PartWriter | undefined>;
  const original = writer[method];
  if (typeof original !== "function") return;
  writer[method] = (zip, model) =>
    original.call(
      writer,
      {
        append: (data, options) =>
          zip.append(options.name === part && typeof data === "string" ? patch(data) : data, options),
      },
      model,
    );
}

/**
 * What exceljs cannot write, patched into the parts as they are written: the first layout's font
 * as the workbook's default font, and every layout's name comments.
 */
function patchWorkbookParts(workbook: Workbook, layouts: readonly SheetLayout[]): void {
  const [first] = layouts;
  if (first) patchPart(workbook, "addStyles", "xl/styles.xml", (xml) => patchDefaultFont(xml, first.font));
  const names = layouts.flatMap((layout) => layout.names);
  patchPart(workbook, "addWorkbook", "xl/workbook.xml", (xml) => patchNameComments(xml, names));
}

/**
 * A standalone workbook (not yet written) of the layouts, in sheet order, with the file's
 * properties for `appendix` (checked options: standaloneLayoutOptions).
 */
export async function standaloneWorkbookOf(
  appendix: Pick<AppendixOptions, "year" | "unitName">,
  layouts: readonly SheetLayout[],
  protect: boolean,
): Promise<Workbook> {
  const workbook = new Workbook();
  const now = new Date();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.created = now;
  workbook.modified = now;
  workbook.title = `${PLAN.appendixLabel} — ${PLAN.appendixTitle} ${appendix.year}`;
  workbook.company = appendix.unitName;
  // exceljs writes no cached results: Excel must compute every formula when it opens the file.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const layout of layouts) await renderSheetLayout(workbook, layout, protect);
  // Times New Roman as the workbook's default font, and the names' comments.
  patchWorkbookParts(workbook, layouts);
  return workbook;
}

/** A workbook as .xlsx bytes (Node: a Buffer, which is a Uint8Array). */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}

/** The standalone appendix as an exceljs workbook (not yet written). */
export async function buildStandaloneWorkbook(options: StandaloneWorkbookOptions = {}): Promise<Workbook> {
  const appendix = standaloneLayoutOptions(options);
  return standaloneWorkbookOf(appendix, [buildAppendixLayout(appendix)], options.protect ?? true);
}

/** The standalone appendix as .xlsx bytes. */
export async function writeStandaloneWorkbook(options: StandaloneWorkbookOptions = {}): Promise<Uint8Array> {
  return workbookBytes(await buildStandaloneWorkbook(options));
}

/** The standalone appendix as an ArrayBuffer, for a Blob download in the task pane. */
export async function buildStandaloneWorkbookBuffer(options: StandaloneWorkbookOptions = {}): Promise<ArrayBuffer> {
  const bytes = await writeStandaloneWorkbook(options);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}
