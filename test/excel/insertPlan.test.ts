/**
 * insertAppendix with a plan other than the built-in one (the 2025 fixture), on the recording fake:
 * the table of that plan, and the plan written into the very hidden KPI_PLAN sheet in the same
 * write sync; an insert into a workbook made for another plan is refused, nothing written (the
 * update in place from one plan to another is test/excel/planUpdate.test.ts). And the fake's
 * Worksheet.visibility refuses, as Excel does, to hide the only visible sheet.
 */
import fixture from "../fixtures/kpi-plan-2025.json";
import { BUILTIN_PLAN, samePlan } from "../../src/domain/catalog";
import { COLUMNS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { cellAddress } from "../../src/domain/layout/a1";
import { PLAN_SHEET_NAME, readEmbeddedPlan } from "../../src/domain/plan/embeddedPlan";
import { planFromFile } from "../../src/domain/plan/plan";
import type { PlanFile } from "../../src/domain/plan/planFile";
import { detectCapabilities } from "../../src/excel/capabilities";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { checkSheet, readAppendixSnapshot } from "../../src/excel/check";
import { applyHighlighting } from "../../src/excel/highlight";
import { checkAppendix, describeFinding } from "../../src/domain/check";
import { checkEn } from "../../src/i18n/en/check";
import { checkVi } from "../../src/i18n/vi/check";
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";
import { kpiStatus, registerWorkbookPlan, registeredWorkbookPlan } from "../../src/domain/kpiFunctions";
import { readIndicatorStatus } from "../../src/excel/indicatorStatus";
import { applyCarriedPlan } from "../../src/excel/planSheet";

const PLAN_2025 = planFromFile(fixture as unknown as PlanFile);
const SHEET = "Phụ lục 2025";

async function insert(excel: FakeExcel, options: Parameters<typeof insertAppendix>[1] = {}) {
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  return insertAppendix(excel.context, { capabilities, ...options });
}

/** Column A of the plan sheet as the fake holds it. */
function planColumn(excel: FakeExcel): unknown[] {
  const column: unknown[] = [];
  for (let row = 1; ; row++) {
    const content = excel.state.content(PLAN_SHEET_NAME, `A${row}`);
    if (content === "" || content === null || content === undefined) return column;
    column.push(content);
  }
}

const visibilityOf = (excel: FakeExcel, name: string): string | undefined => excel.state.sheets.find((s) => s.name === name)?.visibility;

describe("insertAppendix with the 2025 plan", () => {
  it("writes the plan's table and the plan, very hidden, in two syncs", async () => {
    const excel = createFakeExcel();
    const result = await insert(excel, { plan: PLAN_2025, year: 2025 });
    expect(result).toMatchObject({ status: "inserted", sheetName: SHEET, formulas: "kpi" });
    expect(excel.syncCount).toBeLessThanOrEqual(2);
    const row = appendixRows(PLAN_2025).indicators.get("I.4")!;
    expect(excel.state.content(SHEET, cellAddress(row, COLUMNS.verdict))).toMatch(/^=KPI\.STATUS\("I\.4",/);
    expect(excel.state.content(SHEET, cellAddress(row, COLUMNS.result))).toContain("KPI.RATIO(");
    expect(visibilityOf(excel, PLAN_SHEET_NAME)).toBe("VeryHidden");
    const carried = readEmbeddedPlan(planColumn(excel));
    expect(carried.kind).toBe("plan");
    expect(carried.kind === "plan" && samePlan(carried.plan, PLAN_2025)).toBe(true);
    expect(excel.state.activeSheetName).toBe(SHEET);
  });

  it("updates in place with the same plan, and refuses the built-in plan in that workbook (nothing written)", async () => {
    const excel = createFakeExcel();
    await insert(excel, { plan: PLAN_2025, year: 2025 });
    const again = await insert(excel, { plan: PLAN_2025, year: 2025, ifExists: "update" });
    expect(again.status).toBe("updated");
    const before = excel.state.sheets.map((s) => s.name);
    const syncs = excel.syncCount;
    const other = await insert(excel, { year: 2024 });
    expect(other.status).toBe("otherPlan");
    expect(other.carriedPlan && samePlan(other.carriedPlan, PLAN_2025)).toBe(true);
    expect(excel.syncCount - syncs).toBe(1);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(before);
  });

  it("refuses the 2025 plan in a workbook whose table was made for the built-in plan", async () => {
    const excel = createFakeExcel();
    expect((await insert(excel)).status).toBe("inserted");
    // The built-in plan travels with the workbook too: a later release's built-in plan will not judge it.
    expect(excel.state.sheets.map((s) => s.name)).toContain(PLAN_SHEET_NAME);
    const result = await insert(excel, { plan: PLAN_2025, year: 2025 });
    expect(result.status).toBe("otherPlan");
    expect(result.carriedPlan && samePlan(result.carriedPlan, BUILTIN_PLAN)).toBe(true);
    // A workbook made before plans travelled (a table, no plan sheet) is the built-in plan's.
    excel.state.deleteSheet(PLAN_SHEET_NAME);
    const older = await insert(excel, { plan: PLAN_2025, year: 2025 });
    expect(older.status).toBe("otherPlan");
    expect(older.carriedPlan).toBe(BUILTIN_PLAN);
    expect(excel.state.sheets.map((s) => s.name)).not.toContain(SHEET);
  });

  it("rewrites a damaged plan sheet (the repair the check asks for)", async () => {
    const excel = createFakeExcel({ sheets: { [PLAN_SHEET_NAME]: { A1: "something else", A2: "{" } } });
    const result = await insert(excel, { plan: PLAN_2025, year: 2025 });
    expect(result.status).toBe("inserted");
    const carried = readEmbeddedPlan(planColumn(excel));
    expect(carried.kind === "plan" && samePlan(carried.plan, PLAN_2025)).toBe(true);
  });
});

describe("the fake's Worksheet.visibility", () => {
  it("hides a sheet while another stays visible, and refuses to hide the only visible one", async () => {
    const excel = createFakeExcel({ sheets: { One: { A1: 1 }, Two: { A1: 2 } } });
    excel.context.workbook.worksheets.getItem("One").visibility = "VeryHidden";
    await excel.context.sync();
    expect(visibilityOf(excel, "One")).toBe("VeryHidden");
    excel.context.workbook.worksheets.getItem("Two").visibility = "Hidden";
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(visibilityOf(excel, "Two")).toBeUndefined();
  });
});

describe("the pane's check reads the plan the workbook carries, in its one sync", () => {
  it("judges a 2025 workbook by the 2025 plan", async () => {
    const excel = createFakeExcel();
    await insert(excel, { plan: PLAN_2025, year: 2025, formulas: "native" });
    const syncs = excel.syncCount;
    const report = await checkSheet(excel.context, SHEET);
    expect(excel.syncCount - syncs).toBe(1);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.indicators.map((i) => i.code)).toEqual(PLAN_2025.indicators.map((i) => i.code));
    // By the built-in plan the same sheet would miss I.4 and see changed targets.
    expect(checkAppendix(await readAppendixSnapshot(excel.context, SHEET)).summary.errors).toBeGreaterThan(0);
  });

  it("judges by nothing when the plan sheet is damaged: one error, planUnreadable, with the problems", async () => {
    const excel = createFakeExcel();
    await insert(excel, { plan: PLAN_2025, year: 2025, formulas: "native" });
    excel.state.setContents(PLAN_SHEET_NAME, "A2", "{ not json");
    const report = await checkSheet(excel.context, SHEET);
    expect(report.findings.map((f) => f.kind)).toEqual(["planUnreadable"]);
    expect(report.indicators.every((i) => i.verdict === undefined)).toBe(true);
    const { message } = describeFinding(report.findings[0], checkEn, "en");
    expect(message).toContain("The plan in this workbook (hidden sheet KPI_PLAN) is unreadable");
    expect(describeFinding(report.findings[0], checkVi, "vi").message).toContain("không đọc được");
  });
});

describe("the 2025 plan's highlight rules", () => {
  const rulesOf = (excel: FakeExcel) => excel.state.sheets.find((s) => s.name === SHEET)!.conditionalFormats;

  it("are the add-in's own: an update and the highlight replace them, never doubling them", async () => {
    const excel = createFakeExcel();
    await insert(excel, { plan: PLAN_2025, year: 2025, formulas: "native" });
    const written = rulesOf(excel).length;
    expect(JSON.stringify(rulesOf(excel))).toContain("9700"); // IV.1's 97%
    await insert(excel, { plan: PLAN_2025, year: 2025, formulas: "native", ifExists: "update" });
    expect(rulesOf(excel)).toHaveLength(written);
    const syncs = excel.syncCount;
    const result = await applyHighlighting(excel.context, SHEET, { capabilities: detectCapabilities((n, v) => excel.requirements.isSetSupported(n, v)) });
    expect(excel.syncCount - syncs).toBe(2);
    expect(result).toMatchObject({ status: "applied", replaced: written, kept: 0, rules: written });
    expect(rulesOf(excel)).toHaveLength(written);
  });
});

describe("the workbook's plan for KPI.STATUS (the pane's status read)", () => {
  afterEach(() => registerWorkbookPlan(null));

  it("registers the plan a workbook carries, recalculating once when it changes, and the built-in plan as none", async () => {
    const made2025 = createFakeExcel({ sheets: { Sheet1: {} } });
    await insert(made2025, { plan: PLAN_2025, year: 2025 });
    registerWorkbookPlan(null); // the workbook opened again: nothing registered yet
    const reading = await readIndicatorStatus(made2025.context);
    expect(reading.carriedPlan?.kind).toBe("plan");
    const syncs = made2025.syncCount;
    expect(await applyCarriedPlan(made2025.context, reading.carriedPlan)).toBe(true);
    expect(made2025.syncCount - syncs).toBe(1);
    expect(samePlan(registeredWorkbookPlan()!, PLAN_2025)).toBe(true);
    // I.4 has no function of its own: KPI.STATUS knows it by the workbook's plan now.
    expect([kpiStatus("I.4", 80, 100), kpiStatus("I.4", 79, 100)]).toEqual(["Đạt", "Không đạt"]);
    expect(await applyCarriedPlan(made2025.context, (await readIndicatorStatus(made2025.context)).carriedPlan)).toBe(false);
    // The status strip reads the workbook's own indicators: I.4 there, 2024's III.2 (REUSE) not.
    const status = await readIndicatorStatus(made2025.context, { plan: PLAN_2025 });
    expect(status.sheetExists && status.indicators.map((i) => i.code)).toEqual(PLAN_2025.indicators.map((i) => i.code));
    expect(status.plan).toBe(PLAN_2025);

    const made2024 = createFakeExcel({ sheets: { Sheet1: {} } });
    await insert(made2024);
    expect(await applyCarriedPlan(made2024.context, (await readIndicatorStatus(made2024.context)).carriedPlan)).toBe(true);
    expect(registeredWorkbookPlan()).toBeNull();
    expect(kpiStatus("I.4", 60, 100)).toMatchObject({ error: "value" });
  });
});
