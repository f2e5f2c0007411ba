/**
 * The oracle on its own (test/oracle/planRules.ts): hand-worked cases from the plan's words, so
 * that the oracle the other tests trust is itself held to something.
 */
import fc from "fast-check";
import {
  PLAN_TARGETS,
  WORDS,
  cellPercentHundredths,
  invalidEntry,
  judgeData,
  judgedTarget,
  periodMonths,
  periodOutcome,
  planTarget,
  shownPercentHundredths,
  shownRatio,
  verdict,
  type MonthFigures,
  type PlanTarget,
} from "./planRules";

const MIN_95: PlanTarget = { kind: "minimum", fraction: 0.95 };
const EXACT_100: PlanTarget = { kind: "exact", fraction: 1 };

describe("the plan's targets, read from the plan's text", () => {
  it("are the appendix's eleven, with their kinds", () => {
    expect(PLAN_TARGETS).toEqual({
      "I.1": { kind: "minimum", fraction: 0.45 },
      "I.2": { kind: "minimum", fraction: 0.5 },
      "I.3": { kind: "minimum", fraction: 0.8 },
      "II.1": { kind: "minimum", fraction: 0.9 },
      "III.1": { kind: "exact", fraction: 1 },
      "III.2": { kind: "minimum", fraction: 0.5 },
      "III.3": { kind: "exact", fraction: 1 },
      "III.4": { kind: "exact", fraction: 1 },
      "III.5": { kind: "minimum", fraction: 0.9 },
      "IV.1": { kind: "minimum", fraction: 0.95 },
      "V.1": { kind: "exact", fraction: 1 },
    });
    expect(() => planTarget("VI.1")).toThrow("VI.1");
  });
});

describe("data", () => {
  it.each<[string, unknown, unknown, ReturnType<typeof judgeData>]>([
    ["one month", 19, 20, { kind: "ratio", b: 19n, a: 20n }],
    ["a grid", [[1, 2, null]], [[2, 2, ""]], { kind: "ratio", b: 3n, a: 4n }],
    ["a = 0", 0, 0, { kind: "notArisen" }],
    ["blank", null, undefined, { kind: "noData", reason: "blank" }],
    ["half-filled", 3, "", { kind: "noData", reason: "incomplete" }],
    ["half-filled month among full ones", [[1, 2]], [[1, null]], { kind: "noData", reason: "incomplete" }],
    ["b > a", 5, 4, { kind: "invalid" }],
    ["b > a in one month although the sums fit", [[5, 1]], [[4, 9]], { kind: "invalid" }],
    ["negative", -1, 4, { kind: "invalid" }],
    ["fractional", 1.5, 4, { kind: "invalid" }],
    ["above 10^9", 1, 1_000_000_001, { kind: "invalid" }],
    ["exactly 10^9", 1_000_000_000, 1_000_000_000, { kind: "ratio", b: 1_000_000_000n, a: 1_000_000_000n }],
    ["text", "12", 12, { kind: "invalid" }],
    ["a space", " ", 12, { kind: "invalid" }],
    ["a boolean", true, 4, { kind: "invalid" }],
    ["invalid data outrank blanks", [["x", null]], [[null, null]], { kind: "invalid" }],
    ["shapes differ", [[1, 2]], [[1], [2]], { kind: "invalid" }],
    ["a row that is not a row", [1, 2], [[1, 2]], { kind: "invalid" }],
  ])("%s", (_name, b, a, expected) => {
    expect(judgeData(b, a)).toEqual(expected);
  });

  it("shows the exact ratio, #N/A or #VALUE!", () => {
    expect(shownRatio(37998, 40000)).toBe(0.94995);
    expect(shownRatio([[1, 2]], [[3, 4]])).toBe(3 / 7);
    expect(shownRatio(0, 0)).toBe("#N/A");
    expect(shownRatio(null, 5)).toBe("#N/A");
    expect(shownRatio(6, 5)).toBe("#VALUE!");
  });
});

describe("percentages and targets in hundredths of a percent", () => {
  it("rounds the percentage half up to 2 decimals, exactly", () => {
    expect(shownPercentHundredths(37998n, 40000n)).toBe(9500n); // 94.995% → 95.00%
    expect(shownPercentHundredths(37997n, 40000n)).toBe(9499n); // 94.9925% → 94.99%
    expect(shownPercentHundredths(999_999_999n, 1_000_000_000n)).toBe(10000n);
    expect(shownPercentHundredths(1n, 3n)).toBe(3333n);
    expect(shownPercentHundredths(2n, 3n)).toBe(6667n);
    expect(shownPercentHundredths(0n, 7n)).toBe(0n);
  });

  it("reads a target as a 0.00% cell shows it", () => {
    expect(cellPercentHundredths(0.95)).toBe(9500n);
    expect(cellPercentHundredths(0.94995)).toBe(9500n); // 94.995% shows 95.00%, whatever the binary digits
    expect(cellPercentHundredths(0.955)).toBe(9550n);
    expect(cellPercentHundredths(1.00005)).toBe(10001n);
    expect(cellPercentHundredths(-0.00005)).toBe(0n);
    expect(cellPercentHundredths(-0.00015)).toBe(-1n);
    expect(cellPercentHundredths(1e305)).toBe(10n ** 309n);
    expect(cellPercentHundredths(0)).toBe(0n);
  });

  it("a number in the Chỉ tiêu cell replaces the plan's figure; anything else is the plan's; the kind stays", () => {
    expect(judgedTarget(0.8, EXACT_100)).toEqual({ kind: "exact", hundredths: 8000n });
    for (const cell of [null, undefined, "", "95%", "abc", true, false, Number.NaN, Infinity]) {
      expect(judgedTarget(cell, MIN_95)).toEqual({ kind: "minimum", hundredths: 9500n });
    }
  });
});

describe("verdicts", () => {
  it("minimum targets compare the percentage as shown", () => {
    expect(verdict(37998, 40000, null, MIN_95)).toBe(WORDS.pass);
    expect(verdict(37997, 40000, null, MIN_95)).toBe(WORDS.fail);
    expect(verdict(999_999_999, 1_000_000_000, null, MIN_95)).toBe(WORDS.pass);
    expect(verdict(9, 20, 0.45, MIN_95)).toBe(WORDS.pass);
    expect(verdict(8, 20, 0.45, MIN_95)).toBe(WORDS.fail);
  });

  it("exact targets need b = a (the unrounded ratio)", () => {
    expect(verdict(40000, 40000, null, EXACT_100)).toBe(WORDS.pass);
    expect(verdict(39999, 40000, null, EXACT_100)).toBe(WORDS.fail); // shows 100.00%, still not all
    expect(verdict(999_999_999, 1_000_000_000, 1, EXACT_100)).toBe(WORDS.fail);
    expect(verdict(99, 100, 0.99, EXACT_100)).toBe(WORDS.pass);
    expect(verdict(98_999, 100_000, 0.99, EXACT_100)).toBe(WORDS.fail); // 98.999% rounds to 99.00%, but exact
  });

  it("the data are judged before the target, which never makes them invalid", () => {
    expect(verdict(null, null, 0.95, MIN_95)).toBe(WORDS.noData);
    expect(verdict(3, null, 0.95, MIN_95)).toBe(WORDS.noData);
    expect(verdict(0, 0, "x", MIN_95)).toBe(WORDS.notArisen);
    expect(verdict(5, 4, 0.95, MIN_95)).toBe(WORDS.invalid);
    expect(verdict(5, 5, "x", MIN_95)).toBe(WORDS.pass);
    expect(verdict(100, 100, 1e305, MIN_95)).toBe(WORDS.fail);
    expect(verdict(0, 100, -1e305, MIN_95)).toBe(WORDS.pass);
  });

  it("ranges: the ratio sums the filled pairs; a verdict needs every pair entered", () => {
    expect(shownRatio([[95, null, 0]], [[100, null, 0]])).toBe(0.95);
    expect(verdict([[95, null, 0]], [[100, null, 0]], null, MIN_95)).toBe(WORDS.noData);
    expect(verdict([[95, 0, 0]], [[100, 0, 0]], null, MIN_95)).toBe(WORDS.pass);
    expect(verdict([[0, 0]], [[0, 0]], null, MIN_95)).toBe(WORDS.notArisen);
  });

  it("the invalid-input highlight", () => {
    expect(invalidEntry("x", "x", 5)).toBe(true);
    expect(invalidEntry(5, 6, 5)).toBe(true);
    expect(invalidEntry(null, null, 5)).toBe(false);
    expect(invalidEntry(5, 5, 5)).toBe(false);
  });
});

describe("the months of a period", () => {
  it.each<[string, number[], number]>([
    ["Tháng 1", [1], 1],
    ["Tháng 12", [12], 12],
    ["Quý I", [1, 2, 3], 3],
    ["Quý II", [4, 5, 6], 6],
    ["Quý III", [7, 8, 9], 9],
    ["Quý IV", [10, 11, 12], 12],
    ["6 tháng", [1, 2, 3, 4, 5, 6], 6],
    ["9 tháng", [1, 2, 3, 4, 5, 6, 7, 8, 9], 9],
    ["Cả năm", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 12],
  ])("%s", (label, months, last) => {
    expect(periodMonths(label)).toEqual({ months, yearToDate: Array.from({ length: last }, (_, i) => i + 1) });
  });

  it("refuses what is not a period", () => {
    for (const label of ["Tháng 13", "Quý V", "Năm", ""]) expect(() => periodMonths(label)).toThrow();
  });
});

describe("a period of months (every month entered, else no data)", () => {
  const months = (...pairs: [unknown, unknown][]): MonthFigures[] => pairs.map(([b, a]) => ({ b, a }));

  it("judges the sums when every month has b and a (0 is an entry)", () => {
    expect(periodOutcome(months([30, 30], [20, 25], [29, 30]), null, MIN_95)).toEqual({
      verdict: WORDS.fail,
      numerator: 79n,
      denominator: 85n,
      ratio: 79 / 85,
    });
    expect(periodOutcome(months([19, 20], [0, 0], [38, 40]), null, MIN_95)).toMatchObject({ verdict: WORDS.pass, ratio: 57 / 60 });
    expect(periodOutcome(months([0, 0], [0, 0]), null, MIN_95)).toEqual({
      verdict: WORDS.notArisen,
      numerator: 0n,
      denominator: 0n,
      ratio: null,
    });
  });

  it("is no data, showing nothing, while a month lacks b or a", () => {
    const nothing = { verdict: WORDS.noData, numerator: null, denominator: null, ratio: null };
    expect(periodOutcome(months([30, 30], [null, null], [29, 30]), null, MIN_95)).toEqual(nothing);
    expect(periodOutcome(months([30, 30], [20, null]), null, MIN_95)).toEqual(nothing);
    expect(periodOutcome(months([null, null]), null, MIN_95)).toEqual(nothing);
    // KPI.RATIO over the same months skips the blank month (59/60); KPI.STATUS does not judge them.
    expect(shownRatio([[30, null, 29]], [[30, null, 30]])).toBe(59 / 60);
    expect(verdict([[30, null, 29]], [[30, null, 30]], null, MIN_95)).toBe(WORDS.noData);
  });

  it("is invalid when any month is, entered or not", () => {
    expect(periodOutcome(months([30, 30], ["x", null]), null, MIN_95).verdict).toBe(WORDS.invalid);
    expect(periodOutcome(months([31, 30], [null, null]), null, MIN_95).verdict).toBe(WORDS.invalid);
    expect(periodOutcome(months([1.5, 2], [1, 1]), null, MIN_95)).toEqual({ verdict: WORDS.invalid, numerator: null, denominator: null, ratio: null });
  });

  it("uses the target cell as a single month does", () => {
    expect(periodOutcome(months([9, 10], [9, 10]), 0.9, EXACT_100).verdict).toBe(WORDS.pass);
    expect(periodOutcome(months([9, 10], [9, 10]), null, EXACT_100).verdict).toBe(WORDS.fail);
  });

  it("equals the one-month verdict for one month, and KPI.RATIO's for fully entered months", () => {
    const cell = fc.oneof(fc.nat({ max: 50 }), fc.constantFrom<unknown>(null, -1, "x"));
    const full = fc.nat({ max: 50 }).chain((a) => fc.nat({ max: a }).map((b): [unknown, unknown] => [b, a]));
    fc.assert(
      fc.property(cell, cell, fc.array(full, { minLength: 1, maxLength: 12 }), (b, a, pairs) => {
        expect(periodOutcome(months([b, a]), null, MIN_95).verdict).toBe(verdict(b, a, null, MIN_95));
        const row = (i: 0 | 1): unknown[][] => [pairs.map((p) => p[i])];
        expect(periodOutcome(months(...pairs), null, MIN_95).verdict).toBe(verdict(row(0), row(1), null, MIN_95));
      }),
      { numRuns: 500 },
    );
    expect(() => periodOutcome([], null, MIN_95)).toThrow();
  });
});
