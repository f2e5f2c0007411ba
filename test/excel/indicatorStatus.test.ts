/** The status strip's read (fake Excel): every indicator's verdict and result through the names, one sync. */
import { BUILTIN_PLAN, INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { kpiRatio, kpiStatus } from "../../src/domain/kpiFunctions";
import { COLUMNS, MONTHLY_COLUMNS, PERIOD_CELLS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { cellAddress } from "../../src/domain/layout/a1";
import { VERDICT_WORDS, type Verdict } from "../../src/domain/ratio";
import { detectCapabilities } from "../../src/excel/capabilities";
import { readIndicatorStatus, verdictOfCell } from "../../src/excel/indicatorStatus";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { insertMonthlyReport } from "../../src/excel/monthly";
import { createFakeExcel, type FakeContent, type FakeExcel } from "../fakes/excelFake";

const SHEET = "Phụ lục 2024";
const rows = appendixRows();
const codeAtRow = new Map([...rows.indicators].map(([code, row]) => [row, code]));

/**
 * A workbook with the plain appendix whose Kết quả and Đánh giá cells calculate as Excel would
 * (KPI.* on the row's b and a), so the read sees what a user sees.
 */
async function plainWorkbook(prefixedTwice = false): Promise<FakeExcel> {
  const input = (sheet: string, code: IndicatorCode, column: number): FakeContent | null => {
    const content = excel.state.content(sheet, cellAddress(rows.indicators.get(code)!, column));
    return content === "" ? null : content;
  };
  const excel: FakeExcel = createFakeExcel({
    calculate: (sheet, row, column) => {
      const code = codeAtRow.get(row);
      if (!code) return "";
      const b = input(sheet, code, COLUMNS.numerator);
      const a = input(sheet, code, COLUMNS.denominator);
      if (column === COLUMNS.verdict) return kpiStatus(code, [[b]], [[a]]) as string;
      if (column !== COLUMNS.result) return "";
      const ratio = kpiRatio([[b]], [[a]]);
      return typeof ratio === "number" ? ratio : "#N/A";
    },
  });
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  await insertAppendix(excel.context, { capabilities });
  if (prefixedTwice) await insertAppendix(excel.context, { capabilities, ifExists: "newSheet" });
  return excel;
}

function enter(excel: FakeExcel, sheet: string, code: IndicatorCode, b: FakeContent, a: FakeContent): void {
  const row = rows.indicators.get(code)!;
  excel.state.setContents(sheet, cellAddress(row, COLUMNS.numerator), b);
  excel.state.setContents(sheet, cellAddress(row, COLUMNS.denominator), a);
}

/** Figures that give each verdict, on an indicator whose target they meet or miss. */
const FIGURES: Readonly<Record<Verdict, readonly [FakeContent, FakeContent]>> = {
  pass: [100, 100],
  fail: [10, 100],
  notApplicable: [0, 0],
  noData: ["", ""],
  invalid: [120, 100],
};
const VERDICTS = Object.keys(FIGURES) as Verdict[];

describe("readIndicatorStatus", () => {
  it("says 'no appendix' when the names are not there, in one sync", async () => {
    const excel = createFakeExcel();
    const reading = await readIndicatorStatus(excel.context);
    expect(reading).toEqual({ sheetExists: false, namePrefix: "KPI", plan: BUILTIN_PLAN, carriedPlan: { kind: "none" } });
    expect(excel.syncCount).toBe(1);
  });

  it.each(VERDICTS.map((verdict, i) => [verdict, VERDICTS[(i + 1) % VERDICTS.length]] as const))(
    "reads a mix of verdicts (%s and %s) with the ratios the sheet shows, in one sync",
    async (first, second) => {
      const excel = await plainWorkbook();
      // Every indicator gets one of the two verdicts, alternately, in the catalog's order.
      const expected = INDICATORS.map(({ code }, i) => ({ code, verdict: i % 2 === 0 ? first : second }));
      for (const { code, verdict } of expected) enter(excel, SHEET, code, ...FIGURES[verdict]);
      const before = excel.syncCount;
      const reading = await readIndicatorStatus(excel.context);
      expect(excel.syncCount - before).toBe(1);
      expect(reading.sheetExists && reading.sheetName).toBe(SHEET);
      if (!reading.sheetExists) return;
      expect(reading.periodText).toBeUndefined();
      expect(reading.indicators.map(({ code, verdict }) => ({ code, verdict }))).toEqual(expected);
      for (const indicator of reading.indicators) {
        const [b, a] = FIGURES[indicator.verdict as Verdict];
        const hasRatio = indicator.verdict === "pass" || indicator.verdict === "fail";
        expect(indicator.ratio).toBe(hasRatio ? Number(b) / Number(a) : undefined);
      }
    },
  );

  it("finds the cells through the names after rows were inserted above the table", async () => {
    const excel = await plainWorkbook();
    enter(excel, SHEET, "IV.1", 93, 100);
    excel.state.insertRows(SHEET, 3, 2);
    const reading = await readIndicatorStatus(excel.context);
    if (!reading.sheetExists) throw new Error("sheet expected");
    expect(reading.indicators.find((i) => i.code === "IV.1")).toEqual({ code: "IV.1", verdict: "fail", ratio: 0.93 });
  });

  it("reads the table of another prefix (a second appendix, KPI2)", async () => {
    const excel = await plainWorkbook(true);
    enter(excel, `${SHEET} (2)`, "I.1", 50, 100);
    const reading = await readIndicatorStatus(excel.context, { namePrefix: "KPI2" });
    if (!reading.sheetExists) throw new Error("sheet expected");
    expect(reading.sheetName).toBe(`${SHEET} (2)`);
    expect(reading.indicators[0]).toEqual({ code: "I.1", verdict: "pass", ratio: 0.5 });
  });

  it("reads an indicator whose verdict name was deleted as unknown", async () => {
    const excel = await plainWorkbook();
    excel.state.names.delete("KPI_V_1_VERDICT");
    const reading = await readIndicatorStatus(excel.context);
    if (!reading.sheetExists) throw new Error("sheet expected");
    expect(reading.indicators.find((i) => i.code === "V.1")?.verdict).toBe("unknown");
    expect(reading.indicators.find((i) => i.code === "I.1")?.verdict).toBe("noData");
  });

  it("reads the monthly report's period and the verdicts of that period", async () => {
    const verdictByRow = new Map([...rows.indicators.values()].map((row, i) => [row, i % 2 ? "noData" : "pass"] as const));
    const excel = createFakeExcel({
      calculate: (sheet, row, column) =>
        sheet === SHEET && column === MONTHLY_COLUMNS.verdict && verdictByRow.has(row) ? VERDICT_WORDS[verdictByRow.get(row)!] : "",
    });
    const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
    await insertMonthlyReport(excel.context, { capabilities, charts: false, period: { kind: "quarter", quarter: 1 } });
    const reading = await readIndicatorStatus(excel.context);
    if (!reading.sheetExists) throw new Error("sheet expected");
    expect(excel.state.content(SHEET, PERIOD_CELLS.period)).toBe("Quý I");
    expect(reading.periodText).toBe("Quý I");
    expect(reading.indicators.map((i) => i.verdict)).toEqual(INDICATORS.map((_, i) => (i % 2 ? "noData" : "pass")));
  });
});

test("verdictOfCell knows the sheet's words and nothing else", () => {
  for (const verdict of VERDICTS) expect(verdictOfCell(` ${VERDICT_WORDS[verdict]} `)).toBe(verdict);
  for (const other of ["", "#NAME?", "Dat", 1, null, undefined]) expect(verdictOfCell(other)).toBe("unknown");
});
