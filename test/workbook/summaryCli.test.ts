/** The --summary output the file check prints: the paragraph, its period from the monthly period cell. */
import { INDICATORS } from "../../src/domain/catalog";
import { checkAppendix } from "../../src/domain/check";
import { COLUMNS, MONTHLY_COLUMNS, PERIOD_CELLS } from "../../src/domain/layout/appendixLayout";
import { cellAddress, parseCell } from "../../src/domain/layout/a1";
import { VERDICT_WORDS } from "../../src/domain/ratio";
import { SUMMARY_FLAG, SUMMARY_USAGE, snapshotPeriod, summaryOutput, wantsSummary } from "../../src/workbook/summaryCli";
import { rowOf, set, snapshot, tableSheet } from "../helpers/appendixSheet";

const OPENING = "Kết quả thực hiện 11 chỉ tiêu cải cách TTHC gắn với chuyển đổi số";

describe("the check's --summary", () => {
  it("is asked for by its flag", () => {
    expect(wantsSummary(["PhuLuc.xlsx", SUMMARY_FLAG])).toBe(true);
    expect(wantsSummary(["PhuLuc.xlsx"])).toBe(false);
    expect(SUMMARY_USAGE).toContain("--summary");
  });

  it("prints the plain table's paragraph, with the period the CLI was given", () => {
    const sheet = tableSheet();
    set(sheet, cellAddress(rowOf("I.2"), COLUMNS.numerator), 400);
    set(sheet, cellAddress(rowOf("I.2"), COLUMNS.note), "Doanh nghiệp còn nộp hồ sơ trực tiếp");
    const shot = snapshot(sheet);
    const report = checkAppendix(shot);
    expect(summaryOutput(shot, report, { period: { kind: "month", month: 4 } })).toEqual({
      ok: true,
      text:
        `${OPENING} tháng 4 năm 2024: 10 chỉ tiêu đạt, 1 chỉ tiêu không đạt (I.2 Tỷ lệ hồ sơ trực tuyến đạt 40,00%, ` +
        "chỉ tiêu tối thiểu 50%; nguyên nhân: Doanh nghiệp còn nộp hồ sơ trực tiếp).",
    });
    expect(summaryOutput(shot, report).text).toMatch(new RegExp(`^${OPENING} năm 2024: `));
  });

  it("reads the monthly table's period from its period cell (by its name)", () => {
    const sheet = tableSheet({ monthly: { period: { kind: "quarter", quarter: 2 } } });
    const { row, column } = parseCell(PERIOD_CELLS.period);
    sheet.values[row - 1][column - 1] = "Quý III";
    for (const i of INDICATORS) sheet.values[rowOf(i.code) - 1][MONTHLY_COLUMNS.verdict - 1] = VERDICT_WORDS.pass;
    const shot = snapshot(sheet);
    expect(snapshotPeriod(shot)).toEqual({ kind: "quarter", quarter: 3 });
    expect(summaryOutput(shot, checkAppendix(shot), { period: { kind: "year" } }).text).toBe(`${OPENING} Quý III năm 2024: cả 11 chỉ tiêu đều đạt.`);
    expect(snapshotPeriod({ ...shot, names: [] })).toBeUndefined();
  });

  it("says why there is no paragraph when the sheet has no table", () => {
    const shot = { sheetName: "X", sheetExists: false, values: [], formulas: [], names: [] };
    const output = summaryOutput(shot, checkAppendix(shot));
    expect(output.ok).toBe(false);
    expect(output.text).toBe("Không có đoạn tóm tắt: không tìm thấy bảng phụ lục để báo cáo.\nNo summary: the appendix table was not found.");
  });
});
