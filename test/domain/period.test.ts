import {
  ALL_PERIODS,
  MONTHS,
  monthlyIssues,
  parsePeriod,
  periodChoicesText,
  periodIndex,
  periodKey,
  periodLabel,
  periodSpan,
  periodSpanText,
  periodUiLabel,
  samePeriod,
  spanLength,
  spanMonths,
  suggestedPeriod,
  yearToDateSpan,
  yearToDateText,
  type MonthNumber,
  type ReportPeriod,
} from "../../src/domain/period";
import { periodEn } from "../../src/i18n/en/period";
import { periodVi } from "../../src/i18n/vi/period";

const month = (m: MonthNumber): ReportPeriod => ({ kind: "month", month: m });

describe("report periods", () => {
  it("lists the 19 periods in the sheet's order, each once", () => {
    expect(ALL_PERIODS.map(periodLabel)).toEqual([
      ...MONTHS.map((m) => `Tháng ${m}`),
      "Quý I",
      "Quý II",
      "Quý III",
      "Quý IV",
      "6 tháng",
      "9 tháng",
      "Cả năm",
    ]);
    expect(new Set(ALL_PERIODS.map(periodKey)).size).toBe(19);
    ALL_PERIODS.forEach((p, i) => expect(periodIndex(p)).toBe(i));
  });

  it("gives each month its own month, and a year to date from month 1 to it", () => {
    for (const m of MONTHS) {
      expect(periodSpan(month(m))).toEqual({ start: m, end: m });
      expect(yearToDateSpan(month(m))).toEqual({ start: 1, end: m });
      expect(spanLength(yearToDateSpan(month(m)))).toBe(m);
    }
  });

  it("gives quarters three months each and the cumulative periods months 1 to 6, 9 and 12", () => {
    const cases: [ReportPeriod, number, number][] = [
      [{ kind: "quarter", quarter: 1 }, 1, 3],
      [{ kind: "quarter", quarter: 2 }, 4, 6],
      [{ kind: "quarter", quarter: 3 }, 7, 9],
      [{ kind: "quarter", quarter: 4 }, 10, 12],
      [{ kind: "sixMonths" }, 1, 6],
      [{ kind: "nineMonths" }, 1, 9],
      [{ kind: "year" }, 1, 12],
    ];
    for (const [period, start, end] of cases) {
      expect(periodSpan(period)).toEqual({ start, end });
      expect(yearToDateSpan(period)).toEqual({ start: 1, end });
      expect(spanMonths(periodSpan(period))).toHaveLength(end - start + 1);
    }
  });

  it("reads back its labels, keys and the usual ways of writing a period", () => {
    for (const p of ALL_PERIODS) {
      expect(samePeriod(parsePeriod(periodLabel(p))!, p)).toBe(true);
      expect(samePeriod(parsePeriod(periodKey(p))!, p)).toBe(true);
      expect(samePeriod(parsePeriod(periodUiLabel(p, periodEn))!, p)).toBe(true);
      expect(samePeriod(parsePeriod(periodUiLabel(p, periodVi))!, p)).toBe(true);
    }
    const same = (text: string | number, p: ReportPeriod): void => expect(parsePeriod(text)).toEqual(p);
    same("quy iv", { kind: "quarter", quarter: 4 });
    same(" QUÝ  2 ", { kind: "quarter", quarter: 2 });
    same("Thang 3", month(3));
    same(3, month(3));
    same("T12", month(12));
    same("6T", { kind: "sixMonths" });
    same("9 thang", { kind: "nineMonths" });
    same("ca nam", { kind: "year" });
    same("full-year", { kind: "year" });
    for (const bad of ["", "13", "Quý V", "tháng 0", null, undefined, "Q5"]) expect(parsePeriod(bad)).toBeUndefined();
    expect(periodChoicesText()).toContain("Quý I, Quý II");
  });

  it("words periods in Vietnamese and English for the pane", () => {
    expect(periodUiLabel({ kind: "quarter", quarter: 3 }, periodVi)).toBe("Quý III");
    expect(periodUiLabel({ kind: "quarter", quarter: 3 }, periodEn)).toBe("Q3");
    expect(periodUiLabel(month(7), periodVi)).toBe("Tháng 7");
    expect(periodUiLabel(month(7), periodEn)).toBe("Month 7");
    expect(periodUiLabel({ kind: "sixMonths" }, periodEn)).toBe("6 months");
    expect(periodUiLabel({ kind: "year" }, periodVi)).toBe("Cả năm");
    expect(periodSpanText({ kind: "quarter", quarter: 2 }, periodVi)).toBe("Từ tháng 4 đến tháng 6");
    expect(periodSpanText(month(5), periodEn)).toBe("Month 5");
    expect(yearToDateText({ kind: "quarter", quarter: 2 }, periodVi)).toBe("Lũy kế từ đầu năm đến hết tháng 6");
    expect(yearToDateText({ kind: "nineMonths" }, periodEn)).toBe("Year to date through month 9");
  });

  it("suggests the month just ended within the report year", () => {
    expect(suggestedPeriod(new Date(2024, 3, 5), 2024)).toEqual(month(3));
    expect(suggestedPeriod(new Date(2024, 0, 20), 2024)).toEqual(month(1));
    expect(suggestedPeriod(new Date(2025, 0, 10), 2024)).toEqual({ kind: "year" });
    expect(suggestedPeriod(new Date(2023, 11, 10), 2024)).toEqual(month(1));
  });
});

describe("monthly issues", () => {
  const blankYear = (): (number | string | null)[] => Array<number | string | null>(12).fill(null);

  it("wants every month up to the end of the period, not later ones", () => {
    const numerator = blankYear();
    const denominator = blankYear();
    [numerator[0], denominator[0]] = [3, 4];
    [numerator[2], denominator[2]] = [null, 5]; // March half filled
    [numerator[5], denominator[5]] = [1, 1]; // June, after the quarter
    const issues = monthlyIssues({ "IV.1": { numerator, denominator } }, { kind: "quarter", quarter: 1 });
    const own = issues.filter((i) => i.code === "IV.1");
    expect(own).toEqual([
      { kind: "missingMonth", code: "IV.1", month: 2 },
      { kind: "halfFilledMonth", code: "IV.1", month: 3, part: "numerator" },
    ]);
    // Indicators not read at all miss every month of the year to date.
    expect(issues.filter((i) => i.code === "I.1").map((i) => i.month)).toEqual([1, 2, 3]);
  });

  it("reports invalid cells and b > a in any month", () => {
    const numerator = blankYear();
    const denominator = blankYear();
    [numerator[0], denominator[0]] = [-1, 4];
    [numerator[1], denominator[1]] = [5, 4];
    [numerator[10], denominator[10]] = ["abc", 2.5];
    const issues = monthlyIssues({ "I.2": { numerator, denominator } }, month(2)).filter((i) => i.code === "I.2");
    expect(issues).toEqual([
      { kind: "invalidCell", code: "I.2", month: 1, part: "numerator", problem: "negative" },
      { kind: "numeratorAboveDenominator", code: "I.2", month: 2 },
      { kind: "invalidCell", code: "I.2", month: 11, part: "numerator", problem: "notNumber" },
      { kind: "invalidCell", code: "I.2", month: 11, part: "denominator", problem: "fractional" },
    ]);
  });
});
