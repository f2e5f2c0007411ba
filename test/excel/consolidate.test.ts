/**
 * The consolidation's Office.js side (src/excel/consolidate.ts) on the recording fake: the preview
 * reads in one sync, the write makes two whatever the number of files, writes only the cells the
 * plan changes (through their names), the provenance sheet, and never loses a figure typed here.
 */
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { PROVENANCE_SHEET_NAME, cellKey, readProvenance, type ReadWorkbook } from "../../src/domain/consolidate";
import { COLUMNS, MONTHLY_SHEET_NAME, appendixRows } from "../../src/domain/layout/appendixLayout";
import { cellAddress } from "../../src/domain/layout/a1";
import { monthlyCellAddress } from "../../src/domain/layout/monthlyLayout";
import type { MonthNumber } from "../../src/domain/period";
import { detectCapabilities } from "../../src/excel/capabilities";
import { previewConsolidation, writeConsolidation } from "../../src/excel/consolidate";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { insertMonthlyReport } from "../../src/excel/monthly";
import { readUnitFile } from "../../src/workbook/readWorkbook";
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";
import { APPENDIX, addinMonthlyFile, cliMonthlyFile, cliPlainFile, quarterOf, type MonthlyFigures } from "../helpers/unitFiles";

const PQLDL = "Phòng Quản lý Du lịch";
const VPS = "Văn phòng Sở";
const TTS = "Thanh tra Sở";
const hosted = (unit: string): IndicatorCode[] => INDICATORS.filter((i) => i.hostUnit === unit).map((i) => i.code);
const Q1 = { kind: "quarter", quarter: 1 } as const;
const TIME = "2024-04-06T02:00:00.000Z";

async function monthlyWorkbook(filledBy = "Cả Sở (tổng hợp)"): Promise<FakeExcel> {
  const excel = createFakeExcel();
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  await insertMonthlyReport(excel.context, { capabilities, charts: false, period: Q1, filledBy });
  return excel;
}

const read = async (name: string, bytes: Promise<Uint8Array>): Promise<ReadWorkbook> =>
  readUnitFile({ name, bytes: await bytes, lastModified: "2024-04-05T07:30:00.000Z" });

async function threeUnits(): Promise<ReadWorkbook[]> {
  return Promise.all([
    read("PQLDL.xlsx", cliMonthlyFile(quarterOf(hosted(PQLDL), 80), PQLDL)),
    read("VPS.xlsx", addinMonthlyFile(quarterOf(hosted(VPS), 90), { filledBy: VPS })),
    read("TTS.xlsx", cliMonthlyFile(quarterOf(hosted(TTS), 95), TTS)),
  ]);
}

const monthCell = (excel: FakeExcel, code: IndicatorCode, part: "numerator" | "denominator", m: MonthNumber) =>
  excel.state.content(MONTHLY_SHEET_NAME, monthlyCellAddress(code, part, m));

describe("the consolidation in Excel", () => {
  it("previews in one sync and writes nothing", async () => {
    const excel = await monthlyWorkbook();
    const files = await threeUnits();
    const before = { syncs: excel.syncCount, mutations: excel.state.mutations };
    const preview = await previewConsolidation(excel.context, files, { period: Q1 });
    expect(excel.syncCount - before.syncs).toBe(1);
    expect(excel.state.mutations).toBe(before.mutations);
    expect(preview).toMatchObject({ status: "planned", year: 2024, written: 0 });
    expect(preview.plan!.counts).toMatchObject({ changed: 66, conflicts: 0 });
    expect(excel.state.hasSheet(PROVENANCE_SHEET_NAME)).toBe(false);
  });

  it("writes the merged months and the provenance sheet in two syncs, whatever the number of files", async () => {
    const excel = await monthlyWorkbook();
    const files = await threeUnits();
    const bytes = cliMonthlyFile({ "I.1": { 1: [80, 100] } });
    const extra = await Promise.all(Array.from({ length: 12 }, (_, n) => read(`Them-${n}.xlsx`, bytes)));
    const syncs = excel.syncCount;
    const result = await writeConsolidation(excel.context, [...files, ...extra], { period: Q1, time: TIME });
    expect(excel.syncCount - syncs).toBe(2);
    expect(result).toMatchObject({ status: "written", written: 66, filledByChanged: false, sheetName: PROVENANCE_SHEET_NAME });
    expect([monthCell(excel, "I.1", "numerator", 1), monthCell(excel, "IV.1", "numerator", 3), monthCell(excel, "V.1", "denominator", 2)]).toEqual([
      80, 88, 101,
    ]);
    expect(monthCell(excel, "I.1", "numerator", 4)).toBe("");
    const records = readProvenance(excel.state.grid(PROVENANCE_SHEET_NAME, "A1:K400"));
    // I.1 month 1's numerator has 13 agreeing sources: the unit's file and the twelve extra ones.
    expect(records.filter((r) => r.code === "I.1" && r.part === "numerator" && r.month === 1)).toHaveLength(13);
    expect(records.find((r) => r.code === "III.4" && r.month === 2)).toMatchObject({ value: 96, origin: { fileName: "TTS.xlsx", unit: TTS } });
    expect(excel.state.content(PROVENANCE_SHEET_NAME, "G5")).toBe("Số liệu theo tháng!D8");
  });

  it("asks which figure to keep where the sources disagree, keeps the workbook's own until told, and writes the choice", async () => {
    const excel = await monthlyWorkbook();
    excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress("II.1", "numerator", 1), 7);
    const vps = await read("VPS.xlsx", cliMonthlyFile({ "II.1": { 1: [9, 10] } }, VPS));
    const key = cellKey({ code: "II.1", part: "numerator", month: 1 });

    const preview = await previewConsolidation(excel.context, [vps], { period: Q1 });
    const cell = preview.plan!.cells.find((c) => c.key === key)!;
    expect(cell.decision).toEqual({ kind: "conflict" });
    expect(cell.candidates.map((c) => [c.value, c.origin.kind])).toEqual([
      [7, "here"],
      [9, "file"],
    ]);

    const undecided = await writeConsolidation(excel.context, [vps], { period: Q1, time: TIME });
    expect(undecided.plan!.counts.unresolved).toBe(1);
    expect(monthCell(excel, "II.1", "numerator", 1)).toBe(7);
    expect(monthCell(excel, "II.1", "denominator", 1)).toBe(10);
    expect(readProvenance(excel.state.grid(PROVENANCE_SHEET_NAME, "A1:K50")).filter((r) => r.status === "conflict").map((r) => r.value)).toEqual([7, 9]);

    const decided = await writeConsolidation(excel.context, [vps], { period: Q1, time: TIME, resolutions: new Map([[key, 9]]) });
    expect(decided.plan!.counts.unresolved).toBe(0);
    expect(monthCell(excel, "II.1", "numerator", 1)).toBe(9);
    const records = readProvenance(excel.state.grid(PROVENANCE_SHEET_NAME, "A1:K50"));
    expect(records.filter((r) => r.status === "conflict")).toEqual([]);
    expect(records.find((r) => r.code === "II.1" && r.part === "numerator")).toMatchObject({ value: 9, status: "filled" });
  });

  it("replaces a unit's figures when it sends a corrected file, and nothing else; the same files again change nothing", async () => {
    const excel = await monthlyWorkbook();
    await writeConsolidation(excel.context, await threeUnits(), { period: Q1, time: TIME });
    excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress("V.1", "numerator", 4), 3);
    excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress("V.1", "denominator", 4), 4);
    const corrected: MonthlyFigures = { ...quarterOf(hosted(PQLDL), 80), "I.2": { 1: [10, 100], 2: [82, 101], 3: [83, 102] } };
    const result = await writeConsolidation(excel.context, [await read("PQLDL-2.xlsx", addinMonthlyFile(corrected, { filledBy: PQLDL }))], {
      period: Q1,
      time: TIME,
    });
    expect(result).toMatchObject({ status: "written", written: 1 });
    expect(result.plan!.counts.conflicts).toBe(0);
    expect(monthCell(excel, "I.2", "numerator", 1)).toBe(10);
    expect([monthCell(excel, "II.1", "numerator", 1), monthCell(excel, "V.1", "numerator", 4)]).toEqual([90, 3]);
    const again = await writeConsolidation(excel.context, [await read("PQLDL-2.xlsx", addinMonthlyFile(corrected, { filledBy: PQLDL }))], {
      period: Q1,
      time: TIME,
    });
    expect(again.written).toBe(0);
  });

  it("finds the monthly data through its names after rows were inserted above it", async () => {
    const excel = await monthlyWorkbook();
    excel.state.insertRows(MONTHLY_SHEET_NAME, 1, 4);
    await writeConsolidation(excel.context, [await read("TTS.xlsx", cliMonthlyFile(quarterOf(["III.4"], 95), TTS))], { period: Q1, time: TIME });
    const moved = monthlyCellAddress("III.4", "numerator", 2).replace(/\d+$/, (row) => String(Number(row) + 4));
    expect(excel.state.content(MONTHLY_SHEET_NAME, moved)).toBe(96);
    expect(excel.state.content(MONTHLY_SHEET_NAME, monthlyCellAddress("III.4", "numerator", 2))).toBe("");
  });

  it("fills the plain table's b and a with a monthly file's sums when the workbook has no monthly sheet, and marks it the whole department's", async () => {
    const excel = createFakeExcel();
    const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
    await insertAppendix(excel.context, { capabilities, filledBy: VPS });
    const result = await writeConsolidation(excel.context, [await read("PQLDL.xlsx", cliMonthlyFile(quarterOf(["IV.1"], 90), PQLDL))], {
      period: Q1,
      time: TIME,
      capabilities,
    });
    expect(result).toMatchObject({ status: "written", filledByChanged: true });
    const row = appendixRows().indicators.get("IV.1")!;
    expect(excel.state.grid(APPENDIX, `${cellAddress(row, COLUMNS.numerator)}:${cellAddress(row, COLUMNS.denominator)}`)).toEqual([[273, 303]]);
    // The "Đơn vị nhập số liệu" cell, found by its name.
    const unitCell = excel.state.name("KPI_FILLED_BY")!.address!.replace(/\$/g, "");
    expect(excel.state.content(APPENDIX, unitCell)).toBe("Cả Sở (tổng hợp)");
  });

  it("refuses a workbook without the add-in's table, and a sheet named “Nguồn số liệu” that is someone else's", async () => {
    const plain = createFakeExcel();
    const files = [await read("PQLDL.xlsx", cliPlainFile({ "I.1": [1, 2] }, PQLDL))];
    expect(await previewConsolidation(plain.context, files)).toMatchObject({ status: "noTarget" });
    expect(await writeConsolidation(plain.context, files)).toMatchObject({ status: "noTarget", written: 0 });

    const excel = await monthlyWorkbook();
    excel.state.setContents(PROVENANCE_SHEET_NAME, "A1", "Ghi chép riêng");
    const before = excel.state.mutations;
    expect(await writeConsolidation(excel.context, await threeUnits(), { period: Q1 })).toMatchObject({ status: "provenanceConflict", written: 0 });
    expect(excel.state.mutations).toBe(before);
    expect(excel.state.content(PROVENANCE_SHEET_NAME, "A1")).toBe("Ghi chép riêng");
  });
});
