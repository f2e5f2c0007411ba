/**
 * The pure core of the KPI.* functions (src/domain/kpiFunctions.ts): the declarative table, the
 * fast path's agreement with evaluateRatio, error kinds and messages, languages, the STATUS target.
 */
import fc from "fast-check";
import { INDICATORS, findIndicator } from "../../src/domain/catalog";
import {
  KPI_FUNCTIONS,
  evaluateKpiArgs,
  evaluationError,
  fillTemplate,
  formatCount,
  indicatorForCode,
  kpiFunctionName,
  kpiRatio,
  kpiStatus,
  kpiTarget,
  statusTarget,
  type KpiError,
} from "../../src/domain/kpiFunctions";
import { MAX_COUNT, VERDICT_WORDS, evaluateRatio, verdictOf, type CellInput } from "../../src/domain/ratio";
import { functionsEn } from "../../src/i18n/en/functions";
import { functionsVi } from "../../src/i18n/vi/functions";

describe("KPI_FUNCTIONS", () => {
  test("one function per indicator, in the plan's order, then RATIO, TARGET, STATUS", () => {
    expect(KPI_FUNCTIONS.map((f) => f.id)).toEqual([
      "PAYMENT",
      "ONLINE",
      "DIGITIZED",
      "DIGITIZEDVALID",
      "ERESULTS",
      "REUSE",
      "PUBLISHED",
      "FEEDBACK",
      "SATISFACTION",
      "ONTIME",
      "EDOCS",
      "RATIO",
      "TARGET",
      "STATUS",
    ]);
    for (const [index, indicator] of INDICATORS.entries()) {
      const spec = KPI_FUNCTIONS[index];
      expect(spec.kind === "indicator" && spec.indicator).toBe(indicator);
      expect(spec.id).toBe(indicator.functionName);
    }
    expect(kpiFunctionName("ONTIME")).toBe("KPI.ONTIME");
  });

  test("parameters", () => {
    const names = Object.fromEntries(KPI_FUNCTIONS.map((f) => [f.id, f.parameters.map((p) => p.name + (p.optional ? "?" : ""))]));
    expect(names.ONTIME).toEqual(["b", "a"]);
    expect(names.RATIO).toEqual(["b", "a"]);
    expect(names.TARGET).toEqual(["code"]);
    expect(names.STATUS).toEqual(["code", "b", "a", "target?"]);
  });
});

describe("kpiRatio", () => {
  test.each<[string, unknown, unknown, number | KpiError]>([
    ["scalars", 19, 20, 0.95],
    ["one cell", [[19]], [[20]], 0.95],
    ["a = 0", 0, 0, { error: "na", message: functionsVi.errors.notApplicable }],
    ["blank scalars", null, undefined, { error: "na", message: functionsVi.errors.blank }],
    ["half", 3, "", { error: "na", message: functionsVi.errors.incomplete }],
    ["b > a", 5, 4, { error: "value", message: functionsVi.errors.numeratorAboveDenominator }],
    ["a row that is not a row", [1, 2], [1, 2], { error: "value", message: functionsVi.errors.notNumber }],
    ["a null row", [null], [[1]], { error: "value", message: functionsVi.errors.notNumber }],
    ["an object in a cell", [[{ value: 1 }]], [[1]], { error: "value", message: functionsVi.errors.notNumber }],
    ["empty grids", [], [], { error: "na", message: functionsVi.errors.blank }],
    ["a scalar against a grid", 1, [[1, 2]], { error: "value", message: functionsVi.errors.shapeMismatch }],
  ])("%s", (_name, b, a, expected) => {
    expect(kpiRatio(b, a)).toEqual(expected);
  });

  test("messages in the language asked for", () => {
    expect(kpiRatio(5, 4, "en")).toEqual({ error: "value", message: functionsEn.errors.numeratorAboveDenominator });
    expect(kpiRatio(1, 2e9, "en")).toEqual({
      error: "value",
      message: "Figure too large: at most 1,000,000,000 per cell; check for a typing mistake.",
    });
  });

  test("asks for the language only when there is a message to write", () => {
    const language = jest.fn(() => "en" as const);
    expect(kpiRatio([[1, 2]], [[2, 2]], language)).toBe(0.75);
    expect(kpiRatio([[1, null]], [[2, ""]], language)).toBe(0.5);
    expect(language).not.toHaveBeenCalled();
    expect(kpiRatio([[1]], [[null]], language)).toEqual({ error: "na", message: functionsEn.errors.incomplete });
    expect(language).toHaveBeenCalledTimes(1);
  });

  const cell: fc.Arbitrary<CellInput> = fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: 20 }) },
    { weight: 2, arbitrary: fc.nat({ max: MAX_COUNT }) },
    { weight: 3, arbitrary: fc.constantFrom<CellInput>(null, "", undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<CellInput>(-1, 0.5, -0, MAX_COUNT + 1, Number.NaN, Infinity, true, "x", "7"),
    },
  );
  const grid = (rows: number, cols: number) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
  const shape = fc.record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 12 }) });
  const grids = fc.oneof(
    { weight: 9, arbitrary: shape.chain(({ rows, cols }) => fc.tuple(grid(rows, cols), grid(rows, cols))) },
    { weight: 1, arbitrary: fc.tuple(shape.chain(({ rows, cols }) => grid(rows, cols)), shape.chain(({ rows, cols }) => grid(rows, cols))) },
  );

  test("the fast path agrees with evaluateRatio on every input (10,000 runs)", () => {
    fc.assert(
      fc.property(grids, ([b, a]) => {
        const result = kpiRatio(b, a);
        const evaluation = evaluateRatio(b, a);
        if (evaluation.kind === "ratio") return Object.is(result, evaluation.value);
        const expected = evaluationError(evaluation);
        return typeof result === "object" && result.error === expected.error && result.message === expected.message;
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("evaluateKpiArgs", () => {
  test("malformed grids are invalid, not exceptions", () => {
    expect(evaluateKpiArgs([1], [[1]])).toEqual({ kind: "invalid", problem: "notNumber" });
    expect(evaluateKpiArgs([[1]], [undefined])).toEqual({ kind: "invalid", problem: "notNumber" });
    expect(evaluateKpiArgs([[1]], [[2]])).toEqual({ kind: "ratio", numerator: 1, denominator: 2, value: 0.5 });
  });
});

describe("kpiTarget and indicatorForCode", () => {
  test("every code and function name", () => {
    for (const indicator of INDICATORS) {
      expect(kpiTarget(indicator.code)).toBe(indicator.target.fraction);
      expect(kpiTarget([[indicator.functionName.toLowerCase()]])).toBe(indicator.target.fraction);
      expect(indicatorForCode(indicator.code)).toBe(findIndicator(indicator.code));
    }
  });

  test.each<[unknown, string]>([
    [null, functionsVi.errors.missingCode],
    ["", functionsVi.errors.missingCode],
    ["  ", functionsVi.errors.missingCode],
    [[[null]], functionsVi.errors.missingCode],
  ])("missing code %p", (code, message) => {
    expect(kpiTarget(code)).toEqual({ error: "value", message });
  });

  test.each<[unknown, string]>([
    ["VI.1", "VI.1"],
    [4.1, "4.1"],
    [true, "true"],
    [[[1, 2]], "…"],
    [{}, "…"],
    [Object.create(null), "…"],
  ])("unknown code %p", (code, shown) => {
    const result = kpiTarget(code, "en") as KpiError;
    expect(result.error).toBe("value");
    expect(result.message).toBe(
      `There is no indicator “${shown}”. Use one of: I.1 (PAYMENT), I.2 (ONLINE), I.3 (DIGITIZED), ` +
        "II.1 (DIGITIZEDVALID), III.1 (ERESULTS), III.2 (REUSE), III.3 (PUBLISHED), III.4 (FEEDBACK), " +
        "III.5 (SATISFACTION), IV.1 (ONTIME), V.1 (EDOCS).",
    );
  });
});

describe("statusTarget: the optional Chỉ tiêu argument", () => {
  const catalog = { kind: "minimum", fraction: 0.95 } as const;
  test.each([[null], [undefined], [""], [[[null]]]])("absent (%p): the catalog's target", (value) => {
    expect(statusTarget(value, catalog)).toBe(catalog);
  });
  test("a number replaces the fraction, the kind stays", () => {
    expect(statusTarget(0.9, catalog)).toEqual({ kind: "minimum", fraction: 0.9 });
    expect(statusTarget([[1]], { kind: "exact", fraction: 1 })).toEqual({ kind: "exact", fraction: 1 });
  });
  test.each([["95%"], [" "], [true], [Number.NaN], [Infinity], [1e305], [[[1, 2]]], [{}]])("invalid (%p)", (value) => {
    expect(statusTarget(value, catalog)).toBeUndefined();
  });
});

describe("kpiStatus", () => {
  /** The rule of nativeVerdictFormula for a filled target cell: a non-number target is invalid. */
  function nativeRule(code: string, b: CellInput[][], a: CellInput[][], target: CellInput): string {
    const indicator = findIndicator(code)!;
    const evaluation = evaluateRatio(b, a);
    if (evaluation.kind !== "ratio") return VERDICT_WORDS[verdictOf(evaluation, indicator.target)];
    if (typeof target !== "number") return VERDICT_WORDS.invalid;
    return VERDICT_WORDS[verdictOf(evaluation, { kind: indicator.target.kind, fraction: target })];
  }

  test("with a filled target cell it agrees with the native formula's rule (10,000 runs)", () => {
    const count = fc.oneof(fc.nat({ max: 100 }), fc.nat({ max: MAX_COUNT }));
    const value: fc.Arbitrary<CellInput> = fc.oneof(
      { weight: 8, arbitrary: count },
      { weight: 2, arbitrary: fc.constantFrom<CellInput>(null, "") },
      { weight: 1, arbitrary: fc.constantFrom<CellInput>(-1, 0.5, "x", true) },
    );
    const targetCell: fc.Arbitrary<CellInput> = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 10_000) },
      { weight: 1, arbitrary: fc.constantFrom<CellInput>("95%", "abc", true, false, 95) },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATORS.map((i) => i.code)),
        fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 12 }),
        targetCell,
        (code, months, target) => {
          const b = [months.map((m) => m[0])];
          const a = [months.map((m) => m[1])];
          return kpiStatus(code, b, a, target) === nativeRule(code, b, a, target);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  test("without a target (null, undefined, blank) it uses the catalog's; the native formula would say invalid", () => {
    expect(kpiStatus("IV.1", [[95]], [[100]])).toBe("Đạt");
    expect(kpiStatus("IV.1", [[95]], [[100]], null)).toBe("Đạt");
    expect(kpiStatus("IV.1", [[94]], [[100]], undefined)).toBe("Không đạt");
    expect(nativeRule("IV.1", [[95]], [[100]], null)).toBe("Số liệu không hợp lệ");
  });

  test("an unknown code is an error in the language asked for", () => {
    expect(kpiStatus("", [[1]], [[1]], undefined, "en")).toEqual({ error: "value", message: functionsEn.errors.missingCode });
  });
});

describe("text helpers", () => {
  test("fillTemplate", () => {
    expect(fillTemplate("{a} và {b}, {c}", { a: "1", b: "2" })).toBe("1 và 2, {c}");
  });
  test("formatCount", () => {
    expect(formatCount(MAX_COUNT, "vi")).toBe("1.000.000.000");
    expect(formatCount(MAX_COUNT, "en")).toBe("1,000,000,000");
    expect(formatCount(999, "vi")).toBe("999");
  });
});
