/**
 * The sheet the insert renders (native-formula mode) computes: its formulas, taken from the fake
 * workbook cell by cell, are evaluated by HyperFormula for a few inputs and compared with the
 * plan's rules as the independent oracle states them (test/oracle/planRules.ts).
 */
import { HyperFormula } from "hyperformula";
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { columnLetter } from "../../src/domain/layout/a1";
import { COLUMNS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { VERDICT_WORDS, type CellInput } from "../../src/domain/ratio";
import { detectCapabilities } from "../../src/excel/capabilities";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";
import { HIGHLIGHT_GROUP, planTarget, shownResult, verdict as oracleVerdict } from "../oracle/planRules";

const SHEET = "Phụ lục 2024";
const rows = appendixRows();
const WIDTH = COLUMNS.note;
/** 0-based engine columns of the appendix. */
const COL = {
  target: COLUMNS.target - 1,
  b: COLUMNS.numerator - 1,
  a: COLUMNS.denominator - 1,
  result: COLUMNS.result - 1,
  verdict: COLUMNS.verdict - 1,
} as const;

async function renderedNative(): Promise<FakeExcel> {
  const excel = createFakeExcel({ requirementSets: { ExcelApi: "1.20" } });
  await insertAppendix(excel.context, {
    capabilities: detectCapabilities((n, v) => excel.requirements.isSetSupported(n, v)),
  });
  return excel;
}

type Inputs = Partial<Record<IndicatorCode, [CellInput, CellInput]>>;

function engineFor(excel: FakeExcel, inputs: Inputs, extraRows = 0): HyperFormula {
  const grid = excel.state.grid(SHEET, `A1:${columnLetter(WIDTH)}${rows.lastRow + extraRows}`);
  for (const [code, [b, a]] of Object.entries(inputs) as [IndicatorCode, [CellInput, CellInput]][]) {
    const row = rows.indicators.get(code)! - 1;
    grid[row][COL.b] = b === null || b === undefined ? "" : (b as string | number);
    grid[row][COL.a] = a === null || a === undefined ? "" : (a as string | number);
  }
  const data = grid.map((row) => row.map((v) => (v === "" ? null : v)));
  return HyperFormula.buildFromSheets({ [SHEET]: data as (string | number | boolean | null)[][] }, { licenseKey: "gpl-v3" });
}

const INPUTS: Inputs = {
  "I.1": [45, 100], // exactly the 45% minimum: Đạt
  "I.2": [49, 100], // below 50%: Không đạt
  "I.3": [0, 0], // nothing arose
  "II.1": [5, null], // half filled
  "III.1": [99, 100], // exact 100% target missed
  "III.2": [3.5, 10], // fractional: invalid
  "III.3": [12, 12], // 100%: Đạt
  "IV.1": [37998, 40000], // 94.995% rounds to 95.00%: Đạt
  "V.1": [11, 10], // b > a: invalid
};

describe("the rendered appendix computes (HyperFormula)", () => {
  it("gives Kết quả and Đánh giá by the KPI rules for each indicator", async () => {
    const excel = await renderedNative();
    const hf = engineFor(excel, INPUTS);
    const sheetId = hf.getSheetId(SHEET)!;
    for (const indicator of INDICATORS) {
      const row = rows.indicators.get(indicator.code)!;
      const [b, a] = INPUTS[indicator.code] ?? [null, null];
      // Kết quả: the ratio beside Đạt / Không đạt, else blank — never #N/A or #VALUE! on paper.
      const shownValue = shownResult(b, a, null, planTarget(indicator.code));
      const result = hf.getCellValue({ sheet: sheetId, row: row - 1, col: COL.result });
      const words = hf.getCellValue({ sheet: sheetId, row: row - 1, col: COL.verdict });
      expect([indicator.code, words]).toEqual([indicator.code, oracleVerdict(b, a, null, planTarget(indicator.code))]);
      if (typeof shownValue === "number") expect(result).toBeCloseTo(shownValue, 12);
      else expect([indicator.code, result]).toEqual([indicator.code, ""]);
    }
    hf.destroy();
  });

  it("changes the verdict when a target is edited on the sheet", async () => {
    const excel = await renderedNative();
    const row = rows.indicators.get("I.2")! - 1;
    const hf = engineFor(excel, { "I.2": [49, 100] });
    const sheetId = hf.getSheetId(SHEET)!;
    expect(hf.getCellValue({ sheet: sheetId, row, col: COL.verdict })).toBe(VERDICT_WORDS.fail);
    hf.setCellContents({ sheet: sheetId, row, col: COL.target }, 0.4);
    expect(hf.getCellValue({ sheet: sheetId, row, col: COL.verdict })).toBe(VERDICT_WORDS.pass);
    hf.destroy();
  });

  it("highlights the Kết quả cell by its verdict (each rule's formula at its range's first cell)", async () => {
    const excel = await renderedNative();
    const hf = engineFor(excel, INPUTS, 1);
    const sheetId = hf.getSheetId(SHEET)!;
    const probeRow = rows.lastRow; // an empty row below the table (0-based index = lastRow)
    const rules = excel.state.sheet(SHEET).conditionalFormats;
    for (const indicator of INDICATORS) {
      const row = rows.indicators.get(indicator.code)!;
      const [b, a] = INPUTS[indicator.code] ?? [null, null];
      const group = HIGHLIGHT_GROUP[oracleVerdict(b, a, null, planTarget(indicator.code))];
      const on = rules
        .filter((rule) => rule.rect.top === row && rule.rect.left === COLUMNS.result)
        .filter((rule) => {
          const formula = rule.formula!;
          hf.setCellContents({ sheet: sheetId, row: probeRow, col: 0 }, formula);
          const value = hf.getCellValue({ sheet: sheetId, row: probeRow, col: 0 });
          return value === true;
        })
        .map((rule) => (rule.fill === "#C6EFCE" ? "pass" : rule.fill === "#FFC7CE" ? "fail" : "neutral"));
      // The colours the cell shows: a group's when any of its rules holds (invalid data may also
      // be below the target, so both fail rules can hold).
      expect([indicator.code, [...new Set(on)]]).toEqual([indicator.code, [group]]);
    }
    hf.destroy();
  });
});
