/**
 * The frame of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I) around the
 * appendix: above the title the governing and issuing bodies (left) and the national name and
 * motto (right), each with a short rule under it, the number ("Số: 12/BC-SDL") and the place and
 * date; under the title "(Kèm theo Báo cáo số … của …)" and, in monthly mode, "(Số liệu tính đến
 * ngày …)"; below the table the signature blocks (NGƯỜI LẬP BIỂU, THỦ TRƯỞNG ĐƠN VỊ or the plan's
 * "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") and the optional "Nơi nhận:" list.
 *
 * Every variable part is an input cell with a workbook name (KPI_DOC_NUMBER, KPI_DOC_DATE, …) in a
 * block beside the table, outside the print area; the printed frame is formulas over those cells,
 * which show "…" for whatever is blank, so nothing is ever invented and a blank form prints with
 * dots to fill by hand. The frame's formulas refer to the inputs by address (not by name), so a
 * copy of the sheet (the portable copy) reads its own cells. The block's last input is not the
 * frame's but the workbook's: "Đơn vị nhập số liệu" (KPI_FILLED_BY, filledBy.ts), which unit
 * filled the workbook, never printed. The words are the document's, always Vietnamese. Pure: the
 * appendix layout (appendixLayout.ts) calls putDocumentFrame.
 */
import { HOST_UNITS } from "../catalog";
import { FILLED_BY_CHOICES, FILLED_BY_LABEL, filledByName } from "../filledBy";
import { cellAddress, rangeAddress, toAbsolute } from "./a1";
import type { CellContent, NameSpec, ValidationSpec } from "./model";
import { INPUT_FILL } from "./palette";
import type { SheetDraft } from "./sheetDraft";

/** The variable parts of the frame. */
export type DocumentFieldKey =
  | "governingBody"
  | "issuingBody"
  | "symbol"
  | "number"
  | "place"
  | "date"
  | "dataAsOf"
  | "preparer"
  | "authority"
  | "signerTitle"
  | "signer"
  | "recipients"
  | "archive";

/**
 * The values of the variable parts as text: dates as ISO "2024-04-05", recipients as one text
 * with the recipients separated by ";" or line breaks. A missing or empty field stays blank.
 */
export type DocumentFields = Readonly<Partial<Record<DocumentFieldKey, string>>>;

export interface DocumentFieldSpec {
  readonly key: DocumentFieldKey;
  /** The name's suffix: KPI_DOC_<suffix>. */
  readonly suffix: string;
  /** The label beside the input cell. */
  readonly label: string;
  readonly kind: "text" | "date" | "list";
  /** Blank: the check reminds (severity info) that the printed frame shows dots there. */
  readonly reminder: boolean;
  /** Only the monthly report has it ("Số liệu tính đến ngày …"). */
  readonly monthlyOnly?: boolean;
}

/** The input block's fields, in its order (which is also the order of the frame). */
export const DOCUMENT_FIELDS: readonly DocumentFieldSpec[] = [
  { key: "governingBody", suffix: "GOVERNING", label: "Cơ quan chủ quản", kind: "text", reminder: false },
  { key: "issuingBody", suffix: "ISSUER", label: "Cơ quan, đơn vị báo cáo", kind: "text", reminder: false },
  { key: "symbol", suffix: "SYMBOL", label: "Ký hiệu văn bản", kind: "text", reminder: false },
  { key: "number", suffix: "NUMBER", label: "Số văn bản", kind: "text", reminder: true },
  { key: "place", suffix: "PLACE", label: "Địa danh", kind: "text", reminder: false },
  { key: "date", suffix: "DATE", label: "Ngày ban hành", kind: "date", reminder: true },
  { key: "dataAsOf", suffix: "AS_OF", label: "Số liệu tính đến ngày", kind: "date", reminder: true, monthlyOnly: true },
  { key: "preparer", suffix: "PREPARER", label: "Người lập biểu", kind: "text", reminder: true },
  { key: "authority", suffix: "AUTHORITY", label: "Thẩm quyền ký (KT., TL., … hoặc để trống)", kind: "text", reminder: false },
  { key: "signerTitle", suffix: "SIGNER_TITLE", label: "Chức vụ người ký", kind: "text", reminder: false },
  { key: "signer", suffix: "SIGNER", label: "Người ký", kind: "text", reminder: true },
  { key: "recipients", suffix: "RECIPIENTS", label: "Nơi nhận (cách nhau bằng dấu ;)", kind: "list", reminder: false },
  { key: "archive", suffix: "ARCHIVE", label: "Lưu: VT, … (người soạn thảo, số bản)", kind: "text", reminder: false },
];

/** The fields of the frame in one mode. */
export function documentFieldsOf(monthly: boolean): readonly DocumentFieldSpec[] {
  return DOCUMENT_FIELDS.filter((f) => monthly || !f.monthlyOnly);
}

export function documentFieldSpec(key: DocumentFieldKey): DocumentFieldSpec {
  return DOCUMENT_FIELDS.find((f) => f.key === key)!;
}

/** The workbook name of a field's input cell: KPI_DOC_NUMBER. */
export function documentName(prefix: string, key: DocumentFieldKey): string {
  return `${prefix}_DOC_${documentFieldSpec(key).suffix}`;
}

/** The fixed words of the frame. */
export const FRAME_WORDS = {
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  number: "Số:",
  attachedTo: "Kèm theo Báo cáo số",
  dataAsOf: "Số liệu tính đến",
  preparer: "NGƯỜI LẬP BIỂU",
  head: "THỦ TRƯỞNG ĐƠN VỊ",
  signHint: "(Ký, ghi rõ họ tên)",
  recipients: "Nơi nhận:",
  archive: "Lưu: VT",
  /** What a blank part prints. */
  dots: "…",
  /** What a blank name prints: room to write it by hand. */
  nameDots: "……………………",
  inputsTitle: "Thông tin văn bản (in ở khung văn bản)",
  inputsHint: "Ô để trống in ra dấu “…” để viết tay.",
} as const;

/** The Sở's own document, as in the plan: its bodies, the symbol of its reports, its signature. */
export const DEPARTMENT_DOCUMENT: DocumentFields = {
  governingBody: "UBND tỉnh Kiên Giang",
  issuingBody: "Sở Du lịch",
  symbol: "BC-SDL",
  place: "Kiên Giang",
  authority: "KT. GIÁM ĐỐC",
  signerTitle: "PHÓ GIÁM ĐỐC",
};

/**
 * The fields every new frame starts with: the Sở's (as in the plan) for the whole department
 * (unit null), or for a unit's own report that unit under the Sở, signed by its head. Number,
 * dates and names are never filled in here: they stay blank (dots) until someone states them.
 */
export function defaultDocumentFields(unit: string | null): DocumentFields {
  const own = unit?.trim();
  if (!own || own.toLocaleLowerCase("vi") === DEPARTMENT_DOCUMENT.issuingBody!.toLocaleLowerCase("vi")) return DEPARTMENT_DOCUMENT;
  return {
    governingBody: DEPARTMENT_DOCUMENT.issuingBody,
    issuingBody: own,
    symbol: DEPARTMENT_DOCUMENT.symbol,
    place: DEPARTMENT_DOCUMENT.place,
    authority: "",
    signerTitle: FRAME_WORDS.head,
  };
}

/** The fields stated (by the pane or the CLI), without the blank ones: those never replace anything. */
export function statedDocumentFields(fields: DocumentFields | undefined): DocumentFields {
  return Object.fromEntries(Object.entries(fields ?? {}).filter(([, value]) => typeof value === "string" && value.trim() !== ""));
}

/** True for one of the plan's host units (a unit of the Sở, not the Sở itself). */
export function isHostUnit(name: string): boolean {
  return HOST_UNITS.some((unit) => unit.toLocaleLowerCase("vi") === name.trim().toLocaleLowerCase("vi"));
}

// ---------------------------------------------------------------------------------------------
// Values: dates and lists
// ---------------------------------------------------------------------------------------------

/** "2024-04-05" or "5/4/2024" → { year, month, day }, or undefined when it is no real date. */
export function parseDocumentDate(text: string): { year: number; month: number; day: number } | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const local = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : local
      ? [Number(local[3]), Number(local[2]), Number(local[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** The date as Excel's serial number (days since 1899-12-30). */
export function excelDateSerial(date: { year: number; month: number; day: number }): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000 + 25_569;
}

/** Excel's serial number back to a date (whole days). */
export function dateOfSerial(serial: number): { year: number; month: number; day: number } {
  const date = new Date((Math.floor(serial) - 25_569) * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * "ngày 05 tháng 4 năm 2024", as Nghị định 30 writes a date: days below 10 and the months 1 and 2
 * with a leading zero. Blank parts as "…".
 */
export function vietnameseDate(date: { year: number; month: number; day: number } | undefined): string {
  if (!date) return `ngày ${FRAME_WORDS.dots} tháng ${FRAME_WORDS.dots} năm ${FRAME_WORDS.dots}`;
  const month = date.month < 3 ? String(date.month).padStart(2, "0") : String(date.month);
  return `ngày ${String(date.day).padStart(2, "0")} tháng ${month} năm ${date.year}`;
}

/** The recipients of a list typed with ";" or line breaks between them, without empty ones. */
export function recipientList(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[;\n\r]+/)
    .map((r) => r.replace(/\s+/g, " ").trim().replace(/^[-–•]\s*/, "").replace(/[.;,]+$/, "").trim())
    .filter((r) => r !== "");
}

/** The recipients as the input cell holds them: "VP.UBND tỉnh; Sở Nội vụ; BGĐ Sở". */
export function recipientCellText(text: string | undefined): string {
  return recipientList(text).join("; ");
}

/** What an input cell gets for a field's value (dates as serial numbers), or null for blank. */
export function documentCellValue(spec: DocumentFieldSpec, value: string | undefined): CellContent {
  const text = value?.trim() ?? "";
  if (text === "") return null;
  if (spec.kind === "date") {
    const date = parseDocumentDate(text);
    return date ? excelDateSerial(date) : null;
  }
  if (spec.kind === "list") return recipientCellText(text) || null;
  return text.replace(/\s+/g, " ");
}

// ---------------------------------------------------------------------------------------------
// Where the frame goes
// ---------------------------------------------------------------------------------------------

/** The frame's rows above the title and under it (1-based; the appendix's ROWS include them). */
export const FRAME_TOP_ROWS = {
  /** Governing body (left), national name (right). */
  bodies: 1,
  /** Issuing body (left, bold), motto (right, bold). */
  issuer: 2,
  /** The short rules under the issuing body and the motto. */
  rules: 3,
  /** "Số: …/BC-SDL" (left), "Kiên Giang, ngày … tháng … năm …" (right, italic). */
  numberAndDate: 4,
  /** A small gap before the title. */
  gap: 5,
  /** The title: PHỤ LỤC, the appendix title, its subtitle. */
  label: 6,
  title: 7,
  subtitle: 8,
  /** "(Kèm theo Báo cáo số …/BC-SDL ngày … tháng … năm … của Sở Du lịch)". */
  attachedTo: 9,
  /** Monthly mode: the report period (the period cell) and "(Số liệu tính đến ngày …)". */
  period: 10,
  dataAsOf: 11,
  /** The first row after the frame's top: the table's header. */
  next: 12,
} as const;

/** Recipient lines the "Nơi nhận:" block has room for (more are left out of print), then "- Lưu: …". */
export const RECIPIENT_LINES = 6;

/** The frame's rows below a table that ends on `lastTableRow`. */
export interface FrameBottomRows {
  /** Titles of the signature blocks (two lines on the right: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"). */
  readonly signTitle: number;
  readonly signTitle2: number;
  readonly signHint: number;
  /** Room to sign. */
  readonly signSpace: number;
  readonly signName: number;
  readonly recipientsHeading: number;
  readonly recipients: readonly number[];
  readonly archive: number;
  /** The last row of the document (the print area's). */
  readonly last: number;
}

export function frameBottomRows(lastTableRow: number): FrameBottomRows {
  const signTitle = lastTableRow + 2;
  const recipientsHeading = signTitle + 6;
  const recipients = Array.from({ length: RECIPIENT_LINES }, (_, i) => recipientsHeading + 1 + i);
  const archive = recipientsHeading + RECIPIENT_LINES + 1;
  return {
    signTitle,
    signTitle2: signTitle + 1,
    signHint: signTitle + 2,
    signSpace: signTitle + 3,
    signName: signTitle + 4,
    recipientsHeading,
    recipients,
    archive,
    last: archive,
  };
}

/** The input block beside the table: its title row, then one row per field of the mode. */
export function inputBlockRows(firstRow: number, monthly: boolean): ReadonlyMap<DocumentFieldKey, number> {
  return new Map(documentFieldsOf(monthly).map((spec, index) => [spec.key, firstRow + 2 + index]));
}

/** The block's last row, after the frame's fields: "Đơn vị nhập số liệu" (KPI_FILLED_BY). */
export function filledByInputRow(firstRow: number, monthly: boolean): number {
  return firstRow + 2 + documentFieldsOf(monthly).length;
}

/** How many rows the input block takes (title, hint, fields, the unit that fills the workbook). */
export function inputBlockHeight(monthly: boolean): number {
  return 3 + documentFieldsOf(monthly).length;
}

/** The label of the "Đơn vị nhập số liệu" input in the block: it is not printed, the consolidation reads it. */
export const FILLED_BY_INPUT_LABEL = `${FILLED_BY_LABEL} (không in; Văn phòng Sở dùng khi tổng hợp)`;

const FILLED_BY_VALIDATION_TEXT = {
  prompt: {
    title: FILLED_BY_LABEL,
    message: "Chọn đơn vị chủ trì đã nhập số liệu của sổ này, hoặc Cả Sở (tổng hợp). Văn phòng Sở dùng ô này khi tổng hợp.",
  },
  error: { title: "Đơn vị không hợp lệ", message: "Hãy chọn một đơn vị trong danh sách." },
};

/**
 * The drop-down of the "Đơn vị nhập số liệu" cell: its items written out (a list that names no
 * name needs none to exist before it), a blank allowed (not chosen yet).
 */
export function filledByValidation(address: string): ValidationSpec & { readonly list: string } {
  return {
    address,
    formula: `=OR(${address}="",${FILLED_BY_CHOICES.map((choice) => `${address}="${choice}"`).join(",")})`,
    list: FILLED_BY_CHOICES.join(","),
    prompt: FILLED_BY_VALIDATION_TEXT.prompt,
    error: FILLED_BY_VALIDATION_TEXT.error,
  };
}

export interface FrameGeometry {
  readonly prefix: string;
  readonly monthly: boolean;
  /** The last printed column (Ghi chú). */
  readonly lastColumn: number;
  /** The last column of the left blocks (bodies, number, NGƯỜI LẬP BIỂU, Nơi nhận); the right ones start after it. */
  readonly leftEnd: number;
  readonly lastTableRow: number;
  /** The input block: labels in this column, values in the next; its title on inputRow. */
  readonly inputColumn: number;
  readonly inputRow: number;
}

/** Font sizes of the frame (Nghị định 30: bodies and national name 12–13, motto 13–14, Nơi nhận 12/11). */
const SIZES = { header: 13, motto: 13, date: 13, sign: 13, hint: 12, recipientsHeading: 12, recipients: 11 } as const;

/** Points: the rows of the frame that are not one line of the sheet's font. */
const HEIGHTS = { header: 18, rule: 9, spacer: 8, signSpace: 60, recipients: 15 } as const;

/** Excel's REPT count of spaces that, underlined at size RULE_FONT, draws a rule of `points`. */
const RULE_FONT = 8;
/** The width of a space in Times New Roman: a quarter of the font size. */
const spacesFor = (points: number): number => Math.round(points / (RULE_FONT / 4));
/** The motto at 13 pt bold is about 160 pt wide: its rule is as long (Nghị định 30). */
const MOTTO_RULE = " ".repeat(spacesFor(160));
/** Points per character of the issuing body in bold capitals at 13 pt, roughly. */
const ISSUER_POINTS_PER_CHARACTER = 7.6;

/**
 * Writes the frame into the draft: the printed parts (formulas over the input cells), the input
 * block with its names, validation of its dates, and the row heights; and, last in the block, the
 * "Đơn vị nhập số liệu" input holding `filledBy` (one of FILLED_BY_CHOICES; blank when absent).
 * Returns the frame's input cells.
 */
export function putDocumentFrame(
  draft: SheetDraft,
  geometry: FrameGeometry,
  fields: DocumentFields,
  filledBy?: string,
): ReadonlyMap<DocumentFieldKey, string> {
  const { put, styles, merges, validations, names, rowHeights } = draft;
  const { lastColumn, leftEnd, monthly } = geometry;
  const rightStart = leftEnd + 1;
  const R = FRAME_TOP_ROWS;
  const below = frameBottomRows(geometry.lastTableRow);

  // The input block.
  const valueColumn = geometry.inputColumn + 1;
  const inputRows = inputBlockRows(geometry.inputRow, monthly);
  const inputs = new Map<DocumentFieldKey, string>();
  put(geometry.inputRow, geometry.inputColumn, FRAME_WORDS.inputsTitle);
  put(geometry.inputRow + 1, geometry.inputColumn, FRAME_WORDS.inputsHint);
  merges.push(rangeAddress(geometry.inputRow, geometry.inputColumn, geometry.inputRow, valueColumn));
  merges.push(rangeAddress(geometry.inputRow + 1, geometry.inputColumn, geometry.inputRow + 1, valueColumn));
  styles.push(
    { address: cellAddress(geometry.inputRow, geometry.inputColumn), style: { bold: true } },
    { address: cellAddress(geometry.inputRow + 1, geometry.inputColumn), style: { italic: true, wrap: true, vertical: "top" } },
  );
  for (const spec of documentFieldsOf(monthly)) {
    const row = inputRows.get(spec.key)!;
    put(row, geometry.inputColumn, spec.label);
    const value = documentCellValue(spec, fields[spec.key]);
    if (value !== null) put(row, valueColumn, value);
    const address = cellAddress(row, valueColumn);
    inputs.set(spec.key, address);
    styles.push(
      { address: rangeAddress(row, geometry.inputColumn, row, valueColumn), style: { border: true, vertical: "center" } },
      { address: cellAddress(row, geometry.inputColumn), style: { wrap: true } },
      {
        address,
        style: {
          fill: INPUT_FILL,
          locked: false,
          wrap: true,
          horizontal: "left",
          // Text stays text ("05" keeps its zero); dates show as the document writes them.
          numberFormat: spec.kind === "date" ? "dd/mm/yyyy" : "@",
        },
      },
    );
    if (spec.kind === "date") {
      validations.push({
        address,
        formula: `=AND(ISNUMBER(${address}),${address}>=DATE(2000,1,1),${address}<=DATE(2100,12,31))`,
        prompt: { title: spec.label, message: "Nhập ngày dạng ngày/tháng/năm, ví dụ 05/04/2024. Để trống nếu chưa có." },
        error: { title: "Ngày không hợp lệ", message: "Hãy nhập một ngày từ năm 2000 đến 2100, dạng ngày/tháng/năm (ví dụ 05/04/2024)." },
      });
    }
    names.push(documentNameSpec(geometry.prefix, spec, address));
  }
  putFilledByInput(draft, geometry, filledBy);

  // References to the inputs, by address (the sheet's own cells, also in a copy of the sheet).
  const ref = (key: DocumentFieldKey): string => {
    const address = inputs.get(key);
    if (!address) throw new Error(`No input cell for ${key}`);
    return toAbsolute(address);
  };
  const orDots = (key: DocumentFieldKey, dots: string = FRAME_WORDS.dots): string => `IF(${ref(key)}="","${dots}",${ref(key)})`;
  const upperOrDots = (key: DocumentFieldKey): string => `IF(${ref(key)}="","${FRAME_WORDS.dots}",UPPER(${ref(key)}))`;
  const dateText = (key: DocumentFieldKey): string => {
    const d = ref(key);
    const part = (expression: string): string => `IF(ISNUMBER(${d}),${expression},"${FRAME_WORDS.dots}")`;
    // Nghị định 30: days below 10 and the months 1 and 2 with a leading zero.
    return (
      `"ngày "&${part(`TEXT(DAY(${d}),"00")`)}&" tháng "&${part(`IF(MONTH(${d})<3,TEXT(MONTH(${d}),"00"),MONTH(${d})&"")`)}` +
      `&" năm "&${part(`YEAR(${d})&""`)}`
    );
  };
  const numberText = `${orDots("number")}&"/"&${orDots("symbol")}`;

  const left = (row: number): string => rangeAddress(row, 1, row, leftEnd);
  const right = (row: number): string => rangeAddress(row, rightStart, row, lastColumn);
  const whole = (row: number): string => rangeAddress(row, 1, row, lastColumn);
  const centred = { horizontal: "center" as const, vertical: "center" as const };

  // Top left: the bodies and the number; top right: the national name, the motto, place and date.
  put(R.bodies, 1, `=${upperOrDots("governingBody")}`);
  put(R.issuer, 1, `=${upperOrDots("issuingBody")}`);
  // A short rule under the issuing body (a third to a half of its length): underlined spaces.
  put(R.rules, 1, `=REPT(" ",MAX(6,ROUND(LEN(${ref("issuingBody")})*${(ISSUER_POINTS_PER_CHARACTER / 2 / (RULE_FONT / 4)).toFixed(1)},0)))`);
  put(R.numberAndDate, 1, `="${FRAME_WORDS.number} "&${numberText}`);
  put(R.bodies, rightStart, FRAME_WORDS.nation);
  put(R.issuer, rightStart, FRAME_WORDS.motto);
  put(R.rules, rightStart, MOTTO_RULE);
  put(R.numberAndDate, rightStart, `=${orDots("place")}&", "&${dateText("date")}`);
  for (const row of [R.bodies, R.issuer, R.rules, R.numberAndDate]) merges.push(left(row), right(row));
  styles.push(
    { address: rangeAddress(R.bodies, 1, R.numberAndDate, lastColumn), style: { ...centred, fontSize: SIZES.header } },
    { address: cellAddress(R.issuer, 1), style: { bold: true } },
    { address: cellAddress(R.bodies, rightStart), style: { bold: true } },
    { address: cellAddress(R.issuer, rightStart), style: { bold: true, fontSize: SIZES.motto } },
    { address: rangeAddress(R.rules, 1, R.rules, lastColumn), style: { underline: true, fontSize: RULE_FONT, vertical: "top" } },
    { address: cellAddress(R.numberAndDate, rightStart), style: { italic: true, fontSize: SIZES.date } },
  );
  for (const row of [R.bodies, R.issuer, R.numberAndDate]) rowHeights.set(row, HEIGHTS.header);
  rowHeights.set(R.rules, HEIGHTS.rule);
  rowHeights.set(R.gap, HEIGHTS.spacer);

  // Under the title: what the appendix is attached to; in monthly mode when the data was taken.
  put(R.attachedTo, 1, `="(${FRAME_WORDS.attachedTo} "&${numberText}&" "&${dateText("date")}&" của "&${orDots("issuingBody")}&")"`);
  merges.push(whole(R.attachedTo));
  styles.push({ address: cellAddress(R.attachedTo, 1), style: { ...centred, italic: true } });
  rowHeights.set(R.attachedTo, HEIGHTS.header);
  if (monthly) {
    put(R.dataAsOf, 1, `="(${FRAME_WORDS.dataAsOf} "&${dateText("dataAsOf")}&")"`);
    merges.push(whole(R.dataAsOf));
    styles.push({ address: cellAddress(R.dataAsOf, 1), style: { ...centred, italic: true } });
    rowHeights.set(R.dataAsOf, HEIGHTS.header);
  } else {
    // The plain table has no period rows: they shrink to a small gap.
    rowHeights.set(R.period, HEIGHTS.spacer / 2);
    rowHeights.set(R.dataAsOf, HEIGHTS.spacer / 2);
  }

  // Below the table: the two signature blocks, then "Nơi nhận:".
  const authority = ref("authority");
  const title = ref("signerTitle");
  put(below.signTitle, 1, FRAME_WORDS.preparer);
  put(below.signTitle, rightStart, `=IF(${authority}<>"",${authority},IF(${title}<>"",${title},"${FRAME_WORDS.head}"))`);
  put(below.signTitle2, rightStart, `=IF(${authority}<>"",${title},"")`);
  put(below.signHint, 1, FRAME_WORDS.signHint);
  put(below.signHint, rightStart, FRAME_WORDS.signHint);
  put(below.signName, 1, `=${orDots("preparer", FRAME_WORDS.nameDots)}`);
  put(below.signName, rightStart, `=${orDots("signer", FRAME_WORDS.nameDots)}`);
  for (const row of [below.signTitle, below.signTitle2, below.signHint, below.signSpace, below.signName]) {
    merges.push(left(row), right(row));
  }
  styles.push(
    { address: rangeAddress(below.signTitle, 1, below.signName, lastColumn), style: { ...centred, fontSize: SIZES.sign } },
    { address: rangeAddress(below.signTitle, 1, below.signTitle2, lastColumn), style: { bold: true } },
    { address: rangeAddress(below.signHint, 1, below.signHint, lastColumn), style: { italic: true, fontSize: SIZES.hint } },
    { address: rangeAddress(below.signName, 1, below.signName, lastColumn), style: { bold: true } },
  );
  for (const row of [below.signTitle, below.signTitle2, below.signName]) rowHeights.set(row, HEIGHTS.header);
  rowHeights.set(below.signHint, HEIGHTS.header);
  rowHeights.set(below.signSpace, HEIGHTS.signSpace);
  rowHeights.set(geometry.lastTableRow + 1, HEIGHTS.spacer);
  rowHeights.set(below.signName + 1, HEIGHTS.spacer);

  // "Nơi nhận:" only when there are recipients: item k of the list as "- …;", and right after the
  // last one "- Lưu: VT, …." (the list is split on ";" or line breaks by a formula Excel 2010 has).
  const recipients = ref("recipients");
  const items = `SUBSTITUTE(SUBSTITUTE(${recipients},CHAR(10),";"),";",REPT(" ",300))`;
  const item = (k: number): string => `TRIM(MID(${items},${(k - 1) * 300 + 1},300))`;
  const some = `TRIM(${recipients})<>""`;
  const archive = `"- ${FRAME_WORDS.archive}, "&${orDots("archive")}&"."`;
  put(below.recipientsHeading, 1, `=IF(${some},"${FRAME_WORDS.recipients}","")`);
  below.recipients.forEach((row, index) => {
    const k = index + 1;
    const afterLast = k === 1 ? some : `AND(${some},${item(k - 1)}<>"")`;
    put(row, 1, `=IF(${item(k)}<>"","- "&${item(k)}&";",IF(${afterLast},${archive},""))`);
  });
  put(below.archive, 1, `=IF(AND(${some},${item(RECIPIENT_LINES)}<>""),${archive},"")`);
  for (const row of [below.recipientsHeading, ...below.recipients, below.archive]) merges.push(left(row));
  styles.push(
    {
      address: cellAddress(below.recipientsHeading, 1),
      style: { bold: true, italic: true, fontSize: SIZES.recipientsHeading, horizontal: "left", vertical: "center" },
    },
    {
      address: rangeAddress(below.recipients[0], 1, below.archive, 1),
      style: { fontSize: SIZES.recipients, horizontal: "left", vertical: "center" },
    },
  );
  for (const row of [below.recipientsHeading, ...below.recipients, below.archive]) rowHeights.set(row, HEIGHTS.recipients);
  return inputs;
}

/** The block's "Đơn vị nhập số liệu" row: label, drop-down, name. */
function putFilledByInput(draft: SheetDraft, geometry: FrameGeometry, filledBy: string | undefined): void {
  const row = filledByInputRow(geometry.inputRow, geometry.monthly);
  const valueColumn = geometry.inputColumn + 1;
  const address = cellAddress(row, valueColumn);
  draft.put(row, geometry.inputColumn, FILLED_BY_INPUT_LABEL);
  if (filledBy) draft.put(row, valueColumn, filledBy);
  draft.styles.push(
    { address: rangeAddress(row, geometry.inputColumn, row, valueColumn), style: { border: true, vertical: "center" } },
    { address: cellAddress(row, geometry.inputColumn), style: { wrap: true, bold: true } },
    { address, style: { fill: INPUT_FILL, locked: false, wrap: true, horizontal: "left", bold: true, numberFormat: "@" } },
  );
  draft.validations.push(filledByValidation(address));
  draft.names.push({ name: filledByName(geometry.prefix), address: toAbsolute(address), comment: FILLED_BY_LABEL });
}

function documentNameSpec(prefix: string, spec: DocumentFieldSpec, address: string): NameSpec {
  return { name: documentName(prefix, spec.key), address: toAbsolute(address), comment: `Khung văn bản — ${spec.label}` };
}
