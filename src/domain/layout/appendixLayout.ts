/**
 * The appendix sheet, described once from the catalog: the plan's table with its columns in the
 * plan's wording and order, the columns staff fill (Tử số (b), Mẫu số (a)), the results the
 * add-in computes (Kết quả, Đánh giá), Ghi chú, validation, highlight rules, names, a legend and
 * print settings. The words on the sheet are the document's, always Vietnamese.
 */
import { INDICATORS, PLAN, SECTIONS, indicatorFullName, type Indicator, type IndicatorCode } from "../catalog";
import {
  invalidInputRuleFormula,
  kpiRatioFormula,
  kpiVerdictFormula,
  nativeRatioFormula,
  nativeVerdictFormula,
  verdictRuleFormula,
  type RatioRefs,
} from "../nativeFormulas";
import { VERDICT_WORDS, type Verdict } from "../ratio";
import { absoluteAddress, cellAddress, rangeAddress } from "./a1";
import type {
  CellContent,
  ConditionalFormatSpec,
  HighlightKind,
  NameSpec,
  SheetLayout,
  StyledRange,
  ValidationSpec,
} from "./model";
import { HEADER_FILL, HIGHLIGHT_COLORS, INPUT_FILL } from "./palette";

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

/** Column numbers (1-based) of the appendix table. */
export const COLUMNS = {
  stt: 1,
  name: 2,
  hostUnit: 3,
  partnerUnits: 4,
  unit: 5,
  target: 6,
  numerator: 7,
  denominator: 8,
  result: 9,
  verdict: 10,
  legalBasis: 11,
  note: 12,
} as const;
export type ColumnKey = keyof typeof COLUMNS;
const LAST_COLUMN = COLUMNS.note;

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

const COLUMN_WIDTHS: Readonly<Record<ColumnKey, number>> = {
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
  legalBasis: 38,
  note: 16,
};

/** Rows (1-based) of the fixed parts of the sheet. */
export const ROWS = {
  label: 1,
  title: 2,
  subtitle: 3,
  headerTop: 5,
  headerBottom: 6,
  firstBody: 7,
} as const;

/** Where the legend goes: one empty column after the table. */
const LEGEND_COLUMN = LAST_COLUMN + 2;
const LEGEND_WIDTH = 34;

export const FONT = { name: "Times New Roman", size: 12 } as const;
const TITLE_SIZE = 13;
const LINE_HEIGHT = 15.75;

export const NUMBER_FORMATS = {
  ratio: "0.00%",
  minimumTarget: '"Tối thiểu "0%',
  exactTarget: "0%",
  count: "#,##0",
} as const;

/** Suffixes of the per-indicator defined names. */
export const NAME_PARTS = {
  numerator: "B",
  denominator: "A",
  target: "TARGET",
  result: "RESULT",
  verdict: "VERDICT",
} as const;
export type NamePart = keyof typeof NAME_PARTS;

export function indicatorName(prefix: string, code: IndicatorCode, part: NamePart): string {
  return `${prefix}_${code.replace(".", "_")}_${NAME_PARTS[part]}`;
}

export function tableName(prefix: string): string {
  return `${prefix}_TABLE`;
}

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

export function subtitleText(unitName: string, year: number): string {
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
  { kind: "invalidInput", text: "Ô nhập sai (số âm, số lẻ, chữ, b > a)" },
];

/** Which verdicts each result highlight shows. */
export const RESULT_HIGHLIGHTS: readonly {
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

function resultFormulas(indicator: Indicator, row: number, mode: FormulaMode): { result: string; verdict: string } {
  const refs = indicatorRefs(row);
  const target = cellAddress(row, COLUMNS.target);
  return mode === "kpi"
    ? { result: kpiRatioFormula(indicator.functionName, refs), verdict: kpiVerdictFormula(indicator.code, refs, target) }
    : {
        result: nativeRatioFormula(refs),
        verdict: nativeVerdictFormula(refs, target, indicator.target.kind),
      };
}

/** The highlight rules of one indicator row: results by verdict, inputs when invalid. */
export function indicatorHighlightRules(indicator: Indicator, row: number): ConditionalFormatSpec[] {
  const refs = indicatorRefs(row);
  const target = cellAddress(row, COLUMNS.target);
  const resultRange = rangeAddress(row, COLUMNS.result, row, COLUMNS.verdict);
  const rules: ConditionalFormatSpec[] = RESULT_HIGHLIGHTS.map(({ kind, verdicts }) => ({
    address: resultRange,
    kind,
    verdicts,
    formula: verdictRuleFormula(refs, target, indicator.target.kind, kind),
    style: HIGHLIGHT_COLORS[kind],
  }));
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
  const self = cellAddress(row, COLUMNS.numerator);
  const b = `$${cellAddress(row, COLUMNS.numerator)}`;
  const a = `$${cellAddress(row, COLUMNS.denominator)}`;
  return {
    address: rangeAddress(row, COLUMNS.numerator, row, COLUMNS.denominator),
    formula: `=AND(ISNUMBER(${self}),${self}>=0,${self}=INT(${self}),${self}<=1000000000,OR(${b}="",${a}="",${b}<=${a}))`,
    prompt: VALIDATION_TEXT.prompt,
    error: VALIDATION_TEXT.error,
  };
}

/** Builds the whole appendix sheet from the catalog. */
export function buildAppendixLayout(options: AppendixOptions = DEFAULT_APPENDIX_OPTIONS): SheetLayout {
  const prefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const sheetName = options.sheetName ?? defaultSheetName(options.year);
  const rows = appendixRows();
  const lastRow = Math.max(rows.lastRow, ROWS.headerTop + LEGEND_ENTRIES.length);
  const width = LEGEND_COLUMN;
  const cells: CellContent[][] = Array.from({ length: lastRow }, () => Array<CellContent>(width).fill(null));
  const put = (row: number, column: number, content: CellContent): void => {
    cells[row - 1][column - 1] = content;
  };
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const validations: ValidationSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const names: NameSpec[] = [];
  const rowHeights = new Map<number, number>();
  const keys = Object.keys(COLUMNS) as ColumnKey[];

  // Title rows.
  put(ROWS.label, 1, PLAN.appendixLabel);
  put(ROWS.title, 1, PLAN.appendixTitle);
  put(ROWS.subtitle, 1, subtitleText(options.unitName, options.year));
  for (const row of [ROWS.label, ROWS.title, ROWS.subtitle]) {
    merges.push(rangeAddress(row, 1, row, LAST_COLUMN));
  }
  styles.push({
    address: rangeAddress(ROWS.label, 1, ROWS.subtitle, LAST_COLUMN),
    style: { bold: true, fontSize: TITLE_SIZE, horizontal: "center", vertical: "center", wrap: true },
  });

  // Header: the plan's columns, the year heading over Đơn vị tính and Chỉ tiêu, then ours.
  for (const key of keys) {
    const column = COLUMNS[key];
    if (key === "unit" || key === "target") {
      put(ROWS.headerBottom, column, COLUMN_HEADERS[key]);
    } else {
      put(ROWS.headerTop, column, COLUMN_HEADERS[key]);
      merges.push(rangeAddress(ROWS.headerTop, column, ROWS.headerBottom, column));
    }
  }
  put(ROWS.headerTop, COLUMNS.unit, yearHeadingText(options.year));
  merges.push(rangeAddress(ROWS.headerTop, COLUMNS.unit, ROWS.headerTop, COLUMNS.target));
  styles.push({
    address: rangeAddress(ROWS.headerTop, 1, ROWS.headerBottom, LAST_COLUMN),
    style: { bold: true, horizontal: "center", vertical: "center", wrap: true, fill: HEADER_FILL },
  });
  rowHeights.set(ROWS.headerTop, LINE_HEIGHT * 2 + 4);

  // Body: base style for the whole table, then sections and indicators.
  styles.push({
    address: rangeAddress(ROWS.firstBody, 1, rows.lastRow, LAST_COLUMN),
    style: { vertical: "center", wrap: true },
  });
  for (const section of SECTIONS) {
    const row = rows.sections.get(section.id)!;
    put(row, COLUMNS.stt, section.id);
    put(row, COLUMNS.name, section.title);
    merges.push(rangeAddress(row, COLUMNS.name, row, LAST_COLUMN));
    styles.push({ address: rangeAddress(row, 1, row, LAST_COLUMN), style: { bold: true, horizontal: "left" } });
    styles.push({ address: cellAddress(row, COLUMNS.stt), style: { horizontal: "center" } });
    const widthOfMerge = keys.filter((k) => k !== "stt").reduce((n, k) => n + COLUMN_WIDTHS[k], 0);
    rowHeights.set(row, linesNeeded(section.title, widthOfMerge) * LINE_HEIGHT + 4);
  }
  for (const indicator of INDICATORS) {
    const row = rows.indicators.get(indicator.code)!;
    const formulas = resultFormulas(indicator, row, options.formulas);
    put(row, COLUMNS.stt, indicator.stt);
    put(row, COLUMNS.name, indicatorFullName(indicator));
    put(row, COLUMNS.hostUnit, indicator.hostUnit);
    put(row, COLUMNS.partnerUnits, indicator.partnerUnits);
    put(row, COLUMNS.unit, indicator.unit);
    put(row, COLUMNS.target, indicator.target.fraction);
    put(row, COLUMNS.result, formulas.result);
    put(row, COLUMNS.verdict, formulas.verdict);
    put(row, COLUMNS.legalBasis, indicator.legalBasis);
    styles.push({
      address: cellAddress(row, COLUMNS.target),
      style: {
        numberFormat: indicator.target.kind === "minimum" ? NUMBER_FORMATS.minimumTarget : NUMBER_FORMATS.exactTarget,
      },
    });
    const lines = Math.max(
      linesNeeded(indicatorFullName(indicator), COLUMN_WIDTHS.name),
      linesNeeded(indicator.legalBasis, COLUMN_WIDTHS.legalBasis),
      linesNeeded(indicator.hostUnit, COLUMN_WIDTHS.hostUnit),
    );
    rowHeights.set(row, lines * LINE_HEIGHT + 4);
    validations.push(inputValidation(row));
    conditionalFormats.push(...indicatorHighlightRules(indicator, row));
    const part = (p: NamePart, column: number): NameSpec => ({
      name: indicatorName(prefix, indicator.code, p),
      address: absoluteAddress(row, column),
      comment: `${indicator.code} — ${COLUMN_HEADERS[partColumnKey[p]]}`,
    });
    names.push(
      part("numerator", COLUMNS.numerator),
      part("denominator", COLUMNS.denominator),
      part("target", COLUMNS.target),
      part("result", COLUMNS.result),
      part("verdict", COLUMNS.verdict),
    );
  }
  const indicatorRowsOf = (column: number): string[] =>
    INDICATORS.map((i) => cellAddress(rows.indicators.get(i.code)!, column));
  for (const column of [COLUMNS.stt, COLUMNS.unit, COLUMNS.target, COLUMNS.verdict]) {
    for (const address of indicatorRowsOf(column)) styles.push({ address, style: { horizontal: "center" } });
  }
  for (const address of indicatorRowsOf(COLUMNS.result)) {
    styles.push({ address, style: { horizontal: "center", numberFormat: NUMBER_FORMATS.ratio } });
  }
  for (const column of [COLUMNS.numerator, COLUMNS.denominator]) {
    for (const address of indicatorRowsOf(column)) {
      styles.push({ address, style: { horizontal: "right", numberFormat: NUMBER_FORMATS.count, fill: INPUT_FILL, locked: false } });
    }
  }
  for (const address of indicatorRowsOf(COLUMNS.note)) styles.push({ address, style: { locked: false } });
  styles.push({ address: rangeAddress(ROWS.headerTop, 1, rows.lastRow, LAST_COLUMN), style: { border: true } });

  // Legend beside the table.
  put(ROWS.headerTop, LEGEND_COLUMN, LEGEND_TITLE);
  styles.push({ address: cellAddress(ROWS.headerTop, LEGEND_COLUMN), style: { bold: true } });
  LEGEND_ENTRIES.forEach((entry, index) => {
    const address = cellAddress(ROWS.headerTop + 1 + index, LEGEND_COLUMN);
    put(ROWS.headerTop + 1 + index, LEGEND_COLUMN, entry.text);
    styles.push({ address, style: { fill: HIGHLIGHT_COLORS[entry.kind].fill, fontColor: HIGHLIGHT_COLORS[entry.kind].fontColor, border: true } });
  });

  names.unshift({
    name: tableName(prefix),
    address: `${absoluteAddress(ROWS.headerTop, 1)}:${absoluteAddress(rows.lastRow, LAST_COLUMN)}`,
    comment: "Bảng chỉ tiêu phụ lục",
  });

  const columnWidths = keys.map((k) => COLUMN_WIDTHS[k]);
  columnWidths.push(3, LEGEND_WIDTH);

  return {
    sheetName,
    font: FONT,
    columnWidths,
    rowHeights,
    cells,
    styles,
    merges,
    validations,
    conditionalFormats,
    names,
    frozenRows: ROWS.headerBottom,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      titleRows: `$${ROWS.headerTop}:$${ROWS.headerBottom}`,
      printArea: `${absoluteAddress(ROWS.label, 1)}:${absoluteAddress(rows.lastRow, LAST_COLUMN)}`,
      margins: { top: 2, bottom: 2, left: 2, right: 1.5 },
    },
  };
}

const partColumnKey: Readonly<Record<NamePart, ColumnKey>> = {
  numerator: "numerator",
  denominator: "denominator",
  target: "target",
  result: "result",
  verdict: "verdict",
};
