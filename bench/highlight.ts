/**
 * Benchmark of the round trips (context.sync calls) of highlighting, the pre-submission check and
 * the portable copy, measured with the recording fake Excel on a filled appendix that also holds
 * a user's own conditional format:
 *
 *   highlight.syncs         applyHighlighting (replacing the add-in's rules): 2 — one read, one write
 *   check.syncs             readAppendixSnapshot + checkAppendix: 1
 *   check.selectSyncs       selectCell of a finding: 1
 *   portable.syncs          preparePortableCopy: 2 — one read, one write (copy + rewrite)
 *   portable.cellsWritten   cells the copy rewrites (KPI.* → native formulas)
 */
import { INDICATORS } from "../src/domain/catalog";
import { cellAddress } from "../src/domain/layout/a1";
import { COLUMNS, appendixRows } from "../src/domain/layout/appendixLayout";
import { detectCapabilities } from "../src/excel/capabilities";
import { checkSheet, selectCell } from "../src/excel/check";
import { applyHighlighting } from "../src/excel/highlight";
import { insertAppendix } from "../src/excel/insertAppendix";
import { preparePortableCopy } from "../src/excel/portableCopy";
import { createFakeExcel, type FakeExcel } from "../test/fakes/excelFake";

const SHEET = "Phụ lục 2024";

async function filledAppendix(): Promise<FakeExcel> {
  const excel = createFakeExcel();
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  await insertAppendix(excel.context, { capabilities });
  const rows = appendixRows();
  for (const indicator of INDICATORS) {
    const row = rows.indicators.get(indicator.code)!;
    excel.state.setContents(SHEET, cellAddress(row, COLUMNS.numerator), Math.round(indicator.target.fraction * 100));
    excel.state.setContents(SHEET, cellAddress(row, COLUMNS.denominator), 100);
  }
  // A user's own rule on a result cell: it must survive, and costs no extra round trip.
  const first = rows.indicators.get("I.1")!;
  excel.state.sheet(SHEET).conditionalFormats.push({
    rect: { top: first, left: COLUMNS.result, bottom: first, right: COLUMNS.result },
    type: "Custom",
    formula: `=I${first}>0.99`,
    fill: "#0000FF",
    fontColor: "#FFFFFF",
    stopIfTrue: false,
  });
  return excel;
}

async function syncsOf(excel: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = excel.syncCount;
  await action();
  return excel.syncCount - before;
}

export async function benchHighlight(): Promise<Record<string, number>> {
  const excel = await filledAppendix();
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  const highlight = await syncsOf(excel, () => applyHighlighting(excel.context, SHEET, { capabilities }));
  let firstAddress = "A1";
  const check = await syncsOf(excel, async () => {
    const report = await checkSheet(excel.context, SHEET);
    firstAddress = report.findings[0]?.address ?? cellAddress(appendixRows().indicators.get("I.1")!, COLUMNS.numerator);
  });
  const select = await syncsOf(excel, () => selectCell(excel.context, SHEET, firstAddress));
  let cellsWritten = 0;
  const portable = await syncsOf(excel, async () => {
    const result = await preparePortableCopy(excel.context, SHEET, { canCopySheets: true });
    cellsWritten = result.cellsWritten;
  });
  return {
    "highlight.syncs": highlight,
    "check.syncs": check,
    "check.selectSyncs": select,
    "portable.syncs": portable,
    "portable.cellsWritten": cellsWritten,
  };
}
