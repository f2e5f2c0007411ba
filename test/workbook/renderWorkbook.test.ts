/**
 * The standalone workbook read back with exceljs and as raw XML: it must carry everything the
 * layout model describes, with native formulas only.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Workbook, type Cell, type Worksheet } from "exceljs";
import { INDICATORS, PLAN, indicatorFullName } from "../../src/domain/catalog";
import {
  COLUMNS,
  COLUMN_HEADERS,
  LEGEND_ENTRIES,
  LEGEND_TITLE,
  ROWS,
  appendixRows,
  buildAppendixLayout,
  filledByCellOf,
  isListValidation,
} from "../../src/domain/layout/appendixLayout";
import type { SheetLayout } from "../../src/domain/layout/model";
import { defaultDocumentFields, documentFieldsOf, frameBottomRows } from "../../src/domain/layout/documentFrame";
import { HIGHLIGHT_COLORS } from "../../src/domain/layout/palette";
import {
  buildStandaloneWorkbook,
  buildStandaloneWorkbookBuffer,
  defaultWorkbookFileName,
  patchDefaultFont,
  patchNameComments,
  renderSheetLayout,
  standaloneLayoutOptions,
  writeStandaloneWorkbook,
} from "../../src/workbook/renderWorkbook";
import { readZipText } from "./helpers/zip";

const SHEET = "Phụ lục 2024";
const layout: SheetLayout = buildAppendixLayout({ year: 2024, unitName: PLAN.unitName, formulas: "native" });
const rows = appendixRows();

let bytes: Uint8Array;
let parts: Map<string, string>;
let sheet: Worksheet;
let workbook: Workbook;

async function readBack(data: Uint8Array): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return book;
}

beforeAll(async () => {
  bytes = await writeStandaloneWorkbook();
  parts = readZipText(bytes);
  workbook = await readBack(bytes);
  sheet = workbook.getWorksheet(SHEET)!;
});

const part = (name: string): string => {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`missing part ${name}`);
  return xml;
};
const sheetXml = (): string => part("xl/worksheets/sheet1.xml");
/** exceljs cells (a plain function, so the Office.js lint rules do not take them for proxies). */
const cellAt = (row: number, column: number): Cell => sheet.getCell(row, column);
const xmlText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

describe("standalone workbook: content", () => {
  it("has one sheet named after the year, with the plan's titles", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([SHEET]);
    expect(cellAt(ROWS.label, 1).value).toBe("PHỤ LỤC");
    expect(cellAt(ROWS.title, 1).value).toBe("CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ");
    expect(cellAt(ROWS.subtitle, 1).value).toBe("CỦA SỞ DU LỊCH TỈNH KIÊN GIANG NĂM 2024");
    expect(cellAt(ROWS.label, 1).font.bold).toBe(true);
  });

  it("has the headers in exact words, merged as the plan prints them", () => {
    const headerRow = (key: keyof typeof COLUMNS): number =>
      key === "unit" || key === "target" ? ROWS.headerBottom : ROWS.headerTop;
    for (const key of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
      expect(sheet.getCell(headerRow(key), COLUMNS[key]).value).toBe(COLUMN_HEADERS[key]);
    }
    for (const header of ["Tử số (b)", "Mẫu số (a)", "Kết quả", "Đánh giá"]) {
      expect(sheet.getRow(ROWS.headerTop).values).toContain(header);
    }
    const H = ROWS.headerTop;
    expect(cellAt(H, COLUMNS.unit).value).toBe("Thực hiện trong năm 2024");
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual([...layout.merges].sort());
    expect(merges).toEqual(expect.arrayContaining([`A${ROWS.label}:L${ROWS.label}`, `E${H}:F${H}`, `A${H}:A${H + 1}`, `G${H}:G${H + 1}`, `J${H}:J${H + 1}`]));
  });

  it("lists the 11 indicators in the plan's order with the catalog's words", () => {
    const indicatorRows = [...rows.indicators.values()];
    expect(indicatorRows).toHaveLength(11);
    INDICATORS.forEach((indicator, index) => {
      const row = indicatorRows[index];
      expect(sheet.getCell(row, COLUMNS.stt).value).toBe(indicator.stt);
      expect(sheet.getCell(row, COLUMNS.name).value).toBe(indicatorFullName(indicator));
      expect(sheet.getCell(row, COLUMNS.hostUnit).value).toBe(indicator.hostUnit);
      expect(sheet.getCell(row, COLUMNS.partnerUnits).value).toBe("Các phòng thuộc Sở");
      expect(sheet.getCell(row, COLUMNS.unit).value).toBe("%");
      expect(sheet.getCell(row, COLUMNS.target).value).toBe(indicator.target.fraction);
      expect(sheet.getCell(row, COLUMNS.target).numFmt).toBe(
        indicator.target.kind === "minimum" ? '"Tối thiểu "0%' : "0%",
      );
      expect(sheet.getCell(row, COLUMNS.legalBasis).value).toBe(indicator.legalBasis);
      expect(sheet.getCell(row, COLUMNS.numerator).value).toBeNull();
      expect(sheet.getCell(row, COLUMNS.denominator).value).toBeNull();
    });
  });

  it("holds every cell of the model, formulas included", () => {
    layout.cells.forEach((cells, r) =>
      cells.forEach((content, c) => {
        if (content === null) return;
        const cell = cellAt(r + 1, c + 1);
        if (cell.isMerged && cell.master.address !== cell.address) return;
        if (typeof content === "string" && content.startsWith("=")) {
          expect(cell.formula).toBe(content.slice(1));
        } else {
          expect(cell.value).toBe(content);
        }
      }),
    );
  });

  it("computes with native formulas only: every result and verdict cell is one, and no KPI.* anywhere", () => {
    for (const row of rows.indicators.values()) {
      for (const column of [COLUMNS.result, COLUMNS.verdict]) {
        const cell = cellAt(row, column);
        expect(cell.type).toBe(6); // ValueType.Formula
        expect(cell.formula).not.toMatch(/KPI\./);
      }
      expect(sheet.getCell(row, COLUMNS.result).numFmt).toBe("0.00%");
    }
    for (const [name, xml] of parts) expect({ name, kpi: xml.includes("KPI.") }).toEqual({ name, kpi: false });
    // The table's 22, and the document frame's (native too: it prints without the add-in).
    const formulas = layout.cells.flat().filter((c) => typeof c === "string" && c.startsWith("=")).length;
    expect(sheetXml().match(/<f>/g)).toHaveLength(formulas);
    expect(formulas).toBeGreaterThan(22);
  });

  it("asks Excel to compute everything on open (no cached results are stored)", () => {
    expect(part("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(sheetXml()).not.toMatch(/<f>[^<]*<\/f><v>/);
  });

  it("shows the colour legend beside the table", () => {
    const column = COLUMNS.note + 2;
    expect(sheet.getCell(ROWS.headerTop, column).value).toBe(LEGEND_TITLE);
    LEGEND_ENTRIES.forEach((entry, index) => {
      const cell = cellAt(ROWS.headerTop + 1 + index, column);
      expect(cell.value).toBe(entry.text);
      const fill = cell.fill as { fgColor?: { argb?: string } };
      expect(fill.fgColor?.argb).toBe(`FF${HIGHLIGHT_COLORS[entry.kind].fill.slice(1)}`);
      expect(cell.font.color?.argb).toBe(`FF${HIGHLIGHT_COLORS[entry.kind].fontColor.slice(1)}`);
    });
  });

  it("follows the year and unit options", async () => {
    const other = await readBack(await writeStandaloneWorkbook({ year: 2025, unitName: "  Sở Văn hóa và Thể thao " }));
    const otherSheet = other.getWorksheet("Phụ lục 2025")!;
    expect(otherSheet.getCell(ROWS.subtitle, 1).value).toBe("CỦA SỞ VĂN HÓA VÀ THỂ THAO NĂM 2025");
    expect(otherSheet.getCell(ROWS.headerTop, COLUMNS.unit).value).toBe("Thực hiện trong năm 2025");
    expect(other.definedNames.getRanges("KPI_IV_1_B").ranges).toEqual([`'Phụ lục 2025'!$H$${rows.indicators.get("IV.1")}`]);
    expect(defaultWorkbookFileName(2025)).toBe("PhuLuc-2025.xlsx");
  });

  it("rejects a year or unit the CLI would reject", () => {
    expect(() => standaloneLayoutOptions({ year: 1999 })).toThrow(RangeError);
    expect(() => standaloneLayoutOptions({ year: 2024.5 })).toThrow(/4-digit/);
    expect(() => standaloneLayoutOptions({ unitName: "   " })).toThrow(/empty/);
    expect(standaloneLayoutOptions({})).toEqual({ year: 2024, unitName: PLAN.unitName, formulas: "native", document: defaultDocumentFields(null) });
  });
});

describe("standalone workbook: formats", () => {
  it("uses Times New Roman everywhere, the default (Normal) font included", () => {
    const styles = part("xl/styles.xml");
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1];
    const names = [...fonts.matchAll(/<name val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names)).toEqual(new Set(["Times New Roman"]));
    expect(fonts).toMatch(/^<font><sz val="12"\/><name val="Times New Roman"\/>/);
    expect(styles).not.toMatch(/Calibri/);
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => expect(cell.font?.name).toBe("Times New Roman")),
    );
    expect(sheet.getColumn(COLUMNS.note).font?.name).toBe("Times New Roman");
  });

  it("sets the model's column widths and row heights", () => {
    layout.columnWidths.forEach((width, index) => expect(sheet.getColumn(index + 1).width).toBe(width));
    for (const [row, height] of layout.rowHeights) expect(sheet.getRow(row).height).toBe(height);
  });

  it("applies the model's fills, borders, alignment and number formats", () => {
    const header = cellAt(ROWS.headerTop, COLUMNS.name);
    expect((header.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFDDEBF7");
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    const row = rows.indicators.get("IV.1")!;
    expect((sheet.getCell(row, COLUMNS.numerator).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFFF9E5");
    expect(sheet.getCell(row, COLUMNS.numerator).numFmt).toBe("#,##0");
    for (const column of [1, COLUMNS.name, COLUMNS.verdict, COLUMNS.note]) {
      expect(sheet.getCell(row, column).border).toMatchObject({
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      });
    }
    expect(cellAt(ROWS.label, 1).border ?? {}).toEqual({});
    // The document frame: the motto's rule is underlined spaces, the date line italic.
    expect(cellAt(ROWS.rules, COLUMNS.unit).font.underline).toBeTruthy();
    expect(cellAt(ROWS.numberAndDate, COLUMNS.unit).font.italic).toBe(true);
  });

  it("freezes the header rows", () => {
    const first = `A${ROWS.headerBottom + 1}`;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: ROWS.headerBottom, topLeftCell: first });
    expect(sheetXml()).toContain(`<pane ySplit="${ROWS.headerBottom}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/>`);
  });

  it("prints on A4 landscape, one page wide, repeating the header rows, within the margins", () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const xml = sheetXml();
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"\/>/);
    // Cells holding an error print blank (Excel's "Cell errors as: <blank>").
    expect(xml).toMatch(/<pageSetup [^>]*errors="blank"/);
    const margins = /<pageMargins ([^>]*)\/>/.exec(xml)![1];
    const margin = (side: string): number => Number(new RegExp(`${side}="([\\d.]+)"`).exec(margins)![1]);
    expect(margin("left")).toBeCloseTo(2 / 2.54, 3);
    expect(margin("right")).toBeCloseTo(1.5 / 2.54, 3);
    expect(margin("top")).toBeCloseTo(2 / 2.54, 3);
    expect(margin("bottom")).toBeCloseTo(2 / 2.54, 3);
    expect(margin("header")).toBeLessThan(margin("top"));
    const book = part("xl/workbook.xml");
    // The whole document, frame and signatures included.
    const last = frameBottomRows(rows.lastRow).last;
    expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;${SHEET}&apos;!$A$1:$L$${last}</definedName>`);
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${SHEET}&apos;!$${ROWS.headerTop}:$${ROWS.headerBottom}</definedName>`,
    );
    // "Trang 1/2" in the footer, in the sheet's font.
    expect(xml).toContain("<oddFooter>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12Trang &amp;P/&amp;N</oddFooter>");
  });
});

describe("standalone workbook: validation, highlighting, names, protection", () => {
  it("validates every input cell with the model's rule, prompt and stop error", () => {
    const inputs = [...rows.indicators.values()].flatMap((row) => [
      sheet.getCell(row, COLUMNS.numerator),
      sheet.getCell(row, COLUMNS.denominator),
    ]);
    expect(inputs).toHaveLength(22);
    // Ghi chú asks for the explanation of a miss in its input message.
    expect(cellAt(rows.indicators.get("IV.1")!, COLUMNS.note).dataValidation).toMatchObject({ type: "custom", showInputMessage: true, promptTitle: "Ghi chú, giải trình" });
    for (const cell of inputs) {
      const spec = layout.validations.find((v) => v.address === `H${cell.row}:I${cell.row}`)!;
      expect(cell.dataValidation).toMatchObject({
        type: "custom",
        allowBlank: true,
        formulae: [spec.formula.slice(1)],
        showInputMessage: true,
        promptTitle: spec.prompt.title,
        prompt: spec.prompt.message,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: spec.error.title,
        error: spec.error.message,
      });
    }
    const xml = sheetXml();
    for (const spec of layout.validations.filter((v) => !isListValidation(v))) {
      expect(xml).toContain(`sqref="${spec.address}"><formula1>${xmlText(spec.formula.slice(1))}</formula1>`);
    }
    expect(xml.match(/<dataValidation /g)).toHaveLength(layout.validations.length);
    // The "Đơn vị nhập số liệu" drop-down: its items written out, in quotes, blank allowed.
    expect(sheet.getCell(filledByCellOf({})).dataValidation).toMatchObject({
      type: "list",
      allowBlank: true,
      formulae: ['"Phòng Quản lý Du lịch,Văn phòng Sở,Thanh tra Sở,Cả Sở (tổng hợp)"'],
    });
  });

  it("writes every highlight rule as an expression rule with its own dxf colours", () => {
    const xml = sheetXml();
    const rules = [
      ...xml.matchAll(
        /<conditionalFormatting sqref="([^"]+)"><cfRule type="expression" dxfId="(\d+)" priority="(\d+)"><formula>([^<]*)<\/formula><\/cfRule><\/conditionalFormatting>/g,
      ),
    ];
    expect(rules).toHaveLength(layout.conditionalFormats.length);
    const dxfs = [...(/<dxfs count="(\d+)">([\s\S]*?)<\/dxfs>/.exec(part("xl/styles.xml"))?.[2] ?? "").matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map(
      (m) => m[1],
    );
    expect(dxfs.length).toBeGreaterThanOrEqual(4);
    layout.conditionalFormats.forEach((spec, index) => {
      const [, sqref, dxfId, priority, formula] = rules[index];
      expect(sqref).toBe(spec.address);
      expect(Number(priority)).toBe(index + 1);
      expect(formula).toBe(xmlText(spec.formula.slice(1)));
      const dxf = dxfs[Number(dxfId)];
      expect(dxf).toContain(`<font><color rgb="FF${spec.style.fontColor.slice(1)}"/></font>`);
      expect(dxf).toContain(`<patternFill patternType="solid"><bgColor rgb="FF${spec.style.fill.slice(1)}"/></patternFill>`);
    });
    const kinds = new Set(layout.conditionalFormats.map((c) => c.kind));
    expect(kinds).toEqual(new Set(["pass", "fail", "neutral", "invalidInput", "missingNote"]));
  });

  it("defines the model's names with sheet-qualified absolute references and their comments", () => {
    const book = part("xl/workbook.xml");
    expect(layout.names.length).toBe(56 + documentFieldsOf(false).length + 1);
    for (const name of layout.names) {
      expect(workbook.definedNames.getRanges(name.name).ranges).toEqual([`'${SHEET}'!${name.address}`]);
      expect(book).toContain(
        `<definedName name="${name.name}" comment="${xmlText(name.comment)}">&apos;${SHEET}&apos;!${name.address}</definedName>`,
      );
    }
  });

  it("protects the sheet without a password, leaving exactly the input and note cells unlocked", () => {
    const xml = sheetXml();
    const protection = /<sheetProtection [^>]*\/>/.exec(xml)![0];
    expect(protection).toContain('sheet="1"');
    expect(protection).not.toMatch(/hashValue|password|saltValue/);
    expect(protection).toContain('formatColumns="0"'); // users may still resize columns and rows
    const unlocked: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.protection?.locked === false) unlocked.push(cell.address);
      }),
    );
    // The frame's inputs and the "Đơn vị nhập số liệu" cell, in the block beside the table.
    const frame = layout.names.filter((n) => n.name.includes("_DOC_")).map((n) => n.address.replace(/\$/g, ""));
    const expected = [
      ...[...rows.indicators.values()].flatMap((row) =>
        [COLUMNS.numerator, COLUMNS.denominator, COLUMNS.note].map((column) => sheet.getCell(row, column).address),
      ),
      ...frame,
      filledByCellOf({}),
    ];
    expect(unlocked.sort()).toEqual(expected.sort());
  });

  it("leaves the sheet unprotected on request", async () => {
    const parts2 = readZipText(await writeStandaloneWorkbook({ protect: false }));
    expect(parts2.get("xl/worksheets/sheet1.xml")).not.toContain("<sheetProtection");
  });
});

describe("standalone workbook: API", () => {
  it("returns the same file as an ArrayBuffer for the task pane", async () => {
    const buffer = await buildStandaloneWorkbookBuffer();
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    const view = new Uint8Array(buffer);
    expect([view[0], view[1]]).toEqual([0x50, 0x4b]); // "PK"
    expect(Math.abs(buffer.byteLength - bytes.byteLength)).toBeLessThan(64);
    expect(readZipText(view).get("xl/worksheets/sheet1.xml")).toBe(sheetXml());
  });

  it("builds an exceljs workbook that can still be edited before writing", async () => {
    const book = await buildStandaloneWorkbook({ year: 2030 });
    expect(book.worksheets[0].name).toBe("Phụ lục 2030");
    expect(book.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it("keeps node-only modules out of the browser-safe module graph", () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/^(?:import|export)[^;]*?from "([^"]+)";/gms)) {
        const specifier = match[1];
        expect({ file, specifier, nodeOnly: /^node:|^(fs|path|os|child_process|crypto)$/.test(specifier) }).toEqual({
          file,
          specifier,
          nodeOnly: false,
        });
        // Data (the built-in plan file) is not code: nothing to follow.
        if (specifier.startsWith(".") && !specifier.endsWith(".json")) visit(path.resolve(path.dirname(file), `${specifier}.ts`));
      }
      expect(source).not.toMatch(/\bprocess\.|\brequire\(/);
    };
    visit(path.resolve(__dirname, "../../src/workbook/renderWorkbook.ts"));
    expect(seen.size).toBeGreaterThan(3);
  });

  it("renders any SheetLayout, drop-down lists included", async () => {
    const small: SheetLayout = {
      sheetName: "Kỳ",
      font: { name: "Times New Roman", size: 12 },
      columnWidths: [10, 12],
      rowHeights: new Map([[1, 20]]),
      cells: [["Kỳ báo cáo", "Quý I"], ["Tháng đầu", '=IF(B1="Quý I",1,0)']],
      styles: [{ address: "B1", style: { locked: false, fill: "#FFF9E5" } }],
      merges: [],
      validations: [
        {
          address: "B1",
          formula: "=ISNUMBER(MATCH(B1,KPI_PERIOD_LIST,0))",
          list: "=KPI_PERIOD_LIST",
          prompt: { title: "Chọn kỳ", message: "Chọn trong danh sách" },
          error: { title: "Sai kỳ", message: "Hãy chọn trong danh sách" },
        },
      ],
      conditionalFormats: [],
      names: [{ name: "KPI_PERIOD", address: "$B$1", comment: "Kỳ báo cáo" }],
      frozenRows: 1,
      print: { ...layout.print, printArea: "$A$1:$B$2", titleRows: "$1:$1" },
    };
    const book = new Workbook();
    await renderSheetLayout(book, small, false);
    const back = await readBack((await book.xlsx.writeBuffer()) as unknown as Uint8Array);
    const kỳ = back.getWorksheet("Kỳ")!;
    expect(kỳ.getCell("B1").dataValidation).toMatchObject({ type: "list", formulae: ["KPI_PERIOD_LIST"], errorStyle: "stop" });
    expect(kỳ.getCell("B2").formula).toBe('IF(B1="Quý I",1,0)');
    expect(back.definedNames.getRanges("KPI_PERIOD").ranges).toEqual(["'Kỳ'!$B$1"]);
  });

  it("patches the default font and the name comments as strings", () => {
    const styles = '<styleSheet><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/></font></fonts></styleSheet>';
    expect(patchDefaultFont(styles, { name: "Times New Roman", size: 12 })).toBe(
      '<styleSheet><fonts count="2"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font><font><b/></font></fonts></styleSheet>',
    );
    const book = '<definedNames><definedName name="X">a</definedName><definedName name="Y" localSheetId="0">b</definedName></definedNames>';
    expect(patchNameComments(book, [{ name: "X", address: "$A$1", comment: 'a "b" & <c>' }])).toBe(
      '<definedNames><definedName name="X" comment="a &quot;b&quot; &amp; &lt;c&gt;">a</definedName><definedName name="Y" localSheetId="0">b</definedName></definedNames>',
    );
  });
});
