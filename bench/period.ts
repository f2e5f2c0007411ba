/**
 * Benchmark of monthly reporting's actions against the recording fake Excel: how many
 * context.sync() round trips each makes (goal ≤ 2 whatever the number of months filled).
 *
 *   period.syncs          the most any action below makes
 *   period.switchSyncs    switching the report period (read the period cell, write it)
 *   period.insertSyncs    inserting the three sheets of monthly reporting
 *   period.updateSyncs    refreshing them, twelve months of figures kept
 *   period.checkSyncs     the pre-submission check of the monthly data
 *   period.switchWrites   cells written by a switch (only the period cell: 1)
 *   period.switchMs       wall time of one switch in the fake (the add-in's own work)
 */
import { performance } from "node:perf_hooks";
import { detectCapabilities } from "../src/excel/capabilities";
import { checkMonthlyReport, insertMonthlyReport, switchReportPeriod } from "../src/excel/monthly";
import { MONTHLY_SHEET_NAME } from "../src/domain/layout/appendixLayout";
import { MONTHLY_VALUES_RANGE } from "../src/domain/layout/monthlyLayout";
import { ALL_PERIODS } from "../src/domain/period";
import { createFakeExcel } from "../test/fakes/excelFake";

export async function benchPeriod(): Promise<Record<string, number>> {
  const excel = createFakeExcel();
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  const count = async (action: () => Promise<unknown>): Promise<number> => {
    const before = excel.syncCount;
    await action();
    return excel.syncCount - before;
  };

  const insertSyncs = await count(() => insertMonthlyReport(excel.context, { capabilities, charts: false, period: { kind: "month", month: 1 } }));
  // Twelve months of figures for every indicator.
  const [first, last] = MONTHLY_VALUES_RANGE.split(":");
  const rows = Number(/\d+$/.exec(last)![0]) - Number(/\d+$/.exec(first)![0]) + 1;
  excel.state.setContents(
    MONTHLY_SHEET_NAME,
    first,
    Array.from({ length: rows }, (_, r) => Array.from({ length: 12 }, () => (r % 2 === 0 ? 9 : 10))),
  );

  let switchSyncs = 0;
  let switchWrites = 0;
  const started = performance.now();
  for (const period of ALL_PERIODS.slice(1)) {
    const writes = excel.state.mutations;
    switchSyncs = Math.max(switchSyncs, await count(() => switchReportPeriod(excel.context, period)));
    switchWrites = Math.max(switchWrites, excel.state.mutations - writes);
  }
  const switchMs = (performance.now() - started) / (ALL_PERIODS.length - 1);
  const updateSyncs = await count(() => insertMonthlyReport(excel.context, { capabilities, charts: false, ifExists: "update" }));
  const checkSyncs = await count(() => checkMonthlyReport(excel.context));

  return {
    "period.syncs": Math.max(switchSyncs, insertSyncs, updateSyncs, checkSyncs),
    "period.switchSyncs": switchSyncs,
    "period.insertSyncs": insertSyncs,
    "period.updateSyncs": updateSyncs,
    "period.checkSyncs": checkSyncs,
    "period.switchWrites": switchWrites,
    "period.switchMs": switchMs,
  };
}
