/**
 * The portable copy ("Chuẩn bị bản nộp"): its name, its contents (free of KPI.*, evaluated by
 * HyperFormula to the verdicts KPI.STATUS gives), the working sheet unchanged, two syncs.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { isFormula, usesCustomFunctions } from "../../src/domain/check";
import { cellAddress, columnLetter } from "../../src/domain/layout/a1";
import {
  COLUMNS,
  MONTHLY_COLUMNS,
  MONTHLY_SHEET_NAME,
  PERIOD_CELLS,
  ROWS,
  appendixRows,
  buildAppendixLayout,
  inputValueColumn,
} from "../../src/domain/layout/appendixLayout";
import { frameBottomRows } from "../../src/domain/layout/documentFrame";
import { buildMonthlyLayout, monthlyCellAddress } from "../../src/domain/layout/monthlyLayout";
import {
  MAX_SHEET_NAME_LENGTH,
  planPortableCopy,
  portablePeriodText,
  portableSheetName,
  sanitizeSheetName,
  translateKpiFormula,
  uniqueSheetName,
} from "../../src/domain/portable";
import { nativeRatioFormula, nativeVerdictFormula, shownResultFormula, shownSumFormula } from "../../src/domain/nativeFormulas";
import type { CellInput } from "../../src/domain/ratio";
import { detectCapabilities } from "../../src/excel/capabilities";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { preparePortableCopy, type PortableCopyOptions } from "../../src/excel/portableCopy";
import { renderLayout } from "../../src/excel/renderLayout";
import { createFakeExcel, DEFAULT_REQUIREMENT_SETS, type FakeExcel, type FakeExcelOptions } from "../fakes/excelFake";
import { ENGINE_CONFIG, raw } from "../helpers/hyperformula";
import { planTarget, shownRatio, verdict as oracleVerdict } from "../oracle/planRules";

const SHEET = "Phụ lục 2024";
const COPY = "Bản nộp Cả năm 2024";
const rowOf = (code: IndicatorCode): number => appendixRows().indicators.get(code)!;
const at = (code: IndicatorCode, column: number): string => `${columnLetter(column)}${rowOf(code)}`;
const capabilitiesOf = (excel: FakeExcel) => detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));

/** Figures that give every verdict: passes, a fail, no data, nothing arose, invalid. */
const FIGURES: Partial<Record<IndicatorCode, [CellInput, CellInput]>> = {
  "I.1": [45, 100],
  "I.2": [49, 100],
  "I.3": [null, 10],
  "II.1": [0, 0],
  "III.1": [7, 7],
  "III.2": [-1, 4],
  "III.3": [12, 12],
  "IV.1": [37998, 40000],
};

async function workbook(options: FakeExcelOptions = {}, requirementSets = DEFAULT_REQUIREMENT_SETS): Promise<FakeExcel> {
  const excel = createFakeExcel({ requirementSets, ...options });
  await insertAppendix(excel.context, { capabilities: capabilitiesOf(excel) });
  for (const [code, [b, a]] of Object.entries(FIGURES) as [IndicatorCode, [CellInput, CellInput]][]) {
    if (b !== null) excel.state.setContents(SHEET, at(code, COLUMNS.numerator), b as number);
    if (a !== null) excel.state.setContents(SHEET, at(code, COLUMNS.denominator), a as number);
  }
  return excel;
}

async function copy(excel: FakeExcel, options: PortableCopyOptions = {}) {
  const before = excel.syncCount;
  const result = await preparePortableCopy(excel.context, SHEET, {
    canCopySheets: excel.requirements.isSetSupported("ExcelApi", "1.7"),
    ...options,
  });
  return { result, syncs: excel.syncCount - before };
}

/** Every cell of a sheet of the fake, as [address, content]. */
function cellsOf(excel: FakeExcel, sheetName: string): [string, unknown][] {
  return [...excel.state.sheet(sheetName).cells].map(([key, cell]) => {
    const [row, column] = key.split(":").map(Number);
    return [`${columnLetter(column)}${row}`, cell.content];
  });
}

const sheetState = (excel: FakeExcel, sheetName: string): string => JSON.stringify({ ...excel.state.sheet(sheetName), cells: [...excel.state.sheet(sheetName).cells] });

/** Evaluates sheets of the fake with HyperFormula; returns a reader of computed values. */
function evaluate(excel: FakeExcel, sheetNames: readonly string[]): (sheetName: string, address: string) => unknown {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const name of sheetNames) {
    const grid: RawCellContent[][] = [];
    for (const [key, cell] of excel.state.sheet(name).cells) {
      const [row, column] = key.split(":").map(Number);
      while (grid.length < row) grid.push([]);
      const content = cell.content;
      grid[row - 1][column - 1] = typeof content === "string" && !content.startsWith("=") && content !== "" ? `'${content}` : content === "" ? null : content;
    }
    sheets[name] = grid.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
  return (sheetName, address) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const value = hf.getCellValue({ sheet: hf.getSheetId(sheetName)!, row: Number(match[2]) - 1, col });
    return value !== null && typeof value === "object" ? (value as { value: string }).value : value;
  };
}

/** The plan's verdict for one row, by the independent oracle (the target cell holds the plan's figure). */
function expectedVerdict(code: IndicatorCode, b: CellInput, a: CellInput): string {
  return oracleVerdict(b, a, null, planTarget(code));
}

describe("the copy's name", () => {
  it("names the period, stays within 31 valid characters, never takes an existing name", () => {
    expect(portablePeriodText({ kind: "month", month: 3 }, 2024)).toBe("Tháng 3-2024");
    expect(portablePeriodText({ kind: "quarter", quarter: 2 }, 2024)).toBe("Quý II-2024");
    expect(portablePeriodText({ kind: "sixMonths" }, 2024)).toBe("6 tháng 2024");
    expect(portableSheetName({ kind: "year" }, 2024, [])).toBe(COPY);
    expect(portableSheetName({ kind: "month", month: 3 }, 2024, ["bản nộp tháng 3-2024"])).toBe("Bản nộp Tháng 3-2024 (2)");
    expect(portableSheetName({ kind: "year" }, 2024, [COPY, `${COPY} (2)`])).toBe(`${COPY} (3)`);
    const long = uniqueSheetName("Bản nộp [Sở Du lịch]: kỳ 1/2024 * rất dài ?", ["Bản nộp -Sở Du lịch-- kỳ 1-2024"]);
    expect(long.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(long).not.toMatch(/[[\]:*?/\\]/);
    expect(sanitizeSheetName("'x'")).toBe("x");
    const taken = Array.from({ length: 12 }, (_, i) => (i === 0 ? "a".repeat(31) : `${"a".repeat(31 - ` (${i + 1})`.length)} (${i + 1})`));
    expect(uniqueSheetName("a".repeat(40), taken)).toBe(`${"a".repeat(26)} (13)`);
  });
});

describe("translateKpiFormula", () => {
  it("turns simple KPI.* calls into native formulas, and leaves the rest", () => {
    expect(translateKpiFormula("=KPI.ONTIME(B5:M5,B6:M6)")).toMatch(/^=IF\(OR\(COUNT\(B5:M5\)/);
    expect(translateKpiFormula('=KPI.STATUS("IV.1",G20,H20,F20)')).toContain('"Đạt"');
    // Without a target argument: the plan's 95%, written as the number.
    expect(translateKpiFormula('=KPI.STATUS("IV.1",G20,H20)')).toContain("IF(ISNUMBER(0.95),ROUND(MEDIAN(0,0.95,2)*10000,0),9500)");
    expect(translateKpiFormula("=KPI.RATIO(G8,H8)*100")).toBeUndefined();
    expect(translateKpiFormula("=KPI.NOPE(G8,H8)")).toBeUndefined();
    expect(translateKpiFormula('=KPI.STATUS("X.9",G8,H8)')).toBeUndefined();
  });

  it("gives the plan's verdict (the oracle), with a number, blank, text or no target", () => {
    const targets: readonly CellInput[] = [0.9, 0.99, null, "95%", true];
    const pairs: readonly [number, number][] = [[95, 100], [94, 100], [90, 100], [100, 100]];
    const cases = ["IV.1", "III.1"].flatMap((code) => targets.flatMap((t) => pairs.map(([b, a]) => ({ code, t, b, a }))));
    const hf = HyperFormula.buildFromArray(
      cases.map((c, i) => [
        raw(c.t),
        c.b,
        c.a,
        translateKpiFormula(`=KPI.STATUS("${c.code}",B${i + 1},C${i + 1},A${i + 1})`)!,
        translateKpiFormula(`=KPI.STATUS("${c.code}",B${i + 1},C${i + 1})`)!,
      ]),
      ENGINE_CONFIG,
    );
    const values = hf.getSheetValues(0);
    hf.destroy();
    cases.forEach((c, i) => {
      expect({ ...c, native: values[i][3] }).toEqual({ ...c, native: oracleVerdict(c.b, c.a, c.t, planTarget(c.code)) });
      expect({ ...c, native: values[i][4] }).toEqual({ ...c, native: oracleVerdict(c.b, c.a, null, planTarget(c.code)) });
    });
  });
});

describe("preparePortableCopy (native formulas)", () => {
  it("makes a copy named for the period, free of KPI.*, in two syncs, the working sheet unchanged", async () => {
    const excel = await workbook();
    const before = sheetState(excel, SHEET);
    const names = excel.state.names.size;
    const { result, syncs } = await copy(excel);
    expect(syncs).toBe(2);
    expect(result).toMatchObject({ status: "created", sourceSheet: SHEET, sheetName: COPY, mode: "formulas", rulesAdded: 0 });
    expect(sheetState(excel, SHEET)).toBe(before);
    expect(excel.state.names.size).toBe(names);
    const order = excel.state.sheets.map((s) => s.name);
    expect(order.indexOf(COPY)).toBe(order.indexOf(SHEET) + 1);
    expect(excel.state.activeSheetName).toBe(COPY);
    const formulas = cellsOf(excel, COPY).filter(([, c]) => isFormula(c as CellInput));
    expect(formulas.length).toBeGreaterThanOrEqual(22);
    expect(formulas.filter(([, c]) => usesCustomFunctions(c as string))).toEqual([]);
    // Highlighting intact, on the copy's own cells.
    const rules = excel.state.sheet(COPY).conditionalFormats;
    expect(rules).toHaveLength(buildAppendixLayout().conditionalFormats.length);
    expect(rules.every((f) => !f.formula!.includes("!") && !usesCustomFunctions(f.formula!))).toBe(true);
  });

  it("computes, without the add-in, the plan's verdicts (HyperFormula, judged by the oracle)", async () => {
    const excel = await workbook();
    await copy(excel);
    const value = evaluate(excel, [COPY]);
    for (const indicator of INDICATORS) {
      const [b, a] = FIGURES[indicator.code] ?? [null, null];
      expect([indicator.code, value(COPY, at(indicator.code, COLUMNS.verdict))]).toEqual([indicator.code, expectedVerdict(indicator.code, b, a)]);
    }
    expect(value(COPY, at("IV.1", COLUMNS.result))).toBe(37998 / 40000);
    // No ratio (nothing arose): Kết quả is blank in the copy too, never #N/A on paper.
    expect(value(COPY, at("I.3", COLUMNS.result))).toBe("");
  });

  it("translates or freezes KPI.* formulas outside the table", async () => {
    // The user's own cells under the document frame, beside the table's last column.
    const below = frameBottomRows(appendixRows().lastRow).last;
    const [simple, compound] = [cellAddress(below + 2, COLUMNS.note + 2), cellAddress(below + 3, COLUMNS.note + 2)];
    const excel = await workbook({
      calculate: (_sheet, row, column) => (row === below + 3 && column === COLUMNS.note + 2 ? 45 : ""),
    });
    const b = at("I.1", COLUMNS.numerator);
    const a = at("I.1", COLUMNS.denominator);
    excel.state.setContents(SHEET, simple, `=KPI.PAYMENT(${b},${a})`);
    excel.state.setContents(SHEET, compound, `=KPI.RATIO(${b},${a})*100`);
    const { result } = await copy(excel);
    expect(result.translated).toEqual([simple]);
    expect(result.frozen).toEqual([compound]);
    expect(excel.state.content(COPY, compound)).toBe(45);
    expect(usesCustomFunctions(String(excel.state.content(COPY, simple)))).toBe(false);
    expect(evaluate(excel, [COPY])(COPY, simple)).toBe(0.45);
  });

  it("adds (2) to the name when the copy exists, and never overwrites", async () => {
    const excel = await workbook();
    await copy(excel);
    excel.state.setContents(COPY, "A1", "sửa tay");
    const { result } = await copy(excel);
    expect(result.sheetName).toBe(`${COPY} (2)`);
    expect(excel.state.content(COPY, "A1")).toBe("sửa tay");
  });

  it("names the copy for the chosen period", async () => {
    const excel = await workbook();
    const { result } = await copy(excel, { period: { kind: "month", month: 3 } });
    expect(result.sheetName).toBe("Bản nộp Tháng 3-2024");
  });

  it("gives the copy the highlight rules the working sheet lacks", async () => {
    const excel = await workbook();
    excel.state.sheet(SHEET).conditionalFormats.length = 0;
    const { result } = await copy(excel);
    expect(result.rulesAdded).toBe(buildAppendixLayout().conditionalFormats.length);
    expect(excel.state.sheet(COPY).conditionalFormats).toHaveLength(result.rulesAdded);
    expect(excel.state.sheet(SHEET).conditionalFormats).toHaveLength(0);
  });

  it("copies a protected sheet: the copy is written, then protected again", async () => {
    const excel = await workbook();
    excel.state.protect(SHEET);
    const { result } = await copy(excel);
    expect(result.status).toBe("created");
    expect(excel.state.sheet(COPY).protection.protected).toBe(true);
    expect(usesCustomFunctions(String(excel.state.content(COPY, at("I.1", COLUMNS.result))))).toBe(false);
  });

  it("leaves no half-made copy when the working sheet has a password", async () => {
    const excel = await workbook();
    excel.state.protect(SHEET, "mật khẩu");
    const { result } = await copy(excel);
    expect(result.status).toBe("protected");
    expect(excel.state.sheets.map((s) => s.name)).not.toContain(COPY);
    expect(excel.state.activeSheetName).toBe(SHEET);
  });

  it("does nothing where sheets cannot be copied (ExcelApi 1.6), or without the sheet", async () => {
    const excel = await workbook({}, { ExcelApi: "1.6" });
    const { result, syncs } = await copy(excel);
    expect([result.status, syncs]).toEqual(["unsupported", 0]);
    const other = createFakeExcel({ sheets: { Khác: { A1: "x" } } });
    const missing = await preparePortableCopy(other.context, SHEET, { canCopySheets: true });
    expect(missing.status).toBe("sheetMissing");
    const noTable = await preparePortableCopy(other.context, "Khác", { canCopySheets: true });
    expect(noTable.status).toBe("tableMissing");
    expect(other.state.sheets).toHaveLength(1);
  });
});

describe("preparePortableCopy of a table moved on its sheet (the used range no longer starts at A1)", () => {
  /** Where the user's rows and columns pushed the table: the model's cell moved by (rows, columns). */
  interface Move {
    readonly name: string;
    readonly rows: number;
    readonly columns: number;
  }
  const MOVES: readonly Move[] = [
    { name: "rows inserted above", rows: 3, columns: 0 },
    { name: "columns inserted left", rows: 0, columns: 2 },
    { name: "rows above and columns left", rows: 2, columns: 1 },
    // Past the block the check reads (A1 to the monthly table's last column).
    { name: "many columns left", rows: 1, columns: 8 },
  ];

  /** The appendix, moved as a user would move it, with KPI.* formulas of the user's own beside and below it. */
  async function movedWorkbook(move: Move) {
    const excel = await workbook({
      // What Excel shows in the user's frozen cell (the fake computes no formula by itself).
      calculate: (_sheet, _row, _column, formula) => (formula.endsWith("*100") ? 45 : ""),
    });
    if (move.rows > 0) excel.state.insertRows(SHEET, 1, move.rows);
    if (move.columns > 0) excel.state.insertColumns(SHEET, 1, move.columns);
    const row = (code: IndicatorCode): number => rowOf(code) + move.rows;
    const cell = (r: number, column: number): string => cellAddress(r, column + move.columns);
    const refs = (code: IndicatorCode) => ({ numerator: cell(row(code), COLUMNS.numerator), denominator: cell(row(code), COLUMNS.denominator) });
    // Beside IV.1's row, past the legend and the frame's input block: a simple call (translated);
    // under the document frame: a compound one (frozen).
    const translatable = cell(row("IV.1"), inputValueColumn({}) + 2);
    const frozen = cell(frameBottomRows(appendixRows().lastRow).last + move.rows + 3, COLUMNS.name);
    excel.state.setContents(SHEET, translatable, `=KPI.ONTIME(${refs("IV.1").numerator},${refs("IV.1").denominator})`);
    excel.state.setContents(SHEET, frozen, `=KPI.RATIO(${refs("I.1").numerator},${refs("I.1").denominator})*100`);
    return { excel, row, cell, refs, translatable, frozen };
  }

  async function usedRangeAddress(excel: FakeExcel): Promise<string> {
    const used = excel.context.workbook.worksheets.getItem(SHEET).getUsedRange(true).load("address");
    await excel.context.sync();
    return used.address;
  }

  const contentsOf = (excel: FakeExcel, sheetName: string): Map<string, unknown> => new Map(cellsOf(excel, sheetName));

  it.each(MOVES)("$name: no KPI.* left, nothing else changed, each result and verdict the native formula of its own row", async (move) => {
    const { excel, row, cell, refs, translatable, frozen } = await movedWorkbook(move);
    // As Excel reports it, the used range starts at the first used cell, not A1.
    expect(await usedRangeAddress(excel)).toMatch(new RegExp(`!${cellAddress(1 + move.rows, 1 + move.columns)}:`));

    const { result } = await copy(excel);
    expect(result.status).toBe("created");
    const source = contentsOf(excel, SHEET);
    const copied = contentsOf(excel, COPY);

    // 1. No cell of the copy holds a KPI.* formula: nobody without the add-in sees #NAME?.
    expect([...copied].filter(([, content]) => typeof content === "string" && /KPI\./i.test(content))).toEqual([]);

    // 2. Every result and verdict cell holds the native formula of its own row.
    const tableCells = new Set<string>();
    for (const indicator of INDICATORS) {
      const r = row(indicator.code);
      const resultCell = cell(r, COLUMNS.result);
      const verdictCell = cell(r, COLUMNS.verdict);
      tableCells.add(resultCell).add(verdictCell);
      const { numerator: b, denominator: a } = refs(indicator.code);
      expect([indicator.code, copied.get(resultCell)]).toEqual([indicator.code, shownResultFormula(verdictCell, `${b}/${a}`)]);
      expect([indicator.code, copied.get(verdictCell)]).toEqual([
        indicator.code,
        nativeVerdictFormula(refs(indicator.code), cell(r, COLUMNS.target), indicator.target),
      ]);
    }

    // 3. The user's own KPI.* cells: translated in place, or frozen to what they showed.
    expect(result.translated).toEqual([translatable]);
    expect(result.frozen).toEqual([frozen]);
    expect(copied.get(translatable)).toBe(nativeRatioFormula(refs("IV.1")));
    expect(copied.get(frozen)).toBe(45);

    // 4. Nothing else changed: every other cell of the copy is the working sheet's.
    const changed = [...new Set([...source.keys(), ...copied.keys()])]
      .filter((address) => !tableCells.has(address) && address !== translatable && address !== frozen)
      .filter((address) => (source.get(address) ?? "") !== (copied.get(address) ?? ""))
      .map((address) => ({ address, before: source.get(address), after: copied.get(address) }));
    expect(changed).toEqual([]);

    // 5. Without the add-in, the copy shows the plan's verdicts (HyperFormula, judged by the oracle).
    const value = evaluate(excel, [COPY]);
    for (const indicator of INDICATORS) {
      const [b, a] = FIGURES[indicator.code] ?? [null, null];
      expect([indicator.code, value(COPY, cell(row(indicator.code), COLUMNS.verdict))]).toEqual([indicator.code, expectedVerdict(indicator.code, b, a)]);
    }
    expect(value(COPY, translatable)).toBe(37998 / 40000);
  });

  it.each(MOVES)("$name, values: the results as values in their own rows, nothing else changed", async (move) => {
    const { excel, row, cell, translatable, frozen } = await movedWorkbook(move);
    const { result } = await copy(excel, { mode: "values" });
    expect(result.frozen.slice().sort()).toEqual([frozen, translatable].sort());
    const source = contentsOf(excel, SHEET);
    const copied = contentsOf(excel, COPY);
    expect([...copied].filter(([, content]) => typeof content === "string" && content.startsWith("="))).toEqual([]);
    const tableCells = new Set<string>();
    for (const indicator of INDICATORS) {
      const [b, a] = FIGURES[indicator.code] ?? [null, null];
      const ratio = shownRatio(b, a);
      tableCells.add(cell(row(indicator.code), COLUMNS.result)).add(cell(row(indicator.code), COLUMNS.verdict));
      expect([indicator.code, copied.get(cell(row(indicator.code), COLUMNS.verdict))]).toEqual([indicator.code, expectedVerdict(indicator.code, b, a)]);
      expect([indicator.code, copied.get(cell(row(indicator.code), COLUMNS.result))]).toEqual([indicator.code, typeof ratio === "number" ? ratio : ""]);
    }
    // Every other formula (the document frame's over its input cells) is frozen to what it showed:
    // the copy holds values only (the fake shows "" for a formula it is not told to calculate).
    const frameFrozen = (address: string): boolean => isFormula(source.get(address) as CellInput) && (copied.get(address) ?? "") === "";
    const changed = [...new Set([...source.keys(), ...copied.keys()])]
      .filter((address) => !tableCells.has(address) && address !== translatable && address !== frozen)
      .filter((address) => (source.get(address) ?? "") !== (copied.get(address) ?? ""))
      .filter((address) => !frameFrozen(address));
    expect(changed).toEqual([]);
    expect([...source.keys()].filter(frameFrozen).length).toBeGreaterThan(0);
  });
});

describe("preparePortableCopy (values)", () => {
  it("writes the results as values: ratios, verdict words, blanks for no ratio", async () => {
    const excel = await workbook();
    const { result } = await copy(excel, { mode: "values" });
    expect(result.mode).toBe("values");
    for (const indicator of INDICATORS) {
      const [b, a] = FIGURES[indicator.code] ?? [null, null];
      expect(excel.state.content(COPY, at(indicator.code, COLUMNS.verdict))).toBe(expectedVerdict(indicator.code, b, a));
    }
    expect(excel.state.content(COPY, at("IV.1", COLUMNS.result))).toBe(37998 / 40000);
    expect(excel.state.content(COPY, at("I.3", COLUMNS.result))).toBe("");
    expect(cellsOf(excel, COPY).filter(([, c]) => isFormula(c as CellInput))).toEqual([]);
  });
});

describe("preparePortableCopy of a monthly table", () => {
  const period = { kind: "quarter", quarter: 1 } as const;
  const options = { year: 2024, unitName: "Sở Du lịch tỉnh Kiên Giang", formulas: "kpi", monthly: { period } } as const;

  async function monthlyWorkbook(): Promise<FakeExcel> {
    // What Excel shows in the period texts (the fake computes no formula by itself).
    const excel = createFakeExcel({
      calculate: (_sheet, _row, _column, formula) => (formula.startsWith('="Kỳ báo cáo') ? "Kỳ báo cáo: Quý I" : ""),
    });
    const features = capabilitiesOf(excel).features;
    const appendix = buildAppendixLayout(options);
    const monthly = buildMonthlyLayout(options);
    // Names first: the period cell's drop-down names the period list.
    excel.state.addSheet(SHEET);
    excel.state.addSheet(MONTHLY_SHEET_NAME);
    for (const [layout, sheet] of [[appendix, SHEET], [monthly, MONTHLY_SHEET_NAME]] as const) {
      for (const name of layout.names) excel.state.setName(name.name, sheet, name.address);
    }
    renderLayout(excel.context.workbook.worksheets.getItem(SHEET), appendix, { features });
    renderLayout(excel.context.workbook.worksheets.getItem(MONTHLY_SHEET_NAME), monthly, { features });
    await excel.context.sync();
    // Months 1–3 of IV.1: 30/30, 20/25, 29/30 (a quarter of 79/85); month 4 blank. I.1: only month 1.
    const put = (code: IndicatorCode, m: 1 | 2 | 3, b: number, a: number): void => {
      excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress(code, "numerator", m), b);
      excel.state.setContents(MONTHLY_SHEET_NAME, monthlyCellAddress(code, "denominator", m), a);
    };
    put("IV.1", 1, 30, 30);
    put("IV.1", 2, 20, 25);
    put("IV.1", 3, 29, 30);
    put("I.1", 1, 5, 10);
    return excel;
  }

  it("rewrites b, a, results and year to date over the period's fixed months: no KPI.*, period frozen", async () => {
    const excel = await monthlyWorkbook();
    const { result } = await copy(excel);
    expect(result.sheetName).toBe("Bản nộp Quý I-2024");
    const formulas = cellsOf(excel, result.sheetName!).filter(([, c]) => isFormula(c as CellInput));
    expect(formulas.filter(([, c]) => usesCustomFunctions(c as string))).toEqual([]);
    const r = rowOf("IV.1");
    const quarter = `'${MONTHLY_SHEET_NAME}'!${monthlyCellAddress("IV.1", "numerator", 1)}:${monthlyCellAddress("IV.1", "numerator", 3)}`;
    const verdictCell = `${columnLetter(MONTHLY_COLUMNS.verdict)}${r}`;
    expect(excel.state.content(result.sheetName!, `${columnLetter(MONTHLY_COLUMNS.numerator)}${r}`)).toBe(
      `=IF(OR(${verdictCell}="Đạt",${verdictCell}="Không đạt",${verdictCell}="Không phát sinh"),SUM(${quarter}),"")`,
    );
    // The period texts are frozen: the copy states its own period whatever the working sheet shows later.
    const periodHeading = `${columnLetter(MONTHLY_COLUMNS.numerator)}${ROWS.headerTop}`;
    expect(excel.state.content(result.sheetName!, periodHeading)).toBe("Kỳ báo cáo: Quý I");
    expect(excel.state.content(SHEET, periodHeading)).toMatch(/^="Kỳ báo cáo/);
    const value = evaluate(excel, [result.sheetName!, MONTHLY_SHEET_NAME]);
    const cell = (column: number, code: IndicatorCode = "IV.1"): unknown => value(result.sheetName!, `${columnLetter(column)}${rowOf(code)}`);
    expect([cell(MONTHLY_COLUMNS.numerator), cell(MONTHLY_COLUMNS.denominator)]).toEqual([79, 85]);
    expect(cell(MONTHLY_COLUMNS.result)).toBe(79 / 85);
    expect(cell(MONTHLY_COLUMNS.verdict)).toBe("Không đạt");
    expect(cell(MONTHLY_COLUMNS.ytdVerdict)).toBe("Không đạt");
    // A quarter with only month 1 entered is not judged from it: no verdict, and no b, a or Kết quả.
    expect(cell(MONTHLY_COLUMNS.verdict, "I.1")).toBe("Chưa có số liệu");
    expect([MONTHLY_COLUMNS.numerator, MONTHLY_COLUMNS.denominator, MONTHLY_COLUMNS.result].map((c) => cell(c, "I.1"))).toEqual(["", "", ""]);
    expect(cell(MONTHLY_COLUMNS.verdict, "V.1")).toBe("Chưa có số liệu");
  });

  it.each([
    { mode: "formulas", rows: 2, columns: 3 },
    { mode: "values", rows: 2, columns: 3 },
  ] as const)("moved down and right ($rows rows, $columns columns), $mode: every row's cells its own, nothing else changed", async (move) => {
    const excel = await monthlyWorkbook();
    excel.state.insertRows(SHEET, 1, move.rows);
    excel.state.insertColumns(SHEET, 1, move.columns);
    const before = new Map(cellsOf(excel, SHEET));
    const { result } = await copy(excel, { mode: move.mode });
    expect(result.sheetName).toBe("Bản nộp Quý I-2024");
    const copied = new Map(cellsOf(excel, result.sheetName!));
    expect([...copied].filter(([, content]) => typeof content === "string" && /KPI\./i.test(content))).toEqual([]);

    const cell = (code: IndicatorCode, column: number): string => cellAddress(rowOf(code) + move.rows, column + move.columns);
    const quarter = (code: IndicatorCode, part: "numerator" | "denominator"): string =>
      `'${MONTHLY_SHEET_NAME}'!${monthlyCellAddress(code, part, 1)}:${monthlyCellAddress(code, part, 3)}`;
    const tableCells = new Set<string>();
    for (const indicator of INDICATORS) {
      const code = indicator.code;
      const own = {
        numerator: cell(code, MONTHLY_COLUMNS.numerator),
        denominator: cell(code, MONTHLY_COLUMNS.denominator),
        result: cell(code, MONTHLY_COLUMNS.result),
        verdict: cell(code, MONTHLY_COLUMNS.verdict),
        ytdResult: cell(code, MONTHLY_COLUMNS.ytdResult),
        ytdVerdict: cell(code, MONTHLY_COLUMNS.ytdVerdict),
      };
      Object.values(own).forEach((address) => tableCells.add(address));
      const target = cell(code, MONTHLY_COLUMNS.target);
      // Quý I: months 1–3, for the period and the year to date alike.
      const refs = { numerator: quarter(code, "numerator"), denominator: quarter(code, "denominator") };
      if (move.mode === "formulas") {
        expect([code, copied.get(own.numerator)]).toEqual([code, shownSumFormula(own.verdict, `SUM(${refs.numerator})`)]);
        const ratio = `SUM(${refs.numerator})/SUM(${refs.denominator})`;
        expect([code, copied.get(own.result), copied.get(own.ytdResult)]).toEqual([
          code,
          shownResultFormula(own.verdict, ratio),
          shownResultFormula(own.ytdVerdict, ratio),
        ]);
        const verdict = nativeVerdictFormula(refs, target, indicator.target);
        expect([code, copied.get(own.verdict), copied.get(own.ytdVerdict)]).toEqual([code, verdict, verdict]);
      } else {
        expect([code, typeof copied.get(own.verdict)]).toEqual([code, "string"]);
        expect([code, String(copied.get(own.verdict)).startsWith("=")]).toEqual([code, false]);
      }
    }
    if (move.mode === "values") {
      expect([copied.get(cell("IV.1", MONTHLY_COLUMNS.numerator)), copied.get(cell("IV.1", MONTHLY_COLUMNS.denominator))]).toEqual([79, 85]);
      expect(copied.get(cell("IV.1", MONTHLY_COLUMNS.result))).toBe(79 / 85);
      expect(copied.get(cell("IV.1", MONTHLY_COLUMNS.ytdVerdict))).toBe("Không đạt");
    }
    // Everything else is the working sheet's, but for the period texts, frozen to what they showed.
    const periodRow = 1 + move.rows + Number(/\d+/.exec(PERIOD_CELLS.period)![0]) - 1;
    const headerTop = periodRow + (ROWS.headerTop - Number(/\d+/.exec(PERIOD_CELLS.period)![0]));
    const changed = [...new Set([...before.keys(), ...copied.keys()])]
      .filter((address) => !tableCells.has(address))
      .filter((address) => (before.get(address) ?? "") !== (copied.get(address) ?? ""))
      .filter((address) => {
        const frozenText = [periodRow, headerTop].includes(Number(/\d+/.exec(address)![0])) && isFormula(before.get(address) as CellInput);
        // In values mode every formula is frozen (the document frame's too): the copy holds values only.
        const frozenValue = move.mode === "values" && isFormula(before.get(address) as CellInput);
        return !(frozenText || frozenValue) || isFormula(copied.get(address) as CellInput);
      });
    expect(changed).toEqual([]);
    expect(copied.get(cellAddress(periodRow, MONTHLY_COLUMNS.numerator + move.columns))).toBe("Quý I");
  });

  it("in values mode computes the period and the year to date from the months", async () => {
    const excel = await monthlyWorkbook();
    const { result } = await copy(excel, { mode: "values" });
    const r = rowOf("IV.1");
    const content = (column: number): unknown => excel.state.content(result.sheetName!, `${columnLetter(column)}${r}`);
    expect([content(MONTHLY_COLUMNS.numerator), content(MONTHLY_COLUMNS.denominator), content(MONTHLY_COLUMNS.result)]).toEqual([79, 85, 79 / 85]);
    expect(content(MONTHLY_COLUMNS.verdict)).toBe("Không đạt");
    const i1 = (column: number): unknown => excel.state.content(result.sheetName!, `${columnLetter(column)}${rowOf("I.1")}`);
    expect([MONTHLY_COLUMNS.numerator, MONTHLY_COLUMNS.denominator, MONTHLY_COLUMNS.result, MONTHLY_COLUMNS.verdict].map(i1)).toEqual([
      "",
      "",
      "",
      "Chưa có số liệu",
    ]);
    expect(cellsOf(excel, result.sheetName!).filter(([, c]) => isFormula(c as CellInput) && usesCustomFunctions(c as string))).toEqual([]);
  });
});

describe("planPortableCopy without a sheet read", () => {
  it("plans nothing for a sheet without the table", () => {
    const plan = planPortableCopy({
      snapshot: { sheetName: "X", sheetExists: true, values: [["a"]], formulas: [["a"]], names: [] },
      mode: "formulas",
    });
    expect(plan.writes).toEqual([]);
    expect(plan.period).toEqual({ kind: "year" });
  });
});
