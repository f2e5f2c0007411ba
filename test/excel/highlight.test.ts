/** applyHighlighting against the recording fake Excel: idempotent, user's rules untouched, two syncs. */
import { INDICATORS } from "../../src/domain/catalog";
import { moveFormula, normalizeFormula } from "../../src/domain/check";
import { cellAddress, columnLetter } from "../../src/domain/layout/a1";
import {
  COLUMNS,
  ROWS,
  appendixRows,
  buildAppendixLayout,
  legendColumnOf,
  LEGEND_ENTRIES,
  LEGEND_TITLE,
  periodName,
} from "../../src/domain/layout/appendixLayout";
import { HIGHLIGHT_COLORS } from "../../src/domain/layout/palette";
import { detectCapabilities } from "../../src/excel/capabilities";
import { applyHighlighting, legacyVerdictRuleFormulas, locateTable, recogniseRule } from "../../src/excel/highlight";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { renderLayout } from "../../src/excel/renderLayout";
import { createFakeExcel, DEFAULT_REQUIREMENT_SETS, type FakeConditionalFormatState, type FakeExcel } from "../fakes/excelFake";

const SHEET = "Phụ lục 2024";
const rows = appendixRows();
const rowOf = (code: (typeof INDICATORS)[number]["code"]): number => rows.indicators.get(code)!;
const RULES_PER_TABLE = buildAppendixLayout().conditionalFormats.length;
const RULES_PER_ROW = RULES_PER_TABLE / 11;

const capabilitiesOf = (excel: FakeExcel) => detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));

async function inserted(requirementSets = DEFAULT_REQUIREMENT_SETS): Promise<FakeExcel> {
  const excel = createFakeExcel({ requirementSets });
  await insertAppendix(excel.context, { capabilities: capabilitiesOf(excel) });
  return excel;
}

async function highlight(excel: FakeExcel, sheetName = SHEET) {
  const before = excel.syncCount;
  const result = await applyHighlighting(excel.context, sheetName, { capabilities: capabilitiesOf(excel) });
  return { result, syncs: excel.syncCount - before };
}

const rulesOf = (excel: FakeExcel, sheetName = SHEET): FakeConditionalFormatState[] => excel.state.sheet(sheetName).conditionalFormats;
const describe1 = (f: FakeConditionalFormatState): string =>
  `${f.rect.top}:${f.rect.left}-${f.rect.bottom}:${f.rect.right} ${f.type} ${f.formula} ${f.fill} ${f.fontColor}`;

function userRule(excel: FakeExcel, rect: FakeConditionalFormatState["rect"], formula: string, fill = "#0000FF", fontColor = "#FFFFFF") {
  const rule: FakeConditionalFormatState = { rect, type: "Custom", formula, fill, fontColor, stopIfTrue: false };
  rulesOf(excel).push(rule);
  return rule;
}

describe("applyHighlighting", () => {
  it("writes the layout's rules and legend in exactly two syncs (one read, one write)", async () => {
    const excel = await inserted();
    rulesOf(excel).length = 0; // as if the insert had left them out
    const { result, syncs } = await highlight(excel);
    expect(syncs).toBe(2);
    expect(result).toEqual({ status: "applied", sheetName: SHEET, rules: RULES_PER_TABLE, replaced: 0, kept: 0 });
    const layout = buildAppendixLayout();
    expect(rulesOf(excel).map((f) => normalizeFormula(f.formula!)).sort()).toEqual(
      layout.conditionalFormats.map((spec) => normalizeFormula(spec.formula)).sort(),
    );
    const r = rowOf("IV.1");
    for (const column of [COLUMNS.result, COLUMNS.verdict]) {
      const here = rulesOf(excel).filter((f) => f.rect.top === r && f.rect.left <= column && f.rect.right >= column);
      expect(here.map((f) => [f.fill, f.fontColor]).sort()).toEqual(
        // Two fail rules (invalid data; a filled pair below the target), one of each other group.
        (["fail", "fail", "neutral", "pass"] as const).map((k) => [HIGHLIGHT_COLORS[k].fill, HIGHLIGHT_COLORS[k].fontColor]).sort(),
      );
    }
    expect(rulesOf(excel).filter((f) => f.rect.left === COLUMNS.numerator && f.rect.right === COLUMNS.denominator)).toHaveLength(11); // inputs H:I
  });

  it("is idempotent: applying twice leaves the same rules, never duplicates", async () => {
    const excel = await inserted();
    await highlight(excel);
    const once = rulesOf(excel).map(describe1).sort();
    const { result } = await highlight(excel);
    expect(result.replaced).toBe(RULES_PER_TABLE);
    expect(rulesOf(excel).map(describe1).sort()).toEqual(once);
    expect(rulesOf(excel)).toHaveLength(RULES_PER_TABLE);
  });

  it("replaces the rules the insert wrote (recognised by their formulas)", async () => {
    const excel = await inserted();
    expect(rulesOf(excel)).toHaveLength(RULES_PER_TABLE);
    const { result } = await highlight(excel);
    expect([result.replaced, result.kept, rulesOf(excel).length]).toEqual([RULES_PER_TABLE, 0, RULES_PER_TABLE]);
  });

  it("never touches the user's own rules, on another range or on the same cells", async () => {
    const excel = await inserted();
    const r = rowOf("I.1");
    const mine = [
      userRule(excel, { top: r, left: 12, bottom: r, right: 12 }, `=L${r}<>""`),
      userRule(excel, { top: r, left: 9, bottom: r, right: 10 }, `=I${r}>0.99`),
      // The shape of a monthly verdict rule, but the user's colours: the user's.
      userRule(excel, { top: r, left: 11, bottom: r, right: 11 }, `=$J${r}="Đạt"`),
    ];
    const other = { rect: { top: 30, left: 1, bottom: 40, right: 1 }, type: "ColorScale", formula: null, fill: null, fontColor: null, stopIfTrue: false };
    rulesOf(excel).push(other);
    const snapshot = mine.map(describe1);
    const { result } = await highlight(excel);
    expect(result.kept).toBe(4);
    expect(rulesOf(excel)).toHaveLength(RULES_PER_TABLE + 4);
    for (const [i, rule] of mine.entries()) {
      expect(rulesOf(excel)).toContain(rule);
      expect(describe1(rule)).toBe(snapshot[i]);
    }
    expect(rulesOf(excel)).toContain(other);
    await highlight(excel);
    expect(rulesOf(excel)).toHaveLength(RULES_PER_TABLE + 4);
  });

  it("follows rows inserted above and inside the table", async () => {
    const excel = await inserted();
    excel.state.insertRows(SHEET, 2, 2);
    excel.state.insertRows(SHEET, rowOf("III.1") + 2, 1);
    const { result } = await highlight(excel);
    expect([result.replaced, result.rules]).toEqual([RULES_PER_TABLE, RULES_PER_TABLE]);
    for (const indicator of INDICATORS) {
      const row = rowOf(indicator.code) + 2 + (indicator.section === "I" || indicator.section === "II" ? 0 : 1);
      const here = rulesOf(excel).filter((f) => f.rect.top === row);
      expect(here).toHaveLength(RULES_PER_ROW);
      // The verdict rules read b (and a), the empty Ghi chú's rule the row's Đánh giá.
      const reads = [`${columnLetter(COLUMNS.numerator)}${row}`, `$${columnLetter(COLUMNS.verdict)}${row}`];
      expect(here.every((f) => reads.some((cell) => f.formula!.includes(cell)))).toBe(true);
    }
  });

  it("rewrites the legend beside the table", async () => {
    const excel = await inserted();
    const legend = columnLetter(legendColumnOf({}));
    const top = ROWS.headerTop;
    excel.state.setContents(SHEET, `${legend}${top}:${legend}${top + LEGEND_ENTRIES.length}`, LEGEND_ENTRIES.map(() => [""]).concat([[""]]));
    await highlight(excel);
    expect(excel.state.content(SHEET, `${legend}${top}`)).toBe(LEGEND_TITLE);
    LEGEND_ENTRIES.forEach((entry, i) => {
      const cell = excel.state.cell(SHEET, `${legend}${top + 1 + i}`);
      expect([cell.content, cell.fill, cell.font.color]).toEqual([entry.text, HIGHLIGHT_COLORS[entry.kind].fill, HIGHLIGHT_COLORS[entry.kind].fontColor]);
    });
  });

  it("highlights a monthly table with its verdict-text rules", async () => {
    const excel = createFakeExcel();
    const layout = buildAppendixLayout({ year: 2024, unitName: "Sở", formulas: "native", monthly: { period: { kind: "month", month: 3 } } });
    const sheet = excel.context.workbook.worksheets.add(SHEET);
    excel.state.setName(periodName("KPI", "list"), SHEET, "$Z$1:$Z$20"); // the period drop-down's source
    renderLayout(sheet, layout, { features: capabilitiesOf(excel).features });
    await excel.context.sync();
    const written = rulesOf(excel).length;
    // The period's and the year to date's verdict rules, and the empty Ghi chú of a miss.
    expect(written).toBe(11 * 7);
    const { result } = await highlight(excel);
    expect([result.replaced, result.rules, rulesOf(excel).length]).toEqual([written, written, written]);
    const legend = `${columnLetter(legendColumnOf({ monthly: { period: { kind: "year" } } }))}${ROWS.headerTop}`;
    expect(excel.state.content(SHEET, legend)).toBe(LEGEND_TITLE);
  });

  it("reports a missing sheet after one sync, and writes nothing to a protected one", async () => {
    const excel = await inserted();
    expect(await highlight(excel, "Không có")).toEqual({
      result: { status: "sheetMissing", sheetName: "Không có", rules: 0, replaced: 0, kept: 0 },
      syncs: 1,
    });
    excel.state.protect(SHEET);
    const mutations = excel.state.mutations;
    const { result, syncs } = await highlight(excel);
    expect([result.status, syncs, excel.state.mutations]).toEqual(["protected", 1, mutations]);
  });

  it("writes nothing on a sheet without the table", async () => {
    const excel = createFakeExcel({ sheets: { Khác: { A1: "x" } } });
    const { result, syncs } = await highlight(excel, "Khác");
    expect([result.status, syncs, rulesOf(excel, "Khác").length]).toEqual(["tableMissing", 1, 0]);
  });

  it("does nothing where conditional formats are not supported (ExcelApi 1.5)", async () => {
    const excel = createFakeExcel({ requirementSets: { ExcelApi: "1.5" } });
    const { result, syncs } = await highlight(excel);
    expect([result.status, syncs]).toEqual(["unsupported", 0]);
  });
});

describe("a table moved to row 1,000 and column Z", () => {
  it("is found through its name; every rule lands on its moved row, within Excel's 255 characters", async () => {
    const excel = await inserted();
    excel.state.insertRows(SHEET, 1, 1000 - ROWS.headerTop);
    excel.state.insertColumns(SHEET, 1, 25);
    const { result, syncs } = await highlight(excel);
    expect([result, syncs]).toEqual([{ status: "applied", sheetName: SHEET, rules: RULES_PER_TABLE, replaced: RULES_PER_TABLE, kept: 0 }, 2]);
    const rules = rulesOf(excel);
    expect(rules).toHaveLength(RULES_PER_TABLE);
    expect(Math.max(...rules.map((f) => f.formula!.length))).toBeLessThanOrEqual(255);
    for (const indicator of INDICATORS) {
      const row = rowOf(indicator.code) + 1000 - ROWS.headerTop;
      const here = rules.filter((f) => f.rect.top === row);
      expect(here).toHaveLength(RULES_PER_ROW);
      const reads = [`${columnLetter(COLUMNS.numerator + 25)}${row}`, `$${columnLetter(COLUMNS.verdict + 25)}${row}`];
      expect(here.every((f) => f.rect.left > 26 && reads.some((cell) => f.formula!.includes(cell)))).toBe(true);
      // The empty Ghi chú of a miss: marked in the moved Ghi chú cell.
      expect(here.filter((f) => f.rect.left === COLUMNS.note + 25)).toHaveLength(1);
    }
    const legendColumn = legendColumnOf({}) + 25;
    expect(excel.state.content(SHEET, cellAddress(1000, legendColumn))).toBe(LEGEND_TITLE);
  });

  it("is not looked for where its name points into another sheet", async () => {
    const excel = await inserted();
    excel.state.insertRows(SHEET, 1, 1000 - ROWS.headerTop);
    const table = excel.state.name("KPI_TABLE")!;
    excel.state.setName("KPI_TABLE", "Sheet1", table.address!);
    excel.state.setContents("Sheet1", table.address!.split(":")[0].replace(/\$/g, ""), "STT");
    const { result } = await highlight(excel);
    expect(result.status).toBe("tableMissing");
    expect(locateTable([], undefined).rows.size).toBe(0);
  });
});

describe("rules written by an earlier version", () => {
  it("are replaced, not stacked under the new ones", async () => {
    const excel = await inserted();
    // The older single-rule groups on every result cell, as an earlier insert wrote them.
    rulesOf(excel).length = 0;
    for (const indicator of INDICATORS) {
      const row = rowOf(indicator.code);
      for (const column of [COLUMNS.result, COLUMNS.verdict]) {
        for (const { kind, formula } of legacyVerdictRuleFormulas(indicator.target)) {
          const here = moveFormula(formula, row - 1, column - 1);
          userRule(excel, { top: row, left: column, bottom: row, right: column }, here, HIGHLIGHT_COLORS[kind].fill, HIGHLIGHT_COLORS[kind].fontColor);
        }
      }
    }
    const old = rulesOf(excel).length;
    expect(old).toBe(11 * 2 * 3);
    const { result } = await highlight(excel);
    expect([result.replaced, result.kept, rulesOf(excel).length]).toEqual([old, 0, RULES_PER_TABLE]);
  });
});

describe("recogniseRule", () => {
  it("knows the add-in's rules by shape (and, for short ones, by colour), whatever row they are on", () => {
    const layout = buildAppendixLayout();
    for (const spec of layout.conditionalFormats) {
      const moved = moveFormula(spec.formula, 7);
      // The short rule of an empty Ghi chú is known by its colours too; the others by shape alone.
      const colours = spec.kind === "missingNote" ? spec.style : { fill: null, fontColor: null };
      expect(recogniseRule({ type: "Custom", formula: moved, ...colours })).toBe(spec.kind);
      if (spec.kind === "missingNote") expect(recogniseRule({ type: "Custom", formula: moved, fill: "#FFFFFF", fontColor: null })).toBeUndefined();
    }
    expect(recogniseRule({ type: "Custom", formula: '=$J7="Đạt"', fill: "#C6EFCE", fontColor: "#006100" })).toBe("pass");
    expect(recogniseRule({ type: "Custom", formula: '=$J7="Đạt"', fill: "#0000FF", fontColor: "#006100" })).toBeUndefined();
    expect(recogniseRule({ type: "Custom", formula: "=I8>0.99", fill: "#C6EFCE", fontColor: "#006100" })).toBeUndefined();
    expect(recogniseRule({ type: "CellValue", formula: null, fill: null, fontColor: null })).toBeUndefined();
  });
});
