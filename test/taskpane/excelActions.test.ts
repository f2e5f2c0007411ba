/**
 * @jest-environment node
 *
 * The pane's Excel actions against the recording Excel fake: each wraps the real src/excel
 * function in Excel.run, on the sheet the pane knows, and hands back what the pane shows.
 */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../fakes/excelFake";
import { COLUMNS, PERIOD_CELLS, appendixRows, filledByCellOf } from "../../src/domain/layout/appendixLayout";
import { cellAddress, toAbsolute } from "../../src/domain/layout/a1";
import { monthlyCellAddress } from "../../src/domain/layout/monthlyLayout";
import { freeMonthlySheetNames } from "../../src/excel/monthly";
import { createExcelActions, localAddress, sheetNameOf } from "../../src/taskpane/excelActions";
import type { PaneChoice, SheetRequest } from "../../src/taskpane/actions";

const SHEET = "Phụ lục 2024";
const choice: PaneChoice = { year: 2024, myUnit: null, period: { kind: "quarter", quarter: 1 } };
const request: SheetRequest = { choice, sheetName: null, namePrefix: null };

let excel: FakeExcel;

function install(options: FakeExcelOptions = {}): void {
  excel = createFakeExcel(options);
  const globals = globalThis as Record<string, unknown>;
  globals.Office = { context: { requirements: excel.requirements, displayLanguage: "vi-VN" } };
  globals.Excel = {
    run: (first: unknown, second?: unknown) => {
      const batch = (typeof first === "function" ? first : second) as (context: Excel.RequestContext) => Promise<unknown>;
      return batch(excel.context);
    },
  };
}

beforeEach(() => install());

afterEach(() => {
  const globals = globalThis as Record<string, unknown>;
  delete globals.Office;
  delete globals.Excel;
});

test("insert, then ask / update / new sheet", async () => {
  const actions = createExcelActions("vi");
  const first = await actions.insert({ choice, ifExists: "ask" });
  expect(first).toMatchObject({ status: "inserted", sheetName: SHEET });
  const again = await actions.insert({ choice, ifExists: "ask" });
  expect(again.status).toBe("exists");
  expect((await actions.insert({ choice, ifExists: "update" })).status).toBe("updated");
  expect(await actions.insert({ choice, ifExists: "newSheet" })).toMatchObject({ status: "inserted", sheetName: "Phụ lục 2024 (2)" });
});

test("the pane's “my unit” goes into the “Đơn vị nhập số liệu” cell: a host unit, or the whole department for none", async () => {
  const actions = createExcelActions("vi");
  // The cell, found by its name (the last input of the frame's block), and the frame's reporting unit.
  const named = (name: string): string => excel.state.name(name)!.address!.replace(/\$/g, "");
  await actions.insert({ choice, ifExists: "ask" });
  expect(excel.state.name("KPI_FILLED_BY")).toMatchObject({ sheetName: SHEET, address: toAbsolute(filledByCellOf({})) });
  expect(excel.state.content(SHEET, named("KPI_FILLED_BY"))).toBe("Cả Sở (tổng hợp)");
  expect(excel.state.content(SHEET, named("KPI_DOC_ISSUER"))).toBe("Sở Du lịch");
  await actions.insert({ choice: { ...choice, myUnit: "Thanh tra Sở" }, ifExists: "update" });
  expect(excel.state.content(SHEET, named("KPI_FILLED_BY"))).toBe("Thanh tra Sở");
  // ExcelApi 1.7: no charts in this fake (the monthly tests below do the same).
  install({ requirementSets: { ExcelApi: "1.7", CustomFunctionsRuntime: "1.1" } });
  await createExcelActions("vi").insertMonthly({ choice: { ...choice, myUnit: "Văn phòng Sở" }, ifExists: "ask" });
  expect(excel.state.name("KPI_FILLED_BY")).toMatchObject({ sheetName: SHEET, address: toAbsolute(filledByCellOf({ monthly: { period: choice.period } })) });
  expect(excel.state.content(SHEET, named("KPI_FILLED_BY"))).toBe("Văn phòng Sở");
  // A new frame is the unit's own report.
  expect(excel.state.content(SHEET, named("KPI_DOC_ISSUER"))).toBe("Văn phòng Sở");
});

test("protect, highlight, check, select a finding, go to an indicator, portable copy", async () => {
  const actions = createExcelActions("vi");
  await actions.insert({ choice, ifExists: "ask" });

  expect(await actions.highlight(request)).toMatchObject({ status: "applied", sheetName: SHEET });
  const report = await actions.check(request);
  expect(report.summary.total).toBe(11);
  const finding = report.findings.find((f) => f.address);
  expect(finding).toBeDefined();
  expect(await actions.selectFinding(report.sheetName, finding!)).toEqual({ sheetName: SHEET, address: finding!.address, found: true });
  expect(excel.state.selection).toEqual({ sheetName: SHEET, address: finding!.address });

  const row = appendixRows().indicators.get("IV.1")!;
  const inputs = `${cellAddress(row, COLUMNS.numerator)}:${cellAddress(row, COLUMNS.denominator)}`;
  expect(await actions.goToIndicator(request, "IV.1")).toEqual({ sheetName: SHEET, address: inputs, found: true });

  expect(await actions.protect(request)).toEqual({ sheetName: SHEET, protected: true, changed: true });
  expect(await actions.unprotect(request)).toEqual({ sheetName: SHEET, protected: false, changed: true });

  const copy = await actions.portableCopy({ ...request, mode: "formulas" });
  expect(copy.status).toBe("created");
  expect(excel.state.sheets.map((s) => s.name)).toContain(copy.sheetName);
});

test("a missing sheet is reported, not thrown; Excel's own errors reach the pane", async () => {
  const actions = createExcelActions("vi");
  expect(await actions.goToIndicator(request, "I.1")).toMatchObject({ found: false });
  expect((await actions.highlight(request)).status).toBe("sheetMissing");
  excel.failNextSync("InvalidOperationInCellEditMode");
  await expect(actions.insert({ choice, ifExists: "ask" })).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
});

test("the sheet the pane inserted wins over the year's default", () => {
  const m = { defaultSheetName: (year: number) => `Phụ lục ${year}` };
  expect(sheetNameOf(request, m)).toBe(SHEET);
  expect(sheetNameOf({ ...request, sheetName: "Phụ lục 2024 (2)" }, m)).toBe("Phụ lục 2024 (2)");
  expect(localAddress("'Phụ lục 2024'!B3")).toBe("B3");
});

describe("monthly reporting", () => {
  const DATA = "Số liệu theo tháng";
  const CHART = "Biểu đồ lũy kế";

  // The recording fake draws no charts: an Excel without ExcelApi 1.8, where the chart sheet
  // shows text bars (and the period cell has no drop-down).
  beforeEach(() => install({ requirementSets: { ExcelApi: "1.7", CustomFunctionsRuntime: "1.1" } }));

  test("insert with the chosen period, ask, update, then a second report on new sheets", async () => {
    const actions = createExcelActions("vi");
    const first = await actions.insertMonthly({ choice, ifExists: "ask" });
    expect(first).toMatchObject({
      status: "inserted",
      sheetNames: { appendix: SHEET, data: DATA, chart: CHART },
      period: { kind: "quarter", quarter: 1 },
      chart: false,
      namePrefix: "KPI",
    });
    expect(first.leftOut).toEqual(expect.arrayContaining(["validation", "print"]));
    expect(excel.state.content(SHEET, PERIOD_CELLS.period)).toBe("Quý I");

    excel.state.setContents(DATA, monthlyCellAddress("IV.1", "numerator", 1), 7);
    expect((await actions.insertMonthly({ choice, ifExists: "ask" })).status).toBe("exists");
    const updated = await actions.insertMonthly({ choice: { ...choice, period: { kind: "month", month: 2 } }, ifExists: "update" });
    expect(updated).toMatchObject({ status: "updated", period: { kind: "month", month: 2 } });
    expect(updated.kept).toBeGreaterThan(0);
    expect(excel.state.content(SHEET, PERIOD_CELLS.period)).toBe("Tháng 2");
    expect(excel.state.content(DATA, monthlyCellAddress("IV.1", "numerator", 1))).toBe(7);

    const syncsBefore = excel.syncCount;
    const second = await actions.insertMonthly({ choice, ifExists: "newSheet" });
    // The free sheet names come from the insert's own first read: two syncs, like every insert.
    expect(excel.syncCount - syncsBefore).toBeLessThanOrEqual(2);
    expect(second).toMatchObject({
      status: "inserted",
      sheetNames: { appendix: `${SHEET} (2)`, data: `${DATA} (2)`, chart: `${CHART} (2)` },
      namePrefix: "KPI2",
    });
    expect(excel.state.content(SHEET, PERIOD_CELLS.period)).toBe("Tháng 2");
  });

  test("the period switches; the check reads it with the monthly findings, which select cells on the data sheet", async () => {
    const actions = createExcelActions("vi");
    await actions.insertMonthly({ choice, ifExists: "ask" });
    excel.state.setContents(DATA, monthlyCellAddress("IV.1", "numerator", 1), 9);
    excel.state.setContents(DATA, monthlyCellAddress("IV.1", "denominator", 1), 4);
    const monthly: SheetRequest = { ...request, sheetName: SHEET, namePrefix: "KPI", dataSheetName: DATA };

    const switched = await actions.applyPeriod({ ...monthly, choice: { ...choice, period: { kind: "month", month: 2 } } });
    expect(switched).toEqual({ status: "switched", period: { kind: "month", month: 2 } });

    const syncs = excel.syncCount;
    const report = await actions.check(monthly);
    expect(excel.syncCount - syncs).toBe(1);
    expect(report.mode).toBe("monthly");
    expect(report.period).toEqual({ kind: "month", month: 2 });
    const invalid = report.findings.find((f) => f.kind === "monthlyDataInvalid" && f.code === "IV.1");
    expect(invalid).toMatchObject({ address: monthlyCellAddress("IV.1", "numerator", 1), params: { sheet: DATA, months: [1] } });
    const missing = report.findings.find((f) => f.kind === "monthlyDataMissing" && f.code === "I.1");
    expect(missing?.params.months).toEqual([1, 2]);

    expect(await actions.selectFinding(SHEET, invalid!)).toEqual({ sheetName: DATA, address: invalid!.address, found: true });
    expect(excel.state.selection).toEqual({ sheetName: DATA, address: invalid!.address });
  });

  test("the plain table's check has no period", async () => {
    const actions = createExcelActions("vi");
    await actions.insert({ choice, ifExists: "ask" });
    const report = await actions.check(request);
    expect(report.mode).toBe("plain");
    expect(report.period).toBeUndefined();
  });

  test("free names for a second report: the same number on all three sheets", () => {
    const base = { appendix: SHEET, data: DATA, chart: CHART };
    expect(freeMonthlySheetNames(base, [SHEET, DATA, `${DATA.toUpperCase()} (2)`])).toEqual({
      appendix: `${SHEET} (3)`,
      data: `${DATA} (3)`,
      chart: `${CHART} (3)`,
    });
    const long = { ...base, data: "Số liệu theo tháng của các đơn vị" };
    expect(freeMonthlySheetNames(long, []).data).toHaveLength(31);
  });
});
