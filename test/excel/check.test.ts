/** The pre-submission check in Excel (fake): one sync to read, one to select a finding's cell. */
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { snapshotAddress } from "../../src/domain/check";
import { COLUMNS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { columnLetter } from "../../src/domain/layout/a1";
import { detectCapabilities } from "../../src/excel/capabilities";
import { checkSheet, readAppendixSnapshot, selectCell } from "../../src/excel/check";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";

const SHEET = "Phụ lục 2024";
const rowOf = (code: IndicatorCode): number => appendixRows().indicators.get(code)!;
const at = (code: IndicatorCode, column: number): string => `${columnLetter(column)}${rowOf(code)}`;

async function filledWorkbook(): Promise<FakeExcel> {
  const excel = createFakeExcel();
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  await insertAppendix(excel.context, { capabilities });
  for (const indicator of INDICATORS) {
    excel.state.setContents(SHEET, at(indicator.code, COLUMNS.numerator), Math.round(indicator.target.fraction * 200));
    excel.state.setContents(SHEET, at(indicator.code, COLUMNS.denominator), 200);
  }
  return excel;
}

describe("readAppendixSnapshot / checkSheet", () => {
  it("reads the block, its formulas and every name in one sync; a filled table has no finding", async () => {
    const excel = await filledWorkbook();
    const before = excel.syncCount;
    const snapshot = await readAppendixSnapshot(excel.context, SHEET);
    expect(excel.syncCount - before).toBe(1);
    expect(snapshot.sheetExists).toBe(true);
    expect(snapshot.formulas).toHaveLength(Number(snapshotAddress().split(":")[1].replace(/\D/g, "")));
    expect(snapshot.formulas[rowOf("IV.1") - 1][COLUMNS.result - 1]).toBe(`=KPI.ONTIME(G${rowOf("IV.1")},H${rowOf("IV.1")})`);
    expect(snapshot.names.find((n) => n.name === "KPI_IV_1_RESULT")?.reference).toBe(`'${SHEET}'!$I$${rowOf("IV.1")}`);
    const report = await checkSheet(excel.context, SHEET);
    expect(report.findings).toEqual([]);
    expect(report.summary.passed).toBe(11);
  });

  it("finds what staff broke: a typed result, an invalid figure, a changed target, a deleted name", async () => {
    const excel = await filledWorkbook();
    excel.state.setContents(SHEET, at("I.1", COLUMNS.result), 0.5);
    excel.state.setContents(SHEET, at("I.2", COLUMNS.numerator), "hai trăm");
    excel.state.setContents(SHEET, at("III.1", COLUMNS.target), 0.9);
    excel.state.names.delete("KPI_V_1_VERDICT");
    const before = excel.syncCount;
    const report = await checkSheet(excel.context, SHEET);
    expect(excel.syncCount - before).toBe(1);
    expect(report.findings.map((f) => [f.kind, f.code, f.address])).toEqual([
      ["formulaReplaced", "I.1", at("I.1", COLUMNS.result)],
      ["inputInvalid", "I.2", at("I.2", COLUMNS.numerator)],
      ["targetChanged", "III.1", at("III.1", COLUMNS.target)],
      ["nameMissing", "V.1", at("V.1", COLUMNS.verdict)],
    ]);
  });

  it("reports a missing sheet", async () => {
    const excel = createFakeExcel();
    const report = await checkSheet(excel.context, "Không có");
    expect(report.findings.map((f) => f.kind)).toEqual(["sheetMissing"]);
    expect(excel.syncCount).toBe(1);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the finding's cell in one sync", async () => {
    const excel = await filledWorkbook();
    excel.state.addSheet("Khác");
    excel.state.activeSheetName = "Khác";
    const before = excel.syncCount;
    expect(await selectCell(excel.context, SHEET, "G12")).toBe(true);
    expect(excel.syncCount - before).toBe(1);
    expect(excel.state.activeSheetName).toBe(SHEET);
    expect(excel.state.selection).toEqual({ sheetName: SHEET, address: "G12" });
  });

  it("answers false when the sheet is gone", async () => {
    const excel = createFakeExcel();
    expect(await selectCell(excel.context, "Không có", "A1")).toBe(false);
  });
});
