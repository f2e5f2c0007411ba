/**
 * @jest-environment node
 *
 * The pane's Excel actions against the recording Excel fake: each wraps the real src/excel
 * function in Excel.run, on the sheet the pane knows, and hands back what the pane shows.
 */
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";
import { COLUMNS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { cellAddress } from "../../src/domain/layout/a1";
import { createExcelActions, localAddress, sheetNameOf } from "../../src/taskpane/excelActions";
import type { PaneChoice, SheetRequest } from "../../src/taskpane/actions";

const SHEET = "Phụ lục 2024";
const choice: PaneChoice = { year: 2024, myUnit: null, period: { kind: "quarter", quarter: 1 } };
const request: SheetRequest = { choice, sheetName: null, namePrefix: null };

let excel: FakeExcel;

beforeEach(() => {
  excel = createFakeExcel();
  const globals = globalThis as Record<string, unknown>;
  globals.Office = { context: { requirements: excel.requirements, displayLanguage: "vi-VN" } };
  globals.Excel = {
    run: (first: unknown, second?: unknown) => {
      const batch = (typeof first === "function" ? first : second) as (context: Excel.RequestContext) => Promise<unknown>;
      return batch(excel.context);
    },
  };
});

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
