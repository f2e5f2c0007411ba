/** The plan a workbook carries, written by the inserts and read back through Office.js, on the recording fake. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_PLAN } from "../../src/domain/catalog";
import { PLAN_SHEET_MARKER, PLAN_SHEET_NAME, planSheetColumn } from "../../src/domain/plan/embeddedPlan";
import { planFromFile, type Plan } from "../../src/domain/plan/plan";
import type { PlanFile } from "../../src/domain/plan/planFile";
import { detectCapabilities } from "../../src/excel/capabilities";
import { checkSheet } from "../../src/excel/check";
import { describeFinding } from "../../src/domain/check";
import { checkVi } from "../../src/i18n/vi/check";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { insertMonthlyReport } from "../../src/excel/monthly";
import { embeddedPlanOf, queuePlanSheetRead, queuePlanSheetWrite } from "../../src/excel/planSheet";
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";

const plan2025 = planFromFile(JSON.parse(readFileSync(join(__dirname, "../fixtures/kpi-plan-2025.json"), "utf8")) as PlanFile);

const capabilitiesOf = (excel: FakeExcel) => detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));

async function readPlan(excel: FakeExcel) {
  const reads = queuePlanSheetRead(excel.context);
  await excel.context.sync();
  return embeddedPlanOf(reads);
}

const visibilityOf = (excel: FakeExcel) => Object.fromEntries(excel.state.sheets.map((s) => [s.name, s.visibility ?? "Visible"]));

describe("the plan sheet", () => {
  it("is written by the insert, very hidden, in the insert's own two syncs, and reads back as the built-in plan", async () => {
    const excel = createFakeExcel({ sheets: { Sheet1: {} } });
    await insertAppendix(excel.context, { capabilities: capabilitiesOf(excel) });
    expect(excel.syncCount).toBe(2);
    expect(visibilityOf(excel)).toEqual({ Sheet1: "Visible", "Phụ lục 2024": "Visible", [PLAN_SHEET_NAME]: "VeryHidden" });
    expect(excel.state.content(PLAN_SHEET_NAME, "A1")).toBe(PLAN_SHEET_MARKER);
    expect(excel.state.cell(PLAN_SHEET_NAME, "A2").numberFormat).toBe("@");
    expect(excel.state.activeSheetName).toBe("Phụ lục 2024");
    expect(await readPlan(excel)).toEqual({ kind: "plan", plan: BUILTIN_PLAN });
  });

  it("is written by the monthly report's insert too", async () => {
    const excel = createFakeExcel();
    await insertMonthlyReport(excel.context, { capabilities: capabilitiesOf(excel), charts: false, period: { kind: "month", month: 1 } });
    expect(visibilityOf(excel)[PLAN_SHEET_NAME]).toBe("VeryHidden");
    expect(await readPlan(excel)).toEqual({ kind: "plan", plan: BUILTIN_PLAN });
  });

  it("is replaced whole when a workbook's plan changes: a shorter plan leaves no stale chunk", async () => {
    const excel = createFakeExcel({ sheets: { Sheet1: {} } });
    const basis = "Căn cứ ".repeat(270).trim();
    const longer = (i: Plan["indicators"][number]) => ({ ...i, legalBasis: basis, name: basis });
    const long: Plan = { ...plan2025, indicators: plan2025.indicators.map(longer), sections: plan2025.sections.map((s) => ({ ...s, indicators: s.indicators.map(longer) })) };
    expect(planSheetColumn(long).length).toBeGreaterThan(2);
    queuePlanSheetWrite(excel.context, long, null);
    await excel.context.sync();
    expect((await readPlan(excel)).kind).toBe("plan");
    queuePlanSheetWrite(excel.context, plan2025, {});
    await excel.context.sync();
    expect(excel.state.content(PLAN_SHEET_NAME, "A3")).toBe("");
    expect(await readPlan(excel)).toEqual({ kind: "plan", plan: plan2025 });
    // Safe to repeat: the same plan again changes nothing.
    queuePlanSheetWrite(excel.context, plan2025, {});
    await excel.context.sync();
    expect(await readPlan(excel)).toEqual({ kind: "plan", plan: plan2025 });
    expect(excel.state.sheets.filter((s) => s.name === PLAN_SHEET_NAME)).toHaveLength(1);
  });

  it("is not written when the caller asks for none (the self-test leaves the workbook as it was)", async () => {
    const excel = createFakeExcel();
    await insertAppendix(excel.context, { capabilities: capabilitiesOf(excel), embedPlan: false });
    expect(excel.state.hasSheet(PLAN_SHEET_NAME)).toBe(false);
    expect(await readPlan(excel)).toEqual({ kind: "none" });
  });

  it("reads as damaged, never as another plan, when its content was changed", async () => {
    const excel = createFakeExcel();
    await insertAppendix(excel.context, { capabilities: capabilitiesOf(excel) });
    excel.state.sheet(PLAN_SHEET_NAME).cells.clear();
    expect(await readPlan(excel)).toEqual({ kind: "damaged", problems: [expect.objectContaining({ kind: "unreadablePlanSheet" })] });
    const moved = createFakeExcel({ sheets: { [PLAN_SHEET_NAME]: { B2: PLAN_SHEET_MARKER } } });
    expect((await readPlan(moved)).kind).toBe("damaged");
  });

  it("is read by the check in its one sync: a damaged plan is an error that blocks submission, a sound one says nothing", async () => {
    const excel = createFakeExcel();
    await insertAppendix(excel.context, { capabilities: capabilitiesOf(excel) });
    const before = excel.syncCount;
    const sound = await checkSheet(excel.context, "Phụ lục 2024");
    expect(excel.syncCount - before).toBe(1);
    expect(sound.findings.filter((f) => f.kind === "planUnreadable")).toEqual([]);
    excel.state.setContents(PLAN_SHEET_NAME, "A2", "{ edited by hand");
    const damaged = await checkSheet(excel.context, "Phụ lục 2024");
    expect(damaged.findings[0]).toMatchObject({ kind: "planUnreadable", severity: "error", params: { planProblems: [{ kind: "malformedJson" }] } });
    expect(damaged.summary.errors).toBeGreaterThan(sound.summary.errors);
    expect(describeFinding(damaged.findings[0], checkVi, "vi").message).toMatch(/^Kế hoạch trong sổ này \(trang ẩn KPI_PLAN\) không đọc được \(1 lỗi: /);
  });

  it("can never be the only visible sheet: the fake refuses, as Excel does", async () => {
    const excel = createFakeExcel();
    excel.context.workbook.worksheets.getItem("Sheet1").visibility = "VeryHidden";
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(visibilityOf(excel)).toEqual({ Sheet1: "Visible" });
  });
});
