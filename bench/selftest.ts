/**
 * Benchmark of "Tự kiểm tra" (src/excel/selfTest.ts) against the recording fake Excel whose
 * formulas compute (HyperFormula and the KPI.* functions, test/fakes/formulaEngine.ts), in a
 * workbook that already holds a user's filled appendix:
 *
 *   selftest.syncs            context.sync() round trips of the whole run, clean-up included
 *                             (bounded: one per read or write of a step, never one per cell)
 *   selftest.syncsBusy        the same when custom functions show #BUSY! until Excel was asked to
 *                             calculate three times (each extra read of calculated values is one
 *                             more sync)
 *   selftest.passedSteps      steps that passed (10 of 10 in a complete Excel)
 *   selftest.fakeMs           wall time of one run in the fake (the add-in's own work plus the
 *                             fake's formula engine, not Excel's), median of 3
 */
import { performance } from "node:perf_hooks";
import { cellAddress } from "../src/domain/layout/a1";
import { COLUMNS, appendixRows } from "../src/domain/layout/appendixLayout";
import { detectCapabilities } from "../src/excel/capabilities";
import { insertAppendix } from "../src/excel/insertAppendix";
import { runSelfTest } from "../src/excel/selfTest";
import { usesCustomFunctions } from "../src/domain/check";
import type { FakeExcel } from "../test/fakes/excelFake";
import { createCalculatingExcel, type Calculate } from "../test/fakes/formulaEngine";

async function userWorkbook(wrap?: (engine: Calculate, excel: () => FakeExcel) => Calculate): Promise<FakeExcel> {
  const excel = createCalculatingExcel({ sheets: { "Dữ liệu": { A1: 5, B1: "=A1*2" } }, ...(wrap ? { wrap } : {}) });
  await insertAppendix(excel.context, { capabilities: detectCapabilities((n, v) => excel.requirements.isSetSupported(n, v)) });
  const row = appendixRows().indicators.get("I.1")!;
  excel.state.setContents("Phụ lục 2024", cellAddress(row, COLUMNS.numerator), 40);
  excel.state.setContents("Phụ lục 2024", cellAddress(row, COLUMNS.denominator), 100);
  return excel;
}

async function run(excel: FakeExcel): Promise<{ syncs: number; passed: number; ms: number }> {
  const before = excel.syncCount;
  const started = performance.now();
  const report = await runSelfTest(excel.context, {
    capabilities: detectCapabilities((n, v) => excel.requirements.isSetSupported(n, v)),
    isSetSupported: (n, v) => excel.requirements.isSetSupported(n, v),
    sleep: () => Promise.resolve(),
  });
  const ms = performance.now() - started;
  if (!report.cleanup.complete) throw new Error("The self-test left temporary sheets behind.");
  return { syncs: excel.syncCount - before, passed: report.steps.filter((s) => s.status === "passed").length, ms };
}

export async function benchSelfTest(): Promise<Record<string, number>> {
  const runs: { syncs: number; passed: number; ms: number }[] = [];
  for (let i = 0; i < 3; i++) runs.push(await run(await userWorkbook()));
  const busy = await run(
    await userWorkbook((engine, excel) => (sheet, row, column, formula) =>
      usesCustomFunctions(formula) && excel().state.calculations < 3 ? "#BUSY!" : engine(sheet, row, column, formula),
    ),
  );
  const times = runs.map((r) => r.ms).sort((x, y) => x - y);
  return {
    "selftest.syncs": runs[0].syncs,
    "selftest.syncsBusy": busy.syncs,
    "selftest.passedSteps": runs[0].passed,
    "selftest.fakeMs": times[1],
  };
}
