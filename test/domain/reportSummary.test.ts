/**
 * The paragraph for the written report, for every mix of verdicts: golden strings, reviewed for
 * the administrative Vietnamese of the plan (decimal comma, "chỉ tiêu tối thiểu 95%", the
 * explanations from Ghi chú, "…" where none is written yet).
 */
import type { IndicatorCode } from "../../src/domain/catalog";
import { checkAppendix, type CheckReport } from "../../src/domain/check";
import { COLUMNS, MONTHLY_COLUMNS } from "../../src/domain/layout/appendixLayout";
import { cellAddress } from "../../src/domain/layout/a1";
import { periodPhrase, reportSummary, vietnameseCount, vietnamesePercent, vietnameseTarget } from "../../src/domain/reportSummary";
import { VERDICT_WORDS, type CellInput } from "../../src/domain/ratio";
import { rowOf, set, snapshot, tableSheet, type TestSheet } from "../helpers/appendixSheet";

const Q1 = { kind: "quarter", quarter: 1 } as const;
const OPENING = "Kết quả thực hiện 11 chỉ tiêu cải cách TTHC gắn với chuyển đổi số";

/** The plain table with these figures (b, a) and notes typed in. */
function report(figures: Partial<Record<IndicatorCode, [CellInput, CellInput]>>, notes: Partial<Record<IndicatorCode, string>> = {}): CheckReport {
  const sheet: TestSheet = tableSheet();
  for (const [code, [b, a]] of Object.entries(figures) as [IndicatorCode, [CellInput, CellInput]][]) {
    set(sheet, cellAddress(rowOf(code), COLUMNS.numerator), b);
    set(sheet, cellAddress(rowOf(code), COLUMNS.denominator), a);
  }
  for (const [code, note] of Object.entries(notes) as [IndicatorCode, string][]) set(sheet, cellAddress(rowOf(code), COLUMNS.note), note);
  return checkAppendix(snapshot(sheet));
}

describe("the summary for the written report", () => {
  it("words the plan's example: some pass, IV.1 missed with its late dossiers and cause, some not arisen", () => {
    const text = reportSummary(
      report(
        { "IV.1": [187, 200], "III.4": [0, 0], "V.1": [0, 0] },
        { "IV.1": "Một số hồ sơ phải xác minh thêm tại cơ sở." },
      ),
      { period: Q1 },
    );
    expect(text).toBe(
      `${OPENING} Quý I năm 2024: 8 chỉ tiêu đạt, 1 chỉ tiêu không đạt (IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,50%, ` +
        "chỉ tiêu tối thiểu 95%; 13 hồ sơ trễ hạn; nguyên nhân: Một số hồ sơ phải xác minh thêm tại cơ sở), 2 chỉ tiêu không phát sinh.",
    );
  });

  it("leaves dots where a miss is not explained yet", () => {
    expect(reportSummary(report({ "IV.1": [187, 200], "III.4": [0, 0], "V.1": [0, 0] }), { period: Q1 })).toBe(
      `${OPENING} Quý I năm 2024: 8 chỉ tiêu đạt, 1 chỉ tiêu không đạt (IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,50%, ` +
        "chỉ tiêu tối thiểu 95%; 13 hồ sơ trễ hạn; nguyên nhân: …), 2 chỉ tiêu không phát sinh.",
    );
  });

  it("says so when every indicator passes", () => {
    expect(reportSummary(report({}), { period: { kind: "month", month: 3 } })).toBe(`${OPENING} tháng 3 năm 2024: cả 11 chỉ tiêu đều đạt.`);
  });

  it("says so when nothing arose anywhere", () => {
    const none = Object.fromEntries(
      ["I.1", "I.2", "I.3", "II.1", "III.1", "III.2", "III.3", "III.4", "III.5", "IV.1", "V.1"].map((c) => [c, [0, 0]]),
    ) as Record<IndicatorCode, [CellInput, CellInput]>;
    expect(reportSummary(report(none), { period: { kind: "sixMonths" } })).toBe(`${OPENING} 6 tháng đầu năm 2024: cả 11 chỉ tiêu đều không phát sinh.`);
  });

  it("lists several misses, each with its result, target and cause, exact targets included", () => {
    const text = reportSummary(
      report(
        { "I.1": [30, 100], "III.4": [9, 10], "IV.1": [37997, 40000], "II.1": [0, 0] },
        { "I.1": "Người dân chưa quen thanh toán trực tuyến;", "III.4": "  Một phản ánh quá hạn\n do cần ý kiến liên ngành " },
      ),
      { period: { kind: "year" } },
    );
    expect(text).toBe(
      `${OPENING} năm 2024: 7 chỉ tiêu đạt, 3 chỉ tiêu không đạt (` +
        "I.1 Tỷ lệ thanh toán trực tuyến đạt 30,00%, chỉ tiêu tối thiểu 45%; nguyên nhân: Người dân chưa quen thanh toán trực tuyến; " +
        "III.4 Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn đạt 90,00%, chỉ tiêu 100%; nguyên nhân: Một phản ánh quá hạn do cần ý kiến liên ngành; " +
        "IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn đạt 94,99%, chỉ tiêu tối thiểu 95%; 2.003 hồ sơ trễ hạn; nguyên nhân: …" +
        "), 1 chỉ tiêu không phát sinh.",
    );
  });

  it("names the indicators still without data or with invalid figures", () => {
    const text = reportSummary(report({ "I.3": [null, null], "III.2": [5, null], "V.1": [11, 10] }), { period: { kind: "nineMonths" } });
    expect(text).toBe(
      `${OPENING} 9 tháng đầu năm 2024: 8 chỉ tiêu đạt, 2 chỉ tiêu chưa có số liệu (I.3, III.2), 1 chỉ tiêu có số liệu không hợp lệ (V.1).`,
    );
  });

  it("says so when no figure is in yet", () => {
    const blank = Object.fromEntries(
      ["I.1", "I.2", "I.3", "II.1", "III.1", "III.2", "III.3", "III.4", "III.5", "IV.1", "V.1"].map((c) => [c, [null, null]]),
    ) as Record<IndicatorCode, [CellInput, CellInput]>;
    expect(reportSummary(report(blank), { period: Q1 })).toBe(`${OPENING} Quý I năm 2024: cả 11 chỉ tiêu đều chưa có số liệu.`);
  });

  it("words the monthly table's period verdicts and their sums (IV.1's late dossiers from the period's b and a)", () => {
    const sheet = tableSheet({ monthly: { period: Q1 } });
    const put = (code: IndicatorCode, column: number, value: CellInput): void => {
      sheet.values[rowOf(code) - 1][column - 1] = value;
    };
    for (const code of ["I.1", "I.2", "I.3", "II.1", "III.1", "III.2", "III.3", "III.4", "III.5", "V.1"] as IndicatorCode[]) {
      put(code, MONTHLY_COLUMNS.verdict, VERDICT_WORDS.pass);
    }
    put("III.5", MONTHLY_COLUMNS.verdict, VERDICT_WORDS.noData);
    put("IV.1", MONTHLY_COLUMNS.verdict, VERDICT_WORDS.fail);
    put("IV.1", MONTHLY_COLUMNS.numerator, 79);
    put("IV.1", MONTHLY_COLUMNS.denominator, 85);
    put("IV.1", MONTHLY_COLUMNS.result, 79 / 85);
    sheet.values[rowOf("IV.1") - 1][MONTHLY_COLUMNS.note - 1] = "Thiếu nhân sự thẩm định";
    sheet.formulas[rowOf("IV.1") - 1][MONTHLY_COLUMNS.note - 1] = "Thiếu nhân sự thẩm định";
    expect(reportSummary(checkAppendix(snapshot(sheet)), { period: Q1 })).toBe(
      `${OPENING} Quý I năm 2024: 9 chỉ tiêu đạt, 1 chỉ tiêu không đạt (IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn đạt 92,94%, ` +
        "chỉ tiêu tối thiểu 95%; 6 hồ sơ trễ hạn; nguyên nhân: Thiếu nhân sự thẩm định), 1 chỉ tiêu chưa có số liệu (III.5).",
    );
  });

  it("has no paragraph without a table, and no period when none is known", () => {
    expect(reportSummary(checkAppendix({ sheetName: "X", sheetExists: false, values: [], formulas: [], names: [] }))).toBeUndefined();
    expect(reportSummary(report({}))).toBe(`${OPENING} năm 2024: cả 11 chỉ tiêu đều đạt.`);
    expect(reportSummary({ ...report({}), year: undefined })).toBe(`${OPENING}: cả 11 chỉ tiêu đều đạt.`);
  });
});

describe("numbers and periods as the report writes them", () => {
  it("uses the decimal comma with two decimals, dots for thousands, targets as the plan states them", () => {
    expect([vietnamesePercent(0.935), vietnamesePercent(37997 / 40000), vietnamesePercent(1)]).toEqual(["93,50%", "94,99%", "100,00%"]);
    expect([vietnameseCount(13), vietnameseCount(2003), vietnameseCount(1234567)]).toEqual(["13", "2.003", "1.234.567"]);
    expect(vietnameseTarget({ kind: "minimum", fraction: 0.95 })).toBe("tối thiểu 95%");
    expect(vietnameseTarget({ kind: "exact", fraction: 1 })).toBe("100%");
    expect(vietnameseTarget({ kind: "minimum", fraction: 0.455 })).toBe("tối thiểu 45,5%");
  });

  it("puts each period in a sentence", () => {
    expect(periodPhrase({ kind: "month", month: 12 }, 2024)).toBe("tháng 12 năm 2024");
    expect(periodPhrase({ kind: "quarter", quarter: 4 }, 2025)).toBe("Quý IV năm 2025");
    expect(periodPhrase({ kind: "nineMonths" }, 2024)).toBe("9 tháng đầu năm 2024");
    expect(periodPhrase({ kind: "year" }, 2024)).toBe("năm 2024");
    expect(periodPhrase(undefined, 2024)).toBe("năm 2024");
    expect(periodPhrase({ kind: "quarter", quarter: 2 }, undefined)).toBe("Quý II");
    expect(periodPhrase(undefined, undefined)).toBe("");
  });
});
