/**
 * The three sheets of monthly reporting (native formulas) loaded together into HyperFormula with
 * their names, then filled with generated monthly data and switched between report periods by
 * writing the period cell only — as a person does. Each time, every indicator's period and
 * year-to-date results, verdicts, sums, highlight rules, chart data and the monthly sheet's own
 * highlight rules are held against the oracle (test/oracle/planRules.ts): the period rule on the months of the
 * period, chartPoints, textBar and checkMonthlyData.
 */
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { CHART_COLUMNS, CHART_ROWS, chartPoints, textBar } from "../../src/domain/chart";
import { cellAddress, parseCell, quoteSheetName } from "../../src/domain/layout/a1";
import { MONTHLY_COLUMNS, PERIOD_CELLS, ROWS, appendixRows } from "../../src/domain/layout/appendixLayout";
import type { SheetLayout } from "../../src/domain/layout/model";
import {
  MONTHLY_DATA_COLUMNS,
  MONTHLY_DATA_ROWS,
  buildMonthlyReportLayouts,
  checkMonthlyData,
  monthlyDataRows,
} from "../../src/domain/layout/monthlyLayout";
import {
  ALL_PERIODS,
  MONTHS,
  periodLabel,
  periodSpan,
  yearToDateSpan,
  type MonthSpan,
  type MonthlySnapshot,
  type ReportPeriod,
} from "../../src/domain/period";
import { MAX_COUNT, VERDICT_WORDS, countProblem, isBlank, type CellInput, type Verdict } from "../../src/domain/ratio";
import { MONTHLY_OPTIONS } from "../helpers/monthly";
import { VERDICT_GROUP, oracleVerdict, raw, sameShown, shown, type Shown } from "../helpers/hyperformula";
import { periodOutcome, planTarget } from "../oracle/planRules";

const layouts = buildMonthlyReportLayouts(MONTHLY_OPTIONS);
const [appendix, monthly, chart] = layouts;

// ---------------------------------------------------------------------------------------------
// HyperFormula plumbing
// ---------------------------------------------------------------------------------------------

/** Moves the relative parts of a rule's references from the range's first cell to (rows, columns) away. */
function shiftRule(formula: string, rows: number, columns: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![A-Za-z0-9_])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_m, ca: string, col: string, ra: string, row: string) => {
            const c = ca ? parseCell(`${col}1`).column : parseCell(`${col}1`).column + columns;
            const r = ra ? Number(row) : Number(row) + rows;
            return `${ca}${cellAddress(1, c).replace(/\d+$/, "")}${ra}${r}`;
          }),
    )
    .join("");
}

/** Scratch cells right of the monthly table: one per month cell and rule (invalid input, due blank). */
const SCRATCH = { invalid: 24, due: 40 } as const;

function load(): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const layout of layouts) sheets[layout.sheetName] = layout.cells.map((r) => r.map((c) => c));
  // The monthly sheet's highlight rules, evaluated cell by cell in scratch columns.
  const data = sheets[monthly.sheetName];
  for (const rule of monthly.conditionalFormats) {
    const [first, last] = rule.address.split(":").map(parseCell);
    for (let r = first.row; r <= last.row; r++) {
      for (let c = first.column; c <= last.column; c++) {
        const offset = rule.kind === "invalidInput" ? SCRATCH.invalid : SCRATCH.due;
        while (data[r - 1].length < offset + 12) data[r - 1].push(null);
        data[r - 1][offset + c - MONTHLY_DATA_COLUMNS.firstMonth] = shiftRule(rule.formula, r - first.row, c - first.column);
      }
    }
  }
  // The appendix's result rules, one scratch cell per rule in column Z on.
  const ap = sheets[appendix.sheetName];
  const perRow = new Map<number, number>();
  appendix.conditionalFormats.forEach((rule) => {
    const row = parseCell(rule.address.split(":")[0]).row;
    const k = perRow.get(row) ?? 0;
    perRow.set(row, k + 1);
    while (ap[row - 1].length < 26 + 7) ap[row - 1].push(null);
    ap[row - 1][25 + k] = rule.formula;
  });
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  for (const layout of layouts) {
    for (const name of layout.names) hf.addNamedExpression(name.name, `=${quoteSheetName(layout.sheetName)}!${name.address}`);
  }
  return hf;
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

type Year = Record<IndicatorCode, { numerator: CellInput[]; denominator: CellInput[] }>;

const count = fc.integer({ min: 0, max: 300 });
const monthPair: fc.Arbitrary<[CellInput, CellInput]> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<[CellInput, CellInput]>([null, null]) },
  { weight: 12, arbitrary: fc.tuple(count, count).map(([x, y]): [CellInput, CellInput] => [Math.min(x, y), Math.max(x, y)]) },
  { weight: 1, arbitrary: fc.constant<[CellInput, CellInput]>([0, 0]) },
  { weight: 1, arbitrary: count.map((x): [CellInput, CellInput] => [x, null]) },
  { weight: 1, arbitrary: count.map((x): [CellInput, CellInput] => [null, x]) },
  { weight: 1, arbitrary: fc.tuple(count, count).map(([x, y]): [CellInput, CellInput] => [Math.max(x, y) + 1, Math.min(x, y)]) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom<CellInput>("abc", -3, 1.5, MAX_COUNT + 1, true), count)
      .map(([x, y]): [CellInput, CellInput] => [x, y]),
  },
);
/** A year mostly filled from January up to some month, as data looks mid-year. */
const indicatorYear = fc
  .record({ months: fc.array(monthPair, { minLength: 12, maxLength: 12 }), filledTo: fc.integer({ min: 0, max: 12 }) })
  .map(({ months, filledTo }) => {
    const pairs = months.map((p, i): [CellInput, CellInput] => (i < filledTo ? p : i === filledTo ? p : [null, null]));
    return { numerator: pairs.map((p) => p[0]), denominator: pairs.map((p) => p[1]) };
  });
const yearArb: fc.Arbitrary<Year> = fc
  .array(indicatorYear, { minLength: INDICATORS.length, maxLength: INDICATORS.length })
  .map((rows) => Object.fromEntries(INDICATORS.map((i, k) => [i.code, rows[k]])) as Year);

function writeYear(hf: HyperFormula, year: Year): void {
  const sheet = hf.getSheetId(monthly.sheetName)!;
  hf.batch(() => {
    for (const [code, rows] of monthlyDataRows()) {
      hf.setCellContents({ sheet, row: rows.numerator - 1, col: MONTHLY_DATA_COLUMNS.firstMonth - 1 }, [
        year[code].numerator.map(raw),
        year[code].denominator.map(raw),
      ]);
    }
  });
}

function writePeriod(hf: HyperFormula, period: ReportPeriod): void {
  const { row, column } = parseCell(PERIOD_CELLS.period);
  hf.setCellContents({ sheet: hf.getSheetId(appendix.sheetName)!, row: row - 1, col: column - 1 }, [[periodLabel(period)]]);
}

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

function slice(values: CellInput[], span: MonthSpan): CellInput[] {
  return values.slice(span.start - 1, span.end);
}

function expectedOver(year: Year, code: IndicatorCode, span: MonthSpan) {
  const indicator = INDICATORS.find((i) => i.code === code)!;
  const b = slice(year[code].numerator, span);
  const a = slice(year[code].denominator, span);
  // A verdict about a period (the oracle's periodOutcome): every month of the span must hold b and a.
  const months = b.map((x, i) => ({ b: x, a: a[i] }));
  const outcome = periodOutcome(months, indicator.target.fraction, planTarget(code));
  const verdict = oracleVerdict([b], [a], indicator.target.fraction, planTarget(code));
  return {
    result: outcome.ratio ?? "",
    verdict,
    sumB: outcome.numerator === null ? "" : Number(outcome.numerator),
    sumA: outcome.denominator === null ? "" : Number(outcome.denominator),
    ratio: outcome.ratio ?? undefined,
  };
}

/** HyperFormula rounds results to about 11 decimals in this mode (smart rounding on). */
const same = (x: Shown, y: Shown): boolean => sameShown(x, y, 1e-9);

function compare(hf: HyperFormula, year: Year, period: ReportPeriod): unknown[] {
  const found: unknown[] = [];
  const ap = hf.getSheetValues(hf.getSheetId(appendix.sheetName)!).map((r) => r.map(shown));
  const data = hf.getSheetValues(hf.getSheetId(monthly.sheetName)!).map((r) => r.map(shown));
  const ch = hf.getSheetValues(hf.getSheetId(chart.sheetName)!).map((r) => r.map(shown));
  const at = (grid: Shown[][], row: number, column: number): Shown => grid[row - 1]?.[column - 1] ?? null;
  const check = (what: string, engine: Shown, oracle: Shown): void => {
    if (!same(engine, oracle)) found.push({ period: periodLabel(period), what, engine, oracle });
  };
  const span = periodSpan(period);
  const ytd = yearToDateSpan(period);
  const periodRow = parseCell(PERIOD_CELLS.start).row;
  check("start", at(ap, periodRow, parseCell(PERIOD_CELLS.start).column), span.start);
  check("end", at(ap, periodRow, parseCell(PERIOD_CELLS.end).column), span.end);
  const chartRows: { code: IndicatorCode; ratio: number | undefined; verdict: Verdict }[] = [];
  const rows = appendixRows();
  INDICATORS.forEach((indicator, index) => {
    const code = indicator.code;
    const row = rows.indicators.get(code)!;
    const p = expectedOver(year, code, span);
    const y = expectedOver(year, code, ytd);
    check(`${code} b`, at(ap, row, MONTHLY_COLUMNS.numerator), p.sumB);
    check(`${code} a`, at(ap, row, MONTHLY_COLUMNS.denominator), p.sumA);
    check(`${code} result`, at(ap, row, MONTHLY_COLUMNS.result), p.result);
    check(`${code} verdict`, at(ap, row, MONTHLY_COLUMNS.verdict), VERDICT_WORDS[p.verdict]);
    check(`${code} ytd result`, at(ap, row, MONTHLY_COLUMNS.ytdResult), y.result);
    check(`${code} ytd verdict`, at(ap, row, MONTHLY_COLUMNS.ytdVerdict), VERDICT_WORDS[y.verdict]);
    // Highlight rules: period rules then year-to-date rules, each fail, pass, neutral.
    const rules = ap[row - 1].slice(25, 32);
    const groups = ["fail", "pass", "neutral"] as const;
    groups.forEach((g, k) => {
      check(`${code} period rule ${g}`, rules[k], VERDICT_GROUP[p.verdict] === g);
      check(`${code} ytd rule ${g}`, rules[3 + k], VERDICT_GROUP[y.verdict] === g);
    });
    // The empty Ghi chú of the period's miss.
    check(`${code} missing note rule`, rules[6], p.verdict === "fail");
    // Chart data.
    chartRows.push({ code, ratio: y.ratio, verdict: y.verdict });
    const r = CHART_ROWS.first + index;
    check(`${code} chart ratio`, at(ch, r, CHART_COLUMNS.ytdResult), y.ratio ?? "");
    check(`${code} chart verdict`, at(ch, r, CHART_COLUMNS.verdict), VERDICT_WORDS[y.verdict]);
    check(`${code} chart bar`, at(ch, r, CHART_COLUMNS.bar), textBar(y.ratio, indicator.target.fraction));
  });
  chartPoints(chartRows).forEach((point, index) => {
    const r = CHART_ROWS.first + index;
    check(`${point.code} pass series`, at(ch, r, CHART_COLUMNS.passSeries), point.series === "pass" ? (point.value ?? "") : "");
    check(`${point.code} fail series`, at(ch, r, CHART_COLUMNS.failSeries), point.series === "fail" ? (point.value ?? "") : "");
  });
  // Monthly sheet: masks, invalid-input and due-blank rules per cell; due blanks = the check's months.
  for (const m of MONTHS) {
    const column = MONTHLY_DATA_COLUMNS.firstMonth + m - 1;
    check(`mask ${m}`, at(data, MONTHLY_DATA_ROWS.periodMask, column), m >= span.start && m <= span.end ? 1 : 0);
    check(`ytd mask ${m}`, at(data, MONTHLY_DATA_ROWS.ytdMask, column), m <= ytd.end ? 1 : 0);
  }
  const missing = new Map(
    checkMonthlyData(year as MonthlySnapshot, period)
      .filter((f) => f.kind === "monthlyDataMissing")
      .map((f) => [f.code, f.months]),
  );
  for (const [code, { numerator, denominator }] of monthlyDataRows()) {
    const greyMonths = new Set<number>();
    for (const m of MONTHS) {
      const b = year[code].numerator[m - 1];
      const a = year[code].denominator[m - 1];
      for (const [row, value] of [
        [numerator, b],
        [denominator, a],
      ] as const) {
        const invalid = (!isBlank(value) && countProblem(value) !== undefined) || (typeof b === "number" && typeof a === "number" && b > a);
        check(`${code} m${m} r${row} invalid rule`, at(data, row, SCRATCH.invalid + m), invalid);
        const due = m <= ytd.end && isBlank(value);
        check(`${code} m${m} r${row} due rule`, at(data, row, SCRATCH.due + m), due);
        if (due && (countProblem(row === numerator ? a : b) === undefined || isBlank(row === numerator ? a : b))) greyMonths.add(m);
      }
    }
    // A grey (due blank) cell is a month the check reports missing, unless its partner is invalid.
    const reported = new Set<number>(missing.get(code) ?? []);
    for (const m of greyMonths) if (!reported.has(m)) found.push({ what: `${code} grey month ${m} not reported` });
  }
  return found;
}

describe("monthly reporting in a formula engine (HyperFormula)", () => {
  const hf = load();
  afterAll(() => hf.destroy());

  it("computes every period's and year to date's results from the months, as the domain does", () => {
    const years = fc.sample(yearArb, { numRuns: 12, seed: 8 });
    const found: unknown[] = [];
    const verdicts = new Set<string>();
    years.forEach((year, i) => {
      writeYear(hf, year);
      // Several periods per data set, switched through the period cell only.
      for (const period of [ALL_PERIODS[i % ALL_PERIODS.length], ALL_PERIODS[(i * 7 + 3) % ALL_PERIODS.length], ALL_PERIODS[18]]) {
        writePeriod(hf, period);
        found.push(...compare(hf, year, period));
        const ap = hf.getSheetValues(hf.getSheetId(appendix.sheetName)!);
        for (const row of appendixRows().indicators.values()) verdicts.add(String(ap[row - 1][MONTHLY_COLUMNS.verdict - 1]));
      }
    });
    expect(found.slice(0, 10)).toEqual([]);
    expect([...verdicts].sort()).toEqual(Object.values(VERDICT_WORDS).sort());
  });

  it("switches periods without touching the entered months", () => {
    const [year] = fc.sample(yearArb, { numRuns: 1, seed: 99 });
    writeYear(hf, year);
    const sheet = hf.getSheetId(monthly.sheetName)!;
    const block = (): unknown => hf.getRangeSerialized({ start: { sheet, row: 7, col: 3 }, end: { sheet, row: 28, col: 14 } });
    const before = JSON.stringify(block());
    for (const period of ALL_PERIODS) {
      writePeriod(hf, period);
      expect(compare(hf, year, period)).toEqual([]);
    }
    expect(JSON.stringify(block())).toBe(before);
  });

  it("shows Chưa có số liệu everywhere with no data, and fills the sheet's titles from the period", () => {
    const empty = Object.fromEntries(INDICATORS.map((i) => [i.code, { numerator: Array(12).fill(null), denominator: Array(12).fill(null) }])) as Year;
    writeYear(hf, empty);
    writePeriod(hf, { kind: "quarter", quarter: 2 });
    expect(compare(hf, empty, { kind: "quarter", quarter: 2 })).toEqual([]);
    const value = (sheet: SheetLayout, address: string): unknown => {
      const { row, column } = parseCell(address);
      return hf.getCellValue({ sheet: hf.getSheetId(sheet.sheetName)!, row: row - 1, col: column - 1 });
    };
    expect(value(appendix, cellAddress(ROWS.headerTop, MONTHLY_COLUMNS.numerator))).toBe("Kỳ báo cáo: Quý II");
    expect(value(appendix, cellAddress(ROWS.headerTop, MONTHLY_COLUMNS.ytdResult))).toBe("Lũy kế từ đầu năm đến hết tháng 6");
    expect(value(monthly, "A6")).toBe("Kỳ báo cáo: Quý II");
    expect(value(chart, "A2")).toBe("Kỳ báo cáo: Quý II — lũy kế từ đầu năm đến hết tháng 6");
  });
});
