import { INDICATORS, SECTIONS, indicatorFullName } from "../../src/domain/catalog";
import { moveFormula } from "../../src/domain/check";
import { parseCell } from "../../src/domain/layout/a1";
import {
  COLUMNS,
  COLUMN_HEADERS,
  ROWS,
  appendixRows,
  DEFAULT_APPENDIX_OPTIONS,
  buildAppendixLayout,
  indicatorName,
} from "../../src/domain/layout/appendixLayout";

const layout = buildAppendixLayout();
const cell = (address: string): unknown => {
  const { row, column } = parseCell(address);
  return layout.cells[row - 1]?.[column - 1];
};

describe("appendix layout", () => {
  it("prints the plan's title with the year and unit", () => {
    expect(cell("A1")).toBe("PHỤ LỤC");
    expect(cell("A2")).toBe("CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ");
    expect(cell("A3")).toBe("CỦA SỞ DU LỊCH TỈNH KIÊN GIANG NĂM 2024");
    const other = buildAppendixLayout({ year: 2025, unitName: "Sở Văn hóa", formulas: "native" });
    expect(other.cells[2][0]).toBe("CỦA SỞ VĂN HÓA NĂM 2025");
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
    const formulas = native.cells.flat().filter((c): c is string => typeof c === "string" && c.startsWith("="));
    expect(formulas).toHaveLength(22);
    expect(formulas.some((f) => f.includes("KPI."))).toBe(false);
  });

  it("names every indicator's inputs, target and results, and the table", () => {
    const names = new Map(layout.names.map((n) => [n.name, n.address]));
    expect(names.get("KPI_TABLE")).toBe(`$A$${ROWS.headerTop}:$L$${appendixRows().lastRow}`);
    const row = appendixRows().indicators.get("III.4")!;
    expect(names.get(indicatorName("KPI", "III.4", "numerator"))).toBe(`$H$${row}`);
    expect(names.get(indicatorName("KPI", "III.4", "verdict"))).toBe(`$K$${row}`);
    expect(layout.names).toHaveLength(1 + 11 * 5);
    const prefixed = buildAppendixLayout({ year: 2024, unitName: "x", formulas: "kpi", namePrefix: "KPI2" });
    expect(prefixed.names.every((n) => n.name.startsWith("KPI2_"))).toBe(true);
  });

  it("unlocks exactly the cells staff fill and validates the inputs", () => {
    const unlocked = layout.styles.filter((s) => s.style.locked === false).map((s) => s.address);
    expect(unlocked).toHaveLength(33);
    expect(layout.validations).toHaveLength(11);
    expect(layout.validations[0].prompt.message).toMatch(/số nguyên/);
  });

  it("prints on A4 landscape, one page wide, repeating the header rows", () => {
    expect(layout.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToPagesWide: 1, titleRows: "$5:$6" });
    expect(layout.frozenRows).toBe(ROWS.headerBottom);
    expect(layout.font.name).toBe("Times New Roman");
  });

  it("keeps every conditional-format formula within 255 characters, wherever the table is moved", () => {
    // Per indicator: pass, two fail rules (invalid data, below the target) and neutral on each of
    // the two result cells, one invalid-input rule over b and a.
    expect(layout.conditionalFormats).toHaveLength(11 * (2 * 4 + 1));
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
    expect(moveFormula(layout.conditionalFormats[0].formula, 999, 25)).toMatch(/[A-Z]{2}1007/); // moved, not left in place
  });
});
