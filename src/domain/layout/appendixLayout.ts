/**
 * The appendix sheet, described once from the catalog: the plan's table with its columns in the
 * plan's wording and order, the columns staff fill (Tử số (b), Mẫu số (a)), the results the
 * add-in computes (Kết quả, Đánh giá), Ghi chú, validation, highlight rules, names, a legend and
 * print settings. The words on the sheet are the document's, always Vietnamese.
 */
import { INDICATORS, PLAN, SECTIONS, indicatorFullName, type Indicator, type IndicatorCode } from "../catalog";
import { frameUnitOf } from "../filledBy";
import {
  invalidInputRuleFormula,
  kpiRatioFormula,
  kpiVerdictFormula,
  maskedSums,
  maskedVerdictFormula,
  nativeVerdictFormula,
  shownResultFormula,
  shownSumFormula,
  verdictRuleFormulas,
  type RatioRefs,
} from "../nativeFormulas";
import { periodLabel, PERIOD_WORDS, type ReportPeriod } from "../period";
import { VERDICT_WORDS, type Verdict } from "../ratio";
import { absoluteAddress, absoluteRange, cellAddress, parseCell, rangeAddress, toAbsolute } from "./a1";
import {
  FRAME_TOP_ROWS,
  defaultDocumentFields,
  filledByInputRow,
  frameBottomRows,
  inputBlockHeight,
  putDocumentFrame,
  type DocumentFields,
} from "./documentFrame";
import type { ConditionalFormatSpec, HighlightKind, NameSpec, SheetLayout, ValidationSpec } from "./model";
import { HEADER_FILL, HIGHLIGHT_COLORS, INPUT_FILL } from "./palette";
import { LINE_HEIGHT, TITLE_SIZE, a4LandscapePrint, rowHeightForLines, sheetDraft, sheetLayoutOf } from "./sheetDraft";

/** Where results come from: KPI.* custom functions, or native formulas with the same rules. */
export type FormulaMode = "kpi" | "native";

export interface AppendixOptions {
  readonly year: number;
  readonly unitName: string;
  readonly formulas: FormulaMode;
  /** Defaults to defaultSheetName(year). */
  readonly sheetName?: string;
  /** Prefix of the workbook-scoped names; a second table in the same workbook needs another. */
  readonly namePrefix?: string;
  /**
   * What the "Đơn vị nhập số liệu" cell (KPI_FILLED_BY, in the frame's input block) first holds:
   * a host unit or "Cả Sở (tổng hợp)" (FILLED_BY_CHOICES); blank when absent. Without `document`,
   * a host unit is also the frame's reporting unit (frameUnitOf).
   */
  readonly filledBy?: string;
  /**
   * Monthly reporting: b and a come from the sheet "Số liệu theo tháng" (monthlyLayout.ts), the
   * appendix shows the report period chosen in its period cell and the year to date. Without it
   * the appendix is the plan's single-period table, where staff type b and a.
   */
  readonly monthly?: MonthlyAppendixOptions;
  /**
   * The document frame's input cells (documentFrame.ts): bodies, number, dates, names,
   * recipients. Defaults to defaultDocumentFields(null), the Sở's, with number, dates and names
   * blank.
   */
  readonly document?: DocumentFields;
}

export interface MonthlyAppendixOptions {
  /** The period first written into the period cell; people change it there or in the pane. */
  readonly period: ReportPeriod;
  /** Defaults to MONTHLY_SHEET_NAME. */
  readonly dataSheetName?: string;
  /** Defaults to CHART_SHEET_NAME (chart.ts). */
  readonly chartSheetName?: string;
}

export const DEFAULT_APPENDIX_OPTIONS: AppendixOptions = {
  year: PLAN.year,
  unitName: PLAN.unitName,
  formulas: "kpi",
};

export const DEFAULT_NAME_PREFIX = "KPI";

export function defaultSheetName(year: number): string {
  return `Phụ lục ${year}`;
}

/** Numbers columns 1, 2, … in the keys' order (which is also the object's key order). */
function numberColumns<K extends string>(keys: readonly K[]): Readonly<Record<K, number>> {
  return Object.fromEntries(keys.map((key, index) => [key, index + 1])) as Record<K, number>;
}

/**
 * The plan's own columns, together and in its order: STT, Tên nhiệm vụ, Đơn vị chủ trì, Đơn vị
 * phối hợp, Thực hiện trong năm (Đơn vị tính, Chỉ tiêu), Căn cứ thực hiện. Then the working
 * columns, the same in both modes up to Đánh giá.
 */
const LEADING_KEYS = [
  "stt",
  "name",
  "hostUnit",
  "partnerUnits",
  "unit",
  "target",
  "legalBasis",
  "numerator",
  "denominator",
  "result",
  "verdict",
] as const;

/** Column numbers (1-based) of the appendix table: A STT … G Căn cứ thực hiện, H Tử số (b) … K Đánh giá, L Ghi chú. */
export const COLUMNS = numberColumns([...LEADING_KEYS, "note"]);
export type ColumnKey = keyof typeof COLUMNS;

/**
 * Column numbers of the appendix in monthly mode: the report period's b, a, Kết quả and Đánh giá
 * where the plain table has them, then the year to date's Kết quả and Đánh giá (L, M), then Ghi chú.
 */
export const MONTHLY_COLUMNS = numberColumns([...LEADING_KEYS, "ytdResult", "ytdVerdict", "note"]);
export type MonthlyColumnKey = keyof typeof MONTHLY_COLUMNS;

/** The columns of the appendix built with these options. */
export function appendixColumns(options: Pick<AppendixOptions, "monthly">): Readonly<Record<ColumnKey, number>> &
  Partial<Readonly<Record<"ytdResult" | "ytdVerdict", number>>> {
  return options.monthly ? MONTHLY_COLUMNS : COLUMNS;
}

/** The legend's column, one empty column after the table; the frame's input labels are there too. */
export function legendColumnOf(options: Pick<AppendixOptions, "monthly">): number {
  return appendixColumns(options).note + 2;
}

/** The column of the document frame's input values, beside their labels. */
export function inputValueColumn(options: Pick<AppendixOptions, "monthly">): number {
  return legendColumnOf(options) + 1;
}

/** Headers exactly as the plan words them, plus the working columns. */
export const COLUMN_HEADERS: Readonly<Record<ColumnKey, string>> = {
  stt: "STT",
  name: "Tên nhiệm vụ",
  hostUnit: "Đơn vị chủ trì",
  partnerUnits: "Đơn vị phối hợp",
  unit: "Đơn vị tính",
  target: "Chỉ tiêu",
  numerator: "Tử số (b)",
  denominator: "Mẫu số (a)",
  result: "Kết quả",
  verdict: "Đánh giá",
  legalBasis: "Căn cứ thực hiện",
  note: "Ghi chú",
};

const COLUMN_WIDTHS: Readonly<Record<MonthlyColumnKey, number>> = {
  stt: 5,
  name: 46,
  hostUnit: 15,
  partnerUnits: 13,
  unit: 7,
  target: 13,
  numerator: 11,
  denominator: 11,
  result: 11,
  verdict: 13,
  ytdResult: 11,
  ytdVerdict: 13,
  legalBasis: 38,
  note: 16,
};

/**
 * Rows (1-based) of the fixed parts of the sheet: the document frame's top (documentFrame.ts:
 * bodies, number and date, then the title, what the appendix is attached to and, in monthly mode,
 * the period), then the table's header and body. The frame's rows below the table come from
 * frameBottomRows(appendixRows().lastRow).
 */
export const ROWS = {
  ...FRAME_TOP_ROWS,
  headerTop: FRAME_TOP_ROWS.next,
  headerBottom: FRAME_TOP_ROWS.next + 1,
  firstBody: FRAME_TOP_ROWS.next + 2,
} as const;

/** The legend goes one empty column after the table; the frame's input block under it. */
const LEGEND_WIDTH = 34;
/** The frame's input values, beside their labels in the legend's column. */
const INPUT_VALUE_WIDTH = 32;

export const FONT = { name: "Times New Roman", size: 12 } as const;

export const NUMBER_FORMATS = {
  ratio: "0.00%",
  minimumTarget: '"Tối thiểu "0%',
  exactTarget: "0%",
  count: "#,##0",
} as const;

/** Suffixes of the per-indicator defined names, in the order the names are defined. */
const NAME_PARTS = {
  numerator: "B",
  denominator: "A",
  target: "TARGET",
  result: "RESULT",
  verdict: "VERDICT",
} as const;
export type NamePart = keyof typeof NAME_PARTS;

/** "IV.1" → "IV_1", as the code stands in a defined name. */
const codeInName = (code: IndicatorCode): string => code.replace(".", "_");

export function indicatorName(prefix: string, code: IndicatorCode, part: NamePart): string {
  return `${prefix}_${codeInName(code)}_${NAME_PARTS[part]}`;
}

export function tableName(prefix: string): string {
  return `${prefix}_TABLE`;
}

/** Suffixes of the per-indicator names only monthly mode defines (on the appendix). */
const MONTHLY_NAME_PARTS = {
  ytdResult: "YTD_RESULT",
  ytdVerdict: "YTD_VERDICT",
} as const;
export type MonthlyNamePart = keyof typeof MONTHLY_NAME_PARTS;

export function monthlyIndicatorName(prefix: string, code: IndicatorCode, part: MonthlyNamePart): string {
  return `${prefix}_${codeInName(code)}_${MONTHLY_NAME_PARTS[part]}`;
}

/** The name of one indicator's twelve months of b or a on the monthly sheet: KPI_M_IV_1_B. */
export function monthlyDataName(prefix: string, code: IndicatorCode, part: "numerator" | "denominator"): string {
  return `${prefix}_M_${codeInName(code)}_${NAME_PARTS[part]}`;
}

/** The names of monthly reporting's shared cells and ranges. */
const PERIOD_NAME_SUFFIXES = {
  /** The period cell on the appendix (a label from the list). */
  period: "PERIOD",
  /** First and last month of the period (formulas beside the period cell). */
  start: "PERIOD_START",
  end: "PERIOD_END",
  /** The period list on the monthly sheet: labels, first months, last months. */
  list: "PERIOD_LIST",
  starts: "PERIOD_STARTS",
  ends: "PERIOD_ENDS",
  /** 0/1 rows over months 1–12 on the monthly sheet: in the period, in the year to date. */
  mask: "PERIOD_MASK",
  ytdMask: "YTD_MASK",
  /** The monthly data table. */
  monthlyTable: "M_TABLE",
} as const;
export type PeriodNamePart = keyof typeof PERIOD_NAME_SUFFIXES;

export function periodName(prefix: string, part: PeriodNamePart): string {
  return `${prefix}_${PERIOD_NAME_SUFFIXES[part]}`;
}

/** The name of the "Đơn vị nhập số liệu" cell (filledBy.ts), in the frame's input block. */
export { filledByName } from "../filledBy";

/**
 * Where the layout puts the "Đơn vị nhập số liệu" cell: the last input of the document frame's
 * block. Readers find it by its name (filledByName), never here: a file of an older version has it
 * on row 4 above the table, and rows may be added above the title.
 */
export function filledByCellOf(options: Pick<AppendixOptions, "monthly">): string {
  return cellAddress(filledByInputRow(INPUT_BLOCK_ROW, options.monthly !== undefined), inputValueColumn(options));
}

/** The default name of the monthly data sheet. */
export const MONTHLY_SHEET_NAME = "Số liệu theo tháng";

/** The period row of the appendix in monthly mode: "Kỳ báo cáo: [Quý I] từ tháng 1 đến tháng 3". */
const PERIOD_ROW = ROWS.period;
/** The period cell and the cells of its first and last month (monthly mode); the label right before it. */
export const PERIOD_CELLS = {
  label: cellAddress(PERIOD_ROW, MONTHLY_COLUMNS.legalBasis),
  period: cellAddress(PERIOD_ROW, MONTHLY_COLUMNS.numerator),
  fromText: cellAddress(PERIOD_ROW, MONTHLY_COLUMNS.denominator),
  start: cellAddress(PERIOD_ROW, MONTHLY_COLUMNS.result),
  toText: cellAddress(PERIOD_ROW, MONTHLY_COLUMNS.verdict),
  end: cellAddress(PERIOD_ROW, MONTHLY_COLUMNS.ytdResult),
} as const;

/** Group headings over the period's and the year to date's columns (monthly mode). */
const MONTHLY_HEADERS = {
  periodLabel: `${PERIOD_WORDS.reportPeriod}:`,
  from: "từ tháng",
  to: "đến tháng",
  periodGroup: (periodCell: string): string => `="${PERIOD_WORDS.reportPeriod}: "&${periodCell}`,
  ytdGroup: (endCell: string): string => `="${PERIOD_WORDS.yearToDate} đến hết tháng "&${endCell}`,
} as const;

/** The row each section heading and each indicator occupies, in the plan's order. */
export interface AppendixRows {
  readonly sections: ReadonlyMap<string, number>;
  readonly indicators: ReadonlyMap<IndicatorCode, number>;
  readonly lastRow: number;
}

export function appendixRows(): AppendixRows {
  const sections = new Map<string, number>();
  const indicators = new Map<IndicatorCode, number>();
  let row = ROWS.firstBody;
  for (const section of SECTIONS) {
    sections.set(section.id, row++);
    for (const indicator of section.indicators) indicators.set(indicator.code, row++);
  }
  return { sections, indicators, lastRow: row - 1 };
}

function subtitleText(unitName: string, year: number): string {
  return `CỦA ${unitName.trim().toLocaleUpperCase("vi")} NĂM ${year}`;
}

export function yearHeadingText(year: number): string {
  return `${PLAN.yearHeadingPrefix} ${year}`;
}

const VALIDATION_TEXT = {
  prompt: {
    title: "Nhập số nguyên",
    message: "Nhập số nguyên không âm. Tử số (b) không được lớn hơn mẫu số (a). Để trống nếu chưa có số liệu.",
  },
  error: {
    title: "Số liệu không hợp lệ",
    message: "Chỉ nhập số nguyên từ 0 trở lên, và tử số (b) không lớn hơn mẫu số (a). Hãy sửa lại số vừa nhập.",
  },
};

export const LEGEND_TITLE = "Chú thích màu";
export const LEGEND_ENTRIES: readonly { readonly kind: HighlightKind; readonly text: string }[] = [
  { kind: "pass", text: `${VERDICT_WORDS.pass}: đạt chỉ tiêu` },
  { kind: "fail", text: `${VERDICT_WORDS.fail}: chưa đạt chỉ tiêu` },
  { kind: "neutral", text: `${VERDICT_WORDS.notApplicable} / ${VERDICT_WORDS.noData}` },
  { kind: "invalidInput", text: "Ô nhập sai (số âm, không phải số nguyên, chữ, b > a)" },
  { kind: "missingNote", text: "Ghi chú trống: chỉ tiêu không đạt cần giải trình" },
];

/** The first row of the frame's input block: under the legend, one row apart. */
export const INPUT_BLOCK_ROW = ROWS.headerTop + LEGEND_ENTRIES.length + 2;

/**
 * The input message of each Ghi chú cell: a miss must be explained there; for IV.1 the
 * explanation covers the dossiers resolved late, a − b (a validation's message is fixed text: the
 * number itself is in the check's finding).
 */
export const NOTE_PROMPT = {
  title: "Ghi chú, giải trình",
  message: "Chỉ tiêu không đạt trong kỳ: bắt buộc ghi nguyên nhân và giải pháp (kiểm tra trước khi nộp sẽ báo lỗi nếu để trống).",
  late: "Không đạt: giải trình các hồ sơ giải quyết trễ hạn, số hồ sơ = mẫu số (a) − tử số (b); ghi nguyên nhân và giải pháp (bắt buộc khi nộp).",
} as const;

/** The indicator whose miss is explained by its late dossiers (a − b). */
export const LATE_DOSSIERS_CODE: IndicatorCode = "IV.1";

/**
 * The rule that marks a missed indicator's empty Ghi chú: reads the row's Đánh giá cell (anchored
 * on its column, "$K14") and the Ghi chú cell itself (relative), so it stays far under 255
 * characters and needs no custom function.
 */
export function missingNoteRule(row: number, verdictColumn: number, noteColumn: number): ConditionalFormatSpec {
  const note = cellAddress(row, noteColumn);
  return {
    address: note,
    kind: "missingNote",
    verdicts: ["fail"],
    formula: `=AND($${cellAddress(row, verdictColumn)}="${VERDICT_WORDS.fail}",LEN(TRIM(${note}))=0)`,
    style: HIGHLIGHT_COLORS.missingNote,
  };
}

/** The Ghi chú validation: any text (up to 2,000 characters), for its input message. */
function noteValidation(code: IndicatorCode, row: number, noteColumn: number): ValidationSpec {
  const note = cellAddress(row, noteColumn);
  return {
    address: note,
    formula: `=LEN(${note})<=2000`,
    prompt: { title: NOTE_PROMPT.title, message: code === LATE_DOSSIERS_CODE ? NOTE_PROMPT.late : NOTE_PROMPT.message },
    error: { title: "Ghi chú quá dài", message: "Ghi chú tối đa 2.000 ký tự; hãy rút gọn." },
  };
}

/** Which verdicts each result highlight shows. */
const RESULT_HIGHLIGHTS: readonly {
  readonly kind: "pass" | "fail" | "neutral";
  readonly verdicts: readonly Verdict[];
}[] = [
  { kind: "fail", verdicts: ["fail", "invalid"] },
  { kind: "pass", verdicts: ["pass"] },
  { kind: "neutral", verdicts: ["notApplicable", "noData"] },
];

/** Estimated lines a text needs in a column of `width` characters (for row heights). */
function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

function indicatorRefs(row: number): RatioRefs {
  return {
    numerator: cellAddress(row, COLUMNS.numerator),
    denominator: cellAddress(row, COLUMNS.denominator),
  };
}

/** The ratio of a KPI.* formula, as an expression to embed: "KPI.ONTIME(H7,I7)". */
function kpiRatioExpression(indicator: Indicator, refs: RatioRefs): string {
  return kpiRatioFormula(indicator.functionName, refs).slice(1);
}

/**
 * Kết quả and Đánh giá of the plain table. Kết quả shows the ratio only beside Đạt / Không đạt
 * (shownResultFormula): blank, not #N/A or #VALUE!, when there is none; with a verdict that has a
 * ratio the counts are valid and a > 0, so b/a is exact in native mode.
 */
/** The formulas of an indicator row; b and a only where they are computed (monthly mode). */
interface RowFormulas {
  readonly result: string;
  readonly verdict: string;
  readonly numerator?: string;
  readonly denominator?: string;
}

function resultFormulas(indicator: Indicator, row: number, mode: FormulaMode): RowFormulas {
  const refs = indicatorRefs(row);
  const target = cellAddress(row, COLUMNS.target);
  const verdictCell = cellAddress(row, COLUMNS.verdict);
  return mode === "kpi"
    ? {
        result: shownResultFormula(verdictCell, kpiRatioExpression(indicator, refs)),
        verdict: kpiVerdictFormula(indicator.code, refs, target),
      }
    : {
        result: shownResultFormula(verdictCell, `${refs.numerator}/${refs.denominator}`),
        verdict: nativeVerdictFormula(refs, target, indicator.target),
      };
}

/** The highlight rules of one indicator row: results by verdict, inputs when invalid. */
function indicatorHighlightRules(indicator: Indicator, row: number): ConditionalFormatSpec[] {
  const refs = indicatorRefs(row);
  const target = cellAddress(row, COLUMNS.target);
  // Rules per result cell: a rule's references are relative to its range's first cell, and
  // anchoring them with $ would push the formulas past Excel's 255-character limit.
  const rules: ConditionalFormatSpec[] = [COLUMNS.result, COLUMNS.verdict].flatMap((column) =>
    RESULT_HIGHLIGHTS.flatMap(({ kind }) =>
      verdictRuleFormulas(refs, target, indicator.target, kind).map(({ verdicts, formula }) => ({
        address: cellAddress(row, column),
        kind,
        verdicts,
        formula,
        style: HIGHLIGHT_COLORS[kind],
      })),
    ),
  );
  const inputs = rangeAddress(row, COLUMNS.numerator, row, COLUMNS.denominator);
  rules.push({
    address: inputs,
    kind: "invalidInput",
    verdicts: [],
    // Relative to the range's first cell: the cell itself, and its pair with columns fixed.
    formula: invalidInputRuleFormula(
      cellAddress(row, COLUMNS.numerator),
      `$${cellAddress(row, COLUMNS.numerator)}`,
      `$${cellAddress(row, COLUMNS.denominator)}`,
    ),
    style: HIGHLIGHT_COLORS.invalidInput,
  });
  return rules;
}

function inputValidation(row: number): ValidationSpec {
  return countPairValidation(
    rangeAddress(row, COLUMNS.numerator, row, COLUMNS.denominator),
    cellAddress(row, COLUMNS.numerator),
    `$${cellAddress(row, COLUMNS.numerator)}`,
    `$${cellAddress(row, COLUMNS.denominator)}`,
  );
}

/**
 * The count validation of input cells: a whole number from 0 to 10^9, and b ≤ a within the pair.
 * `self` is the range's top-left cell (relative); `b` and `a` are the pair's cells, anchored so
 * that the rule shifts correctly over the range.
 */
export function countPairValidation(address: string, self: string, b: string, a: string): ValidationSpec {
  return {
    address,
    formula: `=AND(ISNUMBER(${self}),${self}>=0,${self}=INT(${self}),${self}<=1000000000,OR(${b}="",${a}="",${b}<=${a}))`,
    prompt: VALIDATION_TEXT.prompt,
    error: VALIDATION_TEXT.error,
  };
}

/**
 * A drop-down list validation: ValidationSpec with its `list` source set (a name or range,
 * "=KPI_PERIOD_LIST"); `formula` is the same rule as a custom formula.
 */
export type ListValidationSpec = ValidationSpec & { readonly list: string };

export function isListValidation(spec: ValidationSpec): spec is ListValidationSpec {
  return typeof spec.list === "string";
}

/** The items of a list written out ("a,b,c"), or undefined for a list that names a range ("=…"). */
export function listItems(spec: ListValidationSpec): readonly string[] | undefined {
  return spec.list.startsWith("=") ? undefined : spec.list.split(",");
}

const PERIOD_VALIDATION_TEXT = {
  prompt: { title: "Chọn kỳ báo cáo", message: "Chọn tháng, quý, 6 tháng, 9 tháng hoặc cả năm trong danh sách." },
  error: { title: "Kỳ báo cáo không hợp lệ", message: "Hãy chọn một kỳ báo cáo trong danh sách (ví dụ: Tháng 3, Quý I, 6 tháng, Cả năm)." },
};

/**
 * The result highlight rules of monthly mode for one range (Kết quả and Đánh giá of the period or
 * of the year to date): they read the row's Đánh giá cell, which already holds the verdict of
 * the masked months, so they stay short (well under 255 characters) whatever the period.
 * `verdictCell` is anchored on its column ("$J7") and relative to the range's top-left cell.
 */
export function verdictTextRules(address: string, verdictCell: string): ConditionalFormatSpec[] {
  const anyOf = (verdicts: readonly Verdict[]): string => {
    const tests = verdicts.map((v) => `${verdictCell}="${VERDICT_WORDS[v]}"`);
    return tests.length === 1 ? `=${tests[0]}` : `=OR(${tests.join(",")})`;
  };
  return RESULT_HIGHLIGHTS.map(({ kind, verdicts }) => ({
    address,
    kind,
    verdicts,
    formula: anyOf(verdicts),
    style: HIGHLIGHT_COLORS[kind],
  }));
}

/** The OFFSET range of one indicator's months in the period or year to date (KPI.* in Excel only). */
function offsetRange(monthlyName: string, span: "period" | "ytd"): string {
  const start = toAbsolute(PERIOD_CELLS.start);
  const end = toAbsolute(PERIOD_CELLS.end);
  return span === "period"
    ? `OFFSET(${monthlyName},0,${start}-1,1,${end}-${start}+1)`
    : `OFFSET(${monthlyName},0,0,1,${end})`;
}

/**
 * Kết quả and Đánh giá of one indicator over the period or the year to date (monthly mode), and
 * for the period its b and a. A verdict about a period needs every month of it entered ("complete"
 * rule); until then Đánh giá says Chưa có số liệu and b, a and Kết quả show nothing.
 */
function monthlyResultFormulas(
  indicator: Indicator,
  row: number,
  mode: FormulaMode,
  prefix: string,
  span: "period" | "ytd",
): Required<RowFormulas> {
  const b = monthlyDataName(prefix, indicator.code, "numerator");
  const a = monthlyDataName(prefix, indicator.code, "denominator");
  const target = cellAddress(row, MONTHLY_COLUMNS.target);
  const verdictCell = cellAddress(row, span === "period" ? MONTHLY_COLUMNS.verdict : MONTHLY_COLUMNS.ytdVerdict);
  const masked = { numerator: b, denominator: a, mask: periodName(prefix, span === "period" ? "mask" : "ytdMask") };
  const sums = maskedSums(masked);
  const shown = {
    numerator: shownSumFormula(verdictCell, sums.sumB),
    denominator: shownSumFormula(verdictCell, sums.sumA),
  };
  if (mode === "kpi") {
    // Excel runs KPI.* and has dynamic ranges: the range form of the function over the months.
    const refs = { numerator: offsetRange(b, span), denominator: offsetRange(a, span) };
    return {
      ...shown,
      result: shownResultFormula(verdictCell, kpiRatioExpression(indicator, refs)),
      verdict: kpiVerdictFormula(indicator.code, refs, target),
    };
  }
  // The period's ratio from its b and a cells; the year to date has none, so its sums.
  const ratio =
    span === "period"
      ? `${cellAddress(row, MONTHLY_COLUMNS.numerator)}/${cellAddress(row, MONTHLY_COLUMNS.denominator)}`
      : `${sums.sumB}/${sums.sumA}`;
  return { ...shown, result: shownResultFormula(verdictCell, ratio), verdict: maskedVerdictFormula(masked, target, indicator.target) };
}

/** Builds the whole appendix sheet from the catalog. */
export function buildAppendixLayout(options: AppendixOptions = DEFAULT_APPENDIX_OPTIONS): SheetLayout {
  const prefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const sheetName = options.sheetName ?? defaultSheetName(options.year);
  const monthly = options.monthly;
  const cols = appendixColumns(options);
  const keys = Object.keys(cols) as MonthlyColumnKey[];
  const lastColumn = cols.note;
  const legendColumn = legendColumnOf(options);
  const rows = appendixRows();
  const below = frameBottomRows(rows.lastRow);
  const lastRow = Math.max(below.last, INPUT_BLOCK_ROW + inputBlockHeight(monthly !== undefined) - 1);
  const draft = sheetDraft(lastRow, legendColumn + 1);
  const { put, styles, merges, validations, conditionalFormats, names, rowHeights } = draft;

  // The document frame: bodies, number and date above the title, signatures below the table.
  putDocumentFrame(
    draft,
    {
      prefix,
      monthly: monthly !== undefined,
      lastColumn,
      leftEnd: cols.partnerUnits,
      lastTableRow: rows.lastRow,
      inputColumn: legendColumn,
      inputRow: INPUT_BLOCK_ROW,
    },
    // Without stated fields, the frame is the report of the host unit that fills the workbook (else the Sở's).
    options.document ?? defaultDocumentFields(frameUnitOf(options.filledBy)),
    options.filledBy,
  );

  // Title rows.
  put(ROWS.label, 1, PLAN.appendixLabel);
  put(ROWS.title, 1, PLAN.appendixTitle);
  put(ROWS.subtitle, 1, subtitleText(options.unitName, options.year));
  for (const row of [ROWS.label, ROWS.title, ROWS.subtitle]) {
    merges.push(rangeAddress(row, 1, row, lastColumn));
    rowHeights.set(row, LINE_HEIGHT + 3);
  }
  styles.push({
    address: rangeAddress(ROWS.label, 1, ROWS.subtitle, lastColumn),
    style: { bold: true, fontSize: TITLE_SIZE, horizontal: "center", vertical: "center", wrap: true },
  });

  // Header: the plan's columns, the year heading over Đơn vị tính and Chỉ tiêu, then ours. In
  // monthly mode the period's and the year to date's columns sit under a group heading each.
  const groupedKeys: readonly MonthlyColumnKey[] = monthly
    ? ["unit", "target", "numerator", "denominator", "result", "verdict", "ytdResult", "ytdVerdict"]
    : ["unit", "target"];
  for (const key of keys) {
    const column = cols[key]!;
    const header = key === "ytdResult" ? COLUMN_HEADERS.result : key === "ytdVerdict" ? COLUMN_HEADERS.verdict : COLUMN_HEADERS[key];
    if (groupedKeys.includes(key)) {
      put(ROWS.headerBottom, column, header);
    } else {
      put(ROWS.headerTop, column, header);
      merges.push(rangeAddress(ROWS.headerTop, column, ROWS.headerBottom, column));
    }
  }
  put(ROWS.headerTop, cols.unit, yearHeadingText(options.year));
  merges.push(rangeAddress(ROWS.headerTop, cols.unit, ROWS.headerTop, cols.target));
  if (monthly) {
    put(ROWS.headerTop, cols.numerator, MONTHLY_HEADERS.periodGroup(toAbsolute(PERIOD_CELLS.period)));
    merges.push(rangeAddress(ROWS.headerTop, cols.numerator, ROWS.headerTop, cols.verdict));
    put(ROWS.headerTop, MONTHLY_COLUMNS.ytdResult, MONTHLY_HEADERS.ytdGroup(toAbsolute(PERIOD_CELLS.end)));
    merges.push(rangeAddress(ROWS.headerTop, MONTHLY_COLUMNS.ytdResult, ROWS.headerTop, MONTHLY_COLUMNS.ytdVerdict));
  }
  styles.push({
    address: rangeAddress(ROWS.headerTop, 1, ROWS.headerBottom, lastColumn),
    style: { bold: true, horizontal: "center", vertical: "center", wrap: true, fill: HEADER_FILL },
  });
  rowHeights.set(ROWS.headerTop, rowHeightForLines(2));
  // "Đơn vị tính" wraps onto two lines in its narrow column.
  rowHeights.set(ROWS.headerBottom, rowHeightForLines(2));

  // Body: base style for the whole table, then sections and indicators.
  styles.push({
    address: rangeAddress(ROWS.firstBody, 1, rows.lastRow, lastColumn),
    style: { vertical: "center", wrap: true },
  });
  const widthOfSectionTitle = keys.filter((k) => k !== "stt").reduce((n, k) => n + COLUMN_WIDTHS[k], 0);
  for (const section of SECTIONS) {
    const row = rows.sections.get(section.id)!;
    put(row, cols.stt, section.id);
    put(row, cols.name, section.title);
    merges.push(rangeAddress(row, cols.name, row, lastColumn));
    styles.push({ address: rangeAddress(row, 1, row, lastColumn), style: { bold: true, horizontal: "left" } });
    styles.push({ address: cellAddress(row, cols.stt), style: { horizontal: "center" } });
    rowHeights.set(row, rowHeightForLines(linesNeeded(section.title, widthOfSectionTitle)));
  }
  for (const indicator of INDICATORS) {
    const row = rows.indicators.get(indicator.code)!;
    const formulas = monthly
      ? monthlyResultFormulas(indicator, row, options.formulas, prefix, "period")
      : resultFormulas(indicator, row, options.formulas);
    put(row, cols.stt, indicator.stt);
    put(row, cols.name, indicatorFullName(indicator));
    put(row, cols.hostUnit, indicator.hostUnit);
    put(row, cols.partnerUnits, indicator.partnerUnits);
    put(row, cols.unit, indicator.unit);
    put(row, cols.target, indicator.target.fraction);
    put(row, cols.result, formulas.result);
    put(row, cols.verdict, formulas.verdict);
    put(row, cols.legalBasis, indicator.legalBasis);
    if (formulas.numerator !== undefined) put(row, cols.numerator, formulas.numerator);
    if (formulas.denominator !== undefined) put(row, cols.denominator, formulas.denominator);
    if (monthly) {
      const ytd = monthlyResultFormulas(indicator, row, options.formulas, prefix, "ytd");
      put(row, MONTHLY_COLUMNS.ytdResult, ytd.result);
      put(row, MONTHLY_COLUMNS.ytdVerdict, ytd.verdict);
    }
    styles.push({
      address: cellAddress(row, cols.target),
      style: {
        numberFormat: indicator.target.kind === "minimum" ? NUMBER_FORMATS.minimumTarget : NUMBER_FORMATS.exactTarget,
      },
    });
    const lines = Math.max(
      linesNeeded(indicatorFullName(indicator), COLUMN_WIDTHS.name),
      linesNeeded(indicator.legalBasis, COLUMN_WIDTHS.legalBasis),
      linesNeeded(indicator.hostUnit, COLUMN_WIDTHS.hostUnit),
    );
    rowHeights.set(row, rowHeightForLines(lines));
    if (monthly) {
      conditionalFormats.push(
        ...verdictTextRules(rangeAddress(row, cols.result, row, cols.verdict), `$${cellAddress(row, cols.verdict)}`),
        ...verdictTextRules(
          rangeAddress(row, MONTHLY_COLUMNS.ytdResult, row, MONTHLY_COLUMNS.ytdVerdict),
          `$${cellAddress(row, MONTHLY_COLUMNS.ytdVerdict)}`,
        ),
      );
    } else {
      validations.push(inputValidation(row));
      conditionalFormats.push(...indicatorHighlightRules(indicator, row));
    }
    validations.push(noteValidation(indicator.code, row, cols.note));
    conditionalFormats.push(missingNoteRule(row, cols.verdict, cols.note));
    // numerator, denominator, target, result, verdict: the names of the row's cells.
    for (const part of Object.keys(NAME_PARTS) as NamePart[]) {
      names.push({
        name: indicatorName(prefix, indicator.code, part),
        address: absoluteAddress(row, cols[part]),
        comment: `${indicator.code} — ${COLUMN_HEADERS[part]}`,
      });
    }
    if (monthly) {
      const ytd = (p: MonthlyNamePart, column: number, header: string): NameSpec => ({
        name: monthlyIndicatorName(prefix, indicator.code, p),
        address: absoluteAddress(row, column),
        comment: `${indicator.code} — ${header} (${PERIOD_WORDS.yearToDate.toLocaleLowerCase("vi")})`,
      });
      names.push(
        ytd("ytdResult", MONTHLY_COLUMNS.ytdResult, COLUMN_HEADERS.result),
        ytd("ytdVerdict", MONTHLY_COLUMNS.ytdVerdict, COLUMN_HEADERS.verdict),
      );
    }
  }
  const indicatorRowsOf = (column: number): string[] =>
    INDICATORS.map((i) => cellAddress(rows.indicators.get(i.code)!, column));
  const centered = [cols.stt, cols.unit, cols.target, cols.verdict, ...(monthly ? [MONTHLY_COLUMNS.ytdVerdict] : [])];
  for (const column of centered) {
    for (const address of indicatorRowsOf(column)) styles.push({ address, style: { horizontal: "center" } });
  }
  for (const column of [cols.result, ...(monthly ? [MONTHLY_COLUMNS.ytdResult] : [])]) {
    for (const address of indicatorRowsOf(column)) {
      styles.push({ address, style: { horizontal: "center", numberFormat: NUMBER_FORMATS.ratio } });
    }
  }
  for (const column of [cols.numerator, cols.denominator]) {
    for (const address of indicatorRowsOf(column)) {
      // Monthly mode: the period's sums, computed and locked; the inputs are on the monthly sheet.
      const style = monthly
        ? { horizontal: "right" as const, numberFormat: NUMBER_FORMATS.count }
        : { horizontal: "right" as const, numberFormat: NUMBER_FORMATS.count, fill: INPUT_FILL, locked: false };
      styles.push({ address, style });
    }
  }
  for (const address of indicatorRowsOf(cols.note)) styles.push({ address, style: { locked: false } });
  styles.push({ address: rangeAddress(ROWS.headerTop, 1, rows.lastRow, lastColumn), style: { border: true } });

  // Monthly mode: the period cell with its drop-down and its first and last month.
  if (monthly) {
    const putAt = (address: string, content: string): void => {
      const { row, column } = parseCell(address);
      put(row, column, content);
    };
    putAt(PERIOD_CELLS.label, MONTHLY_HEADERS.periodLabel);
    putAt(PERIOD_CELLS.period, periodLabel(monthly.period));
    putAt(PERIOD_CELLS.fromText, MONTHLY_HEADERS.from);
    putAt(PERIOD_CELLS.start, periodBoundFormula(prefix, "starts"));
    putAt(PERIOD_CELLS.toText, MONTHLY_HEADERS.to);
    putAt(PERIOD_CELLS.end, periodBoundFormula(prefix, "ends"));
    styles.push(
      { address: PERIOD_CELLS.label, style: { bold: true, horizontal: "right", vertical: "center" } },
      {
        address: PERIOD_CELLS.period,
        style: { bold: true, horizontal: "center", vertical: "center", fill: INPUT_FILL, border: true, locked: false },
      },
      { address: PERIOD_CELLS.fromText, style: { horizontal: "right", vertical: "center" } },
      { address: PERIOD_CELLS.start, style: { bold: true, horizontal: "center", vertical: "center" } },
      { address: PERIOD_CELLS.toText, style: { horizontal: "right", vertical: "center" } },
      { address: PERIOD_CELLS.end, style: { bold: true, horizontal: "center", vertical: "center" } },
    );
    const list: ListValidationSpec = {
      address: PERIOD_CELLS.period,
      formula: `=ISNUMBER(MATCH(${PERIOD_CELLS.period},${periodName(prefix, "list")},0))`,
      list: `=${periodName(prefix, "list")}`,
      prompt: PERIOD_VALIDATION_TEXT.prompt,
      error: PERIOD_VALIDATION_TEXT.error,
    };
    validations.push(list);
    rowHeights.set(PERIOD_ROW, LINE_HEIGHT + 6);
  }

  // Legend beside the table.
  put(ROWS.headerTop, legendColumn, LEGEND_TITLE);
  styles.push({ address: cellAddress(ROWS.headerTop, legendColumn), style: { bold: true } });
  LEGEND_ENTRIES.forEach((entry, index) => {
    const row = ROWS.headerTop + 1 + index;
    put(row, legendColumn, entry.text);
    styles.push({ address: cellAddress(row, legendColumn), style: { ...HIGHLIGHT_COLORS[entry.kind], border: true } });
  });

  names.unshift({
    name: tableName(prefix),
    address: absoluteRange(ROWS.headerTop, 1, rows.lastRow, lastColumn),
    comment: "Bảng chỉ tiêu phụ lục",
  });
  if (monthly) {
    const at = (part: PeriodNamePart, address: string, comment: string): NameSpec => ({
      name: periodName(prefix, part),
      address: toAbsolute(address),
      comment,
    });
    names.push(
      at("period", PERIOD_CELLS.period, PERIOD_WORDS.reportPeriod),
      at("start", PERIOD_CELLS.start, `${PERIOD_WORDS.reportPeriod}: tháng đầu`),
      at("end", PERIOD_CELLS.end, `${PERIOD_WORDS.reportPeriod}: tháng cuối`),
    );
  }

  return sheetLayoutOf(draft, {
    sheetName,
    font: FONT,
    columnWidths: [...keys.map((k) => COLUMN_WIDTHS[k]), 3, LEGEND_WIDTH, INPUT_VALUE_WIDTH],
    frozenRows: ROWS.headerBottom,
    // The whole document, frame included; the legend and the input block beside it stay off paper.
    print: a4LandscapePrint(`$${ROWS.headerTop}:$${ROWS.headerBottom}`, absoluteRange(1, 1, below.last, lastColumn)),
  });
}

/** The first (starts) or last (ends) month of the period in the period cell, from the period list. */
function periodBoundFormula(prefix: string, column: "starts" | "ends"): string {
  return `=INDEX(${periodName(prefix, column)},MATCH(${toAbsolute(PERIOD_CELLS.period)},${periodName(prefix, "list")},0))`;
}
