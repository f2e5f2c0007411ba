/** The --summary output of the file check: the paragraph for the period asked for, or why there is none. */
import { checkAppendix } from "../../src/domain/check";
import { COLUMNS } from "../../src/domain/layout/appendixLayout";
import { cellAddress } from "../../src/domain/layout/a1";
import { SUMMARY_USAGE, summaryOutput } from "../../src/workbook/summaryCli";
import { CHECK_USAGE, parseCheckArgs } from "../../src/workbook/check/args";
import { rowOf, set, snapshot, tableSheet } from "../helpers/appendixSheet";

const OPENING = "Kết quả thực hiện 11 chỉ tiêu cải cách TTHC gắn với chuyển đổi số";

describe("the check's --summary", () => {
  it("is an output format of the check, listed in its usage, exclusive with --json", () => {
    expect(CHECK_USAGE).toContain(SUMMARY_USAGE);
    expect(parseCheckArgs(["PhuLuc.xlsx", "--summary"])).toEqual({ ok: true, options: { help: false, file: "PhuLuc.xlsx", format: "summary" } });
    const both = parseCheckArgs(["PhuLuc.xlsx", "--summary", "--json"]);
    expect(both.ok).toBe(false);
    expect(!both.ok && both.message).toMatch(/^Chọn một trong --json và --summary\.\nChoose either --json or --summary, not both\./);
  });

  it("prints the plain table's paragraph, with the period given or the year alone", () => {
    const sheet = tableSheet();
    set(sheet, cellAddress(rowOf("I.2"), COLUMNS.numerator), 400);
    set(sheet, cellAddress(rowOf("I.2"), COLUMNS.note), "Doanh nghiệp còn nộp hồ sơ trực tiếp");
    const report = checkAppendix(snapshot(sheet));
    expect(summaryOutput(report, { kind: "month", month: 4 })).toEqual({
      ok: true,
      text:
        `${OPENING} tháng 4 năm 2024: 10 chỉ tiêu đạt, 1 chỉ tiêu không đạt (I.2 Tỷ lệ hồ sơ trực tuyến đạt 40,00%, ` +
        "chỉ tiêu tối thiểu 50%; nguyên nhân: Doanh nghiệp còn nộp hồ sơ trực tiếp).",
    });
    expect(summaryOutput(report).text).toMatch(new RegExp(`^${OPENING} năm 2024: `));
  });

  it("says why there is no paragraph when the sheet has no table", () => {
    const shot = { sheetName: "X", sheetExists: false, values: [], formulas: [], names: [] };
    const output = summaryOutput(checkAppendix(shot));
    expect(output.ok).toBe(false);
    expect(output.text).toBe("Không có đoạn tóm tắt: không tìm thấy bảng phụ lục để báo cáo.\nNo summary: the appendix table was not found.");
  });
});
