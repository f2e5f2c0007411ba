/**
 * The monthly data sheet "Số liệu theo tháng": for each indicator, a row of b (Tử số) and a row of
 * a (Mẫu số) across Tháng 1 … Tháng 12, where units enter each month once. Two rows per indicator
 * (not one row of 24 columns) because a month is then one column: a person reporting March goes
 * down the "Tháng 3" column, b above a, for every indicator; b ≤ a is checked within the column;
 * twelve narrow month columns fit an A4 landscape page, and quarters group three columns each.
 *
 * Two 0/1 rows under the header mark the months of the report period and of the year to date
 * (they follow the period cell of the appendix); the appendix computes from them. Beside the
 * table, the period list that feeds the period cell's drop-down and its first and last months.
 * The words on the sheet are the document's, always Vietnamese.
 */
import { INDICATORS, type IndicatorCode } from "../catalog";
import { fillTemplate } from "../template";
import { invalidInputRuleFormula, monthMaskFormula } from "../nativeFormulas";
import {
  ALL_PERIODS,
  MONTHS,
  PERIOD_WORDS,
  QUARTERS,
  monthlyIssues,
  periodLabel,
  periodSpan,
  type MonthNumber,
  type MonthlyIssue,
  type MonthlySnapshot,
  type ReportPeriod,
} from "../period";
import type { CellGridRows, Finding, Severity } from "../check";
import type { CellInput, InputProblem } from "../ratio";
import type { PeriodStrings } from "../../i18n/vi/period";
import { functionsVi } from "../../i18n/vi/functions";
import { absoluteRange, cellAddress, columnLetter, rangeAddress } from "./a1";
import {
  COLUMN_HEADERS,
  DEFAULT_NAME_PREFIX,
  FONT,
  MONTHLY_SHEET_NAME,
  NUMBER_FORMATS,
  buildAppendixLayout,
  countPairValidation,
  monthlyDataName,
  periodName,
  type AppendixOptions,
  type MonthlyAppendixOptions,
} from "./appendixLayout";
import { buildChartSheetLayout } from "../chart";
import type { SheetLayout } from "./model";
import { HEADER_FILL, HIGHLIGHT_COLORS, INPUT_FILL } from "./palette";
import { TITLE_SIZE, a4LandscapePrint, rowHeightForLines, sheetDraft, sheetLayoutOf } from "./sheetDraft";

/** Options of monthly reporting: the appendix's options with the monthly part required. */
export type MonthlyReportOptions = AppendixOptions & { readonly monthly: MonthlyAppendixOptions };

/** Column numbers (1-based) of the monthly sheet. */
export const MONTHLY_DATA_COLUMNS = {
  code: 1,
  name: 2,
  part: 3,
  /** Tháng 1; Tháng m is firstMonth + m − 1. */
  firstMonth: 4,
  lastMonth: 15,
  description: 16,
  /** The period list, after one empty column. */
  periodLabel: 18,
  periodStart: 19,
  periodEnd: 20,
} as const;

/** Rows (1-based) of the fixed parts of the monthly sheet. */
export const MONTHLY_DATA_ROWS = {
  title: 1,
  subtitle: 2,
  instructions: 3,
  headerTop: 4,
  headerBottom: 5,
  /** 1 under the months of the report period. */
  periodMask: 6,
  /** 1 under months 1 … end of the period. */
  ytdMask: 7,
  firstBody: 8,
} as const;

export const MONTHLY_DATA_HEADERS = {
  code: "Mã",
  /** "Tên chỉ tiêu": on the appendix "Chỉ tiêu" is the target, not the indicator. */
  name: "Tên chỉ tiêu",
  part: "Số liệu",
  description: "Nội dung số liệu",
  numerator: COLUMN_HEADERS.numerator,
  denominator: COLUMN_HEADERS.denominator,
  periodList: "Danh mục kỳ báo cáo",
  periodLabel: PERIOD_WORDS.reportPeriod,
  periodStart: "Từ tháng",
  periodEnd: "Đến tháng",
  instructions:
    "Nhập số liệu của từng tháng một lần: tử số (b) và mẫu số (a) là số nguyên từ 0 trở lên, b không lớn hơn a. " +
    "Để trống tháng chưa có số liệu. Ô màu xám: tháng từ đầu năm đến hết kỳ báo cáo đang chọn mà chưa nhập số liệu (kỳ báo cáo và lũy kế chỉ được đánh giá khi đủ số liệu các tháng của chúng). " +
    "Chọn kỳ báo cáo ở ô Kỳ báo cáo trên trang tính phụ lục.",
} as const;

function monthHeader(m: MonthNumber): string {
  return `${PERIOD_WORDS.month} ${m}`;
}

const WIDTHS = { code: 7, name: 30, part: 12, month: 9, description: 46, gap: 3, periodLabel: 12, periodBound: 9 } as const;
/** Shows 1 as ✓ and 0 as nothing in the mask rows. */
const MASK_FORMAT = '"✓";;';

function monthColumn(m: MonthNumber): number {
  return MONTHLY_DATA_COLUMNS.firstMonth + m - 1;
}

/** The rows of one indicator's b and a on the monthly sheet, in the catalog's order. */
export function monthlyDataRows(): ReadonlyMap<IndicatorCode, { readonly numerator: number; readonly denominator: number }> {
  return new Map(
    INDICATORS.map((indicator, index) => {
      const numerator = MONTHLY_DATA_ROWS.firstBody + 2 * index;
      return [indicator.code, { numerator, denominator: numerator + 1 }] as const;
    }),
  );
}

const LAST_BODY_ROW = MONTHLY_DATA_ROWS.firstBody + 2 * INDICATORS.length - 1;
const PERIOD_LIST_FIRST_ROW = MONTHLY_DATA_ROWS.periodMask;
const PERIOD_LIST_LAST_ROW = PERIOD_LIST_FIRST_ROW + ALL_PERIODS.length - 1;

/** The cell of one month's b or a, e.g. "F24" (for messages and navigation). */
export function monthlyCellAddress(code: IndicatorCode, part: "numerator" | "denominator", m: MonthNumber): string {
  const rows = monthlyDataRows().get(code)!;
  return cellAddress(rows[part], monthColumn(m));
}

/** The whole data block (all indicators' b and a, months 1–12), e.g. "D8:O29". */
export const MONTHLY_VALUES_RANGE = rangeAddress(
  MONTHLY_DATA_ROWS.firstBody,
  MONTHLY_DATA_COLUMNS.firstMonth,
  LAST_BODY_ROW,
  MONTHLY_DATA_COLUMNS.lastMonth,
);

/** Builds the monthly data sheet. */
export function buildMonthlyLayout(options: MonthlyReportOptions): SheetLayout {
  const prefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const C = MONTHLY_DATA_COLUMNS;
  const R = MONTHLY_DATA_ROWS;
  const lastTableColumn = C.description;
  const height = Math.max(LAST_BODY_ROW, PERIOD_LIST_LAST_ROW);
  const draft = sheetDraft(height, C.periodEnd);
  const { put, styles, merges, validations, conditionalFormats, names, rowHeights } = draft;
  const start = periodName(prefix, "start");
  const end = periodName(prefix, "end");
  /** A header over both header rows, merged. */
  const spanningHeader = (column: number, text: string): void => {
    put(R.headerTop, column, text);
    merges.push(rangeAddress(R.headerTop, column, R.headerBottom, column));
  };
  /** One row's months 1–12 as an absolute range, for names. */
  const monthsOf = (row: number): string => absoluteRange(row, C.firstMonth, row, C.lastMonth);

  // Title rows.
  put(R.title, 1, `SỐ LIỆU THEO THÁNG CÁC CHỈ TIÊU CẢI CÁCH THỦ TỤC HÀNH CHÍNH NĂM ${options.year}`);
  put(R.subtitle, 1, options.unitName.trim().toLocaleUpperCase("vi"));
  put(R.instructions, 1, MONTHLY_DATA_HEADERS.instructions);
  for (const row of [R.title, R.subtitle, R.instructions]) merges.push(rangeAddress(row, 1, row, lastTableColumn));
  styles.push(
    {
      address: rangeAddress(R.title, 1, R.subtitle, lastTableColumn),
      style: { bold: true, fontSize: TITLE_SIZE, horizontal: "center", vertical: "center", wrap: true },
    },
    { address: cellAddress(R.instructions, 1), style: { italic: true, horizontal: "left", vertical: "center", wrap: true } },
  );
  rowHeights.set(R.instructions, rowHeightForLines(2));

  // Header: quarters over their months; the label columns span both header rows.
  spanningHeader(C.code, MONTHLY_DATA_HEADERS.code);
  spanningHeader(C.name, MONTHLY_DATA_HEADERS.name);
  spanningHeader(C.part, MONTHLY_DATA_HEADERS.part);
  spanningHeader(C.description, MONTHLY_DATA_HEADERS.description);
  for (const q of QUARTERS) {
    const span = periodSpan({ kind: "quarter", quarter: q });
    put(R.headerTop, monthColumn(span.start), periodLabel({ kind: "quarter", quarter: q }));
    merges.push(rangeAddress(R.headerTop, monthColumn(span.start), R.headerTop, monthColumn(span.end)));
  }
  for (const m of MONTHS) put(R.headerBottom, monthColumn(m), monthHeader(m));
  styles.push({
    address: rangeAddress(R.headerTop, 1, R.headerBottom, lastTableColumn),
    style: { bold: true, horizontal: "center", vertical: "center", wrap: true, fill: HEADER_FILL },
  });

  // The two mask rows, labelled with what they follow.
  put(R.periodMask, 1, `="${PERIOD_WORDS.reportPeriod}: "&${periodName(prefix, "period")}`);
  put(R.ytdMask, 1, `="${PERIOD_WORDS.yearToDate} đến hết tháng "&${end}`);
  for (const row of [R.periodMask, R.ytdMask]) {
    merges.push(rangeAddress(row, 1, row, C.part));
    styles.push({ address: cellAddress(row, 1), style: { italic: true, horizontal: "right", vertical: "center" } });
    styles.push({
      address: rangeAddress(row, C.firstMonth, row, C.lastMonth),
      style: { bold: true, horizontal: "center", vertical: "center", numberFormat: MASK_FORMAT },
    });
  }
  for (const m of MONTHS) {
    put(R.periodMask, monthColumn(m), monthMaskFormula(m, start, end));
    put(R.ytdMask, monthColumn(m), monthMaskFormula(m, String(1), end));
  }

  // Body: two rows per indicator.
  const firstMonth = (row: number): string => cellAddress(row, C.firstMonth);
  const ytdMaskCell = `${columnLetter(C.firstMonth)}$${R.ytdMask}`;
  for (const [code, { numerator, denominator }] of monthlyDataRows()) {
    const words = functionsVi.indicators[code];
    put(numerator, C.code, code);
    put(numerator, C.name, words.shortName);
    merges.push(rangeAddress(numerator, C.code, denominator, C.code), rangeAddress(numerator, C.name, denominator, C.name));
    put(numerator, C.part, MONTHLY_DATA_HEADERS.numerator);
    put(denominator, C.part, MONTHLY_DATA_HEADERS.denominator);
    put(numerator, C.description, `b: ${words.numerator}`);
    put(denominator, C.description, `a: ${words.denominator}`);
    for (const [row, text] of [
      [numerator, words.numerator],
      [denominator, words.denominator],
    ] as const) {
      // The description ("b: …") wrapped in its column.
      rowHeights.set(row, rowHeightForLines(Math.max(1, Math.ceil((text.length + 3) / (WIDTHS.description * 1.1)))));
    }
    const pair = rangeAddress(numerator, C.firstMonth, denominator, C.lastMonth);
    styles.push(
      { address: cellAddress(numerator, C.code), style: { bold: true, horizontal: "center", vertical: "center" } },
      { address: cellAddress(numerator, C.name), style: { vertical: "center", wrap: true } },
      { address: rangeAddress(numerator, C.part, denominator, C.part), style: { vertical: "center" } },
      { address: rangeAddress(numerator, C.description, denominator, C.description), style: { vertical: "center", wrap: true, italic: true } },
      {
        address: pair,
        style: { horizontal: "right", vertical: "center", numberFormat: NUMBER_FORMATS.count, fill: INPUT_FILL, locked: false },
      },
    );
    // Relative to the pair's first cell: the cell itself, its month's b and a with rows fixed.
    const b = `${columnLetter(C.firstMonth)}$${numerator}`;
    const a = `${columnLetter(C.firstMonth)}$${denominator}`;
    validations.push(countPairValidation(pair, firstMonth(numerator), b, a));
    conditionalFormats.push(
      {
        address: pair,
        kind: "invalidInput",
        verdicts: [],
        formula: invalidInputRuleFormula(firstMonth(numerator), b, a),
        style: HIGHLIGHT_COLORS.invalidInput,
      },
      {
        // A month of the year to date still blank: what the pre-submission check reports.
        address: pair,
        kind: "neutral",
        verdicts: ["noData"],
        formula: `=AND(${ytdMaskCell}=1,ISBLANK(${firstMonth(numerator)}))`,
        style: HIGHLIGHT_COLORS.neutral,
      },
    );
    names.push(
      {
        name: monthlyDataName(prefix, code, "numerator"),
        address: monthsOf(numerator),
        comment: `${code} — ${MONTHLY_DATA_HEADERS.numerator}, tháng 1–12`,
      },
      {
        name: monthlyDataName(prefix, code, "denominator"),
        address: monthsOf(denominator),
        comment: `${code} — ${MONTHLY_DATA_HEADERS.denominator}, tháng 1–12`,
      },
    );
  }
  styles.push({ address: rangeAddress(R.headerTop, 1, LAST_BODY_ROW, lastTableColumn), style: { border: true } });

  // The period list beside the table.
  put(R.instructions, C.periodLabel, MONTHLY_DATA_HEADERS.periodList);
  styles.push({ address: cellAddress(R.instructions, C.periodLabel), style: { bold: true, vertical: "center" } });
  spanningHeader(C.periodLabel, MONTHLY_DATA_HEADERS.periodLabel);
  spanningHeader(C.periodStart, MONTHLY_DATA_HEADERS.periodStart);
  spanningHeader(C.periodEnd, MONTHLY_DATA_HEADERS.periodEnd);
  styles.push({
    address: rangeAddress(R.headerTop, C.periodLabel, R.headerBottom, C.periodEnd),
    style: { bold: true, horizontal: "center", vertical: "center", wrap: true, fill: HEADER_FILL },
  });
  ALL_PERIODS.forEach((period, index) => {
    const row = PERIOD_LIST_FIRST_ROW + index;
    const span = periodSpan(period);
    put(row, C.periodLabel, periodLabel(period));
    put(row, C.periodStart, span.start);
    put(row, C.periodEnd, span.end);
  });
  styles.push(
    { address: rangeAddress(PERIOD_LIST_FIRST_ROW, C.periodStart, PERIOD_LIST_LAST_ROW, C.periodEnd), style: { horizontal: "center" } },
    { address: rangeAddress(R.headerTop, C.periodLabel, PERIOD_LIST_LAST_ROW, C.periodEnd), style: { border: true } },
  );

  const listColumn = (c: number): string => absoluteRange(PERIOD_LIST_FIRST_ROW, c, PERIOD_LIST_LAST_ROW, c);
  names.unshift({
    name: periodName(prefix, "monthlyTable"),
    address: absoluteRange(R.headerTop, 1, LAST_BODY_ROW, lastTableColumn),
    comment: "Bảng số liệu theo tháng",
  });
  names.push(
    {
      name: periodName(prefix, "mask"),
      address: monthsOf(R.periodMask),
      comment: `1 ở các tháng thuộc ${PERIOD_WORDS.reportPeriod.toLocaleLowerCase("vi")}`,
    },
    {
      name: periodName(prefix, "ytdMask"),
      address: monthsOf(R.ytdMask),
      comment: `1 ở các tháng ${PERIOD_WORDS.yearToDate.toLocaleLowerCase("vi")}`,
    },
    { name: periodName(prefix, "list"), address: listColumn(C.periodLabel), comment: MONTHLY_DATA_HEADERS.periodList },
    { name: periodName(prefix, "starts"), address: listColumn(C.periodStart), comment: MONTHLY_DATA_HEADERS.periodStart },
    { name: periodName(prefix, "ends"), address: listColumn(C.periodEnd), comment: MONTHLY_DATA_HEADERS.periodEnd },
  );

  const columnWidths = [
    WIDTHS.code,
    WIDTHS.name,
    WIDTHS.part,
    ...MONTHS.map(() => WIDTHS.month),
    WIDTHS.description,
    WIDTHS.gap,
    WIDTHS.periodLabel,
    WIDTHS.periodBound,
    WIDTHS.periodBound,
  ];

  return sheetLayoutOf(draft, {
    sheetName: options.monthly.dataSheetName ?? MONTHLY_SHEET_NAME,
    font: FONT,
    columnWidths,
    frozenRows: R.ytdMask,
    print: a4LandscapePrint(`$${R.headerTop}:$${R.headerBottom}`, absoluteRange(R.title, 1, LAST_BODY_ROW, lastTableColumn)),
  });
}

/**
 * Every sheet of monthly reporting, in workbook order: the appendix (in monthly mode), the monthly
 * data and the year-to-date chart sheet. Renderers write them in this order; the names cross
 * sheets, so a formula may show #NAME? until the last sheet is written.
 */
export function buildMonthlyReportLayouts(
  options: MonthlyReportOptions,
  chart: { readonly textBars: boolean } = { textBars: true },
): readonly SheetLayout[] {
  return [buildAppendixLayout(options), buildMonthlyLayout(options), buildChartSheetLayout(options, chart)];
}

// ---------------------------------------------------------------------------------------------
// The pre-submission check of the monthly data
// ---------------------------------------------------------------------------------------------

/** The block to read for checkMonthlyData: A1 to the last month of the last indicator. */
export function monthlySnapshotAddress(): string {
  return `A1:${cellAddress(LAST_BODY_ROW, MONTHLY_DATA_COLUMNS.lastMonth)}`;
}

/**
 * The monthly figures from the values read at monthlySnapshotAddress() (as the sheet shows them;
 * "" or null for blank). Each indicator is found by its code in column A, where the layout put
 * it or below (rows inserted above), its a on the next row.
 */
export function readMonthlySnapshot(values: CellGridRows): MonthlySnapshot {
  const snapshot: Partial<Record<IndicatorCode, { numerator: CellInput[]; denominator: CellInput[] }>> = {};
  const months = (row: number): CellInput[] =>
    MONTHS.map((m) => values[row - 1]?.[monthColumn(m) - 1] ?? null);
  for (const [code, rows] of monthlyDataRows()) {
    let row: number | undefined;
    for (let r = rows.numerator; r <= values.length && row === undefined; r++) {
      if (String(values[r - 1]?.[MONTHLY_DATA_COLUMNS.code - 1] ?? "").trim() === code) row = r;
    }
    if (row !== undefined) snapshot[code] = { numerator: months(row), denominator: months(row + 1) };
  }
  return snapshot;
}

/**
 * The severities check.ts gives these kinds (SEVERITY there; a test holds them equal). Written out
 * so that this module needs check.ts for its types only, whatever check.ts comes to import.
 */
export const MONTHLY_SEVERITY: Readonly<Record<"monthlyDataMissing" | "monthlyDataInvalid", Severity>> = {
  monthlyDataMissing: "warning",
  monthlyDataInvalid: "error",
};

/**
 * A finding of the monthly check: the check's Finding, on the monthly sheet (params.sheet), with
 * its months (also in params.months, for readers of plain Findings).
 */
export interface MonthlyFinding extends Finding {
  readonly kind: "monthlyDataMissing" | "monthlyDataInvalid";
  readonly code: IndicatorCode;
  /** The cell to select on the monthly sheet. */
  readonly address: string;
  /** The months concerned, in order. */
  readonly months: readonly MonthNumber[];
}

/**
 * The check of the monthly data for a report on `period`, in the check's Finding shape:
 * - monthlyDataInvalid (error), one per cell: a filled cell that is not a count, or a month
 *   whose b exceeds its a — in any month, since the year to date will include it;
 * - monthlyDataMissing (warning), one per indicator: the months up to the end of the period
 *   with b or a still blank (its cell: the first of them). Later months may be blank.
 * Findings come in the catalog's order, invalid cells first.
 */
export function checkMonthlyData(
  snapshot: MonthlySnapshot,
  period: ReportPeriod,
  options: { readonly sheetName?: string } = {},
): MonthlyFinding[] {
  const sheet = options.sheetName ?? MONTHLY_SHEET_NAME;
  const issues = monthlyIssues(snapshot, period);
  const invalid: MonthlyFinding[] = [];
  const missing: MonthlyFinding[] = [];
  for (const { code } of INDICATORS) {
    const own = issues.filter((i) => i.code === code);
    const invalidAt = (month: MonthNumber, part: MonthlyIssue["part"], problem: InputProblem | undefined): MonthlyFinding => ({
      kind: "monthlyDataInvalid",
      severity: MONTHLY_SEVERITY.monthlyDataInvalid,
      code,
      address: monthlyCellAddress(code, part ?? "numerator", month),
      months: [month],
      params: { sheet, part, problem, months: [month] },
    });
    for (const issue of own) {
      if (issue.kind === "invalidCell") invalid.push(invalidAt(issue.month, issue.part, issue.problem));
      else if (issue.kind === "numeratorAboveDenominator") invalid.push(invalidAt(issue.month, "numerator", "numeratorAboveDenominator"));
    }
    const gaps = own.filter((i) => i.kind === "missingMonth" || i.kind === "halfFilledMonth");
    if (gaps.length > 0) {
      const first = gaps[0];
      const part = first.kind === "missingMonth" ? "numerator" : (first.part ?? "numerator");
      missing.push({
        kind: "monthlyDataMissing",
        severity: MONTHLY_SEVERITY.monthlyDataMissing,
        code,
        address: monthlyCellAddress(code, part, first.month),
        months: gaps.map((g) => g.month),
        params: { sheet, part: first.kind === "missingMonth" ? "bothInputs" : part, months: gaps.map((g) => g.month) },
      });
    }
  }
  return [...invalid, ...missing];
}

/** The message and action of a monthly finding, in the UI language. */
export function describeMonthlyFinding(
  finding: MonthlyFinding,
  period: ReportPeriod,
  strings: PeriodStrings,
): { message: string; action: string } {
  const c = strings.check;
  const values = {
    code: finding.code,
    sheet: finding.params.sheet ?? MONTHLY_SHEET_NAME,
    address: finding.address,
    end: periodSpan(period).end,
    month: finding.months[0] ?? "",
    months: finding.months.join(", "),
  };
  if (finding.kind === "monthlyDataMissing") {
    return { message: fillTemplate(c.missingMonths, values), action: fillTemplate(c.missingAction, values) };
  }
  const problem = finding.params.problem;
  const message =
    problem === "numeratorAboveDenominator" || problem === undefined || problem === "shapeMismatch"
      ? fillTemplate(c.numeratorAboveDenominator, values)
      : fillTemplate(c.invalidCell, {
          ...values,
          part: c.parts[finding.params.part === "denominator" ? "denominator" : "numerator"],
          problem: c.problems[problem],
        });
  return { message, action: fillTemplate(c.invalidAction, values) };
}
