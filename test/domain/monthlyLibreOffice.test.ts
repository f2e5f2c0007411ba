/**
 * The standalone monthly workbook (src/workbook/monthlyWorkbook.ts) recalculated by LibreOffice
 * Calc, headless: four workbooks with generated monthly data, each showing another report period
 * (a quarter, a month, 9 months, the year) — one LibreOffice start for all. Every period and
 * year-to-date result, verdict and sum on the appendix, every mask on the monthly sheet and every
 * row of the year-to-date sheet must equal the domain's rules on the months of the period. The
 * first workbook is also printed to PDF and PNG (test-artifacts/monthly/) for people to look at.
 *
 * Uses the LibreOffice helpers of test/workbook; skipped when LibreOffice is missing outside CI.
 */
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { Workbook } from "exceljs";
import { ZERO_OR_EMPTY, computed } from "../helpers/computedCell";
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { CHART_COLUMNS, CHART_ROWS, CHART_SHEET_NAME, textBar } from "../../src/domain/chart";
import { MONTHLY_COLUMNS, MONTHLY_SHEET_NAME, PERIOD_CELLS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { parseCell } from "../../src/domain/layout/a1";
import { MONTHLY_DATA_COLUMNS, MONTHLY_DATA_ROWS, monthlyDataRows } from "../../src/domain/layout/monthlyLayout";
import { MONTHS, periodLabel, periodSpan, yearToDateSpan, type MonthSpan, type ReportPeriod } from "../../src/domain/period";
import { MAX_COUNT, type CellInput } from "../../src/domain/ratio";
import { periodOutcome, planTarget } from "../oracle/planRules";
import { buildMonthlyStandaloneWorkbook } from "../../src/workbook/monthlyWorkbook";
import { findExecutable, findSoffice, recalculateWithLibreOffice, run } from "../workbook/helpers/libreoffice";

const SOFFICE = findSoffice();
const REQUIRED = process.env.CI === "true";
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/monthly");
const APPENDIX = "Phụ lục 2024";
const describeWithLibreOffice = SOFFICE || REQUIRED ? describe : describe.skip;

type Year = Record<IndicatorCode, { numerator: CellInput[]; denominator: CellInput[] }>;

const count = fc.integer({ min: 0, max: 250 });
const monthPair: fc.Arbitrary<[CellInput, CellInput]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<[CellInput, CellInput]>([null, null]) },
  { weight: 12, arbitrary: fc.tuple(count, count).map(([x, y]): [CellInput, CellInput] => [Math.min(x, y), Math.max(x, y)]) },
  { weight: 1, arbitrary: fc.constant<[CellInput, CellInput]>([0, 0]) },
  { weight: 1, arbitrary: count.map((x): [CellInput, CellInput] => [x, null]) },
  { weight: 1, arbitrary: fc.tuple(count, count).map(([x, y]): [CellInput, CellInput] => [Math.max(x, y) + 1, Math.min(x, y)]) },
  // No TRUE/FALSE: LibreOffice has no logical type (TRUE is the number 1 formatted as a boolean).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom<CellInput>("abc", -3, 1.5, MAX_COUNT + 1), count).map(([x, y]): [CellInput, CellInput] => [x, y]) },
);
/** Every month entered (0 and 0 counts): the only rows a period's verdict judges. */
const enteredPair: fc.Arbitrary<[CellInput, CellInput]> = fc
  .tuple(count, fc.integer({ min: 0, max: 12 }))
  .map(([a, late]): [CellInput, CellInput] => [Math.max(0, a - late), a]);
const indicatorYear = fc.oneof(
  { weight: 2, arbitrary: fc.array(monthPair, { minLength: 12, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(enteredPair, { minLength: 12, maxLength: 12 }) },
);
const yearArb: fc.Arbitrary<Year> = fc
  .array(indicatorYear, { minLength: INDICATORS.length, maxLength: INDICATORS.length })
  .map((rows) =>
    Object.fromEntries(INDICATORS.map((i, k) => [i.code, { numerator: rows[k].map((p) => p[0]), denominator: rows[k].map((p) => p[1]) }])) as Year,
  );

const PERIODS: readonly ReportPeriod[] = [
  { kind: "quarter", quarter: 1 },
  { kind: "month", month: 7 },
  { kind: "nineMonths" },
  { kind: "year" },
];


/** The oracle's period rule (test/oracle/planRules.ts): every month of the span entered, else nothing shown. */
function expected(year: Year, code: IndicatorCode, span: MonthSpan) {
  const indicator = INDICATORS.find((i) => i.code === code)!;
  const b = year[code].numerator.slice(span.start - 1, span.end);
  const a = year[code].denominator.slice(span.start - 1, span.end);
  const outcome = periodOutcome(
    b.map((x, i) => ({ b: x, a: a[i] })),
    indicator.target.fraction,
    planTarget(code),
  );
  return {
    result: outcome.ratio ?? "",
    verdict: outcome.verdict,
    sumB: outcome.numerator === null ? "" : Number(outcome.numerator),
    sumA: outcome.denominator === null ? "" : Number(outcome.denominator),
    ratio: outcome.ratio ?? undefined,
  };
}

function same(x: unknown, y: unknown): boolean {
  if (x === ZERO_OR_EMPTY) return y === 0 || y === "";
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(y));
  return x === y;
}

describeWithLibreOffice("the monthly workbook in LibreOffice Calc", () => {
  const years = fc.sample(yearArb, { numRuns: PERIODS.length, seed: 2024 });
  const books: Workbook[] = [];
  let work: string;

  beforeAll(async () => {
    if (!SOFFICE) throw new Error("LibreOffice (soffice) is not installed, and CI=true requires this test.");
    work = await mkdtemp(path.join(tmpdir(), "kpi-monthly-lo-"));
    const inputs: string[] = [];
    for (const [index, period] of PERIODS.entries()) {
      const book = await buildMonthlyStandaloneWorkbook({ period: { kind: "month", month: 1 } });
      const data = book.getWorksheet(MONTHLY_SHEET_NAME)!;
      for (const [code, rows] of monthlyDataRows()) {
        MONTHS.forEach((m) => {
          const column = MONTHLY_DATA_COLUMNS.firstMonth + m - 1;
          data.getCell(rows.numerator, column).value = (years[index][code].numerator[m - 1] ?? null) as never;
          data.getCell(rows.denominator, column).value = (years[index][code].denominator[m - 1] ?? null) as never;
        });
      }
      // The period chosen in the period cell, as a person does.
      book.getWorksheet(APPENDIX)!.getCell(PERIOD_CELLS.period).value = periodLabel(period);
      const input = path.join(work, `monthly-${index}.xlsx`);
      await book.xlsx.writeFile(input);
      inputs.push(input);
    }
    await mkdir(ARTIFACTS, { recursive: true });
    for (const old of await readdir(ARTIFACTS)) await rm(path.join(ARTIFACTS, old), { force: true });
    const { books: recalculated } = await recalculateWithLibreOffice(SOFFICE, inputs, path.join(work, "out"), ARTIFACTS);
    books.push(...recalculated);
    const pdftoppm = findExecutable("pdftoppm");
    if (pdftoppm) await run(pdftoppm, ["-png", "-r", "60", path.join(ARTIFACTS, "monthly-0.pdf"), path.join(ARTIFACTS, "monthly-0")]);
  }, 180_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("computes each period's and year to date's results, sums and verdicts as the domain does", () => {
    const found: unknown[] = [];
    const verdicts = new Set<unknown>();
    PERIODS.forEach((period, index) => {
      const sheet = books[index].getWorksheet(APPENDIX)!;
      const span = periodSpan(period);
      const ytd = yearToDateSpan(period);
      const check = (what: string, engine: unknown, oracle: unknown): void => {
        if (!same(engine, oracle)) found.push({ period: periodLabel(period), what, engine, oracle });
      };
      check("start", computed(sheet.getCell(PERIOD_CELLS.start)), span.start);
      check("end", computed(sheet.getCell(PERIOD_CELLS.end)), span.end);
      for (const indicator of INDICATORS) {
        const row = appendixRows().indicators.get(indicator.code)!;
        const p = expected(years[index], indicator.code, span);
        const y = expected(years[index], indicator.code, ytd);
        const at = (column: number): unknown => computed(sheet.getCell(row, column));
        check(`${indicator.code} b`, at(MONTHLY_COLUMNS.numerator), p.sumB);
        check(`${indicator.code} a`, at(MONTHLY_COLUMNS.denominator), p.sumA);
        check(`${indicator.code} result`, at(MONTHLY_COLUMNS.result), p.result);
        check(`${indicator.code} verdict`, at(MONTHLY_COLUMNS.verdict), p.verdict);
        verdicts.add(p.verdict);
        check(`${indicator.code} ytd result`, at(MONTHLY_COLUMNS.ytdResult), y.result);
        check(`${indicator.code} ytd verdict`, at(MONTHLY_COLUMNS.ytdVerdict), y.verdict);
        const chart = books[index].getWorksheet(CHART_SHEET_NAME)!;
        const r = CHART_ROWS.first + INDICATORS.indexOf(indicator);
        check(`${indicator.code} chart verdict`, computed(chart.getCell(r, CHART_COLUMNS.verdict)), y.verdict);
        check(`${indicator.code} chart bar`, computed(chart.getCell(r, CHART_COLUMNS.bar)), textBar(y.ratio, indicator.target.fraction));
      }
      const data = books[index].getWorksheet(MONTHLY_SHEET_NAME)!;
      for (const m of MONTHS) {
        const column = MONTHLY_DATA_COLUMNS.firstMonth + m - 1;
        check(`mask ${m}`, computed(data.getCell(MONTHLY_DATA_ROWS.periodMask, column)), m >= span.start && m <= span.end ? 1 : 0);
        check(`ytd mask ${m}`, computed(data.getCell(MONTHLY_DATA_ROWS.ytdMask, column)), m <= ytd.end ? 1 : 0);
      }
    });
    expect(found).toEqual([]);
    expect([...verdicts].sort()).toEqual(["Chưa có số liệu", "Không đạt", "Số liệu không hợp lệ", "Đạt"].sort());
  });

  it("keeps the period cell's drop-down of the 19 periods", async () => {
    const book = await buildMonthlyStandaloneWorkbook({ period: { kind: "quarter", quarter: 2 } });
    const { row, column } = parseCell(PERIOD_CELLS.period);
    const periodCell = book.getWorksheet(APPENDIX)!.findCell(row, column);
    expect(periodCell?.value).toBe("Quý II");
    expect(periodCell?.dataValidation).toMatchObject({ type: "list", formulae: ["KPI_PERIOD_LIST"] });
    const printed = await readdir(ARTIFACTS);
    expect(printed).toContain("monthly-0.pdf");
  });
});
