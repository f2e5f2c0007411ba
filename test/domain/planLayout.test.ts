/**
 * The domain built for a plan other than the built-in one: the 2025 fixture (I.4 added without a
 * function of its own, III.2 REUSE dropped and III.3–III.5 renumbered, targets raised, a unit
 * renamed). The table's rows, KPI-mode formulas (KPI.STATUS's first argument by the rule of the
 * design: the code when the built-in plan has the same code with the same function, else the
 * function's name; a function-less indicator: its code and KPI.RATIO), native formulas with the
 * plan's targets, the monthly sheet and chart, the check and the written report's paragraph.
 */
import fixture from "../fixtures/kpi-plan-2025.json";
import { BUILTIN_PLAN, statusIdOf } from "../../src/domain/catalog";
import { checkAppendix, locateAppendix } from "../../src/domain/check";
import { buildChartSheetLayout } from "../../src/domain/chart";
import { cellAddress } from "../../src/domain/layout/a1";
import { COLUMNS, appendixRows, buildAppendixLayout, indicatorName } from "../../src/domain/layout/appendixLayout";
import { buildMonthlyLayout, checkMonthlyData, monthlyDataRows, MONTHLY_DATA_COLUMNS } from "../../src/domain/layout/monthlyLayout";
import { planFromFile } from "../../src/domain/plan/plan";
import type { PlanFile } from "../../src/domain/plan/planFile";
import { validatePlanFile } from "../../src/domain/plan/validatePlan";
import { planPortableCopy, translateKpiFormula } from "../../src/domain/portable";
import { reportSummary } from "../../src/domain/reportSummary";
import { kpiStatus, kpiTarget, registerWorkbookPlan } from "../../src/domain/kpiFunctions";
import type { CellInput } from "../../src/domain/ratio";

const validated = validatePlanFile(fixture);
if (!validated.ok) throw new Error("The 2025 fixture is not a valid plan file");
const PLAN_2025 = planFromFile(fixture as unknown as PlanFile);

const kpi = buildAppendixLayout({ year: 2025, unitName: "Sở Du lịch", formulas: "kpi", plan: PLAN_2025 });
const native = buildAppendixLayout({ year: 2025, unitName: "Sở Du lịch", formulas: "native", plan: PLAN_2025 });
const rows = appendixRows(PLAN_2025);
const at = (layout: typeof kpi, code: string, column: number): unknown => layout.cells[rows.indicators.get(code)! - 1][column - 1];

describe("the appendix of the 2025 plan", () => {
  it("has the plan's rows in its order: I.4 added, III.2 the renumbered PUBLISHED, no III.5", () => {
    expect([...rows.indicators.keys()]).toEqual(PLAN_2025.indicators.map((i) => i.code));
    expect(rows.indicators.has("I.4")).toBe(true);
    expect(rows.indicators.has("III.5")).toBe(false);
    for (const indicator of PLAN_2025.indicators) {
      expect(String(at(kpi, indicator.code, COLUMNS.name)).split("\n")[0]).toBe(indicator.name);
      expect(at(kpi, indicator.code, COLUMNS.target)).toBe(indicator.target.fraction);
      expect(at(kpi, indicator.code, COLUMNS.hostUnit)).toBe(indicator.hostUnit);
    }
    expect(kpi.names.map((n) => n.name)).toContain(indicatorName("KPI", "I.4", "verdict"));
  });

  it("writes KPI.STATUS with the code where the built-in plan agrees, else the function's name; KPI.RATIO for I.4", () => {
    expect(at(kpi, "I.1", COLUMNS.verdict)).toMatch(/^=KPI\.STATUS\("I\.1",/);
    expect(at(kpi, "I.1", COLUMNS.result)).toContain("KPI.PAYMENT(");
    // III.2 of 2025 is PUBLISHED, III.2 of 2024 is REUSE: never the built-in III.2.
    expect(at(kpi, "III.2", COLUMNS.verdict)).toMatch(/^=KPI\.STATUS\("PUBLISHED",/);
    expect(at(kpi, "III.2", COLUMNS.result)).toContain("KPI.PUBLISHED(");
    expect(at(kpi, "III.4", COLUMNS.verdict)).toMatch(/^=KPI\.STATUS\("SATISFACTION",/);
    expect(at(kpi, "I.4", COLUMNS.verdict)).toMatch(/^=KPI\.STATUS\("I\.4",/);
    expect(at(kpi, "I.4", COLUMNS.result)).toContain("KPI.RATIO(");
    // The built-in plan keeps its formulas exactly: every code is its own id.
    for (const indicator of BUILTIN_PLAN.indicators) expect(statusIdOf(indicator)).toBe(indicator.code);
  });

  it("writes the plan's targets into the native formulas' fallback (50% for I.1, 97% for IV.1)", () => {
    expect(at(native, "I.1", COLUMNS.verdict)).toContain(",5000)");
    expect(at(native, "IV.1", COLUMNS.verdict)).toContain(",9700)");
    expect(at(native, "I.4", COLUMNS.verdict)).toContain(",8000)");
    expect(JSON.stringify(native.cells)).not.toContain("KPI.");
  });

  it("lists the renamed unit in the Đơn vị nhập số liệu drop-down", () => {
    const list = native.validations.find((v) => typeof v.list === "string" && v.list.includes("Văn phòng Sở"))!;
    expect(list.list).toContain("Phòng Thanh tra - Pháp chế");
    expect(list.list).not.toContain("Thanh tra Sở");
  });
});

describe("the monthly sheet and chart of the 2025 plan", () => {
  const options = { year: 2025, unitName: "Sở Du lịch", formulas: "native" as const, plan: PLAN_2025, monthly: { period: { kind: "year" as const } } };

  it("has two rows per indicator of the plan, with the plan's words", () => {
    const sheet = buildMonthlyLayout(options);
    const dataRows = monthlyDataRows(PLAN_2025);
    expect([...dataRows.keys()]).toEqual(PLAN_2025.indicators.map((i) => i.code));
    const i4 = PLAN_2025.indicators.find((i) => i.code === "I.4")!;
    const { numerator } = dataRows.get("I.4")!;
    expect(sheet.cells[numerator - 1][MONTHLY_DATA_COLUMNS.code - 1]).toBe("I.4");
    expect(sheet.cells[numerator - 1][MONTHLY_DATA_COLUMNS.name - 1]).toBe(i4.words.vi.shortName);
  });

  it("charts every indicator of the plan", () => {
    const chart = buildChartSheetLayout(options, { textBars: true });
    const codes = chart.cells.map((row) => row[0]).filter((c) => typeof c === "string" && /^[IV]+\.\d$/.test(c));
    expect(codes).toEqual(PLAN_2025.indicators.map((i) => i.code));
  });

  it("checks the monthly data of every indicator of the plan, I.4 included", () => {
    const findings = checkMonthlyData({}, { kind: "quarter", quarter: 1 }, { plan: PLAN_2025 });
    expect(findings.map((f) => f.code)).toEqual(PLAN_2025.indicators.map((i) => i.code));
  });
});

describe("the check of a 2025 table", () => {
  /** The layout's own cells as both values and formulas, with b and a typed in. */
  function snapshotOf(layout: typeof native, inputs: Readonly<Record<string, [CellInput, CellInput]>>) {
    const grid = layout.cells.map((row) => [...row] as CellInput[]);
    for (const [code, [b, a]] of Object.entries(inputs)) {
      const row = rows.indicators.get(code)!;
      grid[row - 1][COLUMNS.numerator - 1] = b;
      grid[row - 1][COLUMNS.denominator - 1] = a;
    }
    const sheetName = layout.sheetName;
    const names = layout.names.map((n) => ({ name: n.name, reference: `'${sheetName}'!${n.address}` }));
    return { sheetName, sheetExists: true, values: grid, formulas: grid, names };
  }

  it("is clean by the 2025 plan, and by the built-in plan misses I.4 and calls I.1's target changed", () => {
    const snapshot = snapshotOf(native, {});
    const by2025 = checkAppendix(snapshot, { plan: PLAN_2025 });
    expect(by2025.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(by2025.summary.total).toBe(11);
    expect(by2025.summary.byHostUnit.map((u) => u.unit)).toEqual(["Phòng Quản lý Du lịch", "Văn phòng Sở", "Phòng Thanh tra - Pháp chế"]);
    const byBuiltin = checkAppendix(snapshot);
    expect(byBuiltin.findings).toContainEqual(expect.objectContaining({ kind: "targetChanged", code: "I.1" }));
    expect(locateAppendix(snapshot.formulas, PLAN_2025).rows.get("I.4")).toBe(rows.indicators.get("I.4"));
  });

  it("names the miss of an added indicator in the written report's paragraph", () => {
    const snapshot = snapshotOf(native, { "I.4": [70, 100] });
    const address = cellAddress(rows.indicators.get("I.4")!, COLUMNS.verdict);
    expect(address).toMatch(/^K\d+$/);
    const report = checkAppendix(snapshot, { plan: PLAN_2025 });
    const text = reportSummary(report, { plan: PLAN_2025 })!;
    expect(text).toContain("I.4 Tỷ lệ dịch vụ công trực tuyến toàn trình có hồ sơ");
    expect(text).toContain("tối thiểu 80%");
  });
});

describe("the portable copy of a 2025 KPI-mode table", () => {
  it("translates KPI.STATUS of the plan's codes and function names with the plan's targets", () => {
    const i4 = translateKpiFormula(String(at(kpi, "I.4", COLUMNS.verdict)), PLAN_2025)!;
    expect(i4).toBe(at(native, "I.4", COLUMNS.verdict));
    const published = translateKpiFormula(String(at(kpi, "III.2", COLUMNS.verdict)), PLAN_2025)!;
    expect(published).toBe(at(native, "III.2", COLUMNS.verdict));
    // Without the plan, I.4 is no indicator of the built-in plan: not translated (the value is kept).
    expect(translateKpiFormula(String(at(kpi, "I.4", COLUMNS.verdict)))).toBeUndefined();
  });

  it("gives every formula cell of the table its native formula", () => {
    const grid = kpi.cells.map((row) => [...row] as CellInput[]);
    const snapshot = { sheetName: kpi.sheetName, sheetExists: true, values: grid, formulas: grid, names: [] };
    const copy = planPortableCopy({ snapshot, mode: "formulas", plan: PLAN_2025 });
    for (const indicator of PLAN_2025.indicators) {
      const address = cellAddress(rows.indicators.get(indicator.code)!, COLUMNS.verdict);
      const written = copy.writes.find((w) => w.address === address);
      expect({ code: indicator.code, formula: written?.content }).toEqual({ code: indicator.code, formula: at(native, indicator.code, COLUMNS.verdict) });
    }
  });
});

describe("KPI.STATUS and KPI.TARGET with the workbook's plan registered", () => {
  afterEach(() => registerWorkbookPlan(null));

  it("resolves the plan's codes and function names first, then the built-in plan's", () => {
    expect(kpiStatus("I.4", 81, 100)).toEqual(expect.objectContaining({ error: "value" }));
    registerWorkbookPlan(PLAN_2025);
    expect(kpiStatus("I.4", 80, 100)).toBe("Đạt");
    expect(kpiStatus("I.4", 79, 100)).toBe("Không đạt");
    expect(kpiTarget("I.1")).toBe(0.5);
    expect(kpiTarget("PUBLISHED")).toBe(1);
    expect(kpiStatus("III.2", 99, 100)).toBe("Không đạt");
    // REUSE is no indicator of 2025, but the built-in plan still knows its function name.
    expect(kpiTarget("REUSE")).toBe(BUILTIN_PLAN.indicators.find((i) => i.functionName === "REUSE")!.target.fraction);
    registerWorkbookPlan(null);
    expect(kpiTarget("I.1")).toBe(BUILTIN_PLAN.indicators[0].target.fraction);
  });
});
