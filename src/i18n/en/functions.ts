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
    unknownCode: "There is no indicator “{code}”. Use one of: {codes}.",
    unexpected: "Could not compute: check the figures b and a.",
  },
  indicators: {
    "I.1": {
      shortName: "Online payment rate",
      numerator: "payment transactions (dossiers) paid online through the National Public Service Portal",
      denominator: "all payment transactions of public services (dossiers of fee-charging procedures)",
    },
    "I.2": {
      shortName: "Online dossier rate",
      numerator: "dossiers received online in the period",
      denominator: "all dossiers received and handled in the period",
    },
    "I.3": {
      shortName: "Digitisation rate of dossiers and results",
      numerator: "dossiers whose components and results were digitised",
      denominator: "all dossiers within the unit's remit",
    },
    "II.1": {
      shortName: "Digitisation rate of still-valid results",
      numerator: "still-valid results of procedures that have been digitised",
      denominator: "all still-valid results of procedures decided at Department level",
    },
    "III.1": {
      shortName: "Electronic results rate",
      numerator: "dossiers with an electronic result",
      denominator: "all dossiers requiring a result",
    },
    "III.2": {
      shortName: "Reuse rate of digitised data",
      numerator: "dossiers with at least one component reusing digitised data",
      denominator: "all dossiers received",
    },
    "III.3": {
      shortName: "On-time publication rate of procedures",
      numerator: "procedures published and publicised on time",
      denominator: "all procedures due for publication",
    },
    "III.4": {
      shortName: "On-time handling rate of feedback and petitions",
      numerator: "feedback and petitions handled on time or in progress within the deadline",
      denominator: "all feedback and petitions received",
    },
    "III.5": {
      shortName: "Citizen and business satisfaction",
      numerator:
        "dossiers counted as satisfactory (all dossiers minus those rated unsatisfied, complained about or overdue)",
      denominator: "all dossiers",
    },
    "IV.1": {
      shortName: "On-time resolution rate",
      numerator: "dossiers resolved on time",
      denominator: "all dossiers resolved",
    },
    "V.1": {
      shortName: "Documents and work files handled online",
      numerator: "documents and work files (not classified) handled online",
      denominator: "all documents and work files (not classified)",
    },
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
