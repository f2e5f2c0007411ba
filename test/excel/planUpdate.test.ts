/**
 * "Cập nhật tại chỗ" from one plan to another (the 2024 built-in plan → the 2025 fixture and
 * back), on the recording fake: the shared indicators' figures and notes follow their indicator
 * (matched by Tên nhiệm vụ, not by code: 2024 III.3 is 2025 III.2), a new indicator starts empty,
 * a dropped one holding data stops the update unless the caller drops it knowingly, the names and
 * the plan sheet become the new plan's, in two syncs.
 */
import fixture from "../fixtures/kpi-plan-2025.json";
import { BUILTIN_PLAN, samePlan, type Plan } from "../../src/domain/catalog";
import { COLUMNS, appendixRows, buildAppendixLayout, indicatorName } from "../../src/domain/layout/appendixLayout";
import { cellAddress } from "../../src/domain/layout/a1";
import { FILLED_BY_CHOICES, filledByName } from "../../src/domain/filledBy";
import { documentName } from "../../src/domain/layout/documentFrame";
import { PLAN_SHEET_NAME, readEmbeddedPlan } from "../../src/domain/plan/embeddedPlan";
import { planFromFile } from "../../src/domain/plan/plan";
import type { PlanFile } from "../../src/domain/plan/planFile";
import { detectCapabilities } from "../../src/excel/capabilities";
import { insertAppendix, sharedIndicators } from "../../src/excel/insertAppendix";
import { insertMonthlyReport } from "../../src/excel/monthly";
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";

const PLAN_2025 = planFromFile(fixture as unknown as PlanFile);
const SHEET = "Phụ lục 2024";

async function insert(excel: FakeExcel, options: Parameters<typeof insertAppendix>[1] = {}) {
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  return insertAppendix(excel.context, { capabilities, ...options });
}

const toPlan = (plan: Plan, extra: Parameters<typeof insertAppendix>[1] = {}) =>
  ({ plan, year: plan.year, sheetName: SHEET, ifExists: "update", ...extra }) as const;

type Inputs = { b: unknown; a: unknown; note: unknown };

function inputsOf(excel: FakeExcel, plan: Plan, code: string): Inputs {
  const row = appendixRows(plan).indicators.get(code)!;
  const at = (column: number) => excel.state.content(SHEET, cellAddress(row, column));
  return { b: at(COLUMNS.numerator), a: at(COLUMNS.denominator), note: at(COLUMNS.note) };
}

/** Distinct figures and a note on every indicator's row, as staff would have entered them. */
function fillEvery(excel: FakeExcel, plan: Plan): Map<string, Inputs> {
  const entered = new Map<string, Inputs>();
  plan.indicators.forEach((indicator, k) => {
    const row = appendixRows(plan).indicators.get(indicator.code)!;
    const inputs = { b: 10 + k, a: 100 + k, note: `ghi chú ${indicator.code}` };
    excel.state.setContents(SHEET, cellAddress(row, COLUMNS.numerator), inputs.b);
    excel.state.setContents(SHEET, cellAddress(row, COLUMNS.denominator), inputs.a);
    excel.state.setContents(SHEET, cellAddress(row, COLUMNS.note), inputs.note);
    entered.set(indicator.code, inputs);
  });
  return entered;
}

function carriedPlan(excel: FakeExcel): Plan | undefined {
  const column: unknown[] = [];
  for (let row = 1; ; row++) {
    const content = excel.state.content(PLAN_SHEET_NAME, `A${row}`);
    if (content === "" || content === null || content === undefined) break;
    column.push(content);
  }
  const carried = readEmbeddedPlan(column);
  return carried.kind === "plan" ? carried.plan : undefined;
}

/** Every name the plan's appendix defines (the sheet's name and prefix are the test's). */
const layoutNames = (plan: Plan): string[] =>
  buildAppendixLayout({ plan, year: plan.year, unitName: "Sở Du lịch", formulas: "kpi", sheetName: SHEET, namePrefix: "KPI" })
    .names.map((n) => n.name.toUpperCase())
    .sort();

const upperNames = (excel: FakeExcel): string[] => [...excel.state.names.keys()].map((n) => n.toUpperCase());

describe("sharedIndicators", () => {
  it("matches the 2025 plan's indicators to the 2024 ones by Tên nhiệm vụ, across the renumbering", () => {
    const shared = sharedIndicators(BUILTIN_PLAN, PLAN_2025);
    expect(shared.get("III.2")).toBe("III.3");
    expect(shared.get("III.4")).toBe("III.5");
    expect(shared.get("I.1")).toBe("I.1");
    expect(shared.has("I.4")).toBe(false);
    expect([...shared.values()]).not.toContain("III.2");
    expect(shared.size).toBe(PLAN_2025.indicators.length - 1);
  });
});

describe("an update in place from the 2024 plan to the 2025 plan", () => {
  async function made2024(): Promise<{ excel: FakeExcel; entered: Map<string, Inputs> }> {
    const excel = createFakeExcel();
    expect((await insert(excel)).status).toBe("inserted");
    return { excel, entered: fillEvery(excel, BUILTIN_PLAN) };
  }

  it("stops when the dropped III.2 holds figures: droppedData, with what it holds, nothing written", async () => {
    const { excel, entered } = await made2024();
    const mutations = excel.state.mutations;
    const syncs = excel.syncCount;
    const result = await insert(excel, toPlan(PLAN_2025));
    expect(result.status).toBe("droppedData");
    expect(excel.syncCount - syncs).toBe(1);
    expect(excel.state.mutations).toBe(mutations);
    expect(result.dropped).toEqual([
      { code: "III.2", name: BUILTIN_PLAN.indicators.find((i) => i.code === "III.2")!.name, numerator: 15, denominator: 105, note: "ghi chú III.2" },
    ]);
    expect(entered.get("III.2")).toEqual({ b: 15, a: 105, note: "ghi chú III.2" });
    expect(result.carriedPlan && samePlan(result.carriedPlan, BUILTIN_PLAN)).toBe(true);
    expect(result.chosenPlan && samePlan(result.chosenPlan, PLAN_2025)).toBe(true);
    expect(carriedPlan(excel) && samePlan(carriedPlan(excel)!, BUILTIN_PLAN)).toBe(true);
  });

  it("with dropIndicators: every shared figure and note on its 2025 row, I.4 empty, III.2 listed, names and plan of 2025, two syncs", async () => {
    const { excel, entered } = await made2024();
    // The frame's inputs and "Đơn vị nhập số liệu" are the user's: kept as any update keeps them.
    const cellOf = (name: string) => {
      const named = excel.state.names.get(name)!;
      return cellAddress(named.rect!.top, named.rect!.left);
    };
    excel.state.setContents(SHEET, cellOf(documentName("KPI", "symbol")), "123/BC-SDL");
    excel.state.setContents(SHEET, cellOf(filledByName("KPI")), FILLED_BY_CHOICES[1]);
    const rulesBefore = excel.state.sheet(SHEET).conditionalFormats.length;
    const syncs = excel.syncCount;
    const result = await insert(excel, toPlan(PLAN_2025, { dropIndicators: true }));
    expect(result.status).toBe("updated");
    expect(excel.syncCount - syncs).toBe(2);
    expect(result.sheetName).toBe(SHEET);
    expect(result.dropped?.map((d) => [d.code, d.numerator, d.denominator, d.note])).toEqual([["III.2", 15, 105, "ghi chú III.2"]]);
    expect(result.keptInputs).toBe(3 * (BUILTIN_PLAN.indicators.length - 1));
    for (const [code, oldCode] of sharedIndicators(BUILTIN_PLAN, PLAN_2025)) {
      expect([code, inputsOf(excel, PLAN_2025, code)]).toEqual([code, entered.get(oldCode)]);
    }
    expect(inputsOf(excel, PLAN_2025, "III.2")).toEqual(entered.get("III.3"));
    expect(inputsOf(excel, PLAN_2025, "I.4")).toEqual({ b: "", a: "", note: "" });
    // The new plan's words and targets on the sheet.
    const i1 = appendixRows(PLAN_2025).indicators.get("I.1")!;
    expect(excel.state.content(SHEET, cellAddress(i1, COLUMNS.target))).toBe(0.5);
    // Names: the 2025 plan's only (III.5's are gone; I.4's are there), pointing into the sheet.
    const names = upperNames(excel);
    const i4Name = indicatorName("KPI", "I.4", "numerator").toUpperCase();
    expect(names).toContain(i4Name);
    expect(names.filter((n) => n.startsWith(indicatorName("KPI", "III.5", "numerator").slice(0, -1).toUpperCase()))).toEqual([]);
    expect([...names].sort()).toEqual(layoutNames(PLAN_2025));
    const i4b = excel.state.names.get([...excel.state.names.keys()].find((n) => n.toUpperCase() === i4Name)!)!;
    expect(i4b.sheetName).toBe(SHEET);
    expect(i4b.rect?.top).toBe(appendixRows(PLAN_2025).indicators.get("I.4"));
    expect(carriedPlan(excel) && samePlan(carriedPlan(excel)!, PLAN_2025)).toBe(true);
    expect(excel.state.content(SHEET, cellOf(documentName("KPI", "symbol")))).toBe("123/BC-SDL");
    expect(excel.state.content(SHEET, cellOf(filledByName("KPI")))).toBe(FILLED_BY_CHOICES[1]);
    // The old plan's highlight rules replaced by the new plan's, not added to.
    const fresh = createFakeExcel();
    await insert(fresh, { plan: PLAN_2025, year: 2025, sheetName: SHEET });
    expect(excel.state.sheet(SHEET).conditionalFormats.length).toBe(fresh.state.sheet(SHEET).conditionalFormats.length);
    expect(rulesBefore).toBeGreaterThan(0);
    expect(JSON.stringify(excel.state.sheet(SHEET).conditionalFormats)).toContain("9700"); // IV.1's 97%

    // Again: nothing to drop any more, every figure where it is.
    const before = PLAN_2025.indicators.map((i) => inputsOf(excel, PLAN_2025, i.code));
    const again = await insert(excel, toPlan(PLAN_2025));
    expect(again.status).toBe("updated");
    expect(again.dropped).toBeUndefined();
    expect(PLAN_2025.indicators.map((i) => inputsOf(excel, PLAN_2025, i.code))).toEqual(before);
  });

  it("drops an empty III.2 without asking, and lists it", async () => {
    const { excel, entered } = await made2024();
    const row = appendixRows(BUILTIN_PLAN).indicators.get("III.2")!;
    for (const column of [COLUMNS.numerator, COLUMNS.denominator, COLUMNS.note]) excel.state.setContents(SHEET, cellAddress(row, column), "");
    const result = await insert(excel, toPlan(PLAN_2025));
    expect(result.status).toBe("updated");
    expect(result.dropped).toEqual([{ code: "III.2", name: expect.any(String), numerator: "", denominator: "", note: "" }]);
    expect(inputsOf(excel, PLAN_2025, "III.4")).toEqual(entered.get("III.5"));
  });

  it("goes back from 2025 to 2024 keeping the shared figures; I.4's figures stop it unless dropped", async () => {
    const excel = createFakeExcel();
    await insert(excel, { plan: PLAN_2025, year: 2025, sheetName: SHEET });
    const entered = fillEvery(excel, PLAN_2025);
    const refused = await insert(excel, toPlan(BUILTIN_PLAN));
    expect(refused.status).toBe("droppedData");
    expect(refused.dropped?.map((d) => d.code)).toEqual(["I.4"]);
    const result = await insert(excel, toPlan(BUILTIN_PLAN, { dropIndicators: true }));
    expect(result.status).toBe("updated");
    for (const [code, newCode] of sharedIndicators(BUILTIN_PLAN, PLAN_2025)) {
      expect([newCode, inputsOf(excel, BUILTIN_PLAN, newCode)]).toEqual([newCode, entered.get(code)]);
    }
    expect(inputsOf(excel, BUILTIN_PLAN, "III.3")).toEqual(entered.get("III.2"));
    expect(inputsOf(excel, BUILTIN_PLAN, "III.2")).toEqual({ b: "", a: "", note: "" });
    expect([...upperNames(excel)].sort()).toEqual(layoutNames(BUILTIN_PLAN));
    expect(carriedPlan(excel) && samePlan(carriedPlan(excel)!, BUILTIN_PLAN)).toBe(true);
  });

  it("updates a workbook made before plans travelled (no plan sheet: the built-in plan's rows)", async () => {
    const { excel, entered } = await made2024();
    excel.state.deleteSheet(PLAN_SHEET_NAME);
    const result = await insert(excel, toPlan(PLAN_2025, { dropIndicators: true }));
    expect(result.status).toBe("updated");
    expect(inputsOf(excel, PLAN_2025, "III.2")).toEqual(entered.get("III.3"));
    expect(carriedPlan(excel) && samePlan(carriedPlan(excel)!, PLAN_2025)).toBe(true);
  });

  it("is still refused as an insert (ask, new sheet) or when another sheet holds a table too", async () => {
    const { excel } = await made2024();
    const ask = await insert(excel, { plan: PLAN_2025, year: 2025 });
    expect(ask).toMatchObject({ status: "otherPlan", tableSheet: SHEET });
    expect((await insert(excel, toPlan(PLAN_2025, { ifExists: "newSheet" }))).status).toBe("otherPlan");
    // An update of a sheet that is not the table's is no move to another plan either.
    expect((await insert(excel, { ...toPlan(PLAN_2025), sheetName: "Phụ lục 2025" })).status).toBe("otherPlan");
    expect((await insert(excel, { ifExists: "newSheet" })).status).toBe("inserted");
    const two = await insert(excel, toPlan(PLAN_2025, { dropIndicators: true }));
    expect(two.status).toBe("otherPlan");
    expect(two.tableSheet).toBeUndefined();
  });

  it("is refused on monthly reporting's appendix: its data sheet would stay the old plan's", async () => {
    const excel = createFakeExcel();
    const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
    const monthly = await insertMonthlyReport(excel.context, { capabilities, charts: false, period: { kind: "quarter", quarter: 1 } });
    expect(monthly.status).toBe("inserted");
    const mutations = excel.state.mutations;
    const result = await insert(excel, { ...toPlan(PLAN_2025, { dropIndicators: true }), sheetName: monthly.sheetNames.appendix });
    expect(result.status).toBe("otherPlan");
    expect(result.tableSheet).toBeUndefined();
    expect(excel.state.mutations).toBe(mutations);
  });
});
