/**
 * The year-to-date chart of monthly reporting: one bar per indicator (its lũy kế ratio) against
 * its target, coloured like the highlighting. Pure: the sheet that holds the chart's data (one row
 * per indicator, linked to the appendix by names) and the chart's series model; src/excel draws
 * a native chart from the model.
 *
 * Colour follows the verdict without the add-in: the bars are two series, "Đạt" and "Không đạt",
 * each holding the ratio only where the row's verdict is its own (blank elsewhere, which a column
 * chart draws as nothing), overlapped 100%. Changing the period cell by hand recolours the chart.
 * exceljs cannot write charts, so the standalone workbook shows the same data as text bars
 * (REPT of a block character, with the target marked) coloured by the same highlight rules.
 */
import { BUILTIN_PLAN, type IndicatorCode, type Plan } from "./catalog";
import { VERDICT_WORDS, type Verdict } from "./ratio";
import { PERIOD_WORDS } from "./period";
import { absoluteRange, cellAddress, rangeAddress } from "./layout/a1";
import {
  DEFAULT_NAME_PREFIX,
  FONT,
  NUMBER_FORMATS,
  indicatorName,
  monthlyIndicatorName,
  periodName,
  verdictTextRules,
  type AppendixOptions,
} from "./layout/appendixLayout";
import type { SheetLayout } from "./layout/model";
import { HEADER_FILL, HIGHLIGHT_COLORS } from "./layout/palette";
import { TITLE_SIZE, a4LandscapePrint, rowHeightForLines, sheetDraft, sheetLayoutOf } from "./layout/sheetDraft";

export const CHART_SHEET_NAME = "Biểu đồ lũy kế";

export const CHART_COLUMNS = {
  code: 1,
  name: 2,
  ytdResult: 3,
  target: 4,
  verdict: 5,
  /** The chart's data: the ratio where the verdict is Đạt, else blank. */
  passSeries: 6,
  /** The ratio where the verdict is Không đạt, else blank. */
  failSeries: 7,
  /** The text bar (only when the layout has text bars). */
  bar: 8,
} as const;

export const CHART_ROWS = { title: 1, subtitle: 2, header: 4, first: 5 } as const;
/** The last indicator row of a plan's chart sheet. */
const lastRowOf = (plan: Plan): number => CHART_ROWS.first + plan.indicators.length - 1;

/** One column of the indicator rows, e.g. "F5:F15". */
const bodyColumn = (column: number, plan: Plan): string => rangeAddress(CHART_ROWS.first, column, lastRowOf(plan), column);

export const CHART_HEADERS = {
  code: "Mã",
  name: "Tên nhiệm vụ",
  ytdResult: PERIOD_WORDS.yearToDate,
  target: "Chỉ tiêu",
  verdict: "Đánh giá",
  passSeries: VERDICT_WORDS.pass,
  failSeries: VERDICT_WORDS.fail,
  bar: "Biểu đồ",
} as const;

const CHART_TITLE = "KẾT QUẢ LŨY KẾ TỪ ĐẦU NĂM SO VỚI CHỈ TIÊU";

/** Blocks of a full (100%) text bar. */
const TEXT_BAR_WIDTH = 20;
const TEXT_BAR_CHARS = { filled: "█", gap: "░", target: "│" } as const;

export type ChartSeriesRole = "pass" | "fail" | "target";

export interface ChartSeriesModel {
  /** The series name the legend shows. */
  readonly name: string;
  readonly role: ChartSeriesRole;
  /** "bar" for the clustered columns; "marker" for the target, drawn as markers without a line. */
  readonly kind: "bar" | "marker";
  /** Values on the chart sheet, e.g. "F5:F15". */
  readonly values: string;
  /** "#RRGGBB": fill of bars and markers, and their outline. */
  readonly fill: string;
  readonly line: string;
}

export interface ChartModel {
  /** The sheet that holds the data and the chart. */
  readonly sheetName: string;
  readonly title: string;
  /** Category labels (indicator codes) on the chart sheet, e.g. "A5:A15". */
  readonly categories: string;
  readonly categoryLabels: readonly IndicatorCode[];
  readonly series: readonly ChartSeriesModel[];
  readonly valueAxis: { readonly minimum: 0; readonly maximum: 1; readonly numberFormat: "0%" };
  /** The pass and fail bars overlap fully, so each category shows one bar. */
  readonly overlap: 100;
  /** Where the chart is placed: the cells its corners sit on. */
  readonly position: { readonly topLeft: string; readonly bottomRight: string };
}

/** Bar colours by verdict group: the highlight's fill, outlined in its text colour. */
function pointStyle(verdict: Verdict): { readonly fill: string; readonly line: string } | undefined {
  switch (verdict) {
    case "pass":
      return { fill: HIGHLIGHT_COLORS.pass.fill, line: HIGHLIGHT_COLORS.pass.fontColor };
    case "fail":
      return { fill: HIGHLIGHT_COLORS.fail.fill, line: HIGHLIGHT_COLORS.fail.fontColor };
    default:
      // Không phát sinh, Chưa có số liệu and invalid data have no ratio: no bar.
      return undefined;
  }
}

const TARGET_MARKER_COLOR = HIGHLIGHT_COLORS.neutral.fontColor;

/** What the chart sheet needs of the report's options. */
export type ChartSheetOptions = Pick<AppendixOptions, "namePrefix" | "monthly" | "plan">;

export function chartSheetName(options: ChartSheetOptions): string {
  return options.monthly?.chartSheetName ?? CHART_SHEET_NAME;
}

/** The series model of the chart drawn from the chart sheet. */
export function buildChartModel(options: { readonly chartSheetName?: string; readonly plan?: Plan } = {}): ChartModel {
  const plan = options.plan ?? BUILTIN_PLAN;
  const LAST_ROW = lastRowOf(plan);
  const pass = pointStyle("pass")!;
  const fail = pointStyle("fail")!;
  return {
    sheetName: options.chartSheetName ?? CHART_SHEET_NAME,
    title: CHART_TITLE.charAt(0) + CHART_TITLE.slice(1).toLocaleLowerCase("vi"),
    categories: bodyColumn(CHART_COLUMNS.code, plan),
    categoryLabels: plan.indicators.map((i) => i.code),
    series: [
      { name: CHART_HEADERS.passSeries, role: "pass", kind: "bar", values: bodyColumn(CHART_COLUMNS.passSeries, plan), ...pass },
      { name: CHART_HEADERS.failSeries, role: "fail", kind: "bar", values: bodyColumn(CHART_COLUMNS.failSeries, plan), ...fail },
      {
        name: CHART_HEADERS.target,
        role: "target",
        kind: "marker",
        values: bodyColumn(CHART_COLUMNS.target, plan),
        fill: TARGET_MARKER_COLOR,
        line: TARGET_MARKER_COLOR,
      },
    ],
    valueAxis: { minimum: 0, maximum: 1, numberFormat: "0%" },
    overlap: 100,
    position: { topLeft: cellAddress(CHART_ROWS.header, CHART_COLUMNS.bar + 2), bottomRight: cellAddress(LAST_ROW + 8, CHART_COLUMNS.bar + 12) },
  };
}

/** One indicator's point: its ratio in the pass or the fail series (or neither) and its colour. */
export interface ChartPoint {
  readonly code: IndicatorCode;
  readonly series: "pass" | "fail" | undefined;
  readonly value: number | undefined;
  readonly style: { readonly fill: string; readonly line: string } | undefined;
}

/**
 * What the chart shows for each indicator, given its year-to-date ratio (undefined without one)
 * and verdict: the same as the chart sheet's formulas compute.
 */
export function chartPoints(
  rows: readonly { readonly code: IndicatorCode; readonly ratio: number | undefined; readonly verdict: Verdict }[],
): ChartPoint[] {
  return rows.map(({ code, ratio, verdict }) => {
    const series = verdict === "pass" || verdict === "fail" ? verdict : undefined;
    const value = series && ratio !== undefined ? ratio : undefined;
    return { code, series, value, style: value === undefined ? undefined : pointStyle(verdict) };
  });
}

/** The text bar of a ratio against a target, as the text-bar formula writes it. */
export function textBar(ratio: number | undefined, target: number | undefined, width = TEXT_BAR_WIDTH): string {
  if (ratio === undefined || target === undefined) return "";
  const n = Math.round(ratio * width);
  const t = Math.round(target * width);
  const { filled, gap, target: mark } = TEXT_BAR_CHARS;
  return filled.repeat(Math.min(n, t)) + gap.repeat(Math.max(0, t - n)) + mark + filled.repeat(Math.max(0, n - t));
}

/**
 * The text bar formula: the ratio in blocks of 1/width, the target marked with a bar; when the
 * ratio falls short, light blocks fill up to the target ("█████░░░│"). Blank without a ratio.
 */
export function textBarFormula(ratioCell: string, targetCell: string, width = TEXT_BAR_WIDTH): string {
  const n = `ROUND(${ratioCell}*${width},0)`;
  const t = `ROUND(${targetCell}*${width},0)`;
  const { filled, gap, target: mark } = TEXT_BAR_CHARS;
  return (
    `=IF(AND(ISNUMBER(${ratioCell}),ISNUMBER(${targetCell})),` +
    `REPT("${filled}",MIN(${n},${t}))&REPT("${gap}",MAX(0,${t}-${n}))&"${mark}"&REPT("${filled}",MAX(0,${n}-${t})),"")`
  );
}

/**
 * The chart sheet: per indicator its code, short name, year-to-date ratio, target and verdict
 * (linked to the appendix by names), the two series columns of the chart, and, with text bars,
 * a bar-in-cell column for hosts that draw no chart (the exceljs workbook).
 */
export function buildChartSheetLayout(options: ChartSheetOptions, { textBars }: { readonly textBars: boolean }): SheetLayout {
  const plan = options.plan ?? BUILTIN_PLAN;
  const INDICATORS = plan.indicators;
  const LAST_ROW = lastRowOf(plan);
  const prefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const C = CHART_COLUMNS;
  const lastColumn = textBars ? C.bar : C.failSeries;
  const draft = sheetDraft(LAST_ROW, lastColumn);
  const { put, styles, merges, conditionalFormats, names, rowHeights } = draft;

  put(CHART_ROWS.title, 1, CHART_TITLE);
  put(
    CHART_ROWS.subtitle,
    1,
    `="${PERIOD_WORDS.reportPeriod}: "&${periodName(prefix, "period")}&" — ${PERIOD_WORDS.yearToDate.toLocaleLowerCase("vi")} đến hết tháng "&${periodName(prefix, "end")}`,
  );
  for (const row of [CHART_ROWS.title, CHART_ROWS.subtitle]) merges.push(rangeAddress(row, 1, row, lastColumn));
  styles.push(
    { address: rangeAddress(CHART_ROWS.title, 1, CHART_ROWS.title, lastColumn), style: { bold: true, fontSize: TITLE_SIZE, horizontal: "center" } },
    { address: rangeAddress(CHART_ROWS.subtitle, 1, CHART_ROWS.subtitle, lastColumn), style: { italic: true, horizontal: "center" } },
  );

  const headers: [number, string][] = [
    [C.code, CHART_HEADERS.code],
    [C.name, CHART_HEADERS.name],
    [C.ytdResult, CHART_HEADERS.ytdResult],
    [C.target, CHART_HEADERS.target],
    [C.verdict, CHART_HEADERS.verdict],
    [C.passSeries, CHART_HEADERS.passSeries],
    [C.failSeries, CHART_HEADERS.failSeries],
  ];
  if (textBars) headers.push([C.bar, CHART_HEADERS.bar]);
  for (const [column, text] of headers) put(CHART_ROWS.header, column, text);
  styles.push({
    address: rangeAddress(CHART_ROWS.header, 1, CHART_ROWS.header, lastColumn),
    style: { bold: true, horizontal: "center", vertical: "center", wrap: true, fill: HEADER_FILL, border: true },
  });

  INDICATORS.forEach((indicator, index) => {
    const row = CHART_ROWS.first + index;
    const at = (column: number): string => cellAddress(row, column);
    const ytd = monthlyIndicatorName(prefix, indicator.code, "ytdResult");
    put(row, C.code, indicator.code);
    put(row, C.name, indicator.words.vi.shortName);
    put(row, C.ytdResult, `=IF(ISNUMBER(${ytd}),${ytd},"")`);
    put(row, C.target, `=${indicatorName(prefix, indicator.code, "target")}`);
    put(row, C.verdict, `=IFERROR(${monthlyIndicatorName(prefix, indicator.code, "ytdVerdict")},"")`);
    put(row, C.passSeries, `=IF(${at(C.verdict)}="${VERDICT_WORDS.pass}",${at(C.ytdResult)},"")`);
    put(row, C.failSeries, `=IF(${at(C.verdict)}="${VERDICT_WORDS.fail}",${at(C.ytdResult)},"")`);
    if (textBars) put(row, C.bar, textBarFormula(at(C.ytdResult), at(C.target)));
  });
  styles.push(
    { address: rangeAddress(CHART_ROWS.first, 1, LAST_ROW, lastColumn), style: { vertical: "center", border: true } },
    { address: bodyColumn(C.code, plan), style: { horizontal: "center", bold: true } },
    { address: bodyColumn(C.name, plan), style: { wrap: true } },
    { address: bodyColumn(C.ytdResult, plan), style: { horizontal: "center", numberFormat: NUMBER_FORMATS.ratio } },
    { address: bodyColumn(C.target, plan), style: { horizontal: "center", numberFormat: NUMBER_FORMATS.exactTarget } },
    { address: bodyColumn(C.verdict, plan), style: { horizontal: "center" } },
    {
      address: rangeAddress(CHART_ROWS.first, C.passSeries, LAST_ROW, C.failSeries),
      style: { horizontal: "center", numberFormat: NUMBER_FORMATS.ratio, fontColor: "#7F7F7F" },
    },
  );
  if (textBars) styles.push({ address: bodyColumn(C.bar, plan), style: { horizontal: "left" } });

  // Highlight the ratio, target and verdict, and the text bar, by the row's verdict.
  const verdictCell = `$${cellAddress(CHART_ROWS.first, C.verdict)}`;
  conditionalFormats.push(...verdictTextRules(rangeAddress(CHART_ROWS.first, C.ytdResult, LAST_ROW, C.verdict), verdictCell));
  if (textBars) conditionalFormats.push(...verdictTextRules(bodyColumn(C.bar, plan), verdictCell));

  const widths = [7, 34, 12, 10, 16, 10, 10];
  if (textBars) widths.push(TEXT_BAR_WIDTH + 6);
  for (const row of [CHART_ROWS.header, ...INDICATORS.map((_, index) => CHART_ROWS.first + index)]) {
    rowHeights.set(row, rowHeightForLines(2));
  }
  names.push({
    name: `${prefix}_CHART_DATA`,
    address: absoluteRange(CHART_ROWS.header, 1, LAST_ROW, lastColumn),
    comment: "Dữ liệu biểu đồ lũy kế",
  });

  return sheetLayoutOf(draft, {
    sheetName: chartSheetName(options),
    font: FONT,
    columnWidths: widths,
    frozenRows: CHART_ROWS.header,
    print: a4LandscapePrint(`$${CHART_ROWS.header}:$${CHART_ROWS.header}`, absoluteRange(CHART_ROWS.title, 1, LAST_ROW, lastColumn)),
  });
}
