/**
 * What the self-test reads back from Excel, through the tables' own defined names (so a change of
 * column order moves nothing here): per indicator the cells of a row, queued for one sync, and
 * turned into the cells the domain judges (src/domain/selfTest.ts).
 */
import { INDICATORS, type IndicatorCode } from "../domain/catalog";
import { indicatorName, monthlyIndicatorName, type MonthlyNamePart, type NamePart } from "../domain/layout/appendixLayout";
import { isBusyValue, rowExpectations, type CheckedCell, type ExpectedRow, type ExpectedValue } from "../domain/selfTest";
import type { CellInput } from "../domain/ratio";

export type RowCellPart = NamePart | MonthlyNamePart;

/** The cell a name points at (a null object when the name or its range is missing); not loaded. */
export function namedRange(context: Excel.RequestContext, name: string): Excel.Range {
  return context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
}

function nameOf(prefix: string, code: IndicatorCode, part: RowCellPart): string {
  return part === "ytdResult" || part === "ytdVerdict" ? monthlyIndicatorName(prefix, code, part) : indicatorName(prefix, code, part);
}

/** One indicator's cells, each loaded with address, values and formulas. */
export type QueuedRows = ReadonlyMap<IndicatorCode, ReadonlyMap<RowCellPart, Excel.Range>>;

export function queueRows(context: Excel.RequestContext, prefix: string, parts: readonly RowCellPart[]): QueuedRows {
  return new Map(
    INDICATORS.map((indicator) => [
      indicator.code,
      new Map(parts.map((part) => [part, namedRange(context, nameOf(prefix, indicator.code, part)).load("address,values,formulas")])),
    ]),
  );
}

/** A cell as read: what it shows, what it holds, where it is ("" when the name is missing). */
export interface ReadCell {
  readonly value: CellInput;
  readonly formula: CellInput;
  readonly address: string;
}

export type ReadRows = ReadonlyMap<IndicatorCode, ReadonlyMap<RowCellPart, ReadCell>>;

const MISSING: ReadCell = { value: null, formula: null, address: "" };

function readCell(range: Excel.Range): ReadCell {
  if (range.isNullObject) return MISSING;
  return { value: range.values[0]?.[0] as CellInput, formula: range.formulas[0]?.[0] as CellInput, address: range.address };
}

export function readRows(queued: QueuedRows): ReadRows {
  return new Map([...queued].map(([code, cells]) => [code, new Map([...cells].map(([part, range]) => [part, readCell(range)]))]));
}

/** The Chỉ tiêu of each indicator as read (the targets the verdicts are judged against). */
export function targetsOf(rows: ReadRows): Partial<Record<IndicatorCode, CellInput>> {
  return Object.fromEntries([...rows].map(([code, cells]) => [code, cells.get("target")?.value ?? null]));
}

/** Every value read (for the #BUSY! test). */
export function allValues(rows: ReadRows): CellInput[] {
  return [...rows.values()].flatMap((cells) => [...cells.values()].map((c) => c.value));
}

export function anyBusy(rows: ReadRows): boolean {
  return allValues(rows).some(isBusyValue);
}

/** The cells to judge: each expected row's result and verdict (under the given parts), and more. */
export function resultCells(
  rows: ReadRows,
  expected: readonly ExpectedRow[],
  parts: { readonly result: RowCellPart; readonly verdict: RowCellPart } = { result: "result", verdict: "verdict" },
  /** Also the period's b and a (the monthly table's period, not its year to date). */
  withSums = true,
): CheckedCell[] {
  return expected.flatMap((row) => {
    const cells = rows.get(row.code);
    const want = rowExpectations(row);
    const at = (part: RowCellPart, expectation: ExpectedValue): CheckedCell => {
      const cell = cells?.get(part) ?? MISSING;
      return { code: row.code, part, cell: cell.address, expected: expectation, found: cell.value };
    };
    const checked = [at(parts.result, want.result), at(parts.verdict, want.verdict)];
    if (withSums && row.numerator !== undefined) checked.push(at("numerator", { kind: "number", value: row.numerator }));
    if (withSums && row.denominator !== undefined) checked.push(at("denominator", { kind: "number", value: row.denominator }));
    return checked;
  });
}

/**
 * The formulas of the result and verdict cells: KPI.* where the table was inserted with them,
 * native functions only where not. A table that holds constants, or the other kind, fails.
 */
export function formulaCells(rows: ReadRows, kind: "kpi" | "native", parts: readonly RowCellPart[] = ["result", "verdict"]): CheckedCell[] {
  return [...rows].flatMap(([code, cells]) =>
    parts.map((part): CheckedCell => {
      const cell = cells.get(part) ?? MISSING;
      const expected: ExpectedValue = kind === "native" ? { kind: "nativeFormula" } : { kind: "kpiFormula" };
      return { code, part: `${part}Formula`, cell: cell.address, expected, found: cell.formula };
    }),
  );
}
