/**
 * The native formulas (results, verdicts, highlight rules) evaluated by a real formula engine,
 * HyperFormula, against the plan's rules as the independent oracle states them
 * (test/oracle/planRules.ts: exact arithmetic, the target read from the cell) on thousands of
 * generated inputs. Many cases share one sheet: one row per case,
 * one build per test.
 */
import fc from "fast-check";
import type { RawCellContent } from "hyperformula";
import { INDICATORS, type Target, type TargetKind } from "../../src/domain/catalog";
import { columnLetter } from "../../src/domain/layout/a1";
import {
  invalidInputRuleFormula,
  nativeRatioFormula,
  nativeVerdictFormula,
  verdictRuleFormula,
} from "../../src/domain/nativeFormulas";
import { MAX_COUNT, VERDICT_WORDS, type CellInput } from "../../src/domain/ratio";
import {
  VERDICT_GROUP,
  evaluateSheet,
  expectedResult,
  oracleInvalidInput,
  oracleVerdict,
  raw,
  sameShown,
  type Shown,
} from "../helpers/hyperformula";
import { judgeData } from "../oracle/planRules";

const SEED = 20240305;
/** HF_SCALE=10 runs ten times as many generated cases (a deeper, slower run). */
const SCALE = Math.max(1, Number(process.env.HF_SCALE ?? 1) || 1);
const SINGLE_CASES = 2000 * SCALE;
const RANGE_CASES = 800 * SCALE;
const BOUNDARY_CASES = 1000 * SCALE;

// The oracle (test/oracle/planRules.ts, through test/helpers/hyperformula.ts): the plan's rules
// written apart from src/domain, the target read from the cell (a number, else the plan's target;
// the kind always the plan's).

// ---------------------------------------------------------------------------------------------
// Generators. Never the empty string as a constant: HyperFormula treats "" unlike Excel.
// ---------------------------------------------------------------------------------------------

const smallInt = fc.integer({ min: 0, max: 30 });
const cellInput: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 8, arbitrary: smallInt },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: MAX_COUNT }) },
  { weight: 1, arbitrary: fc.constantFrom(MAX_COUNT, MAX_COUNT - 1, MAX_COUNT + 1, MAX_COUNT + 0.5, 2 * MAX_COUNT) },
  { weight: 1, arbitrary: fc.integer({ min: -MAX_COUNT, max: -1 }) },
  { weight: 1, arbitrary: fc.constantFrom(-0.5, 0.5, 1.25, 2.999, 1e-9) },
  { weight: 1, arbitrary: fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom("abc", "12", " ", "Không", "#N/A", "TRUE") },
  { weight: 1, arbitrary: fc.boolean() },
);

/** The Chỉ tiêu cell: mostly numbers, also blank, text, booleans and numbers far out of range. */
const target: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100 }).map((p) => p / 100) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10000 }).map((p) => p / 10000) },
  { weight: 1, arbitrary: fc.constantFrom(0.955, 0.94995, 0.45, 0.5, 0.8, 0.9, 0.95, 1, 1 / 3, 2 / 3, 0.12345678, 1.2) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-0.5, -0.00005, 0, 1.00005, 2, 2.5, 95, 1e300, 1e305, -1e305, 1.7e308) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom<CellInput>("95%", "Tối thiểu 95", "0.9", " ", true, false) },
);

const targetKind: fc.Arbitrary<TargetKind> = fc.constantFrom("minimum", "exact");

/** The plan's target: one of the catalog's, or any kind with a fraction of 0.00%–100.00%. */
const planTarget: fc.Arbitrary<Target> = fc.oneof(
  fc.constantFrom(...INDICATORS.map((i) => i.target)),
  fc.record({ kind: targetKind, fraction: fc.integer({ min: 0, max: 10000 }).map((p) => p / 10000) }),
);

interface SingleCase {
  readonly b: CellInput;
  readonly a: CellInput;
  readonly target: CellInput;
  readonly plan: Target;
}

const singleCase: fc.Arbitrary<SingleCase> = fc.record({ b: cellInput, a: cellInput, target, plan: planTarget });

/** Cases at the target's edge: b within ±2 of target·a, for large and small denominators. */
const boundaryCase: fc.Arbitrary<SingleCase> = fc
  .record({
    a: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: MAX_COUNT })),
    percent: fc.integer({ min: 0, max: 100 }),
    offset: fc.integer({ min: -2, max: 2 }),
    kind: targetKind,
    /** Half the cases leave the target cell blank: the plan's target is then the one at the edge. */
    blankCell: fc.boolean(),
  })
  .map(({ a, percent, offset, kind, blankCell }) => {
    const fraction = percent / 100;
    const b = Math.min(a, Math.max(0, Math.round(fraction * a) + offset));
    return blankCell
      ? { b, a, target: null, plan: { kind, fraction } }
      : { b, a, target: fraction, plan: { kind, fraction: 0.5 } };
  });

const MIN_95: Target = { kind: "minimum", fraction: 0.95 };
const EXACT_100: Target = { kind: "exact", fraction: 1 };

const FIXED_CASES: readonly SingleCase[] = [
  { b: 37998, a: 40000, target: 0.95, plan: MIN_95 }, // 94.995% shows as 95.00%: Đạt
  { b: 37997, a: 40000, target: 0.95, plan: MIN_95 },
  { b: 37998, a: 40000, target: 0.95, plan: EXACT_100 },
  { b: 40000, a: 40000, target: 1, plan: EXACT_100 },
  { b: MAX_COUNT - 1, a: MAX_COUNT, target: 1, plan: EXACT_100 }, // 99.9999999% is not 100%
  { b: MAX_COUNT - 1, a: MAX_COUNT, target: 1, plan: MIN_95 }, // but shows as 100.00%
  { b: 0, a: 0, target: 0.95, plan: MIN_95 },
  { b: null, a: null, target: 0.95, plan: MIN_95 },
  { b: 5, a: null, target: 0.95, plan: MIN_95 },
  { b: 6, a: 5, target: 0.95, plan: MIN_95 },
  { b: 5, a: 5, target: "x", plan: MIN_95 }, // text: the plan's 95%, Đạt
  { b: 4, a: 5, target: "x", plan: MIN_95 }, // text: the plan's 95%, Không đạt
  { b: 5, a: 5, target: null, plan: EXACT_100 }, // blank: the plan's 100%
  { b: 4, a: 5, target: null, plan: { kind: "minimum", fraction: 0.8 } },
  { b: 3, a: 5, target: true, plan: { kind: "minimum", fraction: 0.8 } }, // a boolean is not a number
  { b: 4, a: 5, target: 0.8, plan: EXACT_100 }, // a number replaces the fraction, the kind stays
  { b: 4, a: 5, target: 1e305, plan: MIN_95 }, // beyond 200%: never met, no overflow
  { b: 0, a: 5, target: -1e305, plan: MIN_95 }, // below 0%: always met
  { b: 5, a: 5, target: 1.00005, plan: EXACT_100 }, // 100.005% rounds to 100.01%
  { b: MAX_COUNT + 1, a: MAX_COUNT + 1, target: 0.5, plan: MIN_95 },
  { b: 9, a: 20, target: 0.45, plan: MIN_95 },
  { b: 899, a: 1000, target: 0.9, plan: MIN_95 },
  { b: 8995, a: 10000, target: 0.9, plan: MIN_95 },
];

// ---------------------------------------------------------------------------------------------
// Single cells: b in A, a in B, target in C; formulas from D on.
// ---------------------------------------------------------------------------------------------

const SINGLE_COLUMNS = ["result", "verdict", "pass", "fail", "neutral", "invalidB", "invalidA"] as const;

function singleRow(c: SingleCase, row: number): RawCellContent[] {
  const refs = { numerator: `A${row}`, denominator: `B${row}` };
  const targetRef = `C${row}`;
  return [
    raw(c.b),
    raw(c.a),
    raw(c.target),
    nativeRatioFormula(refs),
    nativeVerdictFormula(refs, targetRef, c.plan),
    verdictRuleFormula(refs, targetRef, c.plan, "pass"),
    verdictRuleFormula(refs, targetRef, c.plan, "fail"),
    verdictRuleFormula(refs, targetRef, c.plan, "neutral"),
    // As the layout writes it: the cell itself relative, its pair with the columns fixed.
    invalidInputRuleFormula(`A${row}`, `$A${row}`, `$B${row}`),
    invalidInputRuleFormula(`B${row}`, `$A${row}`, `$B${row}`),
  ];
}

function singleExpectations(c: SingleCase): Record<(typeof SINGLE_COLUMNS)[number], Shown> {
  const verdict = oracleVerdict(c.b, c.a, c.target, c.plan);
  const group = VERDICT_GROUP[verdict];
  return {
    result: expectedResult(c.b, c.a),
    verdict: VERDICT_WORDS[verdict],
    pass: group === "pass",
    fail: group === "fail",
    neutral: group === "neutral",
    invalidB: oracleInvalidInput(c.b, c.b, c.a),
    invalidA: oracleInvalidInput(c.a, c.b, c.a),
  };
}

interface Disagreement {
  readonly case: unknown;
  readonly column: string;
  readonly engine: Shown;
  readonly oracle: Shown;
}

function checkSingleCases(cases: readonly SingleCase[]): Disagreement[] {
  const values = evaluateSheet(cases.map((c, i) => singleRow(c, i + 1)));
  const disagreements: Disagreement[] = [];
  cases.forEach((c, i) => {
    const expected = singleExpectations(c);
    SINGLE_COLUMNS.forEach((column, k) => {
      const engine = values[i][3 + k];
      if (!sameShown(engine, expected[column])) disagreements.push({ case: c, column, engine, oracle: expected[column] });
    });
    const groups = [values[i][5], values[i][6], values[i][7]].filter((v) => v === true).length;
    if (groups !== 1) disagreements.push({ case: c, column: "exactly one group", engine: groups, oracle: 1 });
  });
  return disagreements;
}

function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return fc.sample(arbitrary, { numRuns: count, seed });
}

describe("native formulas agree with the plan's rules (the oracle; HyperFormula)", () => {
  it("writes text as text and blanks as blanks in the engine", () => {
    const values = evaluateSheet([[raw("12"), raw(null), '=ISNUMBER(A1)', '=ISBLANK(B1)', '=B1=""']]);
    expect(values[0].slice(2)).toEqual([false, true, true]);
  });

  it("on the plan's boundary cases", () => {
    expect(checkSingleCases(FIXED_CASES)).toEqual([]);
    expect(oracleVerdict(37998, 40000, 0.95, MIN_95)).toBe("pass");
    expect(oracleVerdict(37997, 40000, 0.95, MIN_95)).toBe("fail");
    expect(oracleVerdict(MAX_COUNT - 1, MAX_COUNT, 1, EXACT_100)).toBe("fail");
    // The target never makes the verdict invalid: a non-number is the plan's target.
    expect(oracleVerdict(5, 5, "x", MIN_95)).toBe("pass");
    expect(oracleVerdict(4, 5, "x", MIN_95)).toBe("fail");
    expect(oracleVerdict(4, 5, null, { kind: "minimum", fraction: 0.8 })).toBe("pass");
  });

  it("reads an error in the target cell as the plan's target, like blank and text", () => {
    const plans: readonly Target[] = [MIN_95, EXACT_100, { kind: "minimum", fraction: 0.8 }];
    const pairs: readonly [CellInput, CellInput][] = [[4, 5], [5, 5], [19, 20], [null, null], [0, 0], [6, 5]];
    const errors = ["=NA()", "=1/0", '="x"+1', "=1E+308*10"];
    const cases = plans.flatMap((plan) => pairs.flatMap(([b, a]) => errors.map((error) => ({ case: { b, a, target: null, plan }, error }))));
    const values = evaluateSheet(
      cases.map(({ case: c, error }, i) => {
        const row = singleRow(c, i + 1);
        row[2] = error;
        return row;
      }),
    );
    const disagreements: Disagreement[] = [];
    cases.forEach(({ case: c, error }, i) => {
      expect(values[i][2]).toMatchObject({ error: expect.stringMatching(/^#/) as unknown });
      const expected = singleExpectations(c);
      SINGLE_COLUMNS.forEach((column, k) => {
        if (!sameShown(values[i][3 + k], expected[column])) {
          disagreements.push({ case: { ...c, target: error }, column, engine: values[i][3 + k], oracle: expected[column] });
        }
      });
    });
    expect(disagreements).toEqual([]);
  });

  it(`on ${SINGLE_CASES} generated single-cell cases (results, verdicts, the three rule groups, input rules)`, () => {
    const cases = sample(singleCase, SINGLE_CASES, SEED);
    expect(checkSingleCases(cases)).toEqual([]);
    // The generator reaches every verdict.
    const seen = new Set(cases.map((c) => oracleVerdict(c.b, c.a, c.target, c.plan)));
    expect([...seen].sort()).toEqual(["fail", "invalid", "noData", "notApplicable", "pass"]);
    // …and judges ratios against blank, text, boolean and number targets alike.
    const judged = cases.filter((c) => judgeData(c.b, c.a).kind === "ratio");
    const targetKinds = new Set(judged.map((c) => (c.target === null ? "blank" : typeof c.target)));
    expect([...targetKinds].sort()).toEqual(["blank", "boolean", "number", "string"]);
  });

  it(`on ${BOUNDARY_CASES} generated cases at the edge of the target`, () => {
    const cases = sample(boundaryCase, BOUNDARY_CASES, SEED + 1);
    expect(checkSingleCases(cases)).toEqual([]);
    const verdicts = cases.map((c) => oracleVerdict(c.b, c.a, c.target, c.plan));
    expect(verdicts.filter((v) => v === "pass").length).toBeGreaterThan(BOUNDARY_CASES / 10);
    expect(verdicts.filter((v) => v === "fail").length).toBeGreaterThan(BOUNDARY_CASES / 10);
  });
});

// ---------------------------------------------------------------------------------------------
// Ranges: twelve months of b (A–L) and a (M–X), target in Y; result and verdict in Z and AA.
// ---------------------------------------------------------------------------------------------

interface RangeCase {
  readonly b: CellInput[];
  readonly a: CellInput[];
  readonly target: CellInput;
  readonly plan: Target;
}

const MONTHS = 12;
/** Months are mostly valid pairs or blanks, so that whole-year ratios come out often. */
const monthPair: fc.Arbitrary<[CellInput, CellInput]> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<[CellInput, CellInput]>([null, null]) },
  { weight: 1, arbitrary: fc.constant<[CellInput, CellInput]>([0, 0]) },
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }))
      .map(([x, y]): [CellInput, CellInput] => [Math.min(x, y), Math.max(x, y)]),
  },
  { weight: 1, arbitrary: fc.tuple(cellInput, cellInput) },
);
/** Some years have nothing but blanks and zeros: Không phát sinh when every month holds 0 and 0. */
const quietPair: fc.Arbitrary<[CellInput, CellInput]> = fc.oneof(
  { weight: 30, arbitrary: fc.constant<[CellInput, CellInput]>([0, 0]) },
  { weight: 1, arbitrary: fc.constant<[CellInput, CellInput]>([null, null]) },
);
/** Years with every month entered: the only ones a verdict about the period judges (Đạt, Không đạt). */
const enteredPair: fc.Arbitrary<[CellInput, CellInput]> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<[CellInput, CellInput]>([0, 0]) },
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }))
      .map(([x, y]): [CellInput, CellInput] => [Math.min(x, y), Math.max(x, y)]),
  },
);
const rangeCase: fc.Arbitrary<RangeCase> = fc
  .record({
    months: fc.oneof(
      { weight: 4, arbitrary: fc.array(monthPair, { minLength: MONTHS, maxLength: MONTHS }) },
      { weight: 3, arbitrary: fc.array(enteredPair, { minLength: MONTHS, maxLength: MONTHS }) },
      { weight: 1, arbitrary: fc.array(quietPair, { minLength: MONTHS, maxLength: MONTHS }) },
    ),
    target,
    plan: planTarget,
  })
  .map(({ months, target: t, plan }) => ({ b: months.map((m) => m[0]), a: months.map((m) => m[1]), target: t, plan }));

describe("native range formulas (1×12, year to date) agree with the plan's rules (the oracle)", () => {
  it(`on ${RANGE_CASES} generated year rows with blanks`, () => {
    const cases = sample(rangeCase, RANGE_CASES, SEED + 2);
    const last = columnLetter(2 * MONTHS);
    const rows = cases.map((c, i) => {
      const r = i + 1;
      const refs = { numerator: `A${r}:${columnLetter(MONTHS)}${r}`, denominator: `${columnLetter(MONTHS + 1)}${r}:${last}${r}` };
      const targetRef = `${columnLetter(2 * MONTHS + 1)}${r}`;
      return [
        ...c.b.map(raw),
        ...c.a.map(raw),
        raw(c.target),
        nativeRatioFormula(refs),
        nativeVerdictFormula(refs, targetRef, c.plan),
      ];
    });
    const values = evaluateSheet(rows);
    const disagreements: Disagreement[] = [];
    cases.forEach((c, i) => {
      const b = [c.b];
      const a = [c.a];
      const result = expectedResult(b, a);
      const verdict = VERDICT_WORDS[oracleVerdict(b, a, c.target, c.plan)];
      const engine = values[i].slice(2 * MONTHS + 1);
      if (!sameShown(engine[0], result)) disagreements.push({ case: c, column: "result", engine: engine[0], oracle: result });
      if (engine[1] !== verdict) disagreements.push({ case: c, column: "verdict", engine: engine[1], oracle: verdict });
    });
    expect(disagreements).toEqual([]);
    const verdicts = new Set(cases.map((c) => oracleVerdict([c.b], [c.a], c.target, c.plan)));
    expect(verdicts.size).toBe(5);
  });
});
