/**
 * The pure core of the KPI.* functions (src/domain/kpiFunctions.ts): the declarative table, the
 * fast path's agreement with evaluateRatio, error kinds and messages, languages, the STATUS target.
 * Results and verdicts are judged by the independent oracle (test/oracle/planRules.ts).
 */
import fc from "fast-check";
import { INDICATORS, findIndicator } from "../../src/domain/catalog";
import {
  KPI_FUNCTIONS,
  evaluateKpiArgs,
  evaluationError,
  excelErrorCode,
  formatCount,
  indicatorForCode,
  kpiFunctionName,
  kpiRatio,
  kpiStatus,
  kpiTarget,
  statusTarget,
  type KpiError,
} from "../../src/domain/kpiFunctions";
import { HyperFormula } from "hyperformula";
import { nativeVerdictFormula } from "../../src/domain/nativeFormulas";
import { fillTemplate } from "../../src/domain/template";
import { MAX_COUNT, evaluateRatio, type CellInput } from "../../src/domain/ratio";
import { functionsEn } from "../../src/i18n/en/functions";
import { functionsVi } from "../../src/i18n/vi/functions";
import { ENGINE_CONFIG, raw } from "../helpers/hyperformula";
import { WORDS, judgeData, planTarget, ratioOf, verdict as oracleVerdict } from "../oracle/planRules";

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

  test("gives the oracle's ratio, #VALUE! for invalid data, #N/A for no data and a = 0 (10,000 runs)", () => {
    fc.assert(
      fc.property(grids, ([b, a]) => {
        const result = kpiRatio(b, a);
        const expected = judgeData(b, a);
        if (expected.kind === "ratio") return Object.is(result, ratioOf(expected.b, expected.a));
        return typeof result === "object" && result.error === (expected.kind === "invalid" ? "value" : "na");
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("Excel errors in b or a (allowErrorForDataTypeAny)", () => {
  // The two shapes Excel hands an error cell to an `any` parameter in: a CustomFunctions.Error,
  // and, with data types, an Excel.ErrorCellValue.
  const divByZero = { code: "#DIV/0!", message: undefined };
  const errorCellValue = { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" };

  test("are recognised by their code, other objects are not", () => {
    expect(excelErrorCode(divByZero)).toBe("#DIV/0!");
    expect(excelErrorCode(errorCellValue)).toBe("#N/A");
    expect(excelErrorCode({ code: 7 })).toBeUndefined();
    expect(excelErrorCode("#DIV/0!")).toBeUndefined();
    expect(excelErrorCode([[divByZero]])).toBeUndefined();
  });

  test("in a single cell: #VALUE! naming the error, and Số liệu không hợp lệ", () => {
    const message = fillTemplate(functionsVi.errors.excelError, { code: "#DIV/0!" });
    expect(kpiRatio([[divByZero]], [[20]])).toEqual({ error: "value", message });
    expect(kpiRatio(5, divByZero)).toEqual({ error: "value", message });
    expect(kpiStatus("IV.1", [[divByZero]], [[20]])).toBe(WORDS.invalid);
    expect(kpiStatus("IV.1", [[19]], [[errorCellValue]])).toBe(WORDS.invalid);
  });

  test("inside a range of months: invalid, whatever the other months hold", () => {
    const b = [[1, 2, divByZero, 4]];
    const a = [[2, 2, 5, 4]];
    expect(kpiRatio(b, a, "en")).toEqual({ error: "value", message: fillTemplate(functionsEn.errors.excelError, { code: "#DIV/0!" }) });
    expect(kpiStatus("ONTIME", b, a)).toBe(WORDS.invalid);
    expect(kpiStatus("ONTIME", [[1, null]], [[2, errorCellValue]])).toBe(WORDS.invalid);
  });

  test("the checks before it keep their order: differently sized ranges are reported first", () => {
    expect(kpiRatio([[divByZero, 1]], [[1]])).toEqual(evaluationError({ kind: "invalid", problem: "shapeMismatch" }));
  });

  test("an error in the optional target falls back to the plan's target, as the native formulas do", () => {
    expect(kpiStatus("IV.1", [[19]], [[20]], divByZero)).toBe(WORDS.pass);
    expect(kpiStatus("IV.1", [[18]], [[20]], [[errorCellValue]])).toBe(WORDS.fail);
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
      expect(kpiTarget([[indicator.functionName!.toLowerCase()]])).toBe(indicator.target.fraction);
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
        "III.5 (SATISFACTION), IV.1 (ONTIME), V.1 (EDOCS). A workbook made for another plan: open the task pane to load the workbook's plan.",
    );
  });
});

describe("statusTarget: the optional Chỉ tiêu argument (targetFromCell)", () => {
  const catalog = { kind: "minimum", fraction: 0.95 } as const;
  test.each([[null], [undefined], [""], [[[null]]]])("absent (%p): the catalog's target", (value) => {
    expect(statusTarget(value, catalog)).toBe(catalog);
  });
  test("a number replaces the fraction, the kind stays", () => {
    expect(statusTarget(0.9, catalog)).toEqual({ kind: "minimum", fraction: 0.9 });
    // A figure the plan does not have, so that the cell's number cannot pass for the fallback.
    expect(statusTarget([[0.87]], { kind: "exact", fraction: 1 })).toEqual({ kind: "exact", fraction: 0.87 });
    expect(statusTarget(1e305, catalog)).toEqual({ kind: "minimum", fraction: 1e305 });
  });
  test.each([["95%"], [" "], [true], [Number.NaN], [Infinity], [[[1, 2]]], [{}]])("not a finite number (%p): the catalog's target", (value) => {
    expect(statusTarget(value, catalog)).toBe(catalog);
  });
});

describe("kpiStatus", () => {
  /** The plan's rule, by the independent oracle, with the plan's own target for the code. */
  function planRule(code: string, b: CellInput[][], a: CellInput[][], target: CellInput): string {
    return oracleVerdict(b, a, target, planTarget(code));
  }

  const count = fc.oneof(fc.nat({ max: 100 }), fc.nat({ max: MAX_COUNT }));
  const value: fc.Arbitrary<CellInput> = fc.oneof(
    { weight: 8, arbitrary: count },
    { weight: 2, arbitrary: fc.constantFrom<CellInput>(null, "") },
    { weight: 1, arbitrary: fc.constantFrom<CellInput>(-1, 0.5, "x", true) },
  );
  /** The Chỉ tiêu cell: numbers (also far out of range), blank, text and booleans. */
  const targetCell: fc.Arbitrary<CellInput> = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 10_000) },
    { weight: 1, arbitrary: fc.constantFrom<CellInput>(95, -0.5, 1e305, -1e305, Number.MAX_VALUE) },
    { weight: 2, arbitrary: fc.constantFrom<CellInput>(null, undefined, "") },
    { weight: 2, arbitrary: fc.constantFrom<CellInput>("95%", "abc", "0.9", true, false) },
  );
  const codes = fc.constantFrom(...INDICATORS.map((i) => i.code));
  const months = fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 12 });

  test("agrees with the native formula's rule (the oracle) for blank, text and number targets (10,000 runs)", () => {
    fc.assert(
      fc.property(codes, months, targetCell, (code, pairs, target) => {
        const b = [pairs.map((m) => m[0])];
        const a = [pairs.map((m) => m[1])];
        return kpiStatus(code, b, a, target) === planRule(code, b, a, target);
      }),
      { numRuns: 10_000 },
    );
  });

  test("agrees with the oracle at the rounding edge of the target: b around (goal − ½ hundredth of a percent)·a (10,000 runs)", () => {
    /** b within ±2 of where b/a, shown with 2 decimals of a percent, turns into the goal. */
    const edge = fc
      .record({
        code: codes,
        a: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: MAX_COUNT })),
        goal: fc.integer({ min: 1, max: 10_000 }),
        offset: fc.integer({ min: -2, max: 2 }),
        /** Half the cases use the plan's own target (a blank Chỉ tiêu cell). */
        planTarget: fc.boolean(),
      })
      .map(({ code, a, goal, offset, planTarget: usePlan }) => {
        const hundredths = usePlan ? Math.round(planTarget(code).fraction * 10_000) : goal;
        const b = Math.min(a, Math.max(0, Math.ceil(((hundredths - 0.5) * a) / 10_000) + offset));
        return { code, b, a, target: usePlan ? null : goal / 10_000 };
      });
    fc.assert(
      fc.property(edge, ({ code, b, a, target }) => kpiStatus(code, [[b]], [[a]], target) === planRule(code, [[b]], [[a]], target)),
      { numRuns: 10_000 },
    );
  });

  test("agrees, as the native Đánh giá formula does in HyperFormula, with the oracle (blank, text, boolean, number targets)", () => {
    type Case = { code: string; b: CellInput; a: CellInput; target: CellInput };
    const cellValue = fc.oneof({ weight: 6, arbitrary: fc.nat({ max: 40 }) }, { weight: 1, arbitrary: fc.constantFrom<CellInput>(null, -1, "x") });
    const cases: Case[] = fc.sample(
      fc.record({
        code: codes,
        b: cellValue,
        a: cellValue,
        target: targetCell.map((t) => (t === "" || t === undefined ? null : t)), // "" is text in HyperFormula
      }),
      { numRuns: 1500, seed: 20240917 },
    );
    const hf = HyperFormula.buildFromArray(
      cases.map((c, i) => {
        const r = i + 1;
        const indicator = findIndicator(c.code)!;
        return [raw(c.b), raw(c.a), raw(c.target), nativeVerdictFormula({ numerator: `A${r}`, denominator: `B${r}` }, `C${r}`, indicator.target)];
      }),
      ENGINE_CONFIG,
    );
    const shown = hf.getSheetValues(0).map((row) => row[3]);
    hf.destroy();
    const disagreements = cases
      .map((c, i) => ({
        ...c,
        status: kpiStatus(c.code, [[c.b]], [[c.a]], c.target),
        native: shown[i],
        oracle: planRule(c.code, [[c.b]], [[c.a]], c.target),
      }))
      .filter((d) => d.status !== d.oracle || d.native !== d.oracle);
    expect(disagreements.slice(0, 5)).toEqual([]);
    // Every kind of target reached a ratio, where the target decides.
    const judged = cases.filter((c) => judgeData(c.b, c.a).kind === "ratio");
    expect(new Set(judged.map((c) => (c.target === null ? "blank" : typeof c.target)))).toEqual(new Set(["blank", "string", "boolean", "number"]));
  });

  test("a blank, omitted or text target is the catalog's, as in the native formula; it never makes data invalid", () => {
    for (const target of [undefined, null, "", "95%", "abc", true]) {
      expect(kpiStatus("IV.1", [[95]], [[100]], target)).toBe("Đạt");
      expect(kpiStatus("IV.1", [[94]], [[100]], target)).toBe("Không đạt");
      expect(planRule("IV.1", [[95]], [[100]], target === undefined ? null : target)).toBe("Đạt");
    }
    expect(kpiStatus("IV.1", [[95]], [[100]])).toBe("Đạt");
    expect(kpiStatus("IV.1", [[94]], [[100]], 0.9)).toBe("Đạt");
    expect(kpiStatus("III.1", [[99]], [[100]], 0.99)).toBe("Đạt"); // the kind (exact) stays the catalog's
    expect(kpiStatus("III.1", [[99]], [[100]], 1e305)).toBe("Không đạt");
    expect(kpiStatus("III.1", [[0]], [[100]], -1e305)).toBe("Đạt");
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
