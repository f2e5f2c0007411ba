/**
 * The appendix as the check reads it, without Excel: the layout's cells as a sheet, b and a typed
 * in, and what Excel would show computed by the plan's rules as the independent oracle states them
 * (test/oracle/planRules.ts; plain table), so that tests of the check and of the report summary can
 * build any situation cell by cell.
 */
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { locateAppendix, type AppendixSnapshot } from "../../src/domain/check";
import { COLUMNS, appendixRows, buildAppendixLayout, type AppendixOptions } from "../../src/domain/layout/appendixLayout";
import type { CellInput } from "../../src/domain/ratio";
import { planTarget, shownResult, verdict as oracleVerdict } from "../oracle/planRules";
import { FILLED_DOCUMENT } from "./document";

export const SHEET = "Phụ lục 2024";
const rows = appendixRows();
export const rowOf = (code: IndicatorCode): number => rows.indicators.get(code)!;

export type Grid = CellInput[][];

export interface TestSheet {
  formulas: Grid;
  values: Grid;
  names: { name: string; reference: string }[];
}

/** Good figures for every indicator: b/a meets the target exactly. */
export function passingInputs(): Map<IndicatorCode, [CellInput, CellInput]> {
  return new Map(INDICATORS.map((i) => [i.code, [Math.round(i.target.fraction * 1000), 1000]]));
}

/** The layout rendered as a sheet: contents, inputs, names; values computed. */
export function tableSheet(options: Partial<AppendixOptions> = {}, inputs = passingInputs()): TestSheet {
  const layout = buildAppendixLayout({
    year: 2024,
    unitName: "Sở Du lịch tỉnh Kiên Giang",
    formulas: "kpi",
    document: FILLED_DOCUMENT,
    ...options,
  });
  const formulas: Grid = layout.cells.map((row) => row.map((c) => c ?? ""));
  while (formulas.length < appendixRows().lastRow + 10) formulas.push([]);
  if (!options.monthly) {
    for (const [code, [b, a]] of inputs) {
      formulas[rowOf(code) - 1][COLUMNS.numerator - 1] = b;
      formulas[rowOf(code) - 1][COLUMNS.denominator - 1] = a;
    }
  }
  const sheet: TestSheet = {
    formulas,
    values: [],
    names: layout.names.map((n) => ({ name: n.name, reference: `='${SHEET}'!${n.address}` })),
  };
  recalc(sheet);
  return sheet;
}

/**
 * Computes what Excel would show: the table's result and verdict formulas from b, a, target, by
 * the plan's rules as the independent oracle states them (test/oracle/planRules.ts).
 */
export function recalc(sheet: TestSheet): void {
  sheet.values = sheet.formulas.map((row) => row.map((c) => c));
  const located = locateAppendix(sheet.formulas);
  const c = located.columns;
  for (const indicator of INDICATORS) {
    const row = located.rows.get(indicator.code);
    if (row === undefined) continue;
    const get = (column: number): CellInput => sheet.values[row - 1][column - 1] ?? "";
    if (located.mode === "monthly") {
      // Sums of the months are not modelled here: each test sets the monthly values it needs.
      for (const column of [c.numerator, c.denominator, c.result, c.verdict]) {
        if (typeof sheet.formulas[row - 1][column - 1] === "string" && String(sheet.formulas[row - 1][column - 1]).startsWith("=")) {
          sheet.values[row - 1][column - 1] = "";
        }
      }
      continue;
    }
    const [b, a, target] = [get(c.numerator), get(c.denominator), get(c.target)];
    const isF = (column: number): boolean => String(sheet.formulas[row - 1][column - 1]).startsWith("=");
    // Kết quả shows the ratio only beside Đạt / Không đạt: blank otherwise, never an error code.
    if (isF(c.result)) sheet.values[row - 1][c.result - 1] = shownResult(b, a, target, planTarget(indicator.code));
    if (isF(c.verdict)) sheet.values[row - 1][c.verdict - 1] = oracleVerdict(b, a, target, planTarget(indicator.code));
  }
}

export function snapshot(sheet: TestSheet, sheetName = SHEET): AppendixSnapshot {
  return { sheetName, sheetExists: true, values: sheet.values, formulas: sheet.formulas, names: sheet.names };
}

/** Types one cell (a value or a formula) and recomputes. */
export function set(sheet: TestSheet, address: string, content: CellInput): void {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  while (sheet.formulas.length < row) sheet.formulas.push([]);
  sheet.formulas[row - 1][column - 1] = content;
  recalc(sheet);
}
