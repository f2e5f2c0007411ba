import { INDICATORS, SECTIONS, indicatorFullName } from "../../src/domain/catalog";
import { moveFormula } from "../../src/domain/check";
import { cellAddress, columnLetter, parseCell, toAbsolute } from "../../src/domain/layout/a1";
import { HIGHLIGHT_COLORS } from "../../src/domain/layout/palette";
import { defaultDocumentFields, documentFieldsOf, filledByInputRow, frameBottomRows } from "../../src/domain/layout/documentFrame";
import {
  COLUMNS,
  COLUMN_HEADERS,
  INPUT_BLOCK_ROW,
  ROWS,
  appendixRows,
  DEFAULT_APPENDIX_OPTIONS,
  buildAppendixLayout,
  filledByCellOf,
  indicatorName,
  MONTHLY_COLUMNS,
} from "../../src/domain/layout/appendixLayout";

const layout = buildAppendixLayout();
const cell = (address: string): unknown => {
  const { row, column } = parseCell(address);
  return layout.cells[row - 1]?.[column - 1];
};
/** The table's formulas: the frame's (over its input cells) left out. */
const tableFormulas = (sheet: typeof layout): string[] =>
  sheet.cells
    .slice(ROWS.headerTop - 1, appendixRows().lastRow)
    .flatMap((row) => row.slice(0, COLUMNS.note))
    .filter((c): c is string => typeof c === "string" && c.startsWith("="));

describe("appendix layout", () => {
  it("prints the plan's title with the year and unit", () => {
    expect(cell(`A${ROWS.label}`)).toBe("PHỤ LỤC");
    expect(cell(`A${ROWS.title}`)).toBe("CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ");
    expect(cell(`A${ROWS.subtitle}`)).toBe("CỦA SỞ DU LỊCH TỈNH KIÊN GIANG NĂM 2024");
    const other = buildAppendixLayout({ year: 2025, unitName: "Sở Văn hóa", formulas: "native" });
    expect(other.cells[ROWS.subtitle - 1][0]).toBe("CỦA SỞ VĂN HÓA NĂM 2025");
    expect(other.cells[ROWS.headerTop - 1][COLUMNS.unit - 1]).toBe("Thực hiện trong năm 2025");
    expect(other.sheetName).toBe("Phụ lục 2025");
  });

  /** The column headers left to right: the bottom header row where the top one is a group heading. */
  const headersOf = (sheet: typeof layout): unknown[] => {
    const top = sheet.cells[ROWS.headerTop - 1];
    const bottom = sheet.cells[ROWS.headerBottom - 1];
    const lastColumn = Math.max(...sheet.merges.filter((m) => m.startsWith(`A${ROWS.label}:`)).map((m) => parseCell(m.split(":")[1]).column));
    return Array.from({ length: lastColumn }, (_, i) => bottom[i] ?? top[i]);
  };

  it("keeps the plan's columns together and in its order, then b, a, Kết quả, Đánh giá, then Ghi chú", () => {
    const plan = ["STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Đơn vị tính", "Chỉ tiêu", "Căn cứ thực hiện"];
    expect(headersOf(layout)).toEqual([...plan, "Tử số (b)", "Mẫu số (a)", "Kết quả", "Đánh giá", "Ghi chú"]);
    const monthly = buildAppendixLayout({ ...DEFAULT_APPENDIX_OPTIONS, monthly: { period: { kind: "quarter", quarter: 1 } } });
    expect(headersOf(monthly)).toEqual([...plan, "Tử số (b)", "Mẫu số (a)", "Kết quả", "Đánh giá", "Kết quả", "Đánh giá", "Ghi chú"]);
    const top = layout.cells[ROWS.headerTop - 1];
    expect(top[COLUMNS.unit - 1]).toBe("Thực hiện trong năm 2024");
    expect(layout.merges).toContain(`E${ROWS.headerTop}:F${ROWS.headerTop}`);
    expect(COLUMN_HEADERS.numerator).toBe("Tử số (b)");
  });

  it("has a bold spanning row per section, then its indicators in the plan's words", () => {
    const rows = appendixRows();
    for (const section of SECTIONS) {
      const row = rows.sections.get(section.id)!;
      expect(layout.cells[row - 1][0]).toBe(section.id);
      expect(layout.cells[row - 1][1]).toBe(section.title);
      expect(layout.merges).toContain(`B${row}:L${row}`);
      expect(layout.styles.some((s) => s.address === `A${row}:L${row}` && s.style.bold)).toBe(true);
    }
    for (const indicator of INDICATORS) {
      const row = layout.cells[rows.indicators.get(indicator.code)! - 1];
      expect(row[COLUMNS.name - 1]).toBe(indicatorFullName(indicator));
      expect(row[COLUMNS.target - 1]).toBe(indicator.target.fraction);
      expect(row[COLUMNS.numerator - 1]).toBeNull();
      expect(row[COLUMNS.denominator - 1]).toBeNull();
    }
  });

  it("uses KPI functions in kpi mode and none in native mode", () => {
    const row = appendixRows().indicators.get("IV.1")!;
    // Kết quả shows the ratio only beside Đạt / Không đạt: never #N/A or #VALUE! on paper.
    expect(layout.cells[row - 1][COLUMNS.result - 1]).toBe(`=IF(OR(K${row}="Đạt",K${row}="Không đạt"),KPI.ONTIME(H${row},I${row}),"")`);
    expect(layout.cells[row - 1][COLUMNS.verdict - 1]).toBe(`=KPI.STATUS("IV.1",H${row},I${row},F${row})`);
    const native = buildAppendixLayout({ year: 2024, unitName: "x", formulas: "native" });
    const formulas = tableFormulas(native);
    expect(formulas).toHaveLength(22);
    expect(tableFormulas(layout).filter((f) => f.includes("KPI."))).toHaveLength(22);
    // The document frame is native formulas in every mode: it must print without the add-in.
    expect(native.cells.flat().some((c) => typeof c === "string" && c.includes("KPI."))).toBe(false);
    expect(formulas.some((f) => f.includes("KPI."))).toBe(false);
  });

  it("names every indicator's inputs, target and results, and the table", () => {
    const names = new Map(layout.names.map((n) => [n.name, n.address]));
    expect(names.get("KPI_TABLE")).toBe(`$A$${ROWS.headerTop}:$L$${appendixRows().lastRow}`);
    const row = appendixRows().indicators.get("III.4")!;
    expect(names.get(indicatorName("KPI", "III.4", "numerator"))).toBe(`$H$${row}`);
    expect(names.get(indicatorName("KPI", "III.4", "verdict"))).toBe(`$K$${row}`);
    // The table, 5 per indicator, the document frame's input cells and the unit that fills the workbook.
    expect(layout.names).toHaveLength(1 + 11 * 5 + documentFieldsOf(false).length + 1);
    expect(names.get("KPI_FILLED_BY")).toBe(toAbsolute(filledByCellOf({})));
    const prefixed = buildAppendixLayout({ year: 2024, unitName: "x", formulas: "kpi", namePrefix: "KPI2" });
    expect(prefixed.names.every((n) => n.name.startsWith("KPI2_"))).toBe(true);
  });

  it("unlocks exactly the cells staff fill and validates the inputs", () => {
    const unlocked = layout.styles.filter((s) => s.style.locked === false).map((s) => s.address);
    // b, a and Ghi chú of 11 indicators, the document frame's input cells, the "Đơn vị nhập số liệu" cell.
    expect(unlocked).toHaveLength(33 + documentFieldsOf(false).length + 1);
    expect(unlocked).toContain(filledByCellOf({}));
    const inputs = layout.validations.filter((v) => v.prompt.title === "Nhập số nguyên");
    expect(inputs).toHaveLength(11);
    expect(inputs[0].prompt.message).toMatch(/số nguyên/);
  });

  it("has the “Đơn vị nhập số liệu” drop-down last in the frame's input block, off paper, blank unless a unit is given", () => {
    const address = filledByCellOf({});
    const { row, column } = parseCell(address);
    expect(row).toBe(filledByInputRow(INPUT_BLOCK_ROW, false));
    expect(cell(cellAddress(row, column - 1))).toMatch(/^Đơn vị nhập số liệu \(không in/);
    expect(cell(address)).toBeNull();
    // Beside the table, outside the print area (row 4 is the frame's "Số: …" and the place and date).
    expect(column).toBeGreaterThan(COLUMNS.note);
    expect(cell(cellAddress(ROWS.numberAndDate, 1))).toMatch(/^="Số: "/);
    const list = layout.validations.find((v) => v.address === address)!;
    expect(list.list).toBe("Phòng Quản lý Du lịch,Văn phòng Sở,Thanh tra Sở,Cả Sở (tổng hợp)");
    expect(list.formula.length).toBeLessThanOrEqual(255);
    const marked = buildAppendixLayout({ ...DEFAULT_APPENDIX_OPTIONS, filledBy: "Thanh tra Sở" });
    expect(marked.cells[row - 1][column - 1]).toBe("Thanh tra Sở");
    expect(marked.names.find((n) => n.name === "KPI_FILLED_BY")).toMatchObject({ address: toAbsolute(address), comment: "Đơn vị nhập số liệu" });
  });

  it("makes a host unit that fills the workbook the frame's reporting unit, unless the frame's fields are given", () => {
    const inputOf = (sheet: typeof layout, name: string): unknown => {
      const { row, column } = parseCell(sheet.names.find((n) => n.name === name)!.address.replace(/\$/g, ""));
      return sheet.cells[row - 1][column - 1];
    };
    const unit = buildAppendixLayout({ ...DEFAULT_APPENDIX_OPTIONS, filledBy: "Thanh tra Sở" });
    expect(inputOf(unit, "KPI_DOC_ISSUER")).toBe("Thanh tra Sở");
    expect(inputOf(unit, "KPI_DOC_GOVERNING")).toBe("Sở Du lịch");
    const whole = buildAppendixLayout({ ...DEFAULT_APPENDIX_OPTIONS, filledBy: "Cả Sở (tổng hợp)" });
    expect(inputOf(whole, "KPI_DOC_ISSUER")).toBe("Sở Du lịch");
    expect(inputOf(whole, "KPI_FILLED_BY")).toBe("Cả Sở (tổng hợp)");
    const stated = buildAppendixLayout({ ...DEFAULT_APPENDIX_OPTIONS, filledBy: "Thanh tra Sở", document: defaultDocumentFields(null) });
    expect(inputOf(stated, "KPI_DOC_ISSUER")).toBe("Sở Du lịch");
    expect(inputOf(stated, "KPI_FILLED_BY")).toBe("Thanh tra Sở");
  });

  it("prints on A4 landscape, one page wide, repeating the header rows", () => {
    expect(layout.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      titleRows: `$${ROWS.headerTop}:$${ROWS.headerBottom}`,
      footer: "Trang &P/&N",
    });
    // The whole document, frame and signatures included, the legend and input block left out.
    expect(layout.print.printArea).toBe(`$A$1:$L$${frameBottomRows(appendixRows().lastRow).last}`);
    expect(layout.frozenRows).toBe(ROWS.headerBottom);
    expect(layout.font.name).toBe("Times New Roman");
  });

  it("keeps every conditional-format formula within 255 characters, wherever the table is moved", () => {
    // Per indicator: pass, two fail rules (invalid data, below the target) and neutral on each of
    // the two result cells, one invalid-input rule over b and a, the empty Ghi chú of a miss.
    expect(layout.conditionalFormats).toHaveLength(11 * (2 * 4 + 1 + 1));
    const lastRow = appendixRows().lastRow;
    const lastColumn = layout.columnWidths.length;
    // Here, at row 1,000 and column Z, and as far as the sheet goes (XFD1048576: 10-character references).
    const moves = [
      [0, 0],
      [999, 25],
      [1_048_576 - lastRow, 16_384 - lastColumn],
    ] as const;
    for (const [rows, columns] of moves) {
      for (const rule of layout.conditionalFormats) {
        const formula = moveFormula(rule.formula, rows, columns);
        expect({ rows, columns, kind: rule.kind, length: formula.length }).toEqual({ rows, columns, kind: rule.kind, length: Math.min(formula.length, 255) });
      }
    }
    const first = layout.conditionalFormats[0];
    const movedRow = 999 + parseCell(first.address.split(":")[0]).row;
    expect(moveFormula(first.formula, 999, 25)).toMatch(new RegExp(`[A-Z]{2}${movedRow}`)); // moved, not left in place
  });
});

describe("explanations of a miss on the appendix", () => {
  const rows = appendixRows();
  const monthly = buildAppendixLayout({ ...DEFAULT_APPENDIX_OPTIONS, monthly: { period: { kind: "month", month: 3 } } });

  it.each([
    ["plain", layout, COLUMNS.verdict, COLUMNS.note],
    ["monthly", monthly, MONTHLY_COLUMNS.verdict, MONTHLY_COLUMNS.note],
  ] as const)("marks the empty Ghi chú of a missed indicator (%s), reading Đánh giá and Ghi chú, under 255 characters", (_mode, sheet, verdict, note) => {
    const rules = sheet.conditionalFormats.filter((r) => r.kind === "missingNote");
    expect(rules).toHaveLength(11);
    const row = rows.indicators.get("IV.1")!;
    const rule = rules.find((r) => r.address === cellAddress(row, note))!;
    expect(rule.formula).toBe(`=AND($${columnLetter(verdict)}${row}="Không đạt",LEN(TRIM(${cellAddress(row, note)}))=0)`);
    expect(rule.formula.length).toBeLessThanOrEqual(255);
    expect(rule.style).toEqual(HIGHLIGHT_COLORS.missingNote);
  });

  it("asks in each Ghi chú's input message for the explanation; IV.1's covers the late dossiers, a − b", () => {
    const notes = layout.validations.filter((v) => parseCell(v.address.split(":")[0]).column === COLUMNS.note);
    expect(notes).toHaveLength(11);
    const iv1 = notes.find((v) => parseCell(v.address).row === rows.indicators.get("IV.1"))!;
    expect(iv1.prompt.message).toContain("trễ hạn");
    expect(iv1.prompt.message).toContain("mẫu số (a) − tử số (b)");
    for (const v of notes) expect(v.prompt.message.length).toBeLessThanOrEqual(255);
    expect(notes.filter((v) => v !== iv1).every((v) => v.prompt.message.includes("nguyên nhân"))).toBe(true);
  });
});
