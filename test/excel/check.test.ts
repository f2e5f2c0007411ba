/** The pre-submission check in Excel (fake): one sync to read, one to select a finding's cell. */
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { snapshotAddress } from "../../src/domain/check";
import { COLUMNS, MONTHLY_COLUMNS, MONTHLY_SHEET_NAME, appendixRows } from "../../src/domain/layout/appendixLayout";
import { columnLetter } from "../../src/domain/layout/a1";
import { monthlyCellAddress } from "../../src/domain/layout/monthlyLayout";
import { MONTHS } from "../../src/domain/period";
import { VERDICT_WORDS } from "../../src/domain/ratio";
import { detectCapabilities } from "../../src/excel/capabilities";
import { checkSheet, readAppendixSnapshot, selectCell } from "../../src/excel/check";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { insertMonthlyReport } from "../../src/excel/monthly";
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";
import { FILLED_DOCUMENT } from "../helpers/document";

const SHEET = "Phụ lục 2024";
const rowOf = (code: IndicatorCode): number => appendixRows().indicators.get(code)!;
const at = (code: IndicatorCode, column: number): string => `${columnLetter(column)}${rowOf(code)}`;

async function filledWorkbook(): Promise<FakeExcel> {
  const excel = createFakeExcel();
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  await insertAppendix(excel.context, { capabilities, document: FILLED_DOCUMENT });
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
    const r = rowOf("IV.1");
    expect(snapshot.formulas[r - 1][COLUMNS.result - 1]).toBe(`=IF(OR(K${r}="Đạt",K${r}="Không đạt"),KPI.ONTIME(H${r},I${r}),"")`);
    expect(snapshot.names.find((n) => n.name === "KPI_IV_1_RESULT")?.reference).toBe(`'${SHEET}'!$J$${r}`);
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

describe("checkSheet in monthly mode", () => {
  /**
   * Monthly reporting for Quý I with every month filled except: IV.1's February has b > a, I.1's
   * March is blank. The appendix's Đánh giá cells show "Chưa có số liệu" (the fake computes no
   * formula), as the year's later months would make them in Excel.
   */
  async function monthlyWorkbook(): Promise<FakeExcel> {
    const indicatorRows = new Set(appendixRows().indicators.values());
    const excel = createFakeExcel({
      calculate: (sheetName, row, column) =>
        sheetName === SHEET && column === MONTHLY_COLUMNS.verdict && indicatorRows.has(row) ? VERDICT_WORDS.noData : "",
    });
    const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
    await insertMonthlyReport(excel.context, { capabilities, charts: false, period: { kind: "quarter", quarter: 1 }, document: FILLED_DOCUMENT });
    for (const { code } of INDICATORS) {
      for (const m of MONTHS.filter((month) => month <= 3)) {
        excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress(code, "numerator", m), 5);
        excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress(code, "denominator", m), 10);
      }
    }
    excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress("IV.1", "numerator", 2), 12);
    excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress("I.1", "numerator", 3), "");
    excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress("I.1", "denominator", 3), "");
    return excel;
  }

  it("reads the appendix, the period cell and the monthly data in one sync and lists the monthly data's own findings", async () => {
    const excel = await monthlyWorkbook();
    const before = excel.syncCount;
    const report = await checkSheet(excel.context, SHEET);
    expect(excel.syncCount - before).toBe(1);
    expect(report.mode).toBe("monthly");
    expect(report.findings.map((f) => [f.kind, f.severity, f.code, f.address, f.params.sheet, f.params.months])).toEqual([
      ["monthlyDataInvalid", "error", "IV.1", monthlyCellAddress("IV.1", "numerator", 2), MONTHLY_SHEET_NAME, [2]],
      ["monthlyDataMissing", "warning", "I.1", monthlyCellAddress("I.1", "numerator", 3), MONTHLY_SHEET_NAME, [3]],
    ]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 1, infos: 0 });
  });

  it("keeps the table's per-row findings when the monthly data sheet cannot be read", async () => {
    const excel = await monthlyWorkbook();
    const before = excel.syncCount;
    const report = await checkSheet(excel.context, SHEET, { dataSheetName: "Không có" });
    expect(excel.syncCount - before).toBe(1);
    const rows = appendixRows().indicators;
    expect(report.findings.map((f) => [f.kind, f.address])).toEqual(
      INDICATORS.map((i) => ["monthlyDataMissing", `${columnLetter(MONTHLY_COLUMNS.numerator)}${rows.get(i.code)!}`]),
    );
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
