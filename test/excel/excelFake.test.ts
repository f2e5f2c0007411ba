/** The fake itself follows the Office.js rules other tests rely on. */
import { createFakeExcel, namesInFormula } from "../fakes/excelFake";

describe("excel fake", () => {
  it("queues writes until sync and counts syncs", async () => {
    const excel = createFakeExcel();
    const { context } = excel;
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").values = [[1, "x"]];
    expect(excel.state.content("Sheet1", "A1")).toBe("");
    await context.sync();
    expect(excel.state.grid("Sheet1", "A1:B1")).toEqual([[1, "x"]]);
    expect(excel.syncCount).toBe(1);
  });

  it("throws PropertyNotLoaded for unloaded or not-yet-synced properties", async () => {
    const excel = createFakeExcel({ sheets: { Data: { A1: 5 } } });
    const { context } = excel;
    const range = context.workbook.worksheets.getItem("Data").getRange("A1");
    // Reading before load and sync is the point here.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([[5]]);
    // eslint-disable-next-line office-addins/load-object-before-read
    expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("gives null objects that propagate, known only after sync", async () => {
    const excel = createFakeExcel();
    const { context } = excel;
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    const used = missing.getUsedRangeOrNullObject(true).load("values");
    // eslint-disable-next-line office-addins/call-sync-before-read
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(used.isNullObject).toBe(true);
  });

  it("leaves cells unchanged for null entries and clears them for empty strings", async () => {
    const excel = createFakeExcel({ sheets: { S: { A1: 1, B1: 2 } } });
    const { context } = excel;
    context.workbook.worksheets.getItem("S").getRange("A1:B1").formulas = [[null, ""]];
    await context.sync();
    expect(excel.state.grid("S", "A1:B1")).toEqual([[1, ""]]);
  });

  it("fails the batch with ApiNotFound when the requirement set is missing, keeping earlier commands", async () => {
    const excel = createFakeExcel({ requirementSets: { ExcelApi: "1.7" } });
    const { context } = excel;
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [["before"]];
    sheet.getRange("A2").dataValidation.rule = { custom: { formula: "=TRUE" } };
    sheet.getRange("A3").values = [["after"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(excel.state.content("Sheet1", "A1")).toBe("before");
    expect(excel.state.content("Sheet1", "A3")).toBe("");
  });

  it("moves cells, formulas and names when a user inserts rows", async () => {
    const excel = createFakeExcel({ sheets: { S: { A5: 3, B5: "=A5*2" } } });
    const { context } = excel;
    excel.state.setName("X", "S", "$A$5");
    context.workbook.worksheets.getItem("S").getRange("1:2").insert("Down");
    await context.sync();
    expect(excel.state.content("S", "A7")).toBe(3);
    expect(excel.state.content("S", "B7")).toBe("=A7*2");
    expect(excel.state.name("X")).toMatchObject({ sheetName: "S", address: "$A$7" });
  });

  it("reports names with sheet-qualified values and #REF! once their sheet is gone", async () => {
    const excel = createFakeExcel({ sheets: { "Phụ lục 2024": {}, Other: {} } });
    const { context } = excel;
    context.workbook.names.add("KPI_TABLE", "='Phụ lục 2024'!$A$5:$L$22", "Bảng");
    await context.sync();
    const names = context.workbook.names.load("items/name,items/type,items/value");
    await context.sync();
    expect(names.items.map((n) => [n.name, n.type, n.value])).toEqual([["KPI_TABLE", "Range", "'Phụ lục 2024'!$A$5:$L$22"]]);
    excel.state.deleteSheet("Phụ lục 2024");
    const again = context.workbook.names.getItem("KPI_TABLE").load("type,value");
    await context.sync();
    expect([again.type, again.value]).toEqual(["Error", "#REF!"]);
    context.workbook.names.add("KPI_TABLE", "=Other!$A$1");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("refuses writes to locked cells of a protected sheet", async () => {
    const excel = createFakeExcel({ sheets: { S: {} } });
    const { context } = excel;
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("B2").format.protection.locked = false;
    sheet.protection.protect();
    await context.sync();
    sheet.getRange("B2").values = [[1]];
    await context.sync();
    expect(excel.state.content("S", "B2")).toBe(1);
    sheet.getRange("A1").values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("finds the defined names a formula refers to, and nothing else", () => {
    expect(namesInFormula("=KPI_PERIOD_LIST")).toEqual(["KPI_PERIOD_LIST"]);
    expect(namesInFormula('=ISNUMBER(MATCH(G4,KPI2_PERIOD_LIST,0))')).toEqual(["KPI2_PERIOD_LIST"]);
    expect(
      namesInFormula(`=IFERROR(AND($G8<>"KPI_X",'Số liệu'!D$7=1,Data!A:A,SUM(A1:B2)*1E9,TRUE,#REF!,KPI.ONTIME(G8,H8)),FALSE())`),
    ).toEqual([]);
  });

  it("refuses a validation or conditional format naming a name that does not exist when it runs", async () => {
    const excel = createFakeExcel({ sheets: { S: {} } });
    const { context } = excel;
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "=LIST" } };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringContaining("LIST") });
    sheet.getRange("A2").conditionalFormats.add("Custom").custom.rule.formula = "=A2>LIMIT";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringContaining("LIMIT") });
    sheet.getRange("A3").dataValidation.rule = { custom: { formula: "=A3<=LIMIT" } };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });

    // Queued after the names in the same batch, they run.
    context.workbook.names.add("LIST", "=S!$B$1:$B$3");
    context.workbook.names.add("limit", "=S!$C$1");
    sheet.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "=LIST" } };
    sheet.getRange("A2").conditionalFormats.add("Custom").custom.rule.formula = "=A2>LIMIT";
    await context.sync();
    expect(excel.state.sheet("S").conditionalFormats.map((f) => f.formula)).toContain("=A2>LIMIT");
    expect(excel.state.sheet("S").validations.find((v) => v.rule.list)?.rule.list?.source).toBe("=LIST");
  });

  it("loads nested paths and reports uniform formats", async () => {
    const excel = createFakeExcel({ sheets: { S: {} } });
    const { context } = excel;
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B2");
    range.format.font.name = "Times New Roman";
    range.load("format/font/name,address");
    await context.sync();
    expect(range.format.font.name).toBe("Times New Roman");
    expect(range.address).toBe("S!A1:B2");
  });
});
