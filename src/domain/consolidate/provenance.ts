/**
 * The sheet "Nguồn số liệu" of a consolidated workbook: one line per figure — the cell, its value,
 * the file and unit it came from and the file's last-modified time — so an auditor can trace any
 * number, and the next consolidation can recognise (and replace) a unit's earlier contribution.
 * An undecided conflict keeps a line per candidate ("Chưa thống nhất"), so no figure is lost.
 * Built as a SheetLayout (rendered by both back ends) and read back from the sheet's values. Pure;
 * the words on the sheet are the document's, always Vietnamese.
 */
import { INDICATORS, type IndicatorCode } from "../catalog";
import { COLUMN_HEADERS, FONT } from "../layout/appendixLayout";
import { absoluteRange, cellAddress, rangeAddress } from "../layout/a1";
import type { SheetLayout } from "../layout/model";
import { HEADER_FILL, HIGHLIGHT_COLORS } from "../layout/palette";
import { TITLE_SIZE, a4LandscapePrint, rowHeightForLines, sheetDraft, sheetLayoutOf } from "../layout/sheetDraft";
import type { MonthNumber } from "../period";
import { isBlank, type CellInput } from "../ratio";
import { functionsVi } from "../../i18n/vi/functions";
import type { Part } from "./kpiWorkbook";
import { cellKey, type ConsolidationPlan, type Origin, type ProvenanceRecord } from "./merge";
import type { CellGridRows } from "../check";

export const PROVENANCE_SHEET_NAME = "Nguồn số liệu";

/** The table's columns, left to right. */
export const PROVENANCE_COLUMNS = {
  stt: 1,
  code: 2,
  name: 3,
  part: 4,
  month: 5,
  value: 6,
  cell: 7,
  status: 8,
  unit: 9,
  file: 10,
  modified: 11,
} as const;
type ProvenanceColumn = keyof typeof PROVENANCE_COLUMNS;

export const PROVENANCE_HEADERS: Readonly<Record<ProvenanceColumn, string>> = {
  stt: "STT",
  code: "Mã",
  name: "Chỉ tiêu",
  part: "Số liệu",
  month: "Tháng",
  value: "Giá trị",
  cell: "Ô",
  status: "Trạng thái",
  unit: "Đơn vị",
  file: "Tệp",
  modified: "Tệp sửa lần cuối",
};

export const PROVENANCE_WORDS = {
  title: "NGUỒN SỐ LIỆU TỔNG HỢP",
  /** {time}: when; {files}: how many files. */
  subtitle: "Tổng hợp lúc {time} từ {files} tệp. Mỗi dòng là một số liệu: ô nhận số liệu, giá trị, tệp và đơn vị gửi (nhiều tệp cùng ghi một giá trị: mỗi tệp một dòng trong ô).",
  wholePeriod: "Cả kỳ",
  filled: "Đã tổng hợp",
  conflict: "Chưa thống nhất",
  /** The file column of a figure typed into the consolidated workbook itself. */
  here: "(nhập trực tiếp vào sổ tổng hợp)",
  unmarked: "(chưa ghi đơn vị)",
  parts: { numerator: COLUMN_HEADERS.numerator, denominator: COLUMN_HEADERS.denominator } as Readonly<Record<Part, string>>,
} as const;

const WIDTHS: Readonly<Record<ProvenanceColumn, number>> = {
  stt: 6,
  code: 7,
  name: 30,
  part: 12,
  month: 8,
  value: 11,
  cell: 24,
  status: 15,
  unit: 22,
  file: 30,
  modified: 17,
};

const ROWS = { title: 1, subtitle: 2, header: 4, first: 5 } as const;

const pad = (n: number): string => String(n).padStart(2, "0");

/** "05/04/2024 14:32" (local time) from an ISO time; any other text as it is. */
export function formatTimestamp(time: string | undefined): string {
  if (!time) return "";
  if (!/^\d{4}-\d{2}-\d{2}T/.test(time)) return time;
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return time;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The records in the sheet's order: the catalog's, b before a, by month, then as the plan gave them. */
function sorted(records: readonly ProvenanceRecord[]): ProvenanceRecord[] {
  const order = new Map(INDICATORS.map((i, n) => [i.code, n]));
  return records
    .map((r, n) => ({ r, n }))
    .sort(
      (x, y) =>
        order.get(x.r.code)! - order.get(y.r.code)! ||
        (x.r.part === y.r.part ? 0 : x.r.part === "numerator" ? -1 : 1) ||
        (x.r.month ?? 0) - (y.r.month ?? 0) ||
        x.n - y.n,
    )
    .map(({ r }) => r);
}

/** Sources of one line, one per line of the cell (a file name holds no line break). */
const SOURCE_SEPARATOR = "\n";

/** The records as the sheet's lines: one per cell, status and value, with every origin that gives it. */
function grouped(records: readonly ProvenanceRecord[]): { record: ProvenanceRecord; origins: Origin[] }[] {
  const lines: { record: ProvenanceRecord; origins: Origin[] }[] = [];
  const byKey = new Map<string, { record: ProvenanceRecord; origins: Origin[] }>();
  for (const record of records) {
    const key = `${cellKey(record)}|${record.status}|${typeof record.value}|${String(record.value)}`;
    const line = byKey.get(key);
    if (line) line.origins.push(record.origin);
    else {
      const created = { record, origins: [record.origin] };
      byKey.set(key, created);
      lines.push(created);
    }
  }
  return lines;
}

export interface ProvenanceSheetOptions {
  /** When the consolidation ran, ISO 8601. */
  readonly time: string;
  /** The target's cell of each figure (cellKey → "Số liệu theo tháng!F9"). */
  readonly addresses?: ReadonlyMap<string, string>;
  readonly sheetName?: string;
}

/** The provenance sheet of a plan. */
export function buildProvenanceLayout(plan: ConsolidationPlan, options: ProvenanceSheetOptions): SheetLayout {
  const lines = grouped(sorted(plan.provenance));
  const C = PROVENANCE_COLUMNS;
  const last = C.modified;
  const lastRow = ROWS.first + Math.max(lines.length, 1) - 1;
  const draft = sheetDraft(lastRow, last);
  const { put, styles, merges, rowHeights } = draft;
  const usedFiles = plan.files.filter((f) => f.status === "used").length;

  put(ROWS.title, 1, PROVENANCE_WORDS.title);
  put(ROWS.subtitle, 1, PROVENANCE_WORDS.subtitle.replace("{time}", formatTimestamp(options.time)).replace("{files}", String(usedFiles)));
  merges.push(rangeAddress(ROWS.title, 1, ROWS.title, last), rangeAddress(ROWS.subtitle, 1, ROWS.subtitle, last));
  styles.push(
    { address: cellAddress(ROWS.title, 1), style: { bold: true, fontSize: TITLE_SIZE, horizontal: "center", vertical: "center" } },
    { address: cellAddress(ROWS.subtitle, 1), style: { italic: true, horizontal: "left", vertical: "center", wrap: true } },
  );
  rowHeights.set(ROWS.subtitle, 32);

  for (const [key, column] of Object.entries(C) as [ProvenanceColumn, number][]) put(ROWS.header, column, PROVENANCE_HEADERS[key]);
  styles.push({
    address: rangeAddress(ROWS.header, 1, ROWS.header, last),
    style: { bold: true, horizontal: "center", vertical: "center", wrap: true, fill: HEADER_FILL },
  });

  lines.forEach(({ record, origins }, n) => {
    const row = ROWS.first + n;
    put(row, C.stt, n + 1);
    put(row, C.code, record.code);
    const name = functionsVi.indicators[record.code].shortName;
    put(row, C.name, name);
    put(row, C.part, PROVENANCE_WORDS.parts[record.part]);
    put(row, C.month, record.month ?? PROVENANCE_WORDS.wholePeriod);
    put(row, C.value, typeof record.value === "boolean" ? String(record.value).toUpperCase() : (record.value ?? null));
    put(row, C.cell, options.addresses?.get(cellKey(record)) ?? "");
    put(row, C.status, record.status === "filled" ? PROVENANCE_WORDS.filled : PROVENANCE_WORDS.conflict);
    // Every source that gives this value, one per line, in the same order in the three columns.
    const column = (pick: (origin: Origin) => string): string => origins.map(pick).join(SOURCE_SEPARATOR);
    put(row, C.unit, column((o) => (o.kind === "here" ? "" : o.unit || PROVENANCE_WORDS.unmarked)));
    put(row, C.file, column((o) => (o.kind === "here" ? PROVENANCE_WORDS.here : o.fileName)));
    put(row, C.modified, column((o) => (o.kind === "here" ? "" : formatTimestamp(o.lastModified))));
    // A wrapped name or several sources: the row grows so that no line overlaps the next row.
    const height = Math.max(Math.ceil(name.length / WIDTHS.name), origins.length);
    if (height > 1) rowHeights.set(row, rowHeightForLines(height));
    if (record.status === "conflict") {
      styles.push({ address: rangeAddress(row, 1, row, last), style: { fill: HIGHLIGHT_COLORS.fail.fill, fontColor: HIGHLIGHT_COLORS.fail.fontColor } });
    }
  });
  styles.push(
    { address: rangeAddress(ROWS.first, 1, lastRow, last), style: { vertical: "center", wrap: true } },
    { address: rangeAddress(ROWS.first, C.stt, lastRow, C.code), style: { horizontal: "center" } },
    { address: rangeAddress(ROWS.first, C.month, lastRow, C.month), style: { horizontal: "center" } },
    { address: rangeAddress(ROWS.first, C.value, lastRow, C.value), style: { horizontal: "right", numberFormat: "#,##0" } },
    { address: rangeAddress(ROWS.header, 1, lastRow, last), style: { border: true } },
  );

  return sheetLayoutOf(draft, {
    sheetName: options.sheetName ?? PROVENANCE_SHEET_NAME,
    font: FONT,
    columnWidths: (Object.keys(C) as ProvenanceColumn[]).map((k) => WIDTHS[k]),
    frozenRows: ROWS.header,
    print: a4LandscapePrint(`$${ROWS.header}:$${ROWS.header}`, absoluteRange(ROWS.title, 1, lastRow, last)),
  });
}

const text = (value: CellInput): string => (typeof value === "string" ? value.normalize("NFC").trim() : isBlank(value) ? "" : String(value));

/** A cell's text with its line breaks (only NFC-normalised). */
const untrimmed = (value: CellInput): string => (typeof value === "string" ? value.normalize("NFC") : isBlank(value) ? "" : String(value));

const CODES: ReadonlySet<string> = new Set(INDICATORS.map((i) => i.code));

/**
 * The records of a provenance sheet, from its values read from A1. The table is found by its
 * header row (wherever it stands); lines that do not read as a record are skipped.
 */
export function readProvenance(values: CellGridRows): ProvenanceRecord[] {
  const at = (row: number, column: number): CellInput => values[row - 1]?.[column - 1] ?? null;
  let header: number | undefined;
  for (let row = 1; row <= Math.min(values.length, 30) && header === undefined; row++) {
    if (text(at(row, PROVENANCE_COLUMNS.code)) === PROVENANCE_HEADERS.code && text(at(row, PROVENANCE_COLUMNS.value)) === PROVENANCE_HEADERS.value) {
      header = row;
    }
  }
  if (header === undefined) return [];
  const C = PROVENANCE_COLUMNS;
  const records: ProvenanceRecord[] = [];
  for (let row = header + 1; row <= values.length; row++) {
    const code = text(at(row, C.code));
    if (!CODES.has(code)) continue;
    const partText = text(at(row, C.part));
    const part: Part | undefined =
      partText === PROVENANCE_WORDS.parts.numerator ? "numerator" : partText === PROVENANCE_WORDS.parts.denominator ? "denominator" : undefined;
    const monthValue = at(row, C.month);
    const month = typeof monthValue === "number" && Number.isInteger(monthValue) && monthValue >= 1 && monthValue <= 12 ? (monthValue as MonthNumber) : null;
    if (!part || (month === null && text(monthValue) !== PROVENANCE_WORDS.wholePeriod)) continue;
    const value = at(row, C.value);
    const status = text(at(row, C.status)) === PROVENANCE_WORDS.conflict ? "conflict" : "filled";
    const lines = (column: number): string[] => untrimmed(at(row, column)).split(/\r?\n/).map((line) => line.trim());
    const files = lines(C.file);
    const units = lines(C.unit);
    const modified = lines(C.modified);
    files.forEach((file, n) => {
      const unit = units[n] ?? "";
      const time = modified[n] ?? "";
      const origin: Origin =
        file === PROVENANCE_WORDS.here || file === ""
          ? { kind: "here" }
          : { kind: "file", fileName: file, unit: unit === PROVENANCE_WORDS.unmarked ? "" : unit, ...(time ? { lastModified: time } : {}) };
      records.push({ code: code as IndicatorCode, part, month, value: isBlank(value) ? null : value, status, origin });
    });
  }
  return records;
}
