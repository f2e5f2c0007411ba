/**
 * English strings of the KPI.* custom functions, shown when Office's display language is English
 * (error messages at run time, functions.en-us.json at build time, the help panel). Typed against
 * the Vietnamese strings so that neither language can miss a string.
 */
import type { FunctionStrings } from "../vi/functions";

export const functionsEn: FunctionStrings = {
  format: {
    decimalSeparator: ".",
    thousandsSeparator: ",",
  },
  errors: {
    shapeMismatch:
      "b and a differ in size: select two cells, or two ranges with the same number of rows and columns (e.g. B5:M5 and B6:M6).",
    notNumber:
      "Not a number: b and a are counts (whole numbers ≥ 0); remove text, TRUE/FALSE or stray characters from the cells.",
    excelError: "A figure holds the error {code} (usually from a formula in a b or a cell): fix that formula or type the count again.",
    negative: "Negative figure: b and a are counts and must be 0 or more.",
    fractional: "Fractional figure: b and a are counts and must be whole numbers.",
    tooLarge: "Figure too large: at most {max} per cell; check for a typing mistake.",
    numeratorAboveDenominator: "Numerator greater than denominator: b must be less than or equal to a (in every month).",
    blank: "No data yet: enter b and a.",
    incomplete: "No data yet: a month has only one of b and a; enter both.",
    notApplicable: "Nothing arose: the denominator a is 0 (no dossiers in the period), so there is no ratio.",
    missingCode: "Indicator code missing: enter a code of the appendix, e.g. “IV.1”, or a function name, e.g. “ONTIME”.",
    unknownCode: "There is no indicator “{code}”. Use one of: {codes}. A workbook made for another plan: open the task pane to load the workbook's plan.",
    unexpected: "Could not compute: check the figures b and a.",
  },
  descriptions: {
    targetMinimum: "at least {percent}",
    targetExact: "{percent}",
    indicator: "{code} {name}. Target: {target}. Returns the ratio b/a as a decimal (0.95 = 95%); over a range of months, the months entered are summed, as SUM does.",
    indicatorNumerator: "Numerator b: {what}. One cell or a range of months.",
    indicatorDenominator: "Denominator a: {what}. A cell or range the same size as b.",
    ratio: "Ratio b/a of any indicator as a decimal (0.95 = 95%); for a range of months: sum of b / sum of a of the months entered, as SUM does.",
    ratioNumerator: "Numerator b: a count (whole number ≥ 0). One cell or a range of months.",
    ratioDenominator: "Denominator a: a count, b ≤ a. A cell or range the same size as b.",
    target: "The target of an indicator of the appendix, as a decimal (0.95 = 95%).",
    status: "Assesses an indicator: Đạt (met), Không đạt (not met), Không phát sinh (nothing arose), Chưa có số liệu (no data) or Số liệu không hợp lệ (invalid data); over a range of months it assesses only when every month has both b and a.",
    code: "Indicator code of the appendix, e.g. “IV.1”, or function name, e.g. “ONTIME”.",
    statusTarget: "Target (optional), e.g. 0.95; if it is left out, blank or not a number, the plan's target is used.",
  },
  help: {
    indicatorExample: "{b}: {numerator}; {a}: {denominator}.",
    ratioExample: "Year to date: B5:M5 holds the numerators b of 12 months, B6:M6 the denominators a.",
    targetExample: "Returns 0.95 (shown as 95.00% with the 0.00% format).",
    statusExample: "Assesses indicator IV.1 with b in {b} and a in {a}, against the target in cell {target}.",
  },
};
