/** insertAppendix and the protection actions, run against the recording fake Excel. */
import { INDICATORS } from "../../src/domain/catalog";
import { cellAddress, columnLetter, parseCell, toAbsolute } from "../../src/domain/layout/a1";
import { COLUMNS, INPUT_BLOCK_ROW, ROWS, appendixRows, buildAppendixLayout, filledByCellOf, indicatorName } from "../../src/domain/layout/appendixLayout";
import { defaultDocumentFields, documentName, frameBottomRows } from "../../src/domain/layout/documentFrame";
import { detectCapabilities } from "../../src/excel/capabilities";
import { insertAppendix, protectAppendix, unprotectAppendix } from "../../src/excel/insertAppendix";
import { characterWidthToPoints } from "../../src/excel/renderLayout";
import { createFakeExcel, DEFAULT_REQUIREMENT_SETS, type FakeExcel } from "../fakes/excelFake";

const SHEET = "Phụ lục 2024";
const rows = appendixRows();
const rowOf = (code: (typeof INDICATORS)[number]["code"]): number => rows.indicators.get(code)!;
const below = frameBottomRows(rows.lastRow);
/** What one insert writes: its validations, rules and names. */
const LAYOUT = buildAppendixLayout();
const NAMES = LAYOUT.names.length;
const RULES = LAYOUT.conditionalFormats.length;
const VALIDATIONS = LAYOUT.validations.length;

function fake(requirementSets: Record<string, string> = DEFAULT_REQUIREMENT_SETS, sheets = {}): FakeExcel {
  return createFakeExcel({ requirementSets, sheets });
}

const capabilitiesOf = (excel: FakeExcel, platform?: string) =>
  detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version), platform);

async function insert(excel: FakeExcel, options: Parameters<typeof insertAppendix>[1] = {}) {
  return insertAppendix(excel.context, { capabilities: capabilitiesOf(excel), ...options });
}

describe("insertAppendix into a new sheet", () => {
  it("writes the plan's table exactly as the layout describes it, in at most two syncs", async () => {
    const excel = fake();
    const result = await insert(excel);
    expect(result).toMatchObject({ status: "inserted", sheetName: SHEET, namePrefix: "KPI", formulas: "kpi", leftOut: [], keptInputs: 0 });
    expect(excel.syncCount).toBeLessThanOrEqual(2);

    const layout = buildAppendixLayout({ year: 2024, unitName: "Sở Du lịch tỉnh Kiên Giang", formulas: "kpi" });
    layout.cells.forEach((row, r) =>
      row.forEach((content, c) => expect(excel.state.content(SHEET, cellAddress(r + 1, c + 1))).toBe(content ?? "")),
    );
    expect(excel.state.content(SHEET, `A${ROWS.label}`)).toBe("PHỤ LỤC");
    expect(excel.state.content(SHEET, `A${ROWS.subtitle}`)).toBe("CỦA SỞ DU LỊCH TỈNH KIÊN GIANG NĂM 2024");
    const r = rowOf("IV.1");
    expect(excel.state.content(SHEET, `J${r}`)).toBe(`=IF(OR(K${r}="Đạt",K${r}="Không đạt"),KPI.ONTIME(H${r},I${r}),"")`);
    expect(excel.state.content(SHEET, `K${r}`)).toBe(`=KPI.STATUS("IV.1",H${r},I${r},F${r})`);
    expect(excel.state.activeSheetName).toBe(SHEET);
  });

  it("formats like an official document: Times New Roman, percentages, borders, widths, locked cells", async () => {
    const excel = fake();
    await insert(excel);
    const r = rowOf("I.1");
    const cell = (address: string) => excel.state.cell(SHEET, address);
    expect(cell(`A${ROWS.label}`).font).toMatchObject({ name: "Times New Roman", bold: true, size: 13 });
    // The document frame: the motto's rule is underlined spaces, the date line italic.
    expect(cell(`E${ROWS.rules}`).font.underline).toBe("Single");
    expect(cell(`E${ROWS.numberAndDate}`).font).toMatchObject({ italic: true, bold: false });
    expect(cell(`B${r}`).font.name).toBe("Times New Roman");
    expect(cell(`B${r}`).wrapText).toBe(true);
    expect(cell(`J${r}`).numberFormat).toBe("0.00%");
    expect(cell(`F${r}`).numberFormat).toBe('"Tối thiểu "0%');
    expect(cell(`F${rowOf("V.1")}`).numberFormat).toBe("0%");
    expect(excel.state.content(SHEET, `F${r}`)).toBe(0.45);
    expect(cell(`H${r}`).numberFormat).toBe("#,##0");
    expect(cell(`A${ROWS.headerTop}`).borders.EdgeTop).toMatchObject({ style: "Continuous", weight: "Thin" });
    expect(cell(`A${ROWS.headerTop}`).fill).toBe("#DDEBF7");
    expect(cell(`H${r}`).locked).toBe(false);
    expect(cell(`I${r}`).locked).toBe(false);
    expect(cell(`L${r}`).locked).toBe(false);
    expect(cell(`B${r}`).locked).toBe(true);
    expect(cell(`J${r}`).locked).toBe(true);
    const sheet = excel.state.sheet(SHEET);
    expect(sheet.columnWidths.get(COLUMNS.name)).toBe(characterWidthToPoints(46));
    expect(sheet.rowHeights.get(ROWS.headerTop)).toBeGreaterThan(30);
  });

  it("merges the title rows, the header and each section row across the table", async () => {
    const excel = fake();
    await insert(excel);
    const merges = excel.state.sheet(SHEET).merges.map((m) => cellAddress(m.top, m.left) + ":" + cellAddress(m.bottom, m.right));
    const layout = buildAppendixLayout();
    expect(new Set(merges)).toEqual(new Set(layout.merges));
    expect(merges).toContain(`A${ROWS.label}:L${ROWS.label}`);
    expect(merges).toContain(`B${rows.sections.get("III")}:L${rows.sections.get("III")}`);
  });

  it("validates the input cells with the layout's custom rule, prompt and stop alert", async () => {
    const excel = fake();
    await insert(excel);
    const validations = excel.state.sheet(SHEET).validations;
    expect(validations).toHaveLength(VALIDATIONS);
    // The drop-down of the "Đơn vị nhập số liệu" cell, in the frame's input block: its items written out.
    const filledBy = validations.find((x) => cellAddress(x.rect.top, x.rect.left) === filledByCellOf({}))!;
    expect(filledBy.rule.list?.source).toBe("Phòng Quản lý Du lịch,Văn phòng Sở,Thanh tra Sở,Cả Sở (tổng hợp)");
    const r = rowOf("I.2");
    const v = validations.find((x) => x.rect.top === r && x.rect.left === COLUMNS.numerator)!;
    expect(cellAddress(v.rect.top, v.rect.left) + ":" + cellAddress(v.rect.bottom, v.rect.right)).toBe(`H${r}:I${r}`);
    expect(v.rule.custom?.formula).toMatch(new RegExp(`^=AND\\(ISNUMBER\\(H${r}\\)`));
    expect(v.prompt).toMatchObject({ showPrompt: true, title: "Nhập số nguyên" });
    expect(v.errorAlert).toMatchObject({ showAlert: true, style: "Stop", title: "Số liệu không hợp lệ" });
  });

  it("renders the layout's highlight rules as custom conditional formats", async () => {
    const excel = fake();
    await insert(excel);
    const layout = buildAppendixLayout();
    const rules = excel.state.sheet(SHEET).conditionalFormats;
    expect(rules).toHaveLength(layout.conditionalFormats.length);
    rules.forEach((rule, i) => {
      expect(rule.type).toBe("Custom");
      expect(rule.formula).toBe(layout.conditionalFormats[i].formula);
      expect(rule.fill).toBe(layout.conditionalFormats[i].style.fill);
      expect(rule.fontColor).toBe(layout.conditionalFormats[i].style.fontColor);
    });
  });

  it("adds workbook-scoped names for the table and every indicator's inputs, target and results", async () => {
    const excel = fake();
    await insert(excel);
    expect(excel.state.names.size).toBe(NAMES);
    expect(excel.state.name("KPI_TABLE")).toEqual({
      sheetName: SHEET,
      address: `$A$${ROWS.headerTop}:$L$${rows.lastRow}`,
      comment: "Bảng chỉ tiêu phụ lục",
    });
    expect(excel.state.name(documentName("KPI", "number"))).toMatchObject({ sheetName: SHEET, comment: "Khung văn bản — Số văn bản" });
    expect(excel.state.name("KPI_FILLED_BY")).toMatchObject({ sheetName: SHEET, address: toAbsolute(filledByCellOf({})) });
    const r = rowOf("III.4");
    expect(excel.state.name(indicatorName("KPI", "III.4", "numerator"))).toMatchObject({ sheetName: SHEET, address: `$H$${r}` });
    expect(excel.state.name(indicatorName("KPI", "III.4", "target"))).toMatchObject({ address: `$F$${r}` });
    expect(excel.state.name(indicatorName("KPI", "III.4", "result"))?.comment).toBe("III.4 — Kết quả");
  });

  it("freezes the header and sets up A4 landscape printing one page wide with repeated header rows", async () => {
    const excel = fake();
    await insert(excel);
    const sheet = excel.state.sheet(SHEET);
    expect(sheet.freeze).toEqual({ rows: ROWS.headerBottom, columns: 0 });
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${ROWS.headerTop}:$${ROWS.headerBottom}`,
      // The whole document: the frame above the title and the signatures below the table.
      printArea: `$A$1:$L$${below.last}`,
      centerFooter: '&"Times New Roman,Regular"&12Trang &P/&N',
      centerHorizontally: true,
      // Nobody signs a page that shows #N/A: any error a user types in prints blank.
      printErrors: "Blank",
    });
    expect(sheet.pageLayout.margins!.top).toBeCloseTo((2 * 72) / 2.54, 5);
  });

  it("uses the pane's year and unit", async () => {
    const excel = fake();
    const result = await insert(excel, { year: 2025, unitName: "Sở Văn hóa và Thể thao" });
    expect(result.sheetName).toBe("Phụ lục 2025");
    expect(excel.state.content("Phụ lục 2025", `A${ROWS.subtitle}`)).toBe("CỦA SỞ VĂN HÓA VÀ THỂ THAO NĂM 2025");
    expect(excel.state.content("Phụ lục 2025", `E${ROWS.headerTop}`)).toBe("Thực hiện trong năm 2025");
  });
});

describe("insertAppendix on hosts without every requirement set", () => {
  it("writes native formulas with the same rules when CustomFunctionsRuntime 1.1 is missing", async () => {
    const excel = fake({ ExcelApi: "1.20" });
    const result = await insert(excel);
    expect(result.formulas).toBe("native");
    expect(result.leftOut).toEqual(["customFunctions"]);
    expect(result.notes).toContain("nativeFormulas");
    const table = excel.state.grid(SHEET, `A${ROWS.headerTop}:L${rows.lastRow}`).flat();
    const formulas = table.filter((v) => typeof v === "string" && v.startsWith("="));
    expect(formulas).toHaveLength(22);
    expect(formulas.some((f) => String(f).includes("KPI."))).toBe(false);
  });

  it("does the rest and lists what was left out when ExcelApi stops at 1.7", async () => {
    const excel = fake({ ExcelApi: "1.7", CustomFunctionsRuntime: "1.1" });
    const result = await insert(excel);
    expect(result.status).toBe("inserted");
    expect(result.leftOut).toEqual(["validation", "print"]);
    const sheet = excel.state.sheet(SHEET);
    expect(sheet.validations).toHaveLength(0);
    expect(sheet.pageLayout.paperSize).toBeNull();
    expect(sheet.freeze.rows).toBe(ROWS.headerBottom);
    expect(sheet.conditionalFormats).toHaveLength(RULES);
  });

  it("leaves out highlighting and freezing below 1.6, and refuses below 1.4 without syncing", async () => {
    const old = fake({ ExcelApi: "1.5" });
    const result = await insert(old);
    expect(result.leftOut).toEqual(["customFunctions", "validation", "conditionalFormats", "freeze", "print"]);
    expect(old.state.sheet(SHEET).conditionalFormats).toHaveLength(0);
    expect(old.state.names.size).toBe(NAMES);

    const ancient = fake({ ExcelApi: "1.3" });
    expect((await insert(ancient)).status).toBe("unsupported");
    expect(ancient.syncCount).toBe(0);
    expect(ancient.state.hasSheet(SHEET)).toBe(false);
  });
});

/** Inserts, then types figures and a note the way staff would. */
async function filledWorkbook(): Promise<FakeExcel> {
  const excel = fake();
  await insert(excel);
  const r1 = rowOf("I.1");
  const r4 = rowOf("IV.1");
  excel.state.setContents(SHEET, `H${r1}:I${r1}`, [[45, 100]]);
  excel.state.setContents(SHEET, `L${r1}`, "Số liệu tháng 3");
  excel.state.setContents(SHEET, `H${r4}:I${r4}`, [["=SUM(P1:P3)", 200]]);
  excel.state.setContents(SHEET, `F${r1}`, 0.6); // someone changed a target
  excel.state.setContents(SHEET, `A${below.last + 2}`, "Ghi chú riêng"); // the user's own line below the document
  return excel;
}

/**
 * The filled workbook as a version before the document frame left it: titles on rows 1–3, the
 * header on row 5, no frame rows above, no signatures below, no input block, no frame names. With
 * `filledBy`, the version that had the "Đơn vị nhập số liệu" cell on row 4 (C4:D4, named
 * KPI_FILLED_BY) holding it.
 */
async function workbookBeforeTheFrame(filledBy?: string): Promise<FakeExcel> {
  const excel = await filledWorkbook();
  const state = excel.state;
  const legendColumn = COLUMNS.note + 2;
  state.setContents(SHEET, `A${below.last + 2}`, "");
  for (const spec of LAYOUT.names.filter((n) => n.name.includes("_DOC_") || n.name.endsWith("_FILLED_BY"))) {
    const { top } = state.names.get(spec.name.toUpperCase())!.rect!;
    state.setContents(SHEET, `${columnLetter(legendColumn)}${top}:${columnLetter(legendColumn + 1)}${top}`, [["", ""]]);
    state.names.delete(spec.name.toUpperCase());
  }
  state.setContents(SHEET, `${columnLetter(legendColumn)}${INPUT_BLOCK_ROW}:${columnLetter(legendColumn)}${INPUT_BLOCK_ROW + 1}`, [[""], [""]]);
  state.setContents(SHEET, `${columnLetter(legendColumn)}${ROWS.headerTop + 5}`, ""); // the legend had 4 entries
  state.deleteRows(SHEET, rows.lastRow + 1, below.last - rows.lastRow);
  state.deleteRows(SHEET, ROWS.attachedTo, 2);
  state.deleteRows(SHEET, 1, ROWS.gap);
  expect(state.content(SHEET, "A1")).toBe("PHỤ LỤC");
  expect(state.content(SHEET, "A5")).toBe("STT");
  if (filledBy !== undefined) {
    state.setContents(SHEET, "B4:C4", [["Đơn vị nhập số liệu:", filledBy]]);
    state.setName("KPI_FILLED_BY", SHEET, "$C$4", "Đơn vị nhập số liệu");
  }
  return excel;
}

describe("insertAppendix when the sheet already exists", () => {
  it("updates a sheet made before the document frame: the frame added, every figure and note kept, nothing stale left", async () => {
    const excel = await workbookBeforeTheFrame();
    const shift = ROWS.headerTop - 5;
    const oldRow = (code: (typeof INDICATORS)[number]["code"]): number => rowOf(code) - shift;
    excel.state.setContents(SHEET, `L${oldRow("IV.1")}`, "13 hồ sơ phải xác minh");
    excel.state.setContents(SHEET, `A${below.last + 5}`, "Dòng riêng của người dùng"); // below the new document
    const syncs = excel.syncCount;
    const result = await insert(excel, { ifExists: "update" });
    expect(result).toMatchObject({ status: "updated", keptInputs: 6, notes: [] });
    expect(excel.syncCount - syncs).toBeLessThanOrEqual(2);

    const r1 = rowOf("I.1");
    const r4 = rowOf("IV.1");
    expect(excel.state.grid(SHEET, `H${r1}:I${r1}`)).toEqual([[45, 100]]);
    expect(excel.state.grid(SHEET, `H${r4}:I${r4}`)).toEqual([["=SUM(P1:P3)", 200]]);
    expect([excel.state.content(SHEET, `L${r1}`), excel.state.content(SHEET, `L${r4}`)]).toEqual(["Số liệu tháng 3", "13 hồ sơ phải xác minh"]);
    // The sheet now is what a new insert writes, figures aside.
    const fresh = buildAppendixLayout();
    fresh.cells.forEach((row, r) =>
      row.forEach((content, c) => {
        const address = cellAddress(r + 1, c + 1);
        if ([r1, r4].includes(r + 1) && [COLUMNS.numerator, COLUMNS.denominator, COLUMNS.note].includes(c + 1)) return;
        expect([address, excel.state.content(SHEET, address)]).toEqual([address, content ?? ""]);
      }),
    );
    // Where the old header stood, the frame: no border, no fill, no bold left over.
    const gap = excel.state.cell(SHEET, `B${ROWS.gap}`);
    expect([gap.borders.EdgeTop?.style ?? "None", gap.fill, gap.font.bold]).toEqual(["None", null, false]);
    expect(excel.state.cell(SHEET, `A${ROWS.bodies}`).font.bold).toBe(false);
    expect(excel.state.sheet(SHEET).rowHeights.get(ROWS.numberAndDate)).toBe(fresh.rowHeights.get(ROWS.numberAndDate));
    // Names, rules and validation where the table now stands; the frame's names added.
    expect(excel.state.name("KPI_TABLE")?.address).toBe(`$A$${ROWS.headerTop}:$L$${rows.lastRow}`);
    expect(excel.state.name(indicatorName("KPI", "IV.1", "numerator"))?.address).toBe(`$H$${r4}`);
    expect(excel.state.names.size).toBe(NAMES);
    expect(excel.state.sheet(SHEET).conditionalFormats).toHaveLength(RULES);
    expect(excel.state.sheet(SHEET).validations).toHaveLength(VALIDATIONS);
    // The user's line below where the document now ends is kept.
    expect(excel.state.content(SHEET, `A${below.last + 5}`)).toBe("Dòng riêng của người dùng");
  });

  it("updates a sheet that had the unit cell on row 4 (before the frame): the unit kept in the frame's input block, by its name", async () => {
    const excel = await workbookBeforeTheFrame("Thanh tra Sở");
    const result = await insert(excel, { ifExists: "update" });
    expect(result).toMatchObject({ status: "updated", keptInputs: 5 });
    const unitCell = filledByCellOf({});
    expect(excel.state.name("KPI_FILLED_BY")).toMatchObject({ sheetName: SHEET, address: toAbsolute(unitCell) });
    expect(excel.state.content(SHEET, unitCell)).toBe("Thanh tra Sở");
    // Row 4 is the frame's now: "Số: …" and the place and date, nothing of the old cell left.
    expect(excel.state.content(SHEET, `A${ROWS.numberAndDate}`)).toBe(LAYOUT.cells[ROWS.numberAndDate - 1][0]);
    expect([excel.state.content(SHEET, `B${ROWS.numberAndDate}`), excel.state.content(SHEET, `C${ROWS.numberAndDate}`)]).toEqual(["", ""]);
    // The new frame is the unit's own report (its reporting unit under the Sở).
    const issuer = excel.state.names.get(documentName("KPI", "issuingBody").toUpperCase())!.rect!;
    expect(excel.state.content(SHEET, cellAddress(issuer.top, issuer.left))).toBe("Thanh tra Sở");
    // Stated now, the unit replaces the one found.
    await insert(excel, { ifExists: "update", filledBy: "Cả Sở (tổng hợp)" });
    expect(excel.state.content(SHEET, unitCell)).toBe("Cả Sở (tổng hợp)");
    expect(excel.state.content(SHEET, cellAddress(issuer.top, issuer.left))).toBe("Thanh tra Sở");
  });

  it("refuses to move an older table over the user's own cells, writing nothing", async () => {
    const excel = await workbookBeforeTheFrame();
    // A hand-made signature below the old table, where the frame's signature rows now go.
    excel.state.setContents(SHEET, `A${rows.lastRow - (ROWS.headerTop - 5) + 3}`, "NGƯỜI LẬP BIỂU (viết tay)");
    const before = excel.state.mutations;
    const result = await insert(excel, { ifExists: "update" });
    expect(result.status).toBe("conflict");
    expect(result.conflicts).toEqual([`A${rows.lastRow - (ROWS.headerTop - 5) + 3}`]);
    expect(excel.state.mutations).toBe(before);
  });

  it("fills the frame from the unit and the fields stated now; an update keeps the sheet's own", async () => {
    const excel = fake();
    await insert(excel, { unit: "Phòng Quản lý Du lịch", document: { number: "07", date: "2024-04-05", signer: " ", preparer: "Trần Thị B" } });
    const input = (key: Parameters<typeof documentName>[1]): string => {
      const rect = excel.state.names.get(documentName("KPI", key).toUpperCase())!.rect!;
      return cellAddress(rect.top, rect.left);
    };
    expect(excel.state.content(SHEET, input("governingBody"))).toBe("Sở Du lịch");
    expect(excel.state.content(SHEET, input("issuingBody"))).toBe("Phòng Quản lý Du lịch");
    expect(excel.state.content(SHEET, input("number"))).toBe("07");
    expect(excel.state.cell(SHEET, input("number")).numberFormat).toBe("@");
    expect(excel.state.content(SHEET, input("date"))).toBe(45387);
    expect(excel.state.content(SHEET, input("signer"))).toBe(""); // blank stated: left blank
    expect(excel.state.content(SHEET, input("signerTitle"))).toBe(defaultDocumentFields("Phòng Quản lý Du lịch").signerTitle);

    // Someone edits the frame in the sheet; an update keeps it, and takes only what is stated now.
    excel.state.setContents(SHEET, input("signer"), "Lê Văn C");
    excel.state.setContents(SHEET, input("issuingBody"), "Phòng QLDL");
    const syncs = excel.syncCount;
    const result = await insert(excel, { ifExists: "update", document: { number: "08" } });
    expect(result.status).toBe("updated");
    expect(excel.syncCount - syncs).toBeLessThanOrEqual(2);
    expect([excel.state.content(SHEET, input("signer")), excel.state.content(SHEET, input("issuingBody"))]).toEqual(["Lê Văn C", "Phòng QLDL"]);
    expect(excel.state.content(SHEET, input("number"))).toBe("08");
    expect(excel.state.content(SHEET, input("date"))).toBe(45387);
  });

  it("asks before touching a sheet that holds anything: one read, nothing written", async () => {
    const excel = await filledWorkbook();
    const before = excel.state.mutations;
    const syncs = excel.syncCount;
    const result = await insert(excel);
    expect(result).toMatchObject({ status: "exists", sheetName: SHEET, keptInputs: 0 });
    expect(excel.syncCount - syncs).toBe(1);
    expect(excel.state.mutations).toBe(before);
  });

  it("fills an existing empty sheet without asking", async () => {
    const excel = fake(DEFAULT_REQUIREMENT_SETS, { [SHEET]: {} });
    expect((await insert(excel)).status).toBe("inserted");
    expect(excel.state.content(SHEET, `A${ROWS.label}`)).toBe("PHỤ LỤC");
  });

  it("updates in place: plan text and targets refreshed, b, a and Ghi chú kept, one table", async () => {
    const excel = await filledWorkbook();
    const syncs = excel.syncCount;
    const result = await insert(excel, { ifExists: "update", unitName: "Sở Du lịch" });
    expect(result).toMatchObject({ status: "updated", sheetName: SHEET, keptInputs: 5, notes: [] });
    expect(excel.syncCount - syncs).toBeLessThanOrEqual(2);
    const r1 = rowOf("I.1");
    const r4 = rowOf("IV.1");
    expect(excel.state.grid(SHEET, `H${r1}:I${r1}`)).toEqual([[45, 100]]);
    expect(excel.state.content(SHEET, `F${r1}`)).toBe(0.45);
    expect(excel.state.content(SHEET, `L${r1}`)).toBe("Số liệu tháng 3");
    expect(excel.state.content(SHEET, `H${r4}`)).toBe("=SUM(P1:P3)");
    expect(excel.state.content(SHEET, `A${ROWS.subtitle}`)).toBe("CỦA SỞ DU LỊCH NĂM 2024");
    expect(excel.state.content(SHEET, `A${below.last + 2}`)).toBe("Ghi chú riêng");
    const sheet = excel.state.sheet(SHEET);
    expect(sheet.conditionalFormats).toHaveLength(RULES);
    expect(sheet.validations).toHaveLength(VALIDATIONS);
    expect(excel.state.names.size).toBe(NAMES);
    expect(excel.state.sheets).toHaveLength(2); // Sheet1 and the appendix
  });

  it.each([
    ["through its names", false],
    ["by its headers when the names are gone", true],
  ])("updates an appendix in the older column order %s: every figure and note kept, columns in the plan's order", async (_how, dropNames) => {
    const excel = await filledWorkbook();
    const r1 = rowOf("I.1");
    const r4 = rowOf("IV.1");
    excel.state.setContents(SHEET, `L${r4}`, "13 hồ sơ trễ hạn");
    // The older order: Căn cứ thực hiện after Đánh giá (G cut and inserted before L).
    excel.state.moveColumn(SHEET, 7, 12);
    expect(excel.state.grid(SHEET, `G${r1}:H${r1}`)).toEqual([[45, 100]]);
    expect(excel.state.content(SHEET, `K${ROWS.headerTop}`)).toBe("Căn cứ thực hiện");
    if (dropNames) for (const name of [...excel.state.names.keys()]) excel.state.setName(name, null, null);
    const result = await insert(excel, { ifExists: "update" });
    expect(result).toMatchObject({ status: "updated", keptInputs: 6 });
    expect(excel.state.content(SHEET, `G${ROWS.headerTop}`)).toBe("Căn cứ thực hiện");
    expect(excel.state.grid(SHEET, `H${r1}:I${r1}`)).toEqual([[45, 100]]);
    expect(excel.state.grid(SHEET, `H${r4}:I${r4}`)).toEqual([["=SUM(P1:P3)", 200]]);
    expect([excel.state.content(SHEET, `L${r1}`), excel.state.content(SHEET, `L${r4}`)]).toEqual(["Số liệu tháng 3", "13 hồ sơ trễ hạn"]);
    expect(String(excel.state.content(SHEET, `G${r1}`))).toMatch(/^Thực hiện theo Nghị quyết/);
    // What was an input cell is now the legal basis: locked, no input fill, no count validation.
    expect(excel.state.cell(SHEET, `G${r1}`)).toMatchObject({ locked: true, numberFormat: "General" });
    const counts = excel.state.sheet(SHEET).validations.filter((v) => v.prompt?.title === "Nhập số nguyên");
    expect(counts).toHaveLength(11);
    expect(counts.every((v) => v.rect.left === COLUMNS.numerator)).toBe(true);
    expect(excel.state.name(indicatorName("KPI", "I.1", "numerator"))?.address).toBe(`$H$${r1}`);
  });

  it("inserting twice (update) leaves the same sheet as inserting once, figures included", async () => {
    const excel = await filledWorkbook();
    await insert(excel, { ifExists: "update" });
    const once = JSON.stringify([...excel.state.sheet(SHEET).cells].sort());
    await insert(excel, { ifExists: "update" });
    expect(JSON.stringify([...excel.state.sheet(SHEET).cells].sort())).toBe(once);
  });

  it("replaces only its own highlight rules on an update: a user's rules on the table survive, ours are not stacked", async () => {
    const excel = await filledWorkbook();
    const r1 = rowOf("I.1");
    const sheetProxy = excel.context.workbook.worksheets.getItem(SHEET);
    // A user's own rules on a result cell and on the verdicts: a custom formula and a colour scale.
    const mine = sheetProxy.getRange(`J${r1}`).conditionalFormats.add("Custom");
    mine.custom.rule.formula = `=J${r1}>0.9`;
    mine.custom.format.fill.color = "#FFFF00";
    mine.custom.format.font.color = "#0000FF";
    sheetProxy.getRange(`K${r1}:K${rowOf("V.1")}`).conditionalFormats.add("ColorScale");
    await excel.context.sync();
    const ours = RULES;
    expect(excel.state.sheet(SHEET).conditionalFormats).toHaveLength(ours + 2);

    for (let update = 1; update <= 2; update++) {
      const syncs = excel.syncCount;
      expect((await insert(excel, { ifExists: "update" })).status).toBe("updated");
      expect(excel.syncCount - syncs).toBeLessThanOrEqual(2);
      const rules = excel.state.sheet(SHEET).conditionalFormats;
      expect(rules).toHaveLength(ours + 2);
      expect(rules.filter((f) => f.type === "Custom" && f.formula === `=J${r1}>0.9`)).toEqual([
        expect.objectContaining({ fill: "#FFFF00", fontColor: "#0000FF", rect: { top: r1, left: 10, bottom: r1, right: 10 } }),
      ]);
      expect(rules.filter((f) => f.type === "ColorScale")).toHaveLength(1);
    }
  });

  it("finds the table through its names after rows were inserted above it", async () => {
    const excel = await filledWorkbook();
    const insertRow = excel.context.workbook.worksheets.getItem(SHEET).getRange("1:2");
    insertRow.insert("Down");
    await excel.context.sync();
    const result = await insert(excel, { ifExists: "update" });
    expect(result).toMatchObject({ status: "updated", keptInputs: 5, notes: [] });
    const r1 = rowOf("I.1") + 2;
    expect(excel.state.grid(SHEET, `H${r1}:J${r1}`)).toEqual([[45, 100, `=IF(OR(K${r1}="Đạt",K${r1}="Không đạt"),KPI.PAYMENT(H${r1},I${r1}),"")`]]);
    expect(excel.state.content(SHEET, `L${r1}`)).toBe("Số liệu tháng 3");
    expect(excel.state.content(SHEET, `A${ROWS.label + 2}`)).toBe("PHỤ LỤC");
    expect(excel.state.grid(SHEET, "A1:L2").flat().every((v) => v === "")).toBe(true);
    expect(excel.state.content(SHEET, `A${below.last + 3}`)).toBe(""); // no stale row below
    expect(excel.state.name("KPI_TABLE")?.address).toBe(`$A$${ROWS.headerTop + 2}:$L$${rows.lastRow + 2}`);
    expect(excel.state.name(indicatorName("KPI", "I.1", "numerator"))?.address).toBe(`$H$${r1}`);
    const sheet = excel.state.sheet(SHEET);
    expect(sheet.freeze.rows).toBe(ROWS.headerBottom + 2);
    expect(sheet.pageLayout.printTitleRows).toBe(`$${ROWS.headerTop + 2}:$${ROWS.headerBottom + 2}`);
    const rule = sheet.validations.find((v) => v.rect.top === r1)!;
    expect(rule.rule.custom?.formula).toContain(`ISNUMBER(H${r1})`);
    expect(sheet.conditionalFormats).toHaveLength(RULES);
    expect(sheet.conditionalFormats.every((f) => f.rect.top >= ROWS.headerTop + 2)).toBe(true);
  });

  it("updates a table moved to row 1,000 and column Z in place, every rule within Excel's 255 characters", async () => {
    const excel = await filledWorkbook();
    excel.state.insertRows(SHEET, 1, 1000 - ROWS.headerTop);
    excel.state.insertColumns(SHEET, 1, 25);
    const result = await insert(excel, { ifExists: "update" });
    expect(result).toMatchObject({ status: "updated", keptInputs: 5, notes: [] });
    const moved = (code: (typeof INDICATORS)[number]["code"], column: number): string =>
      cellAddress(rowOf(code) + 1000 - ROWS.headerTop, column + 25);
    expect(excel.state.name("KPI_TABLE")?.address).toMatch(/^\$Z\$1000:/);
    expect(excel.state.grid(SHEET, `${moved("I.1", COLUMNS.numerator)}:${moved("I.1", COLUMNS.denominator)}`)).toEqual([[45, 100]]);
    expect(excel.state.content(SHEET, moved("I.1", COLUMNS.note))).toBe("Số liệu tháng 3"); // no note left behind
    const rules = excel.state.sheet(SHEET).conditionalFormats;
    expect(rules).toHaveLength(RULES);
    expect(rules.every((f) => f.rect.top >= 1000 && f.rect.left >= 26)).toBe(true);
    expect(Math.max(...rules.map((f) => f.formula!.length))).toBeLessThanOrEqual(255);
    expect(rules.filter((f) => f.formula!.includes(moved("IV.1", COLUMNS.numerator))).length).toBeGreaterThan(0);
  });

  it("follows a figure whose cell was moved (its name moved with it)", async () => {
    const excel = await filledWorkbook();
    const r1 = rowOf("I.1");
    // A user cut G8 and pasted it in P40: the name follows the cell.
    excel.state.setContents(SHEET, "P40", 45);
    excel.state.setContents(SHEET, `H${r1}`, "");
    excel.state.setName(indicatorName("KPI", "I.1", "numerator"), SHEET, "$P$40");
    await insert(excel, { ifExists: "update" });
    expect(excel.state.content(SHEET, `H${r1}`)).toBe(45);
    expect(excel.state.name(indicatorName("KPI", "I.1", "numerator"))?.address).toBe(`$H$${r1}`);
  });

  it("falls back to the header row, then to the fixed addresses, when the names are gone — and says so", async () => {
    const excel = await filledWorkbook();
    excel.state.names.clear();
    excel.state.insertRows(SHEET, 1, 1);
    const byHeader = await insert(excel, { ifExists: "update" });
    expect(byHeader).toMatchObject({ status: "updated", keptInputs: 5, notes: ["locatedByHeader"] });
    expect(excel.state.content(SHEET, `H${rowOf("I.1") + 1}`)).toBe(45);
    expect(excel.state.name("KPI_TABLE")?.address).toBe(`$A$${ROWS.headerTop + 1}:$L$${rows.lastRow + 1}`);

    const plain = await filledWorkbook();
    plain.state.names.clear();
    const fixed = await insert(plain, { ifExists: "update" });
    expect(fixed).toMatchObject({ status: "updated", keptInputs: 5 });
    expect(fixed.notes).toEqual(["locatedByHeader"]);
    plain.state.names.clear();
    plain.state.setContents(SHEET, `A${ROWS.headerTop}`, ""); // header no longer recognisable
    const fallback = await insert(plain, { ifExists: "update" });
    expect(fallback).toMatchObject({ status: "updated", keptInputs: 5, notes: ["fixedAddresses"] });
    expect(plain.state.content(SHEET, `A${ROWS.headerTop}`)).toBe("STT");
  });

  it("refuses to update over content that is not the appendix's, writing nothing", async () => {
    const mine = `B${ROWS.headerTop}`;
    const seven = `C${rowOf("III.4")}`;
    const excel = fake(DEFAULT_REQUIREMENT_SETS, { [SHEET]: { [`A${ROWS.label}`]: "Báo cáo khác", [mine]: "Số liệu của tôi", [seven]: 7 } });
    const before = excel.state.mutations;
    const result = await insert(excel, { ifExists: "update" });
    expect(result.status).toBe("conflict");
    expect(result.conflicts).toEqual([mine, seven]);
    expect(result.notes).toEqual(["fixedAddresses"]);
    expect(excel.state.mutations).toBe(before);
  });

  it("writes the unit that fills the workbook into its named drop-down; an update keeps it unless another is given", async () => {
    const excel = fake();
    const unitCell = filledByCellOf({});
    await insert(excel, { filledBy: "Thanh tra Sở" });
    expect(excel.state.content(SHEET, unitCell)).toBe("Thanh tra Sở");
    await insert(excel, { ifExists: "update" });
    expect(excel.state.content(SHEET, unitCell)).toBe("Thanh tra Sở");
    await insert(excel, { ifExists: "update", filledBy: "Cả Sở (tổng hợp)" });
    expect(excel.state.content(SHEET, unitCell)).toBe("Cả Sở (tổng hợp)");
    // Rows above the title: the name follows the cell, and an update finds it there.
    excel.state.insertRows(SHEET, 1, 2);
    const moved = parseCell(unitCell);
    expect(excel.state.name("KPI_FILLED_BY")).toMatchObject({ address: toAbsolute(cellAddress(moved.row + 2, moved.column)) });
    expect((await insert(excel, { ifExists: "update" })).status).toBe("updated");
    expect(excel.state.content(SHEET, cellAddress(moved.row + 2, moved.column))).toBe("Cả Sở (tổng hợp)");
  });

  it("refuses to update over a user's own text where the unit cell goes on a sheet made before it", async () => {
    const excel = fake();
    await insert(excel);
    // A sheet of the version with the frame but without the unit cell: no name, the user's text there.
    const unitCell = filledByCellOf({});
    excel.state.names.delete("KPI_FILLED_BY");
    excel.state.setContents(SHEET, unitCell, "Ghi chú riêng của tôi");
    const result = await insert(excel, { ifExists: "update", filledBy: "Văn phòng Sở" });
    expect(result).toMatchObject({ status: "conflict", conflicts: [unitCell] });
    expect(excel.state.content(SHEET, unitCell)).toBe("Ghi chú riêng của tôi");
  });

  it("refuses to update a table with rows inserted inside it", async () => {
    const excel = await filledWorkbook();
    excel.state.insertRows(SHEET, rowOf("II.1"), 1);
    const before = excel.state.mutations;
    const result = await insert(excel, { ifExists: "update" });
    expect(result).toMatchObject({ status: "conflict", notes: ["tableResized"] });
    expect(excel.state.mutations).toBe(before);
  });

  it("refuses to update a protected sheet", async () => {
    const excel = await filledWorkbook();
    excel.state.protect(SHEET);
    const before = excel.state.mutations;
    expect((await insert(excel, { ifExists: "update" })).status).toBe("protected");
    expect(excel.state.mutations).toBe(before);
  });

  it("adds a new sheet with its own name prefix, leaving the old sheet and names alone", async () => {
    const excel = await filledWorkbook();
    const oldCells = JSON.stringify([...excel.state.sheet(SHEET).cells]);
    const result = await insert(excel, { ifExists: "newSheet" });
    expect(result).toMatchObject({ status: "inserted", sheetName: "Phụ lục 2024 (2)", namePrefix: "KPI2", notes: ["namePrefixChanged"] });
    expect(excel.state.content("Phụ lục 2024 (2)", `A${ROWS.label}`)).toBe("PHỤ LỤC");
    expect(excel.state.content("Phụ lục 2024 (2)", `J${rowOf("I.1")}`)).toContain(`KPI.PAYMENT(H${rowOf("I.1")},I${rowOf("I.1")})`);
    expect(JSON.stringify([...excel.state.sheet(SHEET).cells])).toBe(oldCells);
    expect(excel.state.name("KPI_TABLE")?.sheetName).toBe(SHEET);
    expect(excel.state.name("KPI2_TABLE")?.sheetName).toBe("Phụ lục 2024 (2)");
    expect(excel.state.names.size).toBe(2 * NAMES);
    const third = await insert(excel, { ifExists: "newSheet" });
    expect(third).toMatchObject({ sheetName: "Phụ lục 2024 (3)", namePrefix: "KPI3" });
  });

  it("keeps another table's names when the sheet was renamed, using a free prefix", async () => {
    const excel = await filledWorkbook();
    const rename = excel.context.workbook.worksheets.getItem(SHEET);
    rename.name = "Cũ";
    await excel.context.sync();
    const result = await insert(excel);
    expect(result).toMatchObject({ status: "inserted", sheetName: SHEET, namePrefix: "KPI2", notes: ["namePrefixChanged"] });
    expect(excel.state.name("KPI_TABLE")?.sheetName).toBe("Cũ");
  });

  it("replaces names that point nowhere (#REF!) instead of choosing another prefix", async () => {
    const excel = fake();
    excel.state.setName("KPI_TABLE", null, null);
    const result = await insert(excel);
    expect(result.namePrefix).toBe("KPI");
    expect(excel.state.name("KPI_TABLE")?.sheetName).toBe(SHEET);
  });

  it("adds names without comments in one undo step on Excel on the web only", async () => {
    const onWeb = fake();
    const web = await insertAppendix(onWeb.context, { capabilities: capabilitiesOf(onWeb, "OfficeOnline"), undoGroup: true });
    expect(web.notes).toContain("nameCommentsSkipped");
    expect(onWeb.state.name("KPI_TABLE")?.comment).toBe("");
    for (const platform of ["PC", "Mac"]) {
      const desktop = fake();
      const result = await insertAppendix(desktop.context, { capabilities: capabilitiesOf(desktop, platform), undoGroup: true });
      expect([platform, result.notes]).toEqual([platform, []]);
      expect(desktop.state.name("KPI_TABLE")?.comment).toBe("Bảng chỉ tiêu phụ lục");
    }
  });
});

describe("protectAppendix / unprotectAppendix", () => {
  it("passes allowEditObjects and selectionMode only where Excel takes them (ExcelApi 1.7)", async () => {
    const old = fake({ ExcelApi: "1.6" });
    await insert(old);
    expect(await protectAppendix(old.context, SHEET, { capabilities: capabilitiesOf(old) })).toMatchObject({ protected: true, changed: true });
    expect(old.state.sheet(SHEET).protection.options).toEqual({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: false,
      allowDeleteRows: false,
      allowInsertRows: false,
    });
    const current = fake();
    await insert(current);
    await protectAppendix(current.context, SHEET, { capabilities: capabilitiesOf(current) });
    expect(current.state.sheet(SHEET).protection.options).toMatchObject({ allowEditObjects: false, selectionMode: "Normal" });
  });

  it("protects without a password so that only the input cells can be edited, and unprotects", async () => {
    const excel = fake();
    await insert(excel);
    expect(await protectAppendix(excel.context, SHEET)).toEqual({ sheetName: SHEET, protected: true, changed: true });
    const sheet = excel.state.sheet(SHEET);
    expect(sheet.protection).toMatchObject({ protected: true, password: null, options: { allowFormatColumns: true } });
    const r = rowOf("I.1");
    const ws = excel.context.workbook.worksheets.getItem(SHEET);
    ws.getRange(`H${r}:I${r}`).values = [[1, 2]];
    await excel.context.sync();
    ws.getRange(`B${r}`).values = [["x"]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(await protectAppendix(excel.context, SHEET)).toMatchObject({ changed: false });
    expect(await unprotectAppendix(excel.context, SHEET)).toEqual({ sheetName: SHEET, protected: false, changed: true });
    expect(sheet.protection.protected).toBe(false);
  });
});
