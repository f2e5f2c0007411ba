/** The --period option of `npm run workbook` (src/workbook/args.ts), parsed by the pure parser. */
import { parseWorkbookArgs, USAGE } from "../../src/workbook/args";

describe("npm run workbook -- --period", () => {
  it("reads the sheet's labels, the keys and English", () => {
    const periodOf = (text: string): unknown => {
      const parsed = parseWorkbookArgs(["--out", "x.xlsx", "--period", text]);
      return parsed.ok && !parsed.options.help ? parsed.options.period : parsed;
    };
    expect(periodOf("Quý I")).toEqual({ kind: "quarter", quarter: 1 });
    expect(periodOf("Q3")).toEqual({ kind: "quarter", quarter: 3 });
    expect(periodOf("Tháng 12")).toEqual({ kind: "month", month: 12 });
    expect(periodOf("6 tháng")).toEqual({ kind: "sixMonths" });
    expect(periodOf("9M")).toEqual({ kind: "nineMonths" });
    expect(periodOf("Cả năm")).toEqual({ kind: "year" });
  });

  it("leaves the plain appendix when absent", () => {
    const parsed = parseWorkbookArgs(["--out", "x.xlsx"]);
    expect(parsed.ok && !parsed.options.help && "period" in parsed.options).toBe(false);
  });

  it("refuses an unknown or repeated period, in both languages", () => {
    const bad = parseWorkbookArgs(["--out", "x.xlsx", "--period", "Quý V"]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.message).toContain('--period không hợp lệ: "Quý V"');
      expect(bad.message).toContain("Unknown --period");
      expect(bad.message).toContain("Quý I, Quý II");
    }
    const twice = parseWorkbookArgs(["--out", "x.xlsx", "--period", "Q1", "--period", "Q2"]);
    expect(twice.ok).toBe(false);
    expect(USAGE).toContain("--period");
  });
});
