/**
 * Benchmark of the standalone workbook (src/workbook): building the appendix from the layout
 * model and writing the .xlsx bytes with exceljs, as `npm run workbook` and the task pane's
 * download do. One warm-up write, then five timed writes.
 *
 *   workbook.ms      median wall time of one complete write (build + writeBuffer), milliseconds
 *   workbook.bytes   size of the .xlsx written with the default options
 */
import { performance } from "node:perf_hooks";
import { writeStandaloneWorkbook } from "../src/workbook/renderWorkbook";

const RUNS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function benchWorkbook(): Promise<Record<string, number>> {
  let bytes = (await writeStandaloneWorkbook()).byteLength; // warm-up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    bytes = (await writeStandaloneWorkbook()).byteLength;
    times.push(performance.now() - start);
  }
  return { "workbook.ms": median(times), "workbook.bytes": bytes };
}
