/**
 * The appendix layout's own formulas, as a renderer writes them: the native Kết quả and Đánh giá
 * formulas of every indicator row, and every highlight rule evaluated at every cell of its range
 * (a conditional-format formula is relative to the range's top-left cell, so Excel shifts its
 * relative references for the other cells). HyperFormula evaluates them against the plan's rules
 * as the independent oracle states them (test/oracle/planRules.ts), with the plan's own targets.
 */
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { INDICATORS } from "../../src/domain/catalog";
import { columnLetter, parseCell } from "../../src/domain/layout/a1";
import { COLUMNS, appendixRows, buildAppendixLayout } from "../../src/domain/layout/appendixLayout";
import type { ConditionalFormatSpec } from "../../src/domain/layout/model";
import { MAX_COUNT, VERDICT_WORDS, type CellInput } from "../../src/domain/ratio";
import { ENGINE_CONFIG, raw } from "../helpers/hyperformula";
import { HIGHLIGHT_GROUP, WORDS, invalidEntry, planTarget, shownResult, verdict as oracleVerdict } from "../oracle/planRules";

const CASES_PER_INDICATOR = 80;

/** Shifts the relative A1 references of a formula (not those inside string literals). */
function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (_m, colAbs: string, col: string, rowAbs: string, row: string) => {
            const column = colAbs ? col : columnLetter(parseCell(`${col}1`).column + columns);
            const r = rowAbs ? row : String(Number(row) + rows);
            return `${colAbs}${column}${rowAbs}${r}`;
          }),
    )
    .join("");
}

const count = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: MAX_COUNT }));
const input: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: count },
  { weight: 1, arbitrary: fc.constantFrom<CellInput>(-3, 2.5, MAX_COUNT + 1, "abc", true) },
);
const row = fc.record({
  b: input,
  a: input,
  target: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 100 }).map((p) => p / 100) },
    { weight: 2, arbitrary: fc.constantFrom<CellInput>("x", "95%", null, null, true) },
    { weight: 1, arbitrary: fc.constantFrom<CellInput>(-0.5, 1.5, 1e305, -1e305) },
  ),
});

describe("the layout's formulas and highlight rules, cell by cell (HyperFormula)", () => {
  it("shifts relative references only", () => {
    expect(shiftFormula('=IF($G8>H8,"A1",F$8)', 2, 1)).toBe('=IF($G10>I10,"A1",G$8)');
  });

  it(`agree with the plan's rules (the oracle) for all 11 indicators (${11 * CASES_PER_INDICATOR} rows)`, () => {
    const layout = buildAppendixLayout({ year: 2024, unitName: "Sở Du lịch tỉnh Kiên Giang", formulas: "native" });
    const rows = appendixRows();
    const sheet: RawCellContent[][] = [];
    const probes: { row: number; col: number; label: string; expected: unknown; input: unknown }[] = [];
    let r = 0;
    INDICATORS.forEach((indicator, k) => {
      const home = rows.indicators.get(indicator.code)!;
      const specs = layout.conditionalFormats.filter((cf) => parseCell(cf.address.split(":")[0]).row === home);
      // Every result cell has rules of each group (two for fail: invalid data, below the target),
      // every input cell one invalid-input rule, Ghi chú one for an unexplained miss.
      const coverage = (column: number, kind: string): number =>
        specs.filter((s) => s.kind === kind && columnsOf(s).includes(column)).length;
      for (const column of [COLUMNS.result, COLUMNS.verdict]) {
        expect(["pass", "fail", "neutral"].map((kind) => coverage(column, kind))).toEqual([1, 2, 1]);
      }
      for (const column of [COLUMNS.numerator, COLUMNS.denominator]) expect(coverage(column, "invalidInput")).toBe(1);
      expect(coverage(COLUMNS.note, "missingNote")).toBe(1);
      const cases = fc.sample(row, { numRuns: CASES_PER_INDICATOR, seed: 7 + k });
      for (const c of cases) {
        r++;
        const line: RawCellContent[] = Array(COLUMNS.note).fill(null);
        line[COLUMNS.target - 1] = raw(c.target);
        line[COLUMNS.numerator - 1] = raw(c.b);
        line[COLUMNS.denominator - 1] = raw(c.a);
        const shift = r - home;
        line[COLUMNS.result - 1] = shiftFormula(layout.cells[home - 1][COLUMNS.result - 1] as string, shift, 0);
        line[COLUMNS.verdict - 1] = shiftFormula(layout.cells[home - 1][COLUMNS.verdict - 1] as string, shift, 0);
        const verdict = oracleVerdict(c.b, c.a, c.target, planTarget(indicator.code));
        // Kết quả: the ratio beside Đạt / Không đạt, else blank — never an error code on paper.
        const result = shownResult(c.b, c.a, c.target, planTarget(indicator.code));
        probes.push({ row: r, col: COLUMNS.result, label: "result", input: c, expected: result });
        probes.push({ row: r, col: COLUMNS.verdict, label: "verdict", input: c, expected: verdict });
        const extra: RawCellContent[] = [];
        const byKindAndColumn = new Map<string, string[]>();
        for (const spec of specs) {
          const left = parseCell(spec.address.split(":")[0]).column;
          for (const column of columnsOf(spec)) {
            // The rule as Excel evaluates it at this cell of its range, moved to the case's row.
            const formula = shiftFormula(spec.formula, shift, column - left);
            const label = `${spec.kind}@${columnLetter(column)}`;
            byKindAndColumn.set(label, [...(byKindAndColumn.get(label) ?? []), formula]);
            // A rule holds for every verdict it lists, never for a verdict of another group;
            // missingNote: the Ghi chú of a miss, blank here, is marked — only for Không đạt.
            const expected =
              spec.kind === "invalidInput"
                ? invalidEntry(column === COLUMNS.numerator ? c.b : c.a, c.b, c.a)
                : spec.kind === "missingNote"
                  ? verdict === WORDS.fail
                  : spec.verdicts.map((v) => VERDICT_WORDS[v]).includes(verdict)
                    ? true
                    : HIGHLIGHT_GROUP[verdict] === spec.kind
                      ? undefined
                      : false;
            extra.push(formula);
            if (expected !== undefined) probes.push({ row: r, col: COLUMNS.note + extra.length, label, input: c, expected });
          }
        }
        // What a cell shows: a group's colour when any of its rules holds.
        for (const [label, formulas] of byKindAndColumn) {
          const kind = label.split("@")[0];
          if (kind === "invalidInput" || kind === "missingNote") continue;
          extra.push(`=OR(${formulas.map((f) => f.replace(/^=/, "")).join(",")})`);
          probes.push({ row: r, col: COLUMNS.note + extra.length, label: `any ${label}`, input: c, expected: HIGHLIGHT_GROUP[verdict] === kind });
        }
        sheet.push([...line, ...extra]);
      }
    });
    const hf = HyperFormula.buildFromArray(sheet, ENGINE_CONFIG);
    const values = hf.getSheetValues(0);
    hf.destroy();
    const disagreements = probes
      .map((p) => {
        const v = values[p.row - 1][p.col - 1] as unknown;
        const engine = v !== null && typeof v === "object" ? (v as { value: string }).value : v;
        return engine === p.expected ? undefined : { ...p, engine };
      })
      .filter((d) => d !== undefined);
    expect(disagreements.slice(0, 5)).toEqual([]);
    // Per row: the result, the verdict, on each result cell three groups and at least the rules
    // that list the verdict, two inputs, the empty Ghi chú of a miss.
    expect(probes.length).toBeGreaterThanOrEqual(11 * CASES_PER_INDICATOR * (2 + 2 * 3 + 2 + 2 + 1));
  });
});

/** The columns of a one-row rule range ("I8:J8" → 9, 10). */
function columnsOf(spec: ConditionalFormatSpec): number[] {
  const [first, last = first] = spec.address.split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  expect(a.row).toBe(b.row);
  return Array.from({ length: b.column - a.column + 1 }, (_, i) => a.column + i);
}
