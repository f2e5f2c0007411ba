/**
 * The self-test's pure part: its figures cover every verdict (judged by the domain's rules, not
 * hard-coded), the monthly figures make the period switch visible, the comparison of what Excel
 * shows, and the temporary names.
 */
import { INDICATORS } from "../../src/domain/catalog";
import { periodSpan } from "../../src/domain/period";
import {
  ALL_VERDICTS,
  SELF_TEST_FIGURES,
  SELF_TEST_MONTHS,
  SELF_TEST_PERIODS,
  chooseSelfTestNames,
  expectedMonthlyRows,
  expectedRows,
  isBusyValue,
  isTemporaryName,
  isTemporarySheet,
  matches,
  mismatchProblem,
  overallStatus,
  periodRows,
  randomToken,
  selfTestNames,
  temporarySheets,
  MAX_MISMATCHES,
  type Mismatch,
} from "../../src/domain/selfTest";
import { MAX_SHEET_NAME_LENGTH } from "../../src/domain/portable";

describe("the figures", () => {
  it("give every verdict in the plain table, with the plan's targets", () => {
    const verdicts = new Set(expectedRows(SELF_TEST_FIGURES, {}).map((r) => r.verdict));
    expect([...verdicts].sort()).toEqual([...ALL_VERDICTS].sort());
  });

  it("give a ratio exactly where there is one, judged against the target read from the sheet", () => {
    const rows = expectedRows(SELF_TEST_FIGURES, { "I.2": 0.4 });
    const i2 = rows.find((r) => r.code === "I.2")!;
    // 49/100 misses the plan's 50% but meets a Chỉ tiêu edited to 40%.
    expect(i2).toEqual({ code: "I.2", verdict: "pass", ratio: 0.49 });
    expect(rows.find((r) => r.code === "IV.1")).toEqual({ code: "IV.1", verdict: "pass", ratio: 37998 / 40000 });
    expect(rows.find((r) => r.code === "II.1")).toEqual({ code: "II.1", verdict: "noData" });
  });

  it("give every verdict in the switched-to period, and other results than in the first period", () => {
    const switched = expectedMonthlyRows(periodSpan(SELF_TEST_PERIODS.switchedTo), {});
    expect(new Set(switched.map((r) => r.verdict))).toEqual(new Set(ALL_VERDICTS));
    const first = expectedMonthlyRows(periodSpan(SELF_TEST_PERIODS.inserted), {});
    const differing = INDICATORS.filter((i) => {
      const a = first.find((r) => r.code === i.code)!;
      const b = switched.find((r) => r.code === i.code)!;
      return a.verdict !== b.verdict || a.ratio !== b.ratio;
    });
    expect(differing.length).toBeGreaterThanOrEqual(5);
  });

  it("fill every month of the period and its year to date wherever a ratio is expected", () => {
    const { period, yearToDate } = periodRows(SELF_TEST_PERIODS.switchedTo, {});
    for (const row of [...period, ...yearToDate].filter((r) => r.ratio !== undefined)) {
      const months = SELF_TEST_MONTHS[row.code];
      for (let m = 1; m <= periodSpan(SELF_TEST_PERIODS.switchedTo).end; m++) {
        expect([row.code, m, typeof months.numerator[m - 1], typeof months.denominator[m - 1]]).toEqual([row.code, m, "number", "number"]);
      }
    }
    // The period's sums are expected for complete periods only; the year to date has none.
    expect(period.find((r) => r.code === "I.1")).toMatchObject({ numerator: 150, denominator: 300, verdict: "pass" });
    expect(period.find((r) => r.code === "II.1")).toEqual({ code: "II.1", verdict: "noData" });
  });
});

describe("matches", () => {
  it("compares numbers within rounding, texts exactly, and “no number” with anything else", () => {
    expect(matches({ kind: "number", value: 0.94995 }, 0.94995 + 1e-15)).toBe(true);
    expect(matches({ kind: "number", value: 0.94995 }, 0.95)).toBe(false);
    expect(matches({ kind: "number", value: 1 }, "1")).toBe(false);
    expect(matches({ kind: "text", value: "Đạt" }, "Đạt")).toBe(true);
    expect(matches({ kind: "text", value: "Đạt" }, "Không đạt")).toBe(false);
    for (const found of ["", null, "#N/A", "#VALUE!"]) expect(matches({ kind: "noNumber" }, found)).toBe(true);
    expect(matches({ kind: "noNumber" }, 0)).toBe(false);
    expect(matches({ kind: "kpiFormula" }, "=KPI.ONTIME(G17,H17)")).toBe(true);
    expect(matches({ kind: "kpiFormula" }, '=IF(H17="","",G17/H17)')).toBe(false);
    expect(matches({ kind: "nativeFormula" }, '=IF(H17="","",G17/H17)')).toBe(true);
    expect(matches({ kind: "nativeFormula" }, '=IF(A1="KPI.ONTIME","",1)')).toBe(true);
    expect(matches({ kind: "nativeFormula" }, "=KPI.STATUS(\"IV.1\",G17,H17,F17)")).toBe(false);
    expect(matches({ kind: "nativeFormula" }, 0.5)).toBe(false);
  });

  it("keeps the first few mismatches and their total", () => {
    const many: Mismatch[] = Array.from({ length: 9 }, (_, i) => ({ part: "result", expected: { kind: "number", value: i }, found: null }));
    expect(mismatchProblem(many)).toEqual({ kind: "mismatch", mismatches: many.slice(0, MAX_MISMATCHES), total: 9 });
    expect(mismatchProblem([])).toBeUndefined();
  });

  it("recognises Excel's busy value", () => {
    expect(isBusyValue("#BUSY!")).toBe(true);
    expect(isBusyValue("#GETTING_DATA")).toBe(true);
    expect(isBusyValue("#N/A")).toBe(false);
    expect(isBusyValue(0)).toBe(false);
  });

  it("sums the steps up: failed over passed, passed over skipped", () => {
    const of = (...statuses: ("passed" | "failed" | "skipped")[]) => ({ steps: statuses.map((status) => ({ id: "check" as const, status, durationMs: 0 })) });
    expect(overallStatus(of("passed", "skipped"))).toBe("passed");
    expect(overallStatus(of("passed", "failed", "skipped"))).toBe("failed");
    expect(overallStatus(of("skipped", "skipped"))).toBe("skipped");
  });
});

describe("the temporary names", () => {
  it("fit Excel's limits and are recognisable", () => {
    const names = selfTestNames("K7QF");
    for (const sheet of temporarySheets(names)) {
      expect(sheet.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
      expect(sheet).not.toMatch(/[:\\/?*[\]]/);
      expect(isTemporarySheet(sheet, names)).toBe(true);
    }
    expect(isTemporarySheet("KPI Tự kiểm tra K7QF (2)", names)).toBe(true);
    expect(isTemporarySheet("KPI Tự kiểm tra ABCD", names)).toBe(false);
    for (const prefix of Object.values(names.prefixes)) {
      expect(prefix).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(isTemporaryName(`${prefix}_I_1_B`, names)).toBe(true);
    }
    expect(isTemporaryName("KPI_I_1_B", names)).toBe(false);
  });

  it("skip tokens whose sheet or name prefix the workbook already uses (any case)", () => {
    const tokens = ["AAAA", "BBBB", "CCCC"];
    let i = 0;
    const chosen = chooseSelfTestNames(() => tokens[i++], ["kpi tự kiểm tra aaaa"], ["kpitest_bbbbK_TABLE"]);
    expect(chosen?.token).toBe("CCCC");
    expect(chooseSelfTestNames(() => "AAAA", ["KPI Tự kiểm tra AAAA"], [], 3)).toBeUndefined();
  });

  it("draws four characters that cannot be mistaken for each other", () => {
    let seed = 0;
    const token = randomToken(() => (seed = (seed + 0.37) % 1));
    expect(token).toMatch(/^[A-HJ-NP-Z2-9]{4}$/);
  });
});
