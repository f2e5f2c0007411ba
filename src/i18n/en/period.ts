/**
 * English strings of monthly reporting in the task pane, typed against the Vietnamese ones so
 * that neither language can miss a string. The sheets keep the document's Vietnamese words.
 */
import type { PeriodStrings } from "../vi/period";

export const periodEn: PeriodStrings = {
  picker: {
    label: "Report period",
    groups: { months: "Months", quarters: "Quarters", cumulative: "6, 9 months and full year" },
    apply: "Change report period",
    hint: "Only the Report period cell on the appendix changes; entered figures stay as they are.",
  },
  labels: {
    month: "Month {n}",
    quarter: "Q{q}",
    sixMonths: "6 months",
    nineMonths: "9 months",
    year: "Full year",
  },
  span: {
    singleMonth: "Month {start}",
    months: "Months {start} to {end}",
    yearToDate: "Year to date through month {end}",
  },
  errors: {
    unknownPeriod: "Unknown report period “{text}”. Use one of: {choices}.",
  },
  check: {
    parts: { numerator: "numerator (b)", denominator: "denominator (a)" },
    missingMonths: "{code}: figures missing for month {months} (months 1 to {end} are needed to judge the report period and the year to date).",
    missingAction: "Enter the numerator (b) and denominator (a) of those months on the sheet “{sheet}” (grey cells).",
    invalidCell: "{code}: the {part} of month {month} is not valid ({problem}).",
    numeratorAboveDenominator: "{code}: in month {month} the numerator (b) is greater than the denominator (a).",
    invalidAction: "Correct cell {address} on the sheet “{sheet}”: a whole number from 0, b not greater than a.",
    problems: {
      notNumber: "not a number",
      negative: "negative",
      fractional: "has a fractional part",
      tooLarge: "too large",
    },
    allFilled: "Monthly figures are complete through month {end}.",
  },
  chart: {
    title: "Year-to-date results against targets",
    subtitle: "Year to date through month {end}",
  },
};
