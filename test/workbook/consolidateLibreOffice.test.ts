/**
 * The consolidated workbooks `npm run consolidate` writes — monthly reporting (with a cell left
 * blank by a conflict and a month missing) and the plain appendix — recalculated by LibreOffice
 * Calc, headless, in one start: every result, verdict and period sum on the appendix must equal the
 * domain's rules on the merged figures. The monthly one is also printed to PDF for people to look
 * at (test-artifacts/consolidate/). Skipped when LibreOffice is missing outside CI.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { ZERO_OR_EMPTY, computed } from "../helpers/computedCell";
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import {
  emptyTarget,
  planConsolidation,
  readProvenance,
  resultFigures,
  type ConsolidationPlan,
  type ProvenanceRecord,
  type ReadWorkbook,
} from "../../src/domain/consolidate";
import { COLUMNS, MONTHLY_COLUMNS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { periodSpan, yearToDateSpan, type MonthSpan, type ReportPeriod } from "../../src/domain/period";
import { VERDICT_WORDS, evaluateRatio, verdictOf, type CellInput } from "../../src/domain/ratio";
import { writeConsolidatedWorkbook } from "../../src/workbook/consolidate/write";
import { readUnitFile, readWorkbookValues } from "../../src/workbook/readWorkbook";
import { APPENDIX, cliMonthlyFile, cliPlainFile, addinMonthlyFile, quarterOf } from "../helpers/unitFiles";
import { findSoffice, recalculateWithLibreOffice } from "./helpers/libreoffice";

const SOFFICE = findSoffice();
const REQUIRED = process.env.CI === "true";
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/consolidate");
const describeWithLibreOffice = SOFFICE || REQUIRED ? describe : describe.skip;
const Q1: ReportPeriod = { kind: "quarter", quarter: 1 };
const hosted = (unit: string): IndicatorCode[] => INDICATORS.filter((i) => i.hostUnit === unit).map((i) => i.code);


function same(x: unknown, y: unknown): boolean {
  if (x === ZERO_OR_EMPTY) return y === 0 || y === "";
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(y));
  return x === y;
}

/** What the appendix shows for a span of the merged months, by the domain's rules. */
function expected(plan: ConsolidationPlan, code: IndicatorCode, span: MonthSpan) {
  const indicator = INDICATORS.find((i) => i.code === code)!;
  const rows = resultFigures(plan)[code]!;
  const b = rows.numerator.slice(span.start - 1, span.end);
  const a = rows.denominator.slice(span.start - 1, span.end);
  const evaluation = evaluateRatio([b], [a], "complete");
  const verdict = verdictOf(evaluation, indicator.target);
  const withData = verdict === "pass" || verdict === "fail" || verdict === "notApplicable";
  const sum = (xs: CellInput[]): number | string => (withData ? xs.reduce<number>((s, x) => s + (typeof x === "number" ? x : 0), 0) : "");
  return { result: evaluation.kind === "ratio" ? evaluation.value : "", verdict: VERDICT_WORDS[verdict], sumB: sum(b), sumA: sum(a) };
}

describeWithLibreOffice("the consolidated workbook in LibreOffice Calc", () => {
  let work: string;
  let monthlyPlan: ConsolidationPlan;
  let plainPlan: ConsolidationPlan;
  const books: Workbook[] = [];
  let outputs: string[] = [];

  beforeAll(async () => {
    if (!SOFFICE) throw new Error("LibreOffice (soffice) is not installed, and CI=true requires this test.");
    work = await mkdtemp(path.join(tmpdir(), "kpi-consolidate-lo-"));
    const read = async (name: string, bytes: Promise<Uint8Array>): Promise<ReadWorkbook> => readUnitFile({ name, bytes: await bytes });
    // Monthly: the three units; IV.1 misses its target, III.4 has nothing arising, V.1's March is
    // missing, and two files disagree on I.2's February (left blank: the quarter has no verdict).
    const pqldl = quarterOf(hosted("Phòng Quản lý Du lịch"), 60);
    pqldl["IV.1"] = { 1: [90, 100], 2: [93, 100], 3: [99, 100] };
    const monthlyFiles = [
      await read("PQLDL.xlsx", cliMonthlyFile(pqldl, "Phòng Quản lý Du lịch")),
      await read("VPS.xlsx", addinMonthlyFile({ ...quarterOf(["II.1", "III.3"], 95), "V.1": { 1: [4, 4], 2: [5, 5] } }, { filledBy: "Văn phòng Sở" })),
      await read("TTS.xlsx", cliMonthlyFile({ "III.4": { 1: [0, 0], 2: [0, 0], 3: [0, 0] } }, "Thanh tra Sở")),
      await read("Khac.xlsx", cliMonthlyFile({ "I.2": { 2: [1, 101] } })),
    ];
    monthlyPlan = planConsolidation({ target: emptyTarget("monthly", 2024), files: monthlyFiles, period: Q1, unresolved: "blank", year: 2024 });
    const plainFiles = [
      await read("PQLDL.xlsx", cliPlainFile({ "I.1": [45, 100], "I.2": [49, 100], "IV.1": [37998, 40000] }, "Phòng Quản lý Du lịch")),
      await read("VPS.xlsx", cliPlainFile({ "V.1": [10, 10], "II.1": [0, 0] }, "Văn phòng Sở")),
    ];
    plainPlan = planConsolidation({ target: emptyTarget("yearly", 2024), files: plainFiles, unresolved: "blank", year: 2024 });
    const time = "2024-04-06T02:00:00.000Z";
    const inputs = [path.join(work, "TongHop-thang.xlsx"), path.join(work, "TongHop-canam.xlsx")];
    await writeFile(inputs[0], await writeConsolidatedWorkbook({ plan: monthlyPlan, year: 2024, period: Q1, time }));
    await writeFile(inputs[1], await writeConsolidatedWorkbook({ plan: plainPlan, year: 2024, time }));
    const recalculated = await recalculateWithLibreOffice(SOFFICE, inputs, path.join(work, "out"), ARTIFACTS);
    outputs = recalculated.outputs;
    books.push(...recalculated.books);
  }, 240_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("computes every period and year-to-date result, sum and verdict of the merged months as the domain does", () => {
    expect(monthlyPlan.counts).toMatchObject({ conflicts: 1, unresolved: 1 });
    const sheet = books[0].getWorksheet(APPENDIX)!;
    const found: unknown[] = [];
    const verdicts = new Set<unknown>();
    for (const { code } of INDICATORS) {
      const row = appendixRows().indicators.get(code)!;
      const at = (column: number): unknown => computed(sheet.getCell(row, column));
      const p = expected(monthlyPlan, code, periodSpan(Q1));
      const y = expected(monthlyPlan, code, yearToDateSpan(Q1));
      const check = (what: string, engine: unknown, oracle: unknown): void => {
        if (!same(engine, oracle)) found.push({ code, what, engine, oracle });
      };
      check("b", at(MONTHLY_COLUMNS.numerator), p.sumB);
      check("a", at(MONTHLY_COLUMNS.denominator), p.sumA);
      check("result", at(MONTHLY_COLUMNS.result), p.result);
      check("verdict", at(MONTHLY_COLUMNS.verdict), p.verdict);
      check("ytd result", at(MONTHLY_COLUMNS.ytdResult), y.result);
      check("ytd verdict", at(MONTHLY_COLUMNS.ytdVerdict), y.verdict);
      verdicts.add(p.verdict);
    }
    expect(found).toEqual([]);
    expect([...verdicts].sort()).toEqual(["Chưa có số liệu", "Không phát sinh", "Không đạt", "Đạt"].sort());
    expect(computed(books[0].getWorksheet(APPENDIX)!.getCell(appendixRows().indicators.get("I.2")!, MONTHLY_COLUMNS.verdict))).toBe("Chưa có số liệu");
  });

  it("computes the plain appendix's results and verdicts from the merged b and a as the domain does", () => {
    const sheet = books[1].getWorksheet(APPENDIX)!;
    const figures = resultFigures(plainPlan);
    const found: unknown[] = [];
    for (const indicator of INDICATORS) {
      const row = appendixRows().indicators.get(indicator.code)!;
      const b = figures[indicator.code]!.numerator[0];
      const a = figures[indicator.code]!.denominator[0];
      const evaluation = evaluateRatio(b, a);
      const verdict = VERDICT_WORDS[verdictOf(evaluation, indicator.target)];
      const ratio = evaluation.kind === "ratio" && (verdict === "Đạt" || verdict === "Không đạt") ? evaluation.value : "";
      const engine = { verdict: computed(sheet.getCell(row, COLUMNS.verdict)), result: computed(sheet.getCell(row, COLUMNS.result)) };
      if (!same(engine.verdict, verdict) || !same(engine.result, ratio)) found.push({ code: indicator.code, engine, verdict, ratio });
    }
    expect(found).toEqual([]);
    expect(computed(sheet.getCell(appendixRows().indicators.get("IV.1")!, COLUMNS.verdict))).toBe("Đạt");
  });

  it("keeps the provenance sheet as LibreOffice saved it: every figure and candidate with its source reads back", async () => {
    const values = await readWorkbookValues({ name: "TongHop-thang.xlsx", bytes: await readFile(outputs[0]) });
    const sheet = values.sheets.find((s) => s.name === "Nguồn số liệu")!;
    expect(sheet.values[0]?.[0]).toBe("NGUỒN SỐ LIỆU TỔNG HỢP");
    const key = (r: ProvenanceRecord) => `${r.code}|${r.part}|${r.month}|${String(r.value)}|${r.status}|${r.origin.kind === "file" ? r.origin.fileName : "here"}`;
    expect(readProvenance(sheet.values).map(key).sort()).toEqual(monthlyPlan.provenance.map(key).sort());
  });
});
