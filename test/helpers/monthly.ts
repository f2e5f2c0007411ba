/** The monthly report the monthly-reporting tests build: the plan's year and unit, native formulas, Quý I. */
import type { MonthlyReportOptions } from "../../src/domain/layout/monthlyLayout";

export const MONTHLY_OPTIONS: MonthlyReportOptions = {
  year: 2024,
  unitName: "Sở Du lịch tỉnh Kiên Giang",
  formulas: "native",
  monthly: { period: { kind: "quarter", quarter: 1 } },
};
