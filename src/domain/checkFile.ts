/**
 * The pre-submission check of a workbook read from a file, without Excel (`npm run check`): the
 * appendix found through its names (or its headers), every formula of the table recalculated by
 * the domain's own rules — the verdicts, results and period sums are never taken from the values a
 * file caches (a file written by exceljs caches none, one edited by hand may cache stale ones) —
 * while the formulas themselves are still compared with the layout's (formulaReplaced). Then the
 * same checkAppendix and checkMonthlyData as the pane. Pure.
 */
import { INDICATORS, type Indicator } from "./catalog";
import {
  checkAppendix,
  isFormula,
  locateAppendix,
  verdictWithCellTarget,
  type AppendixSnapshot,
  type CellGridRows,
  type CheckOptions,
  type CheckReport,
  type LocatedAppendix,
} from "./check";
import { readKpiWorkbook, type Figures } from "./consolidate/kpiWorkbook";
import { findSheet, nameIndex, resolveName, type SheetValues, type WorkbookValues } from "./consolidate/workbookValues";
import { DEFAULT_NAME_PREFIX, MONTHLY_SHEET_NAME, periodName, tableName } from "./layout/appendixLayout";
import { checkMonthlyData } from "./layout/monthlyLayout";
import { parsePeriod, periodSpan, yearToDateSpan, type MonthSpan, type MonthlySnapshot, type ReportPeriod } from "./period";
import { VERDICT_WORDS, type CellInput, type Verdict } from "./ratio";

/** What the check of monthly reporting reads besides the appendix. */
export interface MonthlyCheckInput {
  readonly snapshot: MonthlySnapshot;
  readonly period: ReportPeriod;
  readonly dataSheetName: string;
}

/**
 * The check's report from the appendix and, for monthly reporting, the monthly data: the monthly
 * data's own findings (each month, on that sheet) take the place of the table's per-row ones.
 * Shared by the pane (src/excel/check.ts) and the file check.
 */
export function checkWithMonthlyData(appendix: AppendixSnapshot, monthly: MonthlyCheckInput | undefined, options: CheckOptions = {}): CheckReport {
  if (!monthly || !appendix.sheetExists || locateAppendix(appendix.formulas).mode !== "monthly") return checkAppendix(appendix, options);
  const findings = checkMonthlyData(monthly.snapshot, monthly.period, { sheetName: monthly.dataSheetName });
  return checkAppendix(appendix, { ...options, monthlyFindings: false, extraFindings: [...(options.extraFindings ?? []), ...findings] });
}

export type FileCheckResult =
  | {
      readonly kind: "checked";
      readonly sheetName: string;
      readonly report: CheckReport;
      /** Monthly reporting: the period checked, and where it came from. */
      readonly period?: ReportPeriod;
      readonly periodFrom?: "option" | "cell" | "default";
    }
  | { readonly kind: "notOurs" };

/** The sheet holding the appendix: where its table name points, else the first sheet whose headers locate it. */
function appendixSheet(workbook: WorkbookValues, prefix: string): SheetValues | undefined {
  const named = resolveName(workbook, nameIndex(workbook), tableName(prefix));
  if (named) return named.sheet;
  return workbook.sheets.find((sheet) => locateAppendix(sheet.formulas ?? sheet.values).rows.size > 0);
}

const grid = (rows: CellGridRows): CellInput[][] => rows.map((row) => [...row]);

/** A cell staff fill: the constant, or a formula's cached value (an input is not the add-in's formula). */
function inputAt(sheet: SheetValues, row: number, column: number): CellInput {
  const formula = sheet.formulas?.[row - 1]?.[column - 1] ?? null;
  return isFormula(formula) ? (sheet.values[row - 1]?.[column - 1] ?? null) : (formula ?? sheet.values[row - 1]?.[column - 1] ?? null);
}

/** Writes a recalculated value where the table holds a formula; a typed constant stays as it is. */
function recalculated(values: CellInput[][], formulas: CellGridRows, row: number, column: number, value: CellInput): void {
  if (!isFormula(formulas[row - 1]?.[column - 1] ?? null)) return;
  (values[row - 1] ??= [])[column - 1] = value;
}

const WITH_SUMS: readonly Verdict[] = ["pass", "fail", "notApplicable"];

/** The period's (or year to date's) verdict, result and sums of one indicator, as the masked formulas give them. */
function spanFigures(figures: Figures, indicator: Indicator, span: MonthSpan, target: CellInput) {
  const rows = figures[indicator.code];
  const slice = (part: "numerator" | "denominator"): CellInput[] =>
    Array.from({ length: span.end - span.start + 1 }, (_, i) => rows?.[part][span.start - 1 + i] ?? null);
  const b = slice("numerator");
  const a = slice("denominator");
  const { verdict, ratio } = verdictWithCellTarget([b], [a], target, indicator);
  const sum = (xs: CellInput[]): number => xs.reduce<number>((s, x) => s + (typeof x === "number" ? x : 0), 0);
  const shown = WITH_SUMS.includes(verdict);
  return { verdict: VERDICT_WORDS[verdict], result: ratio ?? "", sumB: shown ? sum(b) : "", sumA: shown ? sum(a) : "" };
}

/** The appendix's values with every formula of the table replaced by the domain's result. */
function recalculate(
  sheet: SheetValues,
  located: LocatedAppendix,
  monthly: { readonly figures: Figures; readonly period: ReportPeriod } | undefined,
): CellGridRows {
  const formulas = sheet.formulas ?? sheet.values;
  const values = grid(sheet.values);
  const columns = located.columns;
  for (const indicator of INDICATORS) {
    const row = located.rows.get(indicator.code);
    if (row === undefined) continue;
    const target = inputAt(sheet, row, columns.target);
    const put = (column: number | undefined, value: CellInput): void => {
      if (column !== undefined) recalculated(values, formulas, row, column, value);
    };
    if (located.mode === "plain" || !monthly) {
      const { verdict, ratio } = verdictWithCellTarget(inputAt(sheet, row, columns.numerator), inputAt(sheet, row, columns.denominator), target, indicator);
      put(columns.verdict, VERDICT_WORDS[verdict]);
      put(columns.result, ratio ?? "");
      continue;
    }
    const period = spanFigures(monthly.figures, indicator, periodSpan(monthly.period), target);
    put(columns.numerator, period.sumB);
    put(columns.denominator, period.sumA);
    put(columns.result, period.result);
    put(columns.verdict, period.verdict);
    const ytd = spanFigures(monthly.figures, indicator, yearToDateSpan(monthly.period), target);
    put(columns.ytdResult, ytd.result);
    put(columns.ytdVerdict, ytd.verdict);
  }
  return values;
}

export interface FileCheckOptions {
  /** The report period (monthly reporting); default: what the file's period cell says. */
  readonly period?: ReportPeriod;
  readonly namePrefix?: string;
}

/** The check of a workbook read from a file; "notOurs" when it holds no appendix of ours. */
export function checkWorkbookValues(workbook: WorkbookValues, options: FileCheckOptions = {}): FileCheckResult {
  const prefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const sheet = appendixSheet(workbook, prefix);
  if (!sheet) return { kind: "notOurs" };
  const formulas = sheet.formulas ?? sheet.values;
  const located = locateAppendix(formulas);
  if (located.rows.size === 0) return { kind: "notOurs" };
  const snapshot = (values: CellGridRows): AppendixSnapshot => ({ sheetName: sheet.name, sheetExists: true, values, formulas, names: workbook.names });

  if (located.mode === "plain" || located.outdated) {
    return { kind: "checked", sheetName: sheet.name, report: checkAppendix(snapshot(recalculate(sheet, located, undefined)), { namePrefix: prefix }) };
  }
  // Monthly reporting: the months through their names, the period from the option or its cell.
  const read = readKpiWorkbook(workbook);
  const figures = read.kind === "kpi" && read.mode === "monthly" ? read.figures : {};
  const periodCell = resolveName(workbook, nameIndex(workbook), periodName(prefix, "period"));
  const fromCell = periodCell ? parsePeriod(inputAt(periodCell.sheet, periodCell.rect.top, periodCell.rect.left) as string | number | null) : undefined;
  const period: ReportPeriod = options.period ?? fromCell ?? { kind: "year" };
  const periodFrom = options.period ? "option" : fromCell ? "cell" : "default";
  const dataSheet = resolveName(workbook, nameIndex(workbook), periodName(prefix, "monthlyTable"))?.sheet ?? findSheet(workbook, MONTHLY_SHEET_NAME);
  const values = recalculate(sheet, located, { figures, period });
  const report = checkWithMonthlyData(
    snapshot(values),
    dataSheet ? { snapshot: figures, period, dataSheetName: dataSheet.name } : undefined,
    { namePrefix: prefix },
  );
  return { kind: "checked", sheetName: sheet.name, report, period, periodFrom };
}
