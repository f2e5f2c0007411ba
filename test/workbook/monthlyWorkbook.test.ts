/**
 * The standalone monthly workbook (src/workbook/monthlyWorkbook.ts) read back with exceljs and as
 * raw XML: the three sheets through renderSheetLayout, the period cell's drop-down written once as
 * a list validation, Times New Roman as the default font and the names' comments on every sheet.
 */
import { Workbook } from "exceljs";
import { CHART_SHEET_NAME } from "../../src/domain/chart";
import { PLAN } from "../../src/domain/catalog";
import { MONTHLY_SHEET_NAME, PERIOD_CELLS, monthlyDataName, periodName } from "../../src/domain/layout/appendixLayout";
import { monthlyWorkbookLayouts, writeMonthlyStandaloneWorkbook } from "../../src/workbook/monthlyWorkbook";
import { readZipText } from "./helpers/zip";

const APPENDIX = "Phụ lục 2024";
const PERIOD = { kind: "quarter", quarter: 1 } as const;

let parts: Map<string, string>;
let workbook: Workbook;

beforeAll(async () => {
  const bytes = await writeMonthlyStandaloneWorkbook({ period: PERIOD });
  parts = readZipText(bytes);
  workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
});

const part = (name: string): string => {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`missing part ${name}`);
  return xml;
};
const xmlText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

describe("standalone monthly workbook", () => {
  it("has the appendix, the monthly data and the year-to-date sheet, showing the period asked for", () => {
    expect(workbook.worksheets.filter((s) => s.state !== "veryHidden").map((s) => s.name)).toEqual([APPENDIX, MONTHLY_SHEET_NAME, CHART_SHEET_NAME]);
    expect(workbook.getWorksheet(APPENDIX)!.getCell(PERIOD_CELLS.period).value).toBe("Quý I");
  });

  it("gives the period cell one drop-down list validation over the period list, nothing custom", () => {
    const appendix = workbook.getWorksheet(APPENDIX)!;
    expect(appendix.getCell(PERIOD_CELLS.period).dataValidation).toMatchObject({
      type: "list",
      formulae: [periodName("KPI", "list")],
      showErrorMessage: true,
      errorStyle: "stop",
      promptTitle: "Chọn kỳ báo cáo",
    });
    const onPeriodCell = part("xl/worksheets/sheet1.xml").match(new RegExp(`<dataValidation [^>]*sqref="${PERIOD_CELLS.period}"`, "g"));
    expect(onPeriodCell).toHaveLength(1);
    expect(onPeriodCell![0]).toContain('type="list"');
    // Blanks are not ignored: a blank in the list's source would let any entry through.
    expect(onPeriodCell![0]).not.toContain("allowBlank");
    // Every validation of the layouts, each written once.
    monthlyWorkbookLayouts({ period: PERIOD }).forEach((layout, index) => {
      const xml = part(`xl/worksheets/sheet${index + 1}.xml`);
      expect(xml.match(/<dataValidation /g) ?? []).toHaveLength(layout.validations.length);
    });
  });

  it("uses Times New Roman as the workbook's default font", () => {
    const styles = part("xl/styles.xml");
    expect(styles).toMatch(/<fonts[^>]*>\s*<font><sz val="12"\/><name val="Times New Roman"\/>/);
    expect(styles).not.toMatch(/Calibri/);
  });

  it("writes the comment of every name, on every sheet", () => {
    const xml = part("xl/workbook.xml");
    const layouts = monthlyWorkbookLayouts({ period: PERIOD });
    const names = layouts.flatMap((l) => l.names);
    expect(names.map((n) => n.name)).toEqual(
      expect.arrayContaining([periodName("KPI", "period"), periodName("KPI", "list"), monthlyDataName("KPI", "IV.1", "numerator")]),
    );
    for (const name of names) expect(xml).toContain(`<definedName name="${name.name}" comment="${xmlText(name.comment)}">`);
  });

  it("writes the plan's unit into the file's properties", () => {
    expect(workbook.company).toBe(PLAN.unitName);
  });
});
