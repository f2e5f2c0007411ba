/**
 * The masked period formulas (nativeFormulas.ts) evaluated by HyperFormula against KPI.STATUS's
 * verdict on the period's slice of months — a verdict about a period, so every month of it must be
 * entered — on generated monthly data: blank months, half-filled months, a = 0 months, invalid
 * cells inside and outside the period; and the appendix's b, a and Kết quả, which show only what
 * that verdict allows. One row per case: b in A–L, a in M–X, the period's first and last month in
 * Y and Z, the mask in AA–AL (formulas), the target in AM, then the formulas under test (AN…).
 *
 * HyperFormula runs with useArrayArithmetic: Excel 2010 and LibreOffice evaluate SUMPRODUCT's
 * arguments as arrays (ISBLANK(range), INT(range), …); HyperFormula only does so in that mode.
 */
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { INDICATORS, type Target, type TargetKind } from "../../src/domain/catalog";
import { columnLetter } from "../../src/domain/layout/a1";
import { maskedSums, maskedVerdictFormula, monthMaskFormula, shownResultFormula, shownSumFormula } from "../../src/domain/nativeFormulas";
import { MONTHS, type MonthNumber } from "../../src/domain/period";
import { MAX_COUNT, VERDICT_WORDS, type CellInput, type Verdict } from "../../src/domain/ratio";
import { expectedShownResult, expectedShownSum, oracleVerdict as oracleOfCells, raw, sameShown, shown, type Shown } from "../helpers/hyperformula";

const SEED = 20240808;

/** KPI.STATUS on the slice, the target read by targetFromCell (a number, else the plan's). */
function oracleVerdict(b: CellInput[], a: CellInput[], target: CellInput, plan: Target): Verdict {
  return oracleOfCells([b], [a], target, plan);
}

const MIN_95: Target = { kind: "minimum", fraction: 0.95 };
const EXACT_100: Target = { kind: "exact", fraction: 1 };

/** HyperFormula rounds results to about 11 decimals in this mode (smart rounding on). */
const same = (x: Shown, y: Shown): boolean => sameShown(x, y, 1e-9);

// Generators: mostly valid months and blanks, with half-filled months, a = 0 and invalid cells.
const smallCount = fc.integer({ min: 0, max: 400 });
const invalidCell: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constantFrom<CellInput>("abc", "12", " ", "#N/A", -1, 0.5, 2.25, MAX_COUNT + 1, 1e-9),
  fc.boolean(),
);
const monthPair: fc.Arbitrary<[CellInput, CellInput]> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<[CellInput, CellInput]>([null, null]) },
  {
    weight: 10,
    arbitrary: fc.tuple(smallCount, smallCount).map(([x, y]): [CellInput, CellInput] => [Math.min(x, y), Math.max(x, y)]),
  },
  { weight: 1, arbitrary: fc.constant<[CellInput, CellInput]>([0, 0]) },
  { weight: 1, arbitrary: smallCount.map((x): [CellInput, CellInput] => [x, null]) },
  { weight: 1, arbitrary: smallCount.map((x): [CellInput, CellInput] => [null, x]) },
  { weight: 1, arbitrary: fc.tuple(smallCount, smallCount).map(([x, y]): [CellInput, CellInput] => [Math.max(x, y) + 1, Math.min(x, y)]) },
  { weight: 1, arbitrary: fc.tuple(invalidCell, smallCount).map(([x, y]): [CellInput, CellInput] => [x, y]) },
  { weight: 1, arbitrary: fc.tuple(smallCount, invalidCell).map(([x, y]): [CellInput, CellInput] => [x, y]) },
);
const span = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
  .map(([x, y]) => ({ start: Math.min(x, y) as MonthNumber, end: Math.max(x, y) as MonthNumber }));
const target: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 100 }).map((p) => p / 100) },
  { weight: 1, arbitrary: fc.constantFrom<CellInput>(0.955, 1 / 3, -0.5, 1.5, 1e305, -1e305) },
  { weight: 2, arbitrary: fc.constantFrom<CellInput>("95%", "0.9", null, null, true) },
);
/** The plan's target: one of the catalog's, or any kind with a whole percentage. */
const planTarget: fc.Arbitrary<Target> = fc.oneof(
  fc.constantFrom(...INDICATORS.map((i) => i.target)),
  fc.record({ kind: fc.constantFrom<TargetKind>("minimum", "exact"), fraction: fc.integer({ min: 0, max: 100 }).map((p) => p / 100) }),
);

interface Case {
  readonly b: CellInput[];
  readonly a: CellInput[];
  readonly start: MonthNumber;
  readonly end: MonthNumber;
  readonly target: CellInput;
  readonly plan: Target;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    months: fc.array(monthPair, { minLength: 12, maxLength: 12 }),
    span,
    target,
    plan: planTarget,
  })
  .map(({ months, span: s, target: t, plan }) => ({
    b: months.map((m) => m[0]),
    a: months.map((m) => m[1]),
    start: s.start,
    end: s.end,
    target: t,
    plan,
  }));

const COL = { b: 1, a: 13, start: 25, end: 26, mask: 27, target: 39, out: 40 } as const;
const OUT = ["verdict", "sumB", "sumA", "result"] as const;

function row(c: Case, r: number): RawCellContent[] {
  const range = (first: number): string => `${columnLetter(first)}${r}:${columnLetter(first + 11)}${r}`;
  const refs = { numerator: range(COL.b), denominator: range(COL.a), mask: range(COL.mask) };
  const startRef = `${columnLetter(COL.start)}${r}`;
  const endRef = `${columnLetter(COL.end)}${r}`;
  const targetRef = `${columnLetter(COL.target)}${r}`;
  const out = (k: number): string => `${columnLetter(COL.out + k)}${r}`;
  const sums = maskedSums(refs);
  return [
    ...c.b.map(raw),
    ...c.a.map(raw),
    c.start,
    c.end,
    ...MONTHS.map((m) => monthMaskFormula(m, startRef, endRef)),
    raw(c.target),
    maskedVerdictFormula(refs, targetRef, c.plan),
    shownSumFormula(out(0), sums.sumB),
    shownSumFormula(out(0), sums.sumA),
    shownResultFormula(out(0), `${out(1)}/${out(2)}`),
  ];
}

function evaluate(cases: readonly Case[]): Shown[][] {
  const hf = HyperFormula.buildFromArray(
    cases.map((c, i) => row(c, i + 1)),
    { licenseKey: "gpl-v3", useArrayArithmetic: true },
  );
  try {
    return hf.getSheetValues(0).map((r) => r.map(shown));
  } finally {
    hf.destroy();
  }
}

function disagreements(cases: readonly Case[]): unknown[] {
  const values = evaluate(cases);
  const found: unknown[] = [];
  cases.forEach((c, i) => {
    const b = c.b.slice(c.start - 1, c.end);
    const a = c.a.slice(c.start - 1, c.end);
    const verdict = oracleVerdict(b, a, c.target, c.plan);
    const expected: Record<(typeof OUT)[number], Shown> = {
      verdict: VERDICT_WORDS[verdict],
      sumB: expectedShownSum(b, a, "numerator"),
      sumA: expectedShownSum(a, b, "denominator"),
      result: expectedShownResult([b], [a], c.target, c.plan),
    };
    OUT.forEach((key, k) => {
      const engine = values[i][COL.out - 1 + k];
      if (!same(engine, expected[key])) found.push({ case: c, key, engine, oracle: expected[key] });
    });
    const mask = values[i].slice(COL.mask - 1, COL.mask + 11);
    const expectedMask = MONTHS.map((m) => (m >= c.start && m <= c.end ? 1 : 0));
    if (JSON.stringify(mask) !== JSON.stringify(expectedMask)) found.push({ case: c, key: "mask", engine: mask, oracle: expectedMask });
  });
  return found;
}

describe("masked period formulas agree with KPI.STATUS on the period's months (HyperFormula)", () => {
  it("judge a period only when every month of it has b and a (a blank month is no data, not a skipped month)", () => {
    const blank = (): CellInput[] => Array<CellInput>(12).fill(null);
    // Quý I with February left empty: two months alone would give Đạt; the period has no data yet.
    const b = blank();
    const a = blank();
    [b[0], a[0], b[2], a[2]] = [19, 20, 20, 20];
    const cases: Case[] = [
      { b, a, start: 1, end: 3, target: 0.95, plan: MIN_95 },
      { b: b.map((v, i) => (i === 1 ? 0 : v)), a: a.map((v, i) => (i === 1 ? 0 : v)), start: 1, end: 3, target: 0.95, plan: MIN_95 },
    ];
    const values = evaluate(cases);
    const outputs = values.map((r) => r.slice(COL.out - 1, COL.out - 1 + OUT.length));
    expect(outputs).toEqual([
      ["Chưa có số liệu", "", "", ""],
      // February entered as 0 and 0 (nothing arose that month): the quarter is judged, 39/40.
      ["Đạt", 39, 40, 39 / 40],
    ]);
    expect(disagreements(cases)).toEqual([]);
  });

  it("on fixed cases: quarters, year to date, a = 0, half-filled and invalid months in and out of the period", () => {
    const blank = (): CellInput[] => Array<CellInput>(12).fill(null);
    const withMonths = (pairs: Record<number, [CellInput, CellInput]>): { b: CellInput[]; a: CellInput[] } => {
      const b = blank();
      const a = blank();
      for (const [m, [x, y]] of Object.entries(pairs)) [b[Number(m) - 1], a[Number(m) - 1]] = [x, y];
      return { b, a };
    };
    const q1 = (pair: [CellInput, CellInput]): Record<number, [CellInput, CellInput]> => ({ 1: pair, 2: pair, 3: pair });
    const cases: Case[] = [
      { ...withMonths({ 1: [9, 10], 2: [10, 10], 3: [19, 20] }), start: 1, end: 3, target: 0.95, plan: MIN_95 },
      { ...withMonths({ 1: [9, 10], 2: [10, 10], 3: [18, 20] }), start: 1, end: 3, target: 0.95, plan: MIN_95 },
      { ...withMonths({ 1: [9, 10], 2: [1, 1], 3: [1, 1], 5: ["abc", 3] }), start: 1, end: 3, target: 0.5, plan: MIN_95 }, // text outside
      { ...withMonths({ 1: [9, 10], 2: ["abc", 3], 3: [1, 1] }), start: 1, end: 3, target: 0.5, plan: MIN_95 }, // text inside
      { ...withMonths({ 4: [0, 0], 5: [0, 0], 6: [0, 0] }), start: 4, end: 6, target: 1, plan: EXACT_100 }, // a = 0
      { ...withMonths({ 4: [1, 1], 5: [2, null], 6: [1, 1] }), start: 4, end: 6, target: 1, plan: EXACT_100 }, // half filled
      { ...withMonths({ 7: [1, 1], 8: [3, 2], 9: [1, 1] }), start: 7, end: 9, target: 1, plan: EXACT_100 }, // b > a
      { ...withMonths({ 7: [1, 1], 8: [1, 1], 9: [1, 1], 12: [3, 2] }), start: 7, end: 9, target: 1, plan: EXACT_100 }, // b > a later
      { ...withMonths({}), start: 1, end: 12, target: 0.5, plan: MIN_95 }, // nothing
      { ...withMonths({ 12: [37998, 40000] }), start: 12, end: 12, target: 0.95, plan: MIN_95 }, // 94.995% → Đạt
      { ...withMonths({ 3: [true, 1], 4: [1, 1], 5: [1, 1], 6: [1, 2] }), start: 4, end: 6, target: 0.5, plan: MIN_95 }, // logical outside
      // A target cell that is not a number: the plan's target (the kind is always the plan's).
      { ...withMonths(q1([19, 20])), start: 1, end: 3, target: null, plan: MIN_95 },
      { ...withMonths(q1([18, 20])), start: 1, end: 3, target: "95%", plan: MIN_95 },
      { ...withMonths(q1([19, 20])), start: 1, end: 3, target: true, plan: EXACT_100 },
      { ...withMonths(q1([19, 20])), start: 1, end: 3, target: 0.96, plan: EXACT_100 },
      // A month of the quarter left empty: no verdict from the other two.
      { ...withMonths({ 1: [19, 20], 3: [19, 20] }), start: 1, end: 3, target: 0.95, plan: MIN_95 },
    ];
    expect(disagreements(cases)).toEqual([]);
    const verdicts = cases.map((c) => oracleVerdict(c.b.slice(c.start - 1, c.end), c.a.slice(c.start - 1, c.end), c.target, c.plan));
    expect(verdicts).toEqual([
      ...["pass", "fail", "pass", "invalid", "notApplicable", "noData", "invalid", "pass", "noData", "pass", "pass"],
      ...["pass", "fail", "fail", "fail", "noData"],
    ]);
  });

  it("keeps an error value in a month outside the period out of the result", () => {
    const hf = HyperFormula.buildFromArray(
      [[...[1, "=1/0", null, null, null, null, null, null, null, null, null, null], ...[2, 3, ...Array(10).fill(null)], 1, 0, ...Array(10).fill(0)]],
      { licenseKey: "gpl-v3", useArrayArithmetic: true },
    );
    const refs = { numerator: "A1:L1", denominator: "M1:X1", mask: "Y1:AJ1" };
    const sums = maskedSums(refs);
    hf.setCellContents({ sheet: 0, row: 0, col: 40 }, [[shownResultFormula("AR1", `${sums.sumB}/${sums.sumA}`), "", "", maskedVerdictFormula(refs, "AL1", MIN_95)]]);
    hf.setCellContents({ sheet: 0, row: 0, col: 37 }, [[0.5]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 40 })).toBe(0.5);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 43 })).toBe("Đạt");
    hf.setCellContents({ sheet: 0, row: 0, col: 25 }, [[1]]); // month 2 (holding #DIV/0!) now counts
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 43 })).toBe("Số liệu không hợp lệ");
    // No error code on the document: Kết quả is blank, Đánh giá says why.
    expect(shown(hf.getCellValue({ sheet: 0, row: 0, col: 40 }))).toBe("");
    hf.destroy();
  });

  it("on 1000 generated years and periods", () => {
    const cases = fc.sample(caseArb, { numRuns: 1000, seed: SEED });
    expect(disagreements(cases)).toEqual([]);
    const seen = new Set(
      cases.map((c) => oracleVerdict(c.b.slice(c.start - 1, c.end), c.a.slice(c.start - 1, c.end), c.target, c.plan)),
    );
    expect([...seen].sort()).toEqual(["fail", "invalid", "noData", "notApplicable", "pass"]);
  });

  it("stay far below Excel's formula limits", () => {
    const refs = { numerator: "KPI_M_III_4_B", denominator: "KPI_M_III_4_A", mask: "KPI_PERIOD_MASK" };
    const verdict = maskedVerdictFormula(refs, "F18", MIN_95);
    expect(verdict.length).toBeLessThan(1500);
    // Nesting: Excel 2010 allows 64 levels.
    let depth = 0;
    let max = 0;
    for (const ch of verdict) {
      if (ch === "(") max = Math.max(max, ++depth);
      if (ch === ")") depth--;
    }
    expect(max).toBeLessThan(20);
  });
});
