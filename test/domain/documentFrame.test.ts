/**
 * The document frame of the appendix (Nghị định 30/2020/NĐ-CP) in the layout model, in both modes:
 * where each part stands and how it looks, its input cells and names, and what its formulas show
 * (HyperFormula) for a blank form and for a filled one.
 */
import { HyperFormula } from "hyperformula";
import { cellAddress, parseCell } from "../../src/domain/layout/a1";
import {
  COLUMNS,
  DEFAULT_APPENDIX_OPTIONS,
  INPUT_BLOCK_ROW,
  MONTHLY_COLUMNS,
  ROWS,
  appendixRows,
  buildAppendixLayout,
  inputValueColumn,
  legendColumnOf,
  type AppendixOptions,
} from "../../src/domain/layout/appendixLayout";
import {
  DEPARTMENT_DOCUMENT,
  FRAME_WORDS,
  defaultDocumentFields,
  documentFieldsOf,
  documentName,
  frameBottomRows,
  parseDocumentDate,
  recipientList,
  vietnameseDate,
  type DocumentFields,
} from "../../src/domain/layout/documentFrame";
import type { CellStyle, SheetLayout } from "../../src/domain/layout/model";
import { FILLED_DOCUMENT } from "../helpers/document";

const MONTHLY: AppendixOptions = { ...DEFAULT_APPENDIX_OPTIONS, monthly: { period: { kind: "quarter", quarter: 1 } } };
const below = frameBottomRows(appendixRows().lastRow);

/** The computed sheet: every cell of the layout evaluated (names are not needed by the frame). */
function shownSheet(layout: SheetLayout): (string | number | boolean | null)[][] {
  const data = layout.cells.map((row) => row.map((c) => (c === null ? null : typeof c === "string" && !c.startsWith("=") ? `'${c}` : c)));
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3" });
  try {
    return hf.getSheetValues(0).map((row) => row.map((v) => (v === null || typeof v !== "object" ? (v as string | number | boolean | null) : String(v))));
  } finally {
    hf.destroy();
  }
}

/** What the printed cell at (row, column) shows. */
const at = (shown: ReturnType<typeof shownSheet>, row: number, column: number): unknown => shown[row - 1]?.[column - 1] ?? null;

/** The effective style of a cell (later styles win). */
function styleOf(layout: SheetLayout, address: string): CellStyle {
  const { row, column } = parseCell(address);
  return layout.styles
    .filter((s) => {
      const [from, to = from] = s.address.split(":").map(parseCell);
      return row >= from.row && row <= to.row && column >= from.column && column <= to.column;
    })
    .reduce<CellStyle>((acc, s) => ({ ...acc, ...s.style }), {});
}

describe.each([
  ["plain", DEFAULT_APPENDIX_OPTIONS, COLUMNS.note],
  ["monthly", MONTHLY, MONTHLY_COLUMNS.note],
] as const)("the document frame (%s)", (mode, options, lastColumn) => {
  const blank = buildAppendixLayout(options);
  const filled = buildAppendixLayout({ ...options, document: FILLED_DOCUMENT });
  const right = COLUMNS.unit;

  it("puts the bodies left and the national name and motto right, each with its rule", () => {
    const shown = shownSheet(blank);
    expect(at(shown, ROWS.bodies, 1)).toBe("UBND TỈNH KIÊN GIANG");
    expect(at(shown, ROWS.issuer, 1)).toBe("SỞ DU LỊCH");
    expect(at(shown, ROWS.bodies, right)).toBe(FRAME_WORDS.nation);
    expect(at(shown, ROWS.issuer, right)).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(blank.merges).toEqual(expect.arrayContaining([`A${ROWS.bodies}:D${ROWS.bodies}`, `E${ROWS.bodies}:${cellAddress(ROWS.bodies, lastColumn)}`]));
    // Nghị định 30: the governing body plain, the issuing body, national name and motto bold.
    expect(styleOf(blank, `A${ROWS.bodies}`).bold).toBeUndefined();
    expect(styleOf(blank, `A${ROWS.issuer}`)).toMatchObject({ bold: true, fontSize: 13, horizontal: "center" });
    expect(styleOf(blank, `E${ROWS.bodies}`)).toMatchObject({ bold: true, fontSize: 13 });
    expect(styleOf(blank, `E${ROWS.issuer}`)).toMatchObject({ bold: true });
    // The rules: underlined spaces, a third to a half of the issuing body, as long as the motto.
    const issuerRule = String(at(shown, ROWS.rules, 1));
    const mottoRule = String(at(shown, ROWS.rules, right));
    expect(issuerRule.trim()).toBe("");
    expect(mottoRule.trim()).toBe("");
    expect(issuerRule.length).toBeGreaterThan(5);
    expect(mottoRule.length).toBeGreaterThan(issuerRule.length * 2);
    expect(styleOf(blank, `A${ROWS.rules}`)).toMatchObject({ underline: true });
    expect(styleOf(blank, `E${ROWS.rules}`)).toMatchObject({ underline: true });
  });

  it("shows dots for the number, the date and the names when they are unknown, never invented", () => {
    const shown = shownSheet(blank);
    expect(at(shown, ROWS.numberAndDate, 1)).toBe("Số: …/BC-SDL");
    expect(at(shown, ROWS.numberAndDate, right)).toBe("Kiên Giang, ngày … tháng … năm …");
    expect(styleOf(blank, `E${ROWS.numberAndDate}`)).toMatchObject({ italic: true });
    expect(at(shown, ROWS.attachedTo, 1)).toBe("(Kèm theo Báo cáo số …/BC-SDL ngày … tháng … năm … của Sở Du lịch)");
    expect(styleOf(blank, `A${ROWS.attachedTo}`)).toMatchObject({ italic: true });
    expect(at(shown, below.signName, 1)).toBe(FRAME_WORDS.nameDots);
    expect(at(shown, below.signName, right)).toBe(FRAME_WORDS.nameDots);
    // No recipients: no "Nơi nhận:" block at all.
    for (const row of [below.recipientsHeading, ...below.recipients, below.archive]) expect(at(shown, row, 1)).toBe("");
  });

  it("shows what is filled in, dates as Nghị định 30 writes them", () => {
    const shown = shownSheet(filled);
    expect(at(shown, ROWS.numberAndDate, 1)).toBe("Số: 12/BC-SDL");
    expect(at(shown, ROWS.numberAndDate, right)).toBe("Kiên Giang, ngày 05 tháng 4 năm 2024");
    expect(at(shown, ROWS.attachedTo, 1)).toBe("(Kèm theo Báo cáo số 12/BC-SDL ngày 05 tháng 4 năm 2024 của Sở Du lịch)");
    expect(at(shown, below.signName, 1)).toBe("Trần Thị B");
    expect(at(shown, below.signName, right)).toBe("Nguyễn Văn A");
    expect(styleOf(filled, cellAddress(below.signName, right))).toMatchObject({ bold: true });
    expect(at(shown, below.recipientsHeading, 1)).toBe("Nơi nhận:");
    expect(styleOf(filled, `A${below.recipientsHeading}`)).toMatchObject({ bold: true, italic: true, fontSize: 12 });
    // "- Lưu: VT, …" right after the last recipient, no gap.
    expect([...below.recipients, below.archive].map((row) => at(shown, row, 1))).toEqual([
      "- VP.UBND tỉnh;",
      "- Sở Nội vụ;",
      "- BGĐ Sở;",
      "- Các phòng thuộc Sở;",
      "- Lưu: VT, nthuc.",
      "",
      "",
    ]);
    // A full list: the filing line on the last row.
    const full = shownSheet(buildAppendixLayout({ ...options, document: { recipients: "A; B; C; D; E; F; G" } }));
    expect([...below.recipients, below.archive].map((row) => at(full, row, 1))).toEqual([
      "- A;",
      "- B;",
      "- C;",
      "- D;",
      "- E;",
      "- F;",
      "- Lưu: VT, ….",
    ]);
    expect(styleOf(filled, `A${below.archive}`)).toMatchObject({ fontSize: 11 });
  });

  it("signs as the plan does for the Sở, with room to sign, and as THỦ TRƯỞNG ĐƠN VỊ for a unit", () => {
    const shown = shownSheet(blank);
    expect([at(shown, below.signTitle, 1), at(shown, below.signHint, 1)]).toEqual(["NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"]);
    expect([at(shown, below.signTitle, right), at(shown, below.signTitle2, right), at(shown, below.signHint, right)]).toEqual([
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "(Ký, ghi rõ họ tên)",
    ]);
    expect(styleOf(blank, cellAddress(below.signTitle, right))).toMatchObject({ bold: true });
    expect(styleOf(blank, cellAddress(below.signHint, right))).toMatchObject({ italic: true });
    expect(blank.rowHeights.get(below.signSpace)).toBeGreaterThanOrEqual(50);
    // The signature stays right below the table: one small gap row.
    expect(below.signTitle).toBe(appendixRows().lastRow + 2);

    const unit = shownSheet(buildAppendixLayout({ ...options, document: defaultDocumentFields("Phòng Quản lý Du lịch") }));
    expect([at(unit, ROWS.bodies, 1), at(unit, ROWS.issuer, 1)]).toEqual(["SỞ DU LỊCH", "PHÒNG QUẢN LÝ DU LỊCH"]);
    expect([at(unit, below.signTitle, right), at(unit, below.signTitle2, right)]).toEqual(["THỦ TRƯỞNG ĐƠN VỊ", ""]);
    expect(at(unit, ROWS.attachedTo, 1)).toBe("(Kèm theo Báo cáo số …/BC-SDL ngày … tháng … năm … của Phòng Quản lý Du lịch)");
  });

  it("keeps every variable part in a named, unlocked input cell beside the table, off the printed page", () => {
    const fields = documentFieldsOf(mode === "monthly");
    const names = new Map(filled.names.map((n) => [n.name, n.address]));
    const valueColumn = inputValueColumn(options);
    fields.forEach((spec, index) => {
      const address = names.get(documentName("KPI", spec.key))!;
      const { row, column } = parseCell(address.replace(/\$/g, ""));
      expect([row, column]).toEqual([INPUT_BLOCK_ROW + 2 + index, valueColumn]);
      expect(filled.cells[row - 1][legendColumnOf(options) - 1]).toBe(spec.label);
      expect(styleOf(filled, cellAddress(row, column))).toMatchObject({ locked: false });
    });
    const date = parseCell(names.get(documentName("KPI", "date"))!.replace(/\$/g, ""));
    expect(filled.cells[date.row - 1][date.column - 1]).toBe(45387); // 2024-04-05
    expect(styleOf(filled, cellAddress(date.row, date.column)).numberFormat).toBe("dd/mm/yyyy");
    expect(filled.validations.some((v) => v.address === cellAddress(date.row, date.column))).toBe(true);
    const number = parseCell(names.get(documentName("KPI", "number"))!.replace(/\$/g, ""));
    // Text stays text: "05" keeps its zero.
    expect(styleOf(filled, cellAddress(number.row, number.column)).numberFormat).toBe("@");
    // Blank ones stay blank; the bodies start from the Sở's.
    expect(blank.cells[number.row - 1][number.column - 1]).toBeNull();
    const issuer = parseCell(names.get(documentName("KPI", "issuingBody"))!.replace(/\$/g, ""));
    expect(blank.cells[issuer.row - 1][issuer.column - 1]).toBe(DEPARTMENT_DOCUMENT.issuingBody);
    // Off the printed page: the print area ends at the last column of the table.
    expect(blank.print.printArea).toBe(`$A$1:$${cellAddress(1, lastColumn).replace(/\d+$/, "")}$${below.last}`);
    expect(valueColumn).toBeGreaterThan(lastColumn);
  });

  it("gives every row of the document a height, so rows of an older sheet never keep theirs", () => {
    for (let row = 1; row <= below.last; row++) {
      if (row > below.signName + 1 && row < below.recipientsHeading) continue;
      expect([row, blank.rowHeights.has(row)]).toEqual([row, true]);
    }
  });
});

describe("the monthly frame", () => {
  it("states the report period and when the data was taken", () => {
    const shown = shownSheet(buildAppendixLayout({ ...MONTHLY, document: FILLED_DOCUMENT }));
    expect(at(shown, ROWS.dataAsOf, 1)).toBe("(Số liệu tính đến ngày 31 tháng 3 năm 2024)");
    expect(at(shown, ROWS.period, MONTHLY_COLUMNS.numerator)).toBe("Quý I");
    const blankShown = shownSheet(buildAppendixLayout(MONTHLY));
    expect(at(blankShown, ROWS.dataAsOf, 1)).toBe("(Số liệu tính đến ngày … tháng … năm …)");
    // The plain table has no such line.
    expect(buildAppendixLayout({ ...DEFAULT_APPENDIX_OPTIONS, document: FILLED_DOCUMENT }).cells[ROWS.dataAsOf - 1][0]).toBeNull();
  });
});

describe("document values", () => {
  it("reads dates as ISO or day/month/year, and refuses what is no date", () => {
    expect(parseDocumentDate("2024-04-05")).toEqual({ year: 2024, month: 4, day: 5 });
    expect(parseDocumentDate("5/4/2024")).toEqual({ year: 2024, month: 4, day: 5 });
    expect(parseDocumentDate("31/02/2024")).toBeUndefined();
    expect(parseDocumentDate("2024-13-01")).toBeUndefined();
    expect(parseDocumentDate("hôm nay")).toBeUndefined();
  });

  it("writes dates with Nghị định 30's leading zeros: days below 10, months 1 and 2", () => {
    expect(vietnameseDate({ year: 2024, month: 4, day: 5 })).toBe("ngày 05 tháng 4 năm 2024");
    expect(vietnameseDate({ year: 2024, month: 2, day: 15 })).toBe("ngày 15 tháng 02 năm 2024");
    expect(vietnameseDate(undefined)).toBe("ngày … tháng … năm …");
  });

  it("splits recipients on ; or line breaks, without dashes, empty items or end punctuation", () => {
    expect(recipientList("- VP.UBND tỉnh;\n- Sở Nội vụ;;  BGĐ Sở.\n")).toEqual(["VP.UBND tỉnh", "Sở Nội vụ", "BGĐ Sở"]);
    expect(recipientList(undefined)).toEqual([]);
  });

  it("starts a unit's own report under the Sở", () => {
    const unit: DocumentFields = defaultDocumentFields("Văn phòng Sở");
    expect(unit).toMatchObject({ governingBody: "Sở Du lịch", issuingBody: "Văn phòng Sở", authority: "", signerTitle: "THỦ TRƯỞNG ĐƠN VỊ" });
    expect(defaultDocumentFields(null)).toBe(DEPARTMENT_DOCUMENT);
    expect(defaultDocumentFields("Sở Du lịch")).toBe(DEPARTMENT_DOCUMENT);
  });
});
