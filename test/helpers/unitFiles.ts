/**
 * Units' workbooks for the consolidation tests, made the two ways units make them and filled as a
 * person would: by the CLI renderer (`npm run workbook`, exceljs) and by the add-in's renderer
 * (Office.js, on the recording fake, then saved as .xlsx with exceljs — cells, formulas and names
 * as Excel would save them). Rows inserted by a user are inserted on the fake, which moves the
 * names as Excel does.
 */
import { Workbook } from "exceljs";
import type { IndicatorCode } from "../../src/domain/catalog";
import {
  COLUMNS,
  INPUT_BLOCK_ROW,
  MONTHLY_COLUMNS,
  MONTHLY_SHEET_NAME,
  ROWS,
  appendixRows,
  defaultSheetName,
} from "../../src/domain/layout/appendixLayout";
import { frameBottomRows } from "../../src/domain/layout/documentFrame";
import { cellAddress } from "../../src/domain/layout/a1";
import { monthlyCellAddress } from "../../src/domain/layout/monthlyLayout";
import type { MonthNumber, ReportPeriod } from "../../src/domain/period";
import type { CellInput } from "../../src/domain/ratio";
import { detectCapabilities } from "../../src/excel/capabilities";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { insertMonthlyReport } from "../../src/excel/monthly";
import { rectAddress } from "../../src/excel/references";
import { buildMonthlyStandaloneWorkbook } from "../../src/workbook/monthlyWorkbook";
import { buildStandaloneWorkbook, workbookBytes } from "../../src/workbook/renderWorkbook";
import { createFakeExcel, type FakeExcel, type FakeWorkbookState } from "../fakes/excelFake";

/** b and a per month, per indicator. */
export type MonthlyFigures = Partial<Record<IndicatorCode, Partial<Record<MonthNumber, readonly [CellInput, CellInput]>>>>;
/** b and a of the plain table, per indicator. */
export type PlainFigures = Partial<Record<IndicatorCode, readonly [CellInput, CellInput]>>;
/** Ghi chú per indicator: the explanation of a miss. */
export type Notes = Partial<Record<IndicatorCode, string>>;

export const APPENDIX = defaultSheetName(2024);
const Q1: ReportPeriod = { kind: "quarter", quarter: 1 };

/** Every cell of monthly figures: address on the monthly sheet and value. */
function monthlyCells(figures: MonthlyFigures): { address: string; value: CellInput }[] {
  const cells: { address: string; value: CellInput }[] = [];
  for (const [code, months] of Object.entries(figures) as [IndicatorCode, Partial<Record<MonthNumber, readonly [CellInput, CellInput]>>][]) {
    for (const [m, [b, a]] of Object.entries(months) as unknown as [string, [CellInput, CellInput]][]) {
      const month = Number(m) as MonthNumber;
      cells.push({ address: monthlyCellAddress(code, "numerator", month), value: b }, { address: monthlyCellAddress(code, "denominator", month), value: a });
    }
  }
  return cells;
}

/** The Ghi chú cells of the appendix (plain or monthly), with their texts. */
function noteCells(notes: Notes, monthly: boolean): { address: string; value: string }[] {
  const rows = appendixRows();
  const column = monthly ? MONTHLY_COLUMNS.note : COLUMNS.note;
  return (Object.entries(notes) as [IndicatorCode, string][]).map(([code, value]) => ({ address: cellAddress(rows.indicators.get(code)!, column), value }));
}

function plainCells(figures: PlainFigures): { address: string; value: CellInput }[] {
  const rows = appendixRows();
  return (Object.entries(figures) as [IndicatorCode, [CellInput, CellInput]][]).flatMap(([code, [b, a]]) => [
    { address: cellAddress(rows.indicators.get(code)!, COLUMNS.numerator), value: b },
    { address: cellAddress(rows.indicators.get(code)!, COLUMNS.denominator), value: a },
  ]);
}

/** A unit's monthly workbook as `npm run workbook -- --period … --filled-by …` writes it, filled in. */
export async function cliMonthlyFile(figures: MonthlyFigures, filledBy?: string, period: ReportPeriod = Q1, notes: Notes = {}): Promise<Uint8Array> {
  const book = await buildMonthlyStandaloneWorkbook({ period, ...(filledBy ? { filledBy } : {}) });
  const sheet = book.getWorksheet(MONTHLY_SHEET_NAME)!;
  for (const { address, value } of monthlyCells(figures)) sheet.getCell(address).value = value as never;
  const appendix = book.getWorksheet(APPENDIX)!;
  for (const { address, value } of noteCells(notes, true)) appendix.getCell(address).value = value;
  return workbookBytes(book);
}

/** A unit's plain appendix as `npm run workbook -- --filled-by …` writes it, filled in. */
export async function cliPlainFile(figures: PlainFigures, filledBy?: string, notes: Notes = {}): Promise<Uint8Array> {
  const book = await buildStandaloneWorkbook(filledBy ? { filledBy } : {});
  const sheet = book.getWorksheet(APPENDIX)!;
  for (const { address, value } of plainCells(figures)) sheet.getCell(address).value = value as never;
  for (const { address, value } of noteCells(notes, false)) sheet.getCell(address).value = value;
  return workbookBytes(book);
}

/** The fake Excel workbook saved as .xlsx: every cell's content (formulas as formulas) and every name. */
export async function fakeToXlsx(state: FakeWorkbookState): Promise<Uint8Array> {
  const book = new Workbook();
  for (const fakeSheet of state.sheets) {
    const sheet = book.addWorksheet(fakeSheet.name);
    for (const [key, cell] of fakeSheet.cells) {
      if (cell.content === "") continue;
      const [row, column] = key.split(":").map(Number);
      const content = cell.content;
      sheet.getCell(row, column).value = typeof content === "string" && content.startsWith("=") ? { formula: content.slice(1) } : content;
    }
  }
  for (const named of state.names.values()) {
    if (named.sheetName === null || named.rect === null) continue;
    book.definedNames.add(`'${named.sheetName.replace(/'/g, "''")}'!${rectAddress(named.rect, true)}`, named.name);
  }
  return workbookBytes(book);
}

export interface AddinFileOptions {
  readonly filledBy?: string;
  /** Ghi chú typed on the appendix. */
  readonly notes?: Notes;
  /** Rows a user inserted above a sheet's row after filling it (Excel moves the names). */
  readonly insertRows?: readonly { readonly sheet: string; readonly before: number; readonly count: number }[];
  /** The older column order (Căn cứ thực hiện after Đánh giá), as a version before it made (plain table). */
  readonly olderColumnOrder?: boolean;
  /**
   * The appendix as the version before the document frame made it: titles on rows 1–3, the header
   * on row 5, no frame, and the "Đơn vị nhập số liệu" cell (when filledBy is given) on row 4,
   * C4, named KPI_FILLED_BY.
   */
  readonly beforeTheFrame?: boolean;
}

async function addinExcel(): Promise<{ excel: FakeExcel; capabilities: ReturnType<typeof detectCapabilities> }> {
  const excel = createFakeExcel();
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  return { excel, capabilities };
}

/** The appendix sheet turned into what the version before the document frame wrote (see AddinFileOptions). */
function toAppendixBeforeTheFrame(state: FakeWorkbookState, monthly: boolean, filledBy: string | undefined): void {
  const lastRow = appendixRows().lastRow;
  const inputs = [...state.names.entries()].filter(([key]) => key.includes("_DOC_") || key.endsWith("_FILLED_BY"));
  const inputColumn = inputs[0][1].rect!.left - 1;
  for (const [key, named] of inputs) {
    const { top, left } = named.rect!;
    state.setContents(APPENDIX, `${cellAddress(top, left - 1)}:${cellAddress(top, left)}`, [["", ""]]);
    state.names.delete(key);
  }
  state.setContents(APPENDIX, `${cellAddress(INPUT_BLOCK_ROW, inputColumn)}:${cellAddress(INPUT_BLOCK_ROW + 1, inputColumn)}`, [[""], [""]]);
  state.deleteRows(APPENDIX, lastRow + 1, frameBottomRows(lastRow).last - lastRow);
  // Monthly: the period row stays, right above the header; plain: one empty row there.
  if (monthly) {
    state.deleteRows(APPENDIX, ROWS.dataAsOf, 1);
    state.deleteRows(APPENDIX, ROWS.attachedTo, 1);
  } else {
    state.deleteRows(APPENDIX, ROWS.attachedTo, 2);
  }
  state.deleteRows(APPENDIX, 1, ROWS.gap);
  if (filledBy !== undefined) {
    state.setContents(APPENDIX, "B4:C4", [["Đơn vị nhập số liệu:", filledBy]]);
    state.setName("KPI_FILLED_BY", APPENDIX, "$C$4", "Đơn vị nhập số liệu");
  }
}

function afterFilling(excel: FakeExcel, options: AddinFileOptions, monthly: boolean): void {
  if (options.beforeTheFrame) toAppendixBeforeTheFrame(excel.state, monthly, options.filledBy);
  for (const { sheet, before, count } of options.insertRows ?? []) excel.state.insertRows(sheet, before, count);
}

/** A unit's monthly report inserted by the add-in (KPI.* formulas), filled in Excel, saved as .xlsx. */
export async function addinMonthlyFile(figures: MonthlyFigures, options: AddinFileOptions = {}): Promise<Uint8Array> {
  const { excel, capabilities } = await addinExcel();
  await insertMonthlyReport(excel.context, { capabilities, charts: false, period: Q1, ...(options.filledBy ? { filledBy: options.filledBy } : {}) });
  for (const { address, value } of monthlyCells(figures)) if (value !== null) excel.state.setContents(MONTHLY_SHEET_NAME, address, value as string | number);
  for (const { address, value } of noteCells(options.notes ?? {}, true)) excel.state.setContents(APPENDIX, address, value);
  afterFilling(excel, options, true);
  return fakeToXlsx(excel.state);
}

/** A unit's plain appendix inserted by the add-in, filled in Excel, saved as .xlsx. */
export async function addinPlainFile(figures: PlainFigures, options: AddinFileOptions = {}): Promise<Uint8Array> {
  const { excel, capabilities } = await addinExcel();
  await insertAppendix(excel.context, { capabilities, ...(options.filledBy ? { filledBy: options.filledBy } : {}) });
  for (const { address, value } of plainCells(figures)) if (value !== null) excel.state.setContents(APPENDIX, address, value as string | number);
  for (const { address, value } of noteCells(options.notes ?? {}, false)) excel.state.setContents(APPENDIX, address, value);
  if (options.olderColumnOrder) excel.state.moveColumn(APPENDIX, COLUMNS.legalBasis, COLUMNS.note);
  afterFilling(excel, options, false);
  return fakeToXlsx(excel.state);
}

/** Q1 figures of the indicators a unit hosts: b = base + n + month − 1 out of a = 100 + month − 1. */
export function quarterOf(codes: readonly IndicatorCode[], base: number): MonthlyFigures {
  return Object.fromEntries(
    codes.map((code, n) => [code, { 1: [base + n, 100], 2: [base + n + 1, 101], 3: [base + n + 2, 102] }]),
  ) as MonthlyFigures;
}
