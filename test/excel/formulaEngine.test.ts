/**
 * The parts of the fake Excel the self-test relies on: the selection, calculation requests and
 * state, DataValidation.valid, NamedItem.getRange — and the formula engine that makes the fake's
 * formulas compute (native functions, names, KPI.* and OFFSET over a name).
 */
import { cellAddress } from "../../src/domain/layout/a1";
import { COLUMNS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { detectCapabilities } from "../../src/excel/capabilities";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { createFakeExcel } from "../fakes/excelFake";
import { createCalculatingExcel } from "../fakes/formulaEngine";

describe("the fake's selection, calculation and names", () => {
  it("gives the selected range, A1 of the active sheet by default", async () => {
    const excel = createFakeExcel({ sheets: { A: { A1: 1 }, B: { A1: 2 } } });
    excel.state.activeSheetName = "B";
    const first = excel.context.workbook.getSelectedRange().load("address");
    await excel.context.sync();
    expect(first.address).toBe("B!A1");
    excel.state.selection = { sheetName: "A", address: "C2:D4" };
    const second = excel.context.workbook.getSelectedRange().load("address");
    await excel.context.sync();
    expect(second.address).toBe("A!C2:D4");
  });

  it("counts calculation requests and reports the calculation state (ExcelApi 1.9)", async () => {
    const excel = createFakeExcel();
    excel.context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").calculate();
    excel.context.workbook.application.calculate("Recalculate");
    excel.state.calculationState = "Calculating";
    const application = excel.context.workbook.application.load("calculationState");
    await excel.context.sync();
    expect(excel.state.calculations).toBe(2);
    expect(application.calculationState).toBe("Calculating");

    const old = createFakeExcel({ requirementSets: { ExcelApi: "1.5" } });
    old.context.workbook.worksheets.getItem("Sheet1").getRange("A1").calculate();
    await expect(old.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("NamedItem.getRange fails the batch for a missing name", async () => {
    const excel = createFakeExcel();
    excel.context.workbook.names.getItem("NOPE").getRange().values = [[1]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("the formula engine", () => {
  it("computes native formulas, names and KPI.* functions as Excel would show them", async () => {
    const excel = createCalculatingExcel({ sheets: { S: { A1: 3, B1: 4, C1: "=A1/B1", D1: "=KPI.ONTIME(A1,B1)", E1: '=KPI.STATUS("IV.1",A1,B1)', F1: "=SUM(NUMS)" } } });
    excel.state.setName("NUMS", "S", "A1:B1");
    const range = excel.context.workbook.worksheets.getItem("S").getRange("C1:F1").load("values");
    await excel.context.sync();
    expect(range.values).toEqual([[0.75, 0.75, "Không đạt", 7]]);
    excel.state.setContents("S", "A1:B1", [[0, 0]]);
    const again = excel.context.workbook.worksheets.getItem("S").getRange("C1:E1").load("values");
    await excel.context.sync();
    expect(again.values).toEqual([["#DIV/0!", "#N/A", "Không phát sinh"]]);
  });

  it("computes OFFSET over a name with computed arguments (the monthly table's KPI.* ranges)", async () => {
    const excel = createCalculatingExcel({ sheets: { S: { A1: 1, B1: 2, C1: 3, D1: 4, A2: 2, B2: "=SUM(OFFSET(MONTHS,0,A2-1,1,2))" } } });
    excel.state.setName("MONTHS", "S", "A1:D1");
    const read = async (): Promise<unknown> => {
      const range = excel.context.workbook.worksheets.getItem("S").getRange("B2").load("values");
      await excel.context.sync();
      return range.values[0][0];
    };
    expect(await read()).toBe(5);
    excel.state.setContents("S", "A2", 3);
    expect(await read()).toBe(7);
  });

  it("judges a cell by its custom validation rule (DataValidation.valid)", async () => {
    const excel = createCalculatingExcel();
    await insertAppendix(excel.context, { capabilities: detectCapabilities((n, v) => excel.requirements.isSetSupported(n, v)) });
    const sheet = "Phụ lục 2024";
    const valid = async (address: string): Promise<boolean | null> => {
      const validation = excel.context.workbook.worksheets.getItem(sheet).getRange(address).dataValidation.load("valid");
      await excel.context.sync();
      return validation.valid;
    };
    const row = appendixRows().indicators.get("I.1")!;
    const b = cellAddress(row, COLUMNS.numerator);
    const a = cellAddress(row, COLUMNS.denominator);
    const pair = `${b}:${a}`;
    excel.state.setContents(sheet, b, 5);
    excel.state.setContents(sheet, a, 10);
    expect(await valid(b)).toBe(true);
    expect(await valid(a)).toBe(true);
    excel.state.setContents(sheet, b, 2.5);
    expect(await valid(b)).toBe(false);
    expect(await valid(pair)).toBeNull();
    excel.state.setContents(sheet, b, 11);
    // b > a: both cells of the pair are invalid.
    expect(await valid(pair)).toBe(false);
  });
});
