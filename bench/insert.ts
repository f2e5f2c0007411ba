/**
 * Benchmark of inserting the appendix: how many context.sync() round trips the insert makes
 * (each is a round trip to Excel, the expensive part on Excel on the web), against a naive writer
 * that writes one cell and syncs, cell by cell, into the same recording fake Excel.
 *
 *   insert.syncs              syncs of insertAppendix on a new sheet (goal ≤ 2, whatever the size)
 *   insert.updateSyncs        syncs of insertAppendix updating that sheet in place (goal ≤ 2)
 *   insert.syncsCellByCell    syncs of the naive writer: one per cell with content or a format
 *   insert.commands           commands the insert queues (the batch size)
 *   insert.milliseconds       wall time of one insert into the fake (the add-in's own work)
 */
import { performance } from "node:perf_hooks";
import { cellAddress } from "../src/domain/layout/a1";
import { buildAppendixLayout } from "../src/domain/layout/appendixLayout";
import type { SheetLayout } from "../src/domain/layout/model";
import { detectCapabilities } from "../src/excel/capabilities";
import { insertAppendix } from "../src/excel/insertAppendix";
import { parseRect } from "../src/excel/references";
import { createFakeExcel } from "../test/fakes/excelFake";

/** The naive way: every cell's content, then every styled cell's format, each its own sync. */
async function writeCellByCell(context: Excel.RequestContext, layout: SheetLayout): Promise<void> {
  const sheet = context.workbook.worksheets.add(layout.sheetName);
  const cells: Array<() => void> = [];
  layout.cells.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content !== null) cells.push(() => (sheet.getRange(cellAddress(r + 1, c + 1)).formulas = [[content]]));
    }),
  );
  for (const { address, style } of layout.styles) {
    const rect = parseRect(address)!;
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) {
        cells.push(() => {
          const format = sheet.getRange(cellAddress(row, column)).format;
          if (style.bold !== undefined) format.font.bold = style.bold;
          if (style.fill !== undefined) format.fill.color = style.fill;
          if (style.wrap !== undefined) format.wrapText = style.wrap;
        });
      }
    }
  }
  for (const write of cells) {
    write();
    // The point of the comparison: one round trip per cell.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

export async function benchInsert(): Promise<Record<string, number>> {
  const excel = createFakeExcel();
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  const started = performance.now();
  await insertAppendix(excel.context, { capabilities });
  const milliseconds = performance.now() - started;
  const syncs = excel.syncCount;

  // Commands of one insert: count what is queued before the write sync.
  const counting = createFakeExcel();
  const originalSync = counting.context.sync.bind(counting.context);
  let largestBatch = 0;
  counting.context.sync = (async (value?: unknown) => {
    largestBatch = Math.max(largestBatch, counting.pendingCommands);
    return originalSync(value);
  }) as typeof counting.context.sync;
  await insertAppendix(counting.context, { capabilities });

  const beforeUpdate = excel.syncCount;
  await insertAppendix(excel.context, { capabilities, ifExists: "update" });
  const updateSyncs = excel.syncCount - beforeUpdate;

  const naive = createFakeExcel();
  await writeCellByCell(naive.context, buildAppendixLayout());

  return {
    "insert.syncs": syncs,
    "insert.updateSyncs": updateSyncs,
    "insert.syncsCellByCell": naive.syncCount,
    "insert.commands": largestBatch,
    "insert.milliseconds": Math.round(milliseconds * 10) / 10,
  };
}
