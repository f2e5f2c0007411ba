/**
 * The self-test against the recording fake Excel whose formulas compute for real (HyperFormula
 * and the KPI.* functions, test/fakes/formulaEngine.ts): every step passes in a complete Excel,
 * and each failure a real Excel may give — a requirement set missing, a formula showing another
 * value, a step whose round trip fails, the temporary sheet's name taken, custom functions still
 * calculating — fails (or skips) its step only. In every case the user's sheets, names, active
 * sheet and selection are exactly as before and no temporary sheet or name is left.
 */
import { cellAddress, columnLetter, parseCell } from "../../src/domain/layout/a1";
import { COLUMNS, PERIOD_CELLS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { SELF_TEST_FIGURES, SELF_TEST_STEPS, type Mismatch, type SelfTestReport, type SelfTestStepId, type StepResult } from "../../src/domain/selfTest";
import { CALCULATION_DELAYS_MS } from "../../src/excel/calculation";
import { detectCapabilities } from "../../src/excel/capabilities";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { runSelfTest, type SelfTestOptions } from "../../src/excel/selfTest";
import { usesCustomFunctions } from "../../src/domain/check";
import type { FakeExcel } from "../fakes/excelFake";
import { createCalculatingExcel, formulaEngine, type Calculate } from "../fakes/formulaEngine";

jest.setTimeout(60_000);

const USER_SHEET = "Dữ liệu của tôi";
const PERIOD = parseCell(PERIOD_CELLS.period);
const I1_ROW = appendixRows().indicators.get("I.1")!;
const APPENDIX = "Phụ lục 2024";

interface Setup {
  readonly requirementSets?: Record<string, string>;
  readonly wrap?: (engine: Calculate, excel: () => FakeExcel) => Calculate;
  readonly sheets?: Record<string, Record<string, string | number>>;
}

/** A user's workbook: a sheet of their own with a formula and a name, and a filled appendix. */
async function userWorkbook(setup: Setup = {}): Promise<FakeExcel> {
  const excel = createCalculatingExcel({
    sheets: { [USER_SHEET]: { A1: 5, B1: "=A1*2", C3: "Ghi chú của tôi" }, ...setup.sheets },
    ...(setup.requirementSets ? { requirementSets: setup.requirementSets } : {}),
    ...(setup.wrap ? { wrap: setup.wrap } : {}),
  });
  excel.state.setName("MY_RANGE", USER_SHEET, "A1:B1", "của tôi");
  const capabilities = detectCapabilities((n, v) => excel.requirements.isSetSupported(n, v));
  if (capabilities.canInsert) {
    await insertAppendix(excel.context, { capabilities });
    excel.state.setContents(APPENDIX, cellAddress(I1_ROW, COLUMNS.numerator), 40);
    excel.state.setContents(APPENDIX, cellAddress(I1_ROW, COLUMNS.denominator), 100);
  }
  excel.state.activeSheetName = USER_SHEET;
  excel.state.selection = { sheetName: USER_SHEET, address: "B1:C3" };
  return excel;
}

/** Everything of the user's the self-test must leave alone, as text. */
function userState(excel: FakeExcel): string {
  const state = excel.state;
  return JSON.stringify({
    sheets: state.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
      merges: s.merges,
      validations: s.validations,
      conditionalFormats: s.conditionalFormats,
      protection: s.protection,
      freeze: s.freeze,
      pageLayout: s.pageLayout,
    })),
    names: [...state.names.values()],
    active: state.activeSheetName,
    selection: state.selection,
  });
}

function options(excel: FakeExcel, extra: Partial<SelfTestOptions> = {}): SelfTestOptions {
  const tokens = ["AB12", "CD34", "EF56", "GH78"];
  let next = 0;
  return {
    capabilities: detectCapabilities((n, v) => excel.requirements.isSetSupported(n, v)),
    isSetSupported: (n, v) => excel.requirements.isSetSupported(n, v),
    sleep: () => Promise.resolve(),
    token: () => tokens[next++ % tokens.length],
    ...extra,
  };
}

const statuses = (report: SelfTestReport): Record<string, string> => Object.fromEntries(report.steps.map((s) => [s.id, s.status]));
const step = (report: SelfTestReport, id: SelfTestStepId): StepResult => report.steps.find((s) => s.id === id)!;
const mismatchList = (result: StepResult): readonly Mismatch[] =>
  result.problem && "mismatches" in result.problem ? result.problem.mismatches : [];

/** Runs the self-test and holds the workbook to what it was. */
async function runAndExpectUntouched(excel: FakeExcel, extra: Partial<SelfTestOptions> = {}): Promise<SelfTestReport> {
  const before = userState(excel);
  const report = await runSelfTest(excel.context, options(excel, extra));
  expect(report.cleanup).toEqual({ complete: true, sheetsLeft: [], namesLeft: 0 });
  expect(userState(excel)).toBe(before);
  return report;
}

describe("runSelfTest in a complete Excel", () => {
  it("passes every step, reports each one's duration, and leaves the workbook exactly as it was", async () => {
    const excel = await userWorkbook();
    let clock = 1000;
    const report = await runAndExpectUntouched(excel, { now: () => (clock += 7) });
    expect(report.steps.map((s) => s.id)).toEqual([...SELF_TEST_STEPS]);
    expect(statuses(report)).toEqual(Object.fromEntries(SELF_TEST_STEPS.map((id) => [id, "passed"])));
    for (const s of report.steps) expect(s.durationMs).toBe(7);
    expect(report.totalMs).toBeGreaterThan(7 * SELF_TEST_STEPS.length);
    expect(report.sheetName).toBe("KPI Tự kiểm tra AB12");
    // The temporary sheets were really made (and activated) on the way: the user's active sheet
    // and selection above are restored, not untouched by luck.
    expect(excel.state.mutations).toBeGreaterThan(100);
  });

  it("computes the KPI.* table's own KPI.* formulas", async () => {
    const seen: string[] = [];
    const spy: Setup["wrap"] = (engine) => (sheet, row, column, formula) => {
      if (sheet === "KPI Tự kiểm tra AB12" && usesCustomFunctions(formula)) seen.push(formula);
      return engine(sheet, row, column, formula);
    };
    const spied = await userWorkbook({ wrap: spy });
    await runAndExpectUntouched(spied);
    expect(seen.some((f) => f.startsWith("=KPI.STATUS("))).toBe(true);
    expect(seen.some((f) => f.includes("KPI.ONTIME("))).toBe(true);
  });
});

describe("runSelfTest in an older Excel", () => {
  it("skips the KPI.* steps without custom functions, naming CustomFunctionsRuntime 1.1; the rest uses native formulas", async () => {
    const excel = await userWorkbook({ requirementSets: { ExcelApi: "1.20", SharedRuntime: "1.1" } });
    const report = await runAndExpectUntouched(excel);
    expect(step(report, "insertKpi")).toMatchObject({ status: "skipped", requirement: { set: "CustomFunctionsRuntime", version: "1.1" } });
    expect(step(report, "calculateKpi")).toMatchObject({ status: "skipped", requirement: { set: "CustomFunctionsRuntime", version: "1.1" } });
    for (const id of SELF_TEST_STEPS.filter((s) => s !== "insertKpi" && s !== "calculateKpi")) expect([id, step(report, id).status]).toEqual([id, "passed"]);
  });

  it("skips highlighting (ExcelApi 1.6), the portable copy (1.7) and validation (1.8) where the sets are missing", async () => {
    const excel = await userWorkbook({ requirementSets: { ExcelApi: "1.5", CustomFunctionsRuntime: "1.1" } });
    const report = await runAndExpectUntouched(excel);
    expect(step(report, "highlight")).toMatchObject({ status: "skipped", requirement: { set: "ExcelApi", version: "1.6" } });
    expect(step(report, "portable")).toMatchObject({ status: "skipped", requirement: { set: "ExcelApi", version: "1.7" } });
    expect(step(report, "validation")).toMatchObject({ status: "skipped", requirement: { set: "ExcelApi", version: "1.8" } });
    for (const id of ["insertKpi", "insertNative", "figures", "calculateKpi", "calculateNative", "check", "period"] as const) {
      expect([id, step(report, id).status]).toEqual([id, "passed"]);
    }
  });

  it("below ExcelApi 1.4 writes nothing at all and says every step needs it (or its own set)", async () => {
    const excel = await userWorkbook({ requirementSets: { ExcelApi: "1.3" } });
    const report = await runAndExpectUntouched(excel);
    for (const s of report.steps) {
      expect(s.status).toBe("skipped");
      expect(s.requirement?.set).toMatch(/ExcelApi|CustomFunctionsRuntime/);
    }
    expect(step(report, "insertNative").requirement).toEqual({ set: "ExcelApi", version: "1.4" });
  });
});

describe("runSelfTest when Excel shows other values", () => {
  it("fails the KPI.* step on a function that returns another value, with the cell, the value and the domain's", async () => {
    const excel = await userWorkbook({
      wrap: (engine) => (sheet, row, column, formula) =>
        formula.includes("KPI.ONTIME(") && sheet.startsWith("KPI Tự kiểm tra") ? 0.5 : engine(sheet, row, column, formula),
    });
    const report = await runAndExpectUntouched(excel);
    const failed = step(report, "calculateKpi");
    expect(failed.status).toBe("failed");
    const [b, a] = SELF_TEST_FIGURES["IV.1"] as [number, number];
    expect(failed.problem).toMatchObject({
      kind: "mismatch",
      total: 1,
      mismatches: [{ code: "IV.1", part: "result", found: 0.5, expected: { kind: "number", value: b / a } }],
    });
    const resultColumn = columnLetter(COLUMNS.result);
    expect(String(mismatchList(failed)[0].cell)).toMatch(new RegExp(`^'KPI Tự kiểm tra AB12'!\\$?${resultColumn}\\$?\\d+$`));
    // The native table and everything else still pass: the failure is the KPI.* function's alone.
    expect(step(report, "calculateNative").status).toBe("passed");
    expect(step(report, "portable").status).toBe("passed");
  });

  it("fails the native step on a verdict formula that shows another word", async () => {
    const excel = await userWorkbook({
      wrap: (engine) => (sheet, row, column, formula) => {
        const value = engine(sheet, row, column, formula);
        return sheet === "KPI Tự kiểm tra AB12 N" && value === "Không phát sinh" ? "Đạt" : value;
      },
    });
    const report = await runAndExpectUntouched(excel);
    expect(step(report, "calculateNative")).toMatchObject({
      status: "failed",
      problem: { kind: "mismatch", mismatches: [{ code: "I.3", part: "verdict", found: "Đạt", expected: { kind: "text", value: "Không phát sinh" } }] },
    });
    expect(step(report, "calculateKpi").status).toBe("passed");
  });

  it("fails validation when Excel does not judge the bad value invalid", async () => {
    // A validation engine that accepts everything: the rule is there but rejects nothing.
    const excel = await userWorkbook({
      wrap: (engine) => (sheet, row, column, formula) => (formula.startsWith("=AND(ISNUMBER(") ? true : engine(sheet, row, column, formula)),
    });
    const report = await runAndExpectUntouched(excel);
    expect(step(report, "validation")).toMatchObject({
      status: "failed",
      problem: { kind: "mismatch", mismatches: [{ code: "I.1", part: "rejectsBadValue", found: "true", expected: { kind: "text", value: "false" } }] },
    });
  });

  it("fails the period step when the appendix does not follow the switched period", async () => {
    // An Excel that does not recalculate after the switch: the monthly table computed as if its
    // period cell still said Tháng 1 (a second engine, built with the cell's old label).
    const excel = await userWorkbook({
      wrap: (engine, fake) => {
        const stale = formulaEngine(() => fake().state, () => String(fake().state.mutations));
        return (sheet, row, column, formula) => {
          if (sheet !== "KPI Tự kiểm tra AB12 T") return engine(sheet, row, column, formula);
          const cell = fake().state.sheet(sheet).cells.get(`${PERIOD.row}:${PERIOD.column}`)!;
          const label = cell.content;
          cell.content = "Tháng 1";
          try {
            return stale(sheet, row, column, formula);
          } finally {
            cell.content = label;
          }
        };
      },
    });
    const report = await runAndExpectUntouched(excel);
    const period = step(report, "period");
    expect(period).toMatchObject({ status: "failed", problem: { kind: "mismatch" } });
    const mismatches = mismatchList(period);
    // Tháng 1's I.1 is 10/100: not Quý II's 150/300.
    expect(mismatches).toEqual(expect.arrayContaining([expect.objectContaining({ code: "I.1", part: "result" })]));
  });
});

describe("runSelfTest when a step throws", () => {
  /** The sync count at each call of `now` in a clean run: [start, step 1 start, step 1 end, …]. */
  async function syncsAtSteps(): Promise<number[]> {
    const excel = await userWorkbook();
    const marks: number[] = [];
    const base = excel.syncCount;
    await runSelfTest(excel.context, options(excel, { now: () => (marks.push(excel.syncCount - base), 0) }));
    return marks;
  }

  /** The context, with the `n`-th sync (1-based, counted from the run's start) failing. */
  function failingAt(excel: FakeExcel, n: number, code = "GeneralException"): Excel.RequestContext {
    let count = 0;
    const context = excel.context;
    return new Proxy(context, {
      get(target, property, receiver) {
        if (property === "sync") {
          return (value?: unknown) => {
            if (++count === n) excel.failNextSync(code, "Excel gặp lỗi (giả lập).");
            return target.sync(value);
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  }

  let marks: number[];
  beforeAll(async () => {
    marks = await syncsAtSteps();
  });

  it.each(SELF_TEST_STEPS.map((id, index) => [id, index] as const))(
    "%s fails alone with Excel's error; the temporary sheets and names are removed all the same",
    async (id, index) => {
      const excel = await userWorkbook();
      const before = userState(excel);
      const firstSyncOfStep = marks[1 + 2 * index] + 1;
      const report = await runSelfTest(failingAt(excel, firstSyncOfStep), options(excel));
      expect(step(report, id)).toMatchObject({ status: "failed", problem: { kind: "error", code: "GeneralException", message: expect.stringContaining("giả lập") } });
      for (const earlier of SELF_TEST_STEPS.slice(0, index)) expect([earlier, step(report, earlier).status]).toEqual([earlier, "passed"]);
      for (const later of SELF_TEST_STEPS.slice(index + 1)) expect(step(report, later).status).not.toBe("failed");
      expect(report.cleanup).toEqual({ complete: true, sheetsLeft: [], namesLeft: 0 });
      expect(userState(excel)).toBe(before);
    },
  );

  it("runs when the selection cannot be read (a chart is selected), and restores the active sheet", async () => {
    const excel = await userWorkbook();
    const before = userState(excel);
    // The first sync reads the selection with the rest; it fails, the rest is read again without it.
    const report = await runSelfTest(failingAt(excel, 1, "InvalidSelection"), options(excel));
    expect(statuses(report)).toEqual(Object.fromEntries(SELF_TEST_STEPS.map((id) => [id, "passed"])));
    expect(report.cleanup.complete).toBe(true);
    expect(userState(excel)).toBe(before);
  });

  it("says which temporary sheets are left when Excel refuses to remove them", async () => {
    const excel = await userWorkbook();
    const lastStepEnd = marks[2 * SELF_TEST_STEPS.length];
    // The clean-up's second sync (the one that deletes and restores) fails.
    const report = await runSelfTest(failingAt(excel, lastStepEnd + 2, "AccessDenied"), options(excel));
    expect(report.cleanup.complete).toBe(false);
    expect(report.cleanup.error?.code).toBe("AccessDenied");
    expect(report.cleanup.sheetsLeft).toEqual(expect.arrayContaining(["KPI Tự kiểm tra AB12", "KPI Tự kiểm tra AB12 N"]));
    expect(report.cleanup.namesLeft).toBeGreaterThan(0);
  });
});

describe("runSelfTest with the temporary names taken", () => {
  it("chooses other names when a sheet of that name exists, and leaves that sheet alone", async () => {
    const excel = await userWorkbook({ sheets: { "KPI Tự kiểm tra AB12": { A1: "Bảng của người dùng", B2: 42 } } });
    excel.state.setName("KPITEST_CD34_MINE", USER_SHEET, "C3");
    const report = await runAndExpectUntouched(excel);
    // AB12 is a sheet of the user's, CD34 a name prefix of theirs: EF56 is free.
    expect(report.sheetName).toBe("KPI Tự kiểm tra EF56");
    expect(statuses(report)).toEqual(Object.fromEntries(SELF_TEST_STEPS.map((id) => [id, "passed"])));
    expect(excel.state.content("KPI Tự kiểm tra AB12", "B2")).toBe(42);
    expect(excel.state.name("KPITEST_CD34_MINE")?.address).toBe("$C$3");
  });
});

describe("runSelfTest while Excel calculates", () => {
  const BUSY_UNTIL = 3;
  it("reads again, with short growing pauses, until the custom functions have their results", async () => {
    const pauses: number[] = [];
    const excel = await userWorkbook({
      wrap: (engine, fake) => (sheet, row, column, formula) =>
        usesCustomFunctions(formula) && fake().state.calculations < BUSY_UNTIL ? "#BUSY!" : engine(sheet, row, column, formula),
    });
    const report = await runAndExpectUntouched(excel, { sleep: (ms) => (pauses.push(ms), Promise.resolve()) });
    expect(statuses(report)).toEqual(Object.fromEntries(SELF_TEST_STEPS.map((id) => [id, "passed"])));
    expect(pauses).toEqual(CALCULATION_DELAYS_MS.slice(0, BUSY_UNTIL - 1));
  });

  it("says “not finished calculating” after a bounded wait when the results never come", async () => {
    const pauses: number[] = [];
    const excel = await userWorkbook({
      wrap: (engine) => (sheet, row, column, formula) => (usesCustomFunctions(formula) ? "#BUSY!" : engine(sheet, row, column, formula)),
    });
    const report = await runAndExpectUntouched(excel, { sleep: (ms) => (pauses.push(ms), Promise.resolve()) });
    const waited = CALCULATION_DELAYS_MS.reduce((s, d) => s + d, 0);
    expect(step(report, "calculateKpi")).toMatchObject({ status: "failed", problem: { kind: "notCalculated", waitedMs: waited } });
    // The check reads what the Đánh giá cells show: it waits too, and says so.
    expect(step(report, "check")).toMatchObject({ status: "failed", problem: { kind: "notCalculated", waitedMs: waited } });
    expect(step(report, "period")).toMatchObject({ status: "failed", problem: { kind: "notCalculated" } });
    // Native formulas need no waiting.
    expect(step(report, "calculateNative").status).toBe("passed");
    expect(step(report, "portable").status).toBe("passed");
    // Three steps waited, each at most the bounded total.
    expect(pauses).toEqual([...CALCULATION_DELAYS_MS, ...CALCULATION_DELAYS_MS, ...CALCULATION_DELAYS_MS]);
  });

  it("reads again a stale value while Excel reports it is still calculating", async () => {
    const excel = await userWorkbook({
      wrap: (engine, fake) => (sheet, row, column, formula) => {
        const state = fake().state;
        if (usesCustomFunctions(formula) && state.calculations < 2) {
          state.calculationState = "Calculating";
          return "Chưa có số liệu"; // the value before the figures were entered
        }
        state.calculationState = "Done";
        return engine(sheet, row, column, formula);
      },
    });
    const report = await runAndExpectUntouched(excel);
    expect(step(report, "calculateKpi").status).toBe("passed");
  });
});

describe("runSelfTest's round trips", () => {
  it("makes a bounded number of syncs, none per cell", async () => {
    const excel = await userWorkbook();
    const before = excel.syncCount;
    await runSelfTest(excel.context, options(excel));
    // 1 read; 2 + 2 inserts; 1 write; 1 + 1 reads; 3 highlight; 1 validation; 2 check (wait,
    // read); 3 copy; 6 period (2 insert, 1 write of 264 month cells, 2 switch, 1 read); 2 clean-up.
    expect(excel.syncCount - before).toBe(25);
  });
});
