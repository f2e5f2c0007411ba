/**
 * Benchmark of the consolidation (Văn phòng Sở's "Tổng hợp số liệu các đơn vị"): what
 * `npm run consolidate` does — read the units' .xlsx files with exceljs, plan the merge, write the
 * consolidated workbook — and the round trips of the pane's write into Excel (the recording fake).
 * One warm-up run, then five timed runs.
 *
 *   consolidate.ms          median wall time for the 3 host units' files (the first quarter each):
 *                           read + plan + write the consolidated workbook, milliseconds
 *   consolidate.ms20        the same for 20 files × 12 months (a whole province's departments,
 *                           every indicator filled for the year, agreeing and disagreeing)
 *   consolidate.planMs20    the merge plan alone (pure) for those 20 files, milliseconds
 *   consolidate.syncs       context.sync() calls of the pane's write of the 20 files (goal ≤ 2)
 *   consolidate.previewSyncs  context.sync() calls of the pane's preview (goal 1)
 */
import { performance } from "node:perf_hooks";
import { INDICATORS, type IndicatorCode } from "../src/domain/catalog";
import { emptyTarget, planConsolidation, type ReadWorkbook } from "../src/domain/consolidate";
import { MONTHS, type MonthNumber } from "../src/domain/period";
import { detectCapabilities } from "../src/excel/capabilities";
import { previewConsolidation, writeConsolidation } from "../src/excel/consolidate";
import { insertMonthlyReport } from "../src/excel/monthly";
import { writeConsolidatedWorkbook } from "../src/workbook/consolidate/write";
import { readUnitFile } from "../src/workbook/readWorkbook";
import { createFakeExcel } from "../test/fakes/excelFake";
import { cliMonthlyFile, quarterOf, type MonthlyFigures } from "../test/helpers/unitFiles";

const RUNS = 5;
const Q1 = { kind: "quarter", quarter: 1 } as const;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let n = 0; n < RUNS; n++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

interface UnitBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const hosted = (unit: string): IndicatorCode[] => INDICATORS.filter((i) => i.hostUnit === unit).map((i) => i.code);

/** The three host units' files for the first quarter. */
async function threeUnits(): Promise<UnitBytes[]> {
  return [
    { name: "PQLDL.xlsx", bytes: await cliMonthlyFile(quarterOf(hosted("Phòng Quản lý Du lịch"), 80), "Phòng Quản lý Du lịch") },
    { name: "VPS.xlsx", bytes: await cliMonthlyFile(quarterOf(hosted("Văn phòng Sở"), 90), "Văn phòng Sở") },
    { name: "TTS.xlsx", bytes: await cliMonthlyFile(quarterOf(hosted("Thanh tra Sở"), 95), "Thanh tra Sở") },
  ];
}

/**
 * 20 unmarked files, each with every indicator for twelve months: the same figures in all but
 * every fifth file, which disagrees on one indicator's month (a conflict per such file).
 */
async function twentyFiles(): Promise<UnitBytes[]> {
  const files: UnitBytes[] = [];
  for (let k = 0; k < 20; k++) {
    const figures: MonthlyFigures = {};
    INDICATORS.forEach(({ code }, n) => {
      const months: Partial<Record<MonthNumber, readonly [number, number]>> = {};
      for (const m of MONTHS) months[m] = [90 + n + (k % 5 === 4 && n === k % 11 && m === 6 ? 1 : 0), 100 + m];
      figures[code] = months;
    });
    files.push({ name: `SoNganh-${k + 1}.xlsx`, bytes: await cliMonthlyFile(figures) });
  }
  return files;
}

const read = (files: readonly UnitBytes[]): Promise<ReadWorkbook[]> =>
  Promise.all(files.map((f) => readUnitFile({ name: f.name, bytes: f.bytes, lastModified: "2024-04-05T07:30:00.000Z" })));

async function consolidateFiles(files: readonly UnitBytes[]): Promise<Uint8Array> {
  const plan = planConsolidation({ target: emptyTarget("monthly", 2024), files: await read(files), period: Q1, unresolved: "blank", year: 2024 });
  return writeConsolidatedWorkbook({ plan, year: 2024, period: Q1, time: "2024-04-06T02:00:00.000Z" });
}

export async function benchConsolidate(): Promise<Record<string, number>> {
  const three = await threeUnits();
  const twenty = await twentyFiles();
  const ms = await timed(() => consolidateFiles(three));
  const ms20 = await timed(() => consolidateFiles(twenty));
  const read20 = await read(twenty);
  const planMs20 = await timed(() =>
    Promise.resolve(planConsolidation({ target: emptyTarget("monthly", 2024), files: read20, period: Q1, unresolved: "blank", year: 2024 })),
  );

  const excel = createFakeExcel();
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  await insertMonthlyReport(excel.context, { capabilities, charts: false, period: Q1 });
  const beforePreview = excel.syncCount;
  await previewConsolidation(excel.context, read20, { period: Q1, capabilities });
  const previewSyncs = excel.syncCount - beforePreview;
  const beforeWrite = excel.syncCount;
  await writeConsolidation(excel.context, read20, { period: Q1, capabilities });
  const syncs = excel.syncCount - beforeWrite;

  return {
    "consolidate.ms": ms,
    "consolidate.ms20": ms20,
    "consolidate.planMs20": planMs20,
    "consolidate.syncs": syncs,
    "consolidate.previewSyncs": previewSyncs,
  };
}
