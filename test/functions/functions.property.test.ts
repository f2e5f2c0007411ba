/**
 * Property tests (fast-check, 10,000 runs per property) of the KPI.* custom functions against the
 * oracle written independently of src/domain (test/oracle/planRules.ts): BigInt sums, the ratio
 * checked to be the double nearest the exact quotient, the verdict by an exact half-up rounding of
 * the percentage against the plan's own targets.
 */
import fc from "fast-check";
import { INDICATORS } from "../../src/domain/catalog";
import * as functions from "../../src/functions/functions";
import { functionsVi } from "../../src/i18n/vi/functions";
import { APPENDIX_TARGETS as TARGETS, RATIO_FUNCTIONS as RATIO_FUNCTION_TABLE } from "../helpers/kpiFunctionTables";
import { judgeData, planTarget, shownPercentHundredths, verdict } from "../oracle/planRules";
import { FakeCustomFunctionsError, installCustomFunctionsFake } from "./customFunctionsFake";

installCustomFunctionsFake();

const RUNS = { numRuns: 10_000 };
const MAX = 1_000_000_000;

type Cell = unknown;
type Grid = Cell[][];
const RATIO_FUNCTIONS = Object.entries(RATIO_FUNCTION_TABLE);

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

type Oracle =
  | { kind: "ratio"; B: bigint; A: bigint }
  | { kind: "value" }
  | { kind: "na"; reason: "blank" | "incomplete" | "notApplicable" };

/** The oracle's reading of b and a, in the terms of a custom function's result. */
function oracle(b: Grid, a: Grid): Oracle {
  const data = judgeData(b, a);
  switch (data.kind) {
    case "ratio":
      return { kind: "ratio", B: data.b, A: data.a };
    case "invalid":
      return { kind: "value" };
    case "noData":
      return { kind: "na", reason: data.reason };
    case "notArisen":
      return { kind: "na", reason: "notApplicable" };
  }
}

/** value = M / 2^k exactly (value a positive finite double below 2). */
function exactDyadic(value: number): { M: bigint; k: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const exponent = (bits >> 52n) & 0x7ffn;
  const mantissa = bits & ((1n << 52n) - 1n);
  if (exponent === 0n) return { M: mantissa, k: 1074n };
  return { M: mantissa | (1n << 52n), k: 1075n - exponent };
}

/** value is the double nearest to the rational B/A: |M·A − B·2^k|·2 ≤ A (half an ulp). */
function isNearestDouble(value: number, B: bigint, A: bigint): boolean {
  if (B === 0n) return value === 0 && !Object.is(value, -0);
  const { M, k } = exactDyadic(value);
  const difference = M * A - B * (1n << k);
  return (difference < 0n ? -difference : difference) * 2n <= A;
}

const VALUE_MESSAGES = new Set<string>([
  functionsVi.errors.shapeMismatch,
  functionsVi.errors.notNumber,
  functionsVi.errors.negative,
  functionsVi.errors.fractional,
  functionsVi.errors.numeratorAboveDenominator,
  "Số liệu quá lớn: mỗi ô tối đa 1.000.000.000; hãy kiểm tra lỗi nhập.",
]);
const NA_MESSAGES = {
  blank: functionsVi.errors.blank,
  incomplete: functionsVi.errors.incomplete,
  notApplicable: functionsVi.errors.notApplicable,
};

/** Whether a function's result is what the oracle says (a boolean: expect() is too slow here). */
function agreesWithOracle(result: unknown, b: Grid, a: Grid): boolean {
  const expected = oracle(b, a);
  if (expected.kind === "ratio") {
    return (
      typeof result === "number" &&
      result === Number(expected.B) / Number(expected.A) &&
      isNearestDouble(result, expected.B, expected.A)
    );
  }
  if (!(result instanceof FakeCustomFunctionsError)) return false;
  if (expected.kind === "value") return result.code === "#VALUE!" && VALUE_MESSAGES.has(result.message ?? "");
  return result.code === "#N/A" && result.message === NA_MESSAGES[expected.reason];
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const count = fc.oneof(fc.nat({ max: 30 }), fc.nat({ max: MAX }));
const blank = fc.constantFrom<Cell>(null, "", undefined);
const junk: fc.Arbitrary<Cell> = fc.oneof(
  fc.integer({ min: -MAX, max: -1 }),
  fc.double({ noDefaultInfinity: false }),
  fc.integer({ min: MAX + 1, max: 4 * MAX }),
  fc.constantFrom<Cell>(Number.NaN, Number.POSITIVE_INFINITY, -0, true, false, "0", "abc", " "),
  fc.string(),
);
const anyCell: fc.Arbitrary<Cell> = fc.oneof(count, blank, junk);

/** A (b, a) pair of one month: mostly valid counts with b ≤ a, sometimes anything. */
const validPair = count.chain((a) => fc.nat({ max: a }).map((b): [Cell, Cell] => [b, a]));
const pair: fc.Arbitrary<[Cell, Cell]> = fc.oneof(
  { weight: 12, arbitrary: validPair },
  { weight: 3, arbitrary: fc.tuple(blank, blank) },
  { weight: 1, arbitrary: fc.tuple(count, count) },
  { weight: 1, arbitrary: fc.tuple(anyCell, anyCell) },
);

const shape = fc.oneof(
  fc.constant({ rows: 1, cols: 1 }),
  fc.constant({ rows: 1, cols: 12 }),
  fc.constant({ rows: 12, cols: 1 }),
  fc.record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 6 }) }),
);

const sameShapeGrids = shape.chain(({ rows, cols }) =>
  fc.array(pair, { minLength: rows * cols, maxLength: rows * cols }).map((pairs): [Grid, Grid] => {
    const b: Grid = [];
    const a: Grid = [];
    for (let r = 0; r < rows; r++) {
      b.push(pairs.slice(r * cols, (r + 1) * cols).map((p) => p[0]));
      a.push(pairs.slice(r * cols, (r + 1) * cols).map((p) => p[1]));
    }
    return [b, a];
  }),
);

const grid = shape.chain(({ rows, cols }) =>
  fc.array(fc.array(anyCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
);

const gridPair: fc.Arbitrary<[Grid, Grid]> = fc.oneof(
  { weight: 9, arbitrary: sameShapeGrids },
  { weight: 1, arbitrary: fc.tuple(grid, grid) },
);

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

test("every ratio function equals the exact ratio sum(b)/sum(a), or the oracle's error and message", () => {
  // The twelve functions share one core: 10,000 runs spread over all of them.
  fc.assert(
    fc.property(fc.constantFrom(...RATIO_FUNCTIONS), gridPair, ([, fn], [b, a]) => agreesWithOracle(fn(b, a), b, a)),
    RUNS,
  );
});

test("no argument whatsoever throws: a number or an error with a message", () => {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), (b, a) => {
      const result = functions.ratio(b as unknown[][], a as unknown[][]);
      return typeof result === "number" || (result instanceof FakeCustomFunctionsError && !!result.message);
    }),
    RUNS,
  );
});

test("KPI.TARGET and KPI.STATUS never throw, whatever the code, data and target", () => {
  const verdicts = new Set(["Đạt", "Không đạt", "Không phát sinh", "Chưa có số liệu", "Số liệu không hợp lệ"]);
  const code = fc.oneof(fc.constantFrom(...INDICATORS.map((i) => i.code), "ONTIME", "ontime"), fc.anything());
  fc.assert(
    fc.property(code, fc.oneof(gridPair, fc.tuple(fc.anything(), fc.anything())), fc.anything(), (c, [b, a], t) => {
      const target = functions.targetOf(c as string);
      const verdict = functions.statusOf(c as string, b as unknown[][], a as unknown[][], t);
      const isError = (r: unknown): boolean => r instanceof FakeCustomFunctionsError && !!r.message;
      return (
        (typeof target === "number" || isError(target)) &&
        (typeof verdict === "string" ? verdicts.has(verdict) : isError(verdict))
      );
    }),
    RUNS,
  );
});

/** A month's (b, a) near the target's boundary, or anywhere in [0, a]. */
function nearTarget(percent: number) {
  const a = fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: MAX }));
  return a.chain((aa) =>
    fc
      .oneof(
        fc.integer({ min: -3, max: 3 }).map((d) => Math.floor((aa * percent) / 100) + d),
        fc.integer({ min: -3, max: 3 }).map((d) => Math.floor((aa * (percent - 0.005)) / 100) + d),
        fc.nat({ max: aa }),
      )
      .map((b): [number, number] => [Math.min(aa, Math.max(0, b)), aa]),
  );
}

describe.each([["minimum"], ["exact"]] as const)("KPI.STATUS, %s targets", (kind) => {
  const indicators = INDICATORS.filter((i) => TARGETS[i.code][1] === kind);
  const indicator = fc.constantFrom(...indicators);

  test("agrees with the oracle of the rounding rule (one month)", () => {
    fc.assert(
      fc.property(
        indicator.chain((i) => fc.tuple(fc.constant(i), nearTarget(TARGETS[i.code][0]))),
        ([i, [b, a]]) => {
          const percent = TARGETS[i.code][0];
          const passes =
            kind === "minimum" ? shownPercentHundredths(BigInt(b), BigInt(a)) >= BigInt(percent * 100) : b === a;
          const status = functions.statusOf(i.code, [[b]], [[a]]);
          return status === (passes ? "Đạt" : "Không đạt") && status === verdict(b, a, null, planTarget(i.code));
        },
      ),
      RUNS,
    );
  });

  test("agrees with the oracle on ranges and with a target cell", () => {
    fc.assert(
      fc.property(indicator, sameShapeGrids, fc.option(fc.integer({ min: 0, max: 10_000 })), (i, [b, a], bp) => {
        const target = bp === null ? null : bp / 10_000;
        return functions.statusOf(i.functionName, b, a, target) === verdict(b, a, target, planTarget(i.code));
      }),
      RUNS,
    );
  });
});
