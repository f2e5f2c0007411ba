/**
 * Table-driven tests of every KPI.* custom function as Excel calls it: arguments as grids ([[v]]
 * for one cell), results a number, a verdict word or a CustomFunctions.Error (code and message).
 */
import { INDICATORS } from "../../src/domain/catalog";
import * as functions from "../../src/functions/functions";
import { functionsEn } from "../../src/i18n/en/functions";
import { functionsVi } from "../../src/i18n/vi/functions";
import { APPENDIX_TARGETS, RATIO_FUNCTIONS } from "../helpers/kpiFunctionTables";
import { shownRatio } from "../oracle/planRules";
import { FakeCustomFunctionsError, installCustomFunctionsFake, setOfficeDisplayLanguage } from "./customFunctionsFake";

installCustomFunctionsFake();

type Cell = number | string | boolean | null;
type Grid = Cell[][];
const vi = functionsVi.errors;
const cell = (v: Cell): Grid => [[v]];
const row = (...values: Cell[]): Grid => [values];
const column = (...values: Cell[]): Grid => values.map((v) => [v]);
const months = (fill: (month: number) => Cell): Cell[] => Array.from({ length: 12 }, (_, i) => fill(i + 1));

function expectExcelError(result: unknown, code: "#VALUE!" | "#N/A", message: string): void {
  expect(result).toBeInstanceOf(FakeCustomFunctionsError);
  const error = result as FakeCustomFunctionsError;
  expect({ code: error.code, message: error.message }).toEqual({ code, message });
}

type Expected = number | { code: "#VALUE!" | "#N/A"; message: string };

const VALUE = (message: string): Expected => ({ code: "#VALUE!", message });
const NA = (message: string): Expected => ({ code: "#N/A", message });

/** [description, b, a, expected] — every ratio function must give the same. */
const RATIO_CASES: readonly [string, Grid, Grid, Expected][] = [
  ["a normal month", cell(19), cell(20), 0.95],
  ["b = a", cell(40000), cell(40000), 1],
  ["b = 0", cell(0), cell(7), 0],
  ["37998/40000 as an exact quotient", cell(37998), cell(40000), 37998 / 40000],
  ["the largest allowed count", cell(1e9), cell(1e9), 1],
  ["a = 0: nothing arose", cell(0), cell(0), NA(vi.notApplicable)],
  ["b > a", cell(5), cell(4), VALUE(vi.numeratorAboveDenominator)],
  ["negative b", cell(-1), cell(4), VALUE(vi.negative)],
  ["negative a", cell(0), cell(-3), VALUE(vi.negative)],
  ["fractional b", cell(1.5), cell(4), VALUE(vi.fractional)],
  ["fractional a", cell(1), cell(4.25), VALUE(vi.fractional)],
  ["text b", cell("abc"), cell(4), VALUE(vi.notNumber)],
  ["a number typed as text", cell(3), cell("4"), VALUE(vi.notNumber)],
  ["boolean b", cell(true), cell(4), VALUE(vi.notNumber)],
  ["boolean a", cell(1), cell(false), VALUE(vi.notNumber)],
  ["a count above the bound", cell(1), cell(2e9), VALUE("Số liệu quá lớn: mỗi ô tối đa 1.000.000.000; hãy kiểm tra lỗi nhập.")],
  ["NaN (never from Excel)", cell(Number.NaN), cell(4), VALUE(vi.notNumber)],
  ["Infinity (never from Excel)", cell(1), cell(Number.POSITIVE_INFINITY), VALUE(vi.notNumber)],
  ["both blank (null)", cell(null), cell(null), NA(vi.blank)],
  ["both blank (empty string)", cell(""), cell(""), NA(vi.blank)],
  ["only b entered", cell(5), cell(null), NA(vi.incomplete)],
  ["only a entered", cell(""), cell(5), NA(vi.incomplete)],
  ["invalid data outrank blanks", cell("x"), cell(null), VALUE(vi.notNumber)],
  // Ranges: sum(b)/sum(a).
  ["12 months in a row (1×12)", row(...months((m) => m)), row(...months((m) => 2 * m)), 0.5],
  ["12 months in a column (12×1)", column(...months((m) => m)), column(...months(() => 13)), 78 / 156],
  ["a 2×3 block", [[1, 2, 3], [4, 5, 6]], [[2, 2, 4], [4, 6, 6]], 21 / 24],
  ["months not yet entered are no data", row(...months((m) => (m <= 3 ? 9 : null))), row(...months((m) => (m <= 3 ? 10 : ""))), 0.9],
  ["a month with a = 0 among others", row(0, 5, 3), row(0, 5, 4), 8 / 9],
  ["all months a = 0", row(0, 0, 0), row(0, 0, 0), NA(vi.notApplicable)],
  ["a range with nothing in it", row(...months(() => null)), row(...months(() => "")), NA(vi.blank)],
  ["a month with only b", row(1, 2, 3), row(1, 2, null), NA(vi.incomplete)],
  ["a month with only a", column(1, null), column(1, 1), NA(vi.incomplete)],
  ["b > a in one month although the sums fit", row(5, 1), row(4, 9), VALUE(vi.numeratorAboveDenominator)],
  ["text in one month", row(1, "n/a", 3), row(1, 2, 3), VALUE(vi.notNumber)],
  ["1×12 against 12×1", row(...months(() => 1)), column(...months(() => 1)), VALUE(vi.shapeMismatch)],
  ["1×12 against 1×11", row(...months(() => 1)), [months(() => 1).slice(1)], VALUE(vi.shapeMismatch)],
  ["a range against one cell", row(1, 2), cell(3), VALUE(vi.shapeMismatch)],
];

test("the table's expectations are the oracle's (test/oracle/planRules.ts)", () => {
  for (const [name, b, a, expected] of RATIO_CASES) {
    const oracle = shownRatio(b, a);
    expect({ name, expected: typeof expected === "number" ? expected : expected.code }).toEqual({ name, expected: oracle });
  }
});

describe.each(Object.entries(RATIO_FUNCTIONS))("KPI.%s", (_id, fn) => {
  test.each(RATIO_CASES)("%s", (_name, b, a, expected) => {
    const result = fn(b, a);
    if (typeof expected === "number") expect(result).toBe(expected);
    else expectExcelError(result, expected.code, expected.message);
  });
});

describe("messages in English when Office's display language is English", () => {
  afterEach(() => setOfficeDisplayLanguage(undefined));

  test.each([
    ["en-US", functionsEn.errors.numeratorAboveDenominator],
    ["en-GB", functionsEn.errors.numeratorAboveDenominator],
    ["vi-VN", functionsVi.errors.numeratorAboveDenominator],
    ["fr-FR", functionsVi.errors.numeratorAboveDenominator],
  ])("%s", (displayLanguage, message) => {
    setOfficeDisplayLanguage(displayLanguage);
    expectExcelError(functions.onTime(cell(5), cell(4)), "#VALUE!", message);
  });

  test("every kind of error has an English message", () => {
    setOfficeDisplayLanguage("en-US");
    expectExcelError(functions.ratio(cell(null), cell(null)), "#N/A", functionsEn.errors.blank);
    expectExcelError(functions.ratio(cell(1), cell(null)), "#N/A", functionsEn.errors.incomplete);
    expectExcelError(functions.ratio(cell(0), cell(0)), "#N/A", functionsEn.errors.notApplicable);
    expectExcelError(functions.ratio(cell(-1), cell(0)), "#VALUE!", functionsEn.errors.negative);
    expectExcelError(functions.ratio(cell(0.5), cell(1)), "#VALUE!", functionsEn.errors.fractional);
    expectExcelError(functions.ratio(cell("x"), cell(1)), "#VALUE!", functionsEn.errors.notNumber);
    expectExcelError(functions.ratio(row(1, 2), cell(1)), "#VALUE!", functionsEn.errors.shapeMismatch);
    expectExcelError(
      functions.ratio(cell(1), cell(5e9)),
      "#VALUE!",
      "Figure too large: at most 1,000,000,000 per cell; check for a typing mistake.",
    );
    expectExcelError(functions.targetOf(""), "#VALUE!", functionsEn.errors.missingCode);
    const unknown = functions.targetOf("IX.9") as FakeCustomFunctionsError;
    expect(unknown.message).toMatch(/^There is no indicator “IX\.9”\. Use one of: I\.1 \(PAYMENT\), /);
  });

  test("Office without a context or a display language means Vietnamese", () => {
    (globalThis as { Office?: unknown }).Office = {};
    expectExcelError(functions.ratio(cell(null), cell(null)), "#N/A", functionsVi.errors.blank);
    (globalThis as { Office?: unknown }).Office = {
      get context(): never {
        throw new Error("not initialized");
      },
    };
    expectExcelError(functions.ratio(cell(null), cell(null)), "#N/A", functionsVi.errors.blank);
  });
});

describe("an Excel error in a b or a cell (metadata allowErrorForDataTypeAny)", () => {
  // Excel passes an error cell to an `any` parameter as a CustomFunctions.Error.
  const divByZero = (): FakeCustomFunctionsError => new FakeCustomFunctionsError("#DIV/0!" as CustomFunctions.ErrorCode);
  const message = vi.excelError.replace("{code}", "#DIV/0!");

  test.each(Object.entries(RATIO_FUNCTIONS))("KPI.%s gives #VALUE! naming the error, in a cell and in a range", (_id, fn) => {
    expectExcelError(fn([[divByZero()]], cell(20)), "#VALUE!", message);
    expectExcelError(fn(row(1, 2, 3), [[2, divByZero(), 3]]), "#VALUE!", message);
  });

  test("KPI.STATUS says Số liệu không hợp lệ, as the native formulas do", () => {
    expect(functions.statusOf("IV.1", [[divByZero()]], cell(20))).toBe("Số liệu không hợp lệ");
    expect(functions.statusOf("IV.1", row(...months(() => 1)), [[...months(() => 2).slice(0, 11), divByZero()]])).toBe(
      "Số liệu không hợp lệ",
    );
  });
});

describe("KPI.TARGET", () => {
  test.each(INDICATORS.map((i) => [i.code, i.functionName!, ...APPENDIX_TARGETS[i.code]] as const))(
    "%s / %s is %d%% (%s)",
    (code, functionName, percent) => {
      expect(functions.targetOf(code)).toBe(percent / 100);
      expect(functions.targetOf(functionName)).toBe(percent / 100);
      expect(functions.targetOf(` ${functionName.toLowerCase()} `)).toBe(percent / 100);
    },
  );

  test("an unknown code is #VALUE! listing the valid codes", () => {
    const result = functions.targetOf("IV.2");
    const codes = INDICATORS.map((i) => `${i.code} (${i.functionName})`).join(", ");
    expectExcelError(result, "#VALUE!", `Không có chỉ tiêu “IV.2”. Hãy dùng một trong các mã: ${codes}. Sổ lập theo kế hoạch khác: mở ngăn tác vụ để nạp kế hoạch của sổ.`);
  });

  test.each([[""], ["   "], [null as unknown as string]])("a missing code (%p) is #VALUE!", (code) => {
    expectExcelError(functions.targetOf(code), "#VALUE!", vi.missingCode);
  });

  test("a very long unknown code is clipped in the message", () => {
    const result = functions.targetOf("X".repeat(500)) as FakeCustomFunctionsError;
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toContain(`“${"X".repeat(40)}…”`);
  });

  test("a number as code is unknown", () => {
    expectExcelError(
      functions.targetOf(4.1 as unknown as string),
      "#VALUE!",
      expect.stringContaining("Không có chỉ tiêu “4.1”") as unknown as string,
    );
  });
});

describe("KPI.STATUS", () => {
  const status = functions.statusOf;

  // For X% and a = 40000: b = 400·X − 2 is X − 0.005 %, shown as X.00% (passes a minimum);
  // one less is X − 0.0075 %, shown as (X − 0.01)% (fails).
  describe.each(INDICATORS.map((i) => [i.code, i.functionName!, ...APPENDIX_TARGETS[i.code]] as const))(
    "%s (%s), target %d%% %s",
    (code, functionName, percent, kind) => {
      const a = 40000;
      if (kind === "minimum") {
        test("passes at the rounded boundary, fails one below", () => {
          expect(status(code, cell(400 * percent - 2), cell(a))).toBe("Đạt");
          expect(status(functionName, cell(400 * percent - 3), cell(a))).toBe("Không đạt");
          expect(status(code, cell(400 * percent), cell(a))).toBe("Đạt");
          expect(status(code, cell(a), cell(a))).toBe("Đạt");
        });
      } else {
        test("passes only when b = a", () => {
          expect(status(code, cell(a), cell(a))).toBe("Đạt");
          expect(status(code, cell(a - 1), cell(a))).toBe("Không đạt"); // 99.9975% shows 100.00%
          expect(status(functionName, cell(0), cell(1))).toBe("Không đạt");
        });
      }
      test("the other verdicts", () => {
        expect(status(code, cell(0), cell(0))).toBe("Không phát sinh");
        expect(status(code, cell(null), cell(null))).toBe("Chưa có số liệu");
        expect(status(code, cell(3), cell(""))).toBe("Chưa có số liệu");
        expect(status(code, cell(5), cell(4))).toBe("Số liệu không hợp lệ");
        expect(status(code, cell(-1), cell(4))).toBe("Số liệu không hợp lệ");
        expect(status(code, cell(1.5), cell(4))).toBe("Số liệu không hợp lệ");
        expect(status(code, cell("x"), cell(4))).toBe("Số liệu không hợp lệ");
        expect(status(code, cell(true), cell(4))).toBe("Số liệu không hợp lệ");
        expect(status(code, row(1, 2), cell(4))).toBe("Số liệu không hợp lệ");
      });
    },
  );

  test("37998/40000 (94.995%, shown 95.00%) passes IV.1; 37997 fails", () => {
    expect(status("IV.1", cell(37998), cell(40000))).toBe("Đạt");
    expect(status("IV.1", cell(37997), cell(40000))).toBe("Không đạt");
  });

  test("ranges: a verdict about a period needs every month of it", () => {
    const b = row(...months((m) => (m <= 6 ? 95 : null)));
    const a = row(...months((m) => (m <= 6 ? 100 : null)));
    // Months 7–12 blank: the year has no verdict yet; the first six months (its range) have one.
    expect(status("ONTIME", b, a)).toBe("Chưa có số liệu");
    expect(status("ONTIME", [b[0].slice(0, 6)], [a[0].slice(0, 6)])).toBe("Đạt");
    // February blank in Quý I: no verdict from January and March alone, though both pass.
    expect(status("ONTIME", row(95, null, 95), row(100, null, 100))).toBe("Chưa có số liệu");
    expect(status("ONTIME", row(95, 0, 95), row(100, 0, 100))).toBe("Đạt"); // 0 is an entry
    // The ratio functions keep summing the months entered, as SUM does.
    expect(functions.onTime(b, a)).toBe(0.95);
    expect(status("ONTIME", row(...months(() => null)), row(...months(() => null)))).toBe("Chưa có số liệu");
    expect(status("ONTIME", row(...months(() => 1)), column(...months(() => 1)))).toBe("Số liệu không hợp lệ");
  });

  describe("the optional target (the Chỉ tiêu cell)", () => {
    test("a number replaces the catalog's fraction, the kind stays the catalog's", () => {
      expect(status("IV.1", cell(90), cell(100), 0.9)).toBe("Đạt");
      expect(status("IV.1", cell(90), cell(100), 0.91)).toBe("Không đạt");
      expect(status("IV.1", cell(37998), cell(40000), 0.95)).toBe("Đạt"); // still rounded as shown
      expect(status("III.1", cell(99), cell(100), 0.99)).toBe("Đạt"); // exact kind: unrounded b/a ≥ 99%
      expect(status("III.1", cell(98999), cell(100000), 0.99)).toBe("Không đạt"); // 98.999% rounds to 99.00% but exact
      expect(status("IV.1", cell(90), cell(100), [[0.9]])).toBe("Đạt");
    });

    test.each([[null], [undefined], [""], [[[null]]], [[[""]]]])(
      "absent (%p) means the catalog's target",
      (target) => {
        expect(status("IV.1", cell(94), cell(100), target)).toBe("Không đạt");
        expect(status("IV.1", cell(95), cell(100), target)).toBe("Đạt");
      },
    );

    test.each([["95%"], ["0,95"], ["abc"], [true], [false], [Number.NaN], [[[1, 2]]], [[["95%"]]]])(
      "a target that is not a number (%p) means the catalog's target, as in the native formulas",
      (target) => {
        expect(status("IV.1", cell(95), cell(100), target)).toBe("Đạt");
        expect(status("IV.1", cell(94), cell(100), target)).toBe("Không đạt");
        expect(status("III.1", cell(99), cell(100), target)).toBe("Không đạt");
      },
    );

    test("any finite number is the target: far above 100% is never met, below 0% always", () => {
      expect(status("IV.1", cell(100), cell(100), 1e305)).toBe("Không đạt");
      expect(status("IV.1", cell(100), cell(100), Number.MAX_VALUE)).toBe("Không đạt");
      expect(status("IV.1", cell(0), cell(100), -1e305)).toBe("Đạt");
      expect(status("IV.1", cell(0), cell(100), -0.5)).toBe("Đạt");
      expect(status("IV.1", cell(100), cell(100), 1.0001)).toBe("Không đạt");
    });

    test("the data are judged before the target", () => {
      expect(status("IV.1", cell(null), cell(null), "95%")).toBe("Chưa có số liệu");
      expect(status("IV.1", cell(0), cell(0), "95%")).toBe("Không phát sinh");
      expect(status("IV.1", cell(5), cell(4), "95%")).toBe("Số liệu không hợp lệ");
    });
  });

  test("an unknown code is #VALUE! whatever the data", () => {
    const result = status("ONTIME2", cell(1), cell(1)) as FakeCustomFunctionsError;
    expect(result).toBeInstanceOf(FakeCustomFunctionsError);
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/^Không có chỉ tiêu “ONTIME2”\. Hãy dùng một trong các mã: I\.1 \(PAYMENT\)/);
    expectExcelError(status("", cell(1), cell(1)), "#VALUE!", vi.missingCode);
  });
});
