/**
 * Reading what Excel calculated, when it may not have finished. Native formulas are calculated
 * before a read returns; custom functions (KPI.*) run in the add-in's JavaScript runtime and
 * arrive later. So a read is: ask Excel to calculate the cells, read them with the calculation
 * state, and judge; when a value is still pending, wait a little and read again — a bounded number
 * of times, never a blind long sleep. Each attempt is one context.sync().
 *
 * What Microsoft documents, and what this relies on:
 * - Range.calculate() (ExcelApi 1.6; Excel JavaScript API reference, Excel.Range class,
 *   "Calculates a range of cells on a worksheet"): only the cells read are recalculated.
 *   Application.calculate would recalculate every open workbook, the user's volatile functions
 *   included, so it is not used.
 * - Application.calculationState (ExcelApi 1.9; Excel.CalculationState enum: "Done" — calculations
 *   complete, "Calculating" — in progress, "Pending" — changes made but not yet recalculated).
 * - A formula whose function is still running shows #BUSY! (support.microsoft.com, "How to correct
 *   a #BUSY! error": "A function in the formula is still running"). Newer builds may instead keep
 *   the previous value, with a refresh mark on the cell, while a custom function recalculates
 *   (office-js issue #4152), so a value that disagrees while calculationState is not "Done" is
 *   read again as well.
 * - Worksheet.onCalculated (ExcelApi 1.8; Excel.WorksheetCalculatedEventArgs, the range's address
 *   from ExcelApi 1.11) says a calculation completed, but not that an asynchronous custom
 *   function's result has arrived, and it needs a handler registered and removed around the
 *   read: the bounded re-read above is simpler and checks the very cells that matter.
 */
import { isBusyValue } from "../domain/selfTest";

export interface CalculationWait {
  /** Range.calculate exists (ExcelApi 1.6). */
  readonly canCalculateRanges: boolean;
  /** Application.calculationState exists (ExcelApi 1.9). */
  readonly canReadState: boolean;
  readonly sleep: (ms: number) => Promise<void>;
  /** The pauses between attempts; their number bounds the attempts (one more than pauses). */
  readonly delaysMs: readonly number[];
}

/** At most 3.55 s of waiting in 8 reads: enough for custom functions in a fresh sheet. */
export const CALCULATION_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800, 1000, 1000];

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What a read gives once judged: "ok", "differs" (values disagree) or "busy" (still pending). */
export type Judgement = "ok" | "differs" | "busy";

export interface CalculatedRead<T> {
  readonly value: T;
  /** "busy": Excel had not finished after the last attempt. */
  readonly judgement: Judgement;
  readonly attempts: number;
  /** Time spent waiting between attempts. */
  readonly waitedMs: number;
}

/** What one attempt does, queued afresh each time (new proxies). */
export interface CalculatedReads<T> {
  /** The ranges to calculate, in order (precedents first), before anything is read. */
  readonly calculate: () => readonly Excel.Range[];
  /** Queues the loads; returns how to read them after the sync. */
  readonly queue: () => () => T;
}

/**
 * Reads until `judge` says "ok", or the values differ while Excel says it is done, or the
 * attempts run out.
 */
export async function readCalculated<T>(
  context: Excel.RequestContext,
  reads: CalculatedReads<T>,
  judge: (value: T) => Judgement,
  wait: CalculationWait,
): Promise<CalculatedRead<T>> {
  const attempt = async (index: number, waitedMs: number): Promise<CalculatedRead<T>> => {
    if (wait.canCalculateRanges) for (const range of reads.calculate()) range.calculate();
    const read = reads.queue();
    const application = wait.canReadState ? context.workbook.application.load("calculationState") : null;
    await context.sync();
    const value = read();
    const judgement = judge(value);
    const calculating = application !== null && application.calculationState !== "Done";
    const settled = judgement === "ok" || (judgement === "differs" && !calculating);
    if (settled || index >= wait.delaysMs.length) {
      // Out of attempts while Excel still calculates: not finished, whatever the values say.
      const final: Judgement = settled ? judgement : judgement === "busy" || calculating ? "busy" : judgement;
      return { value, judgement: final, attempts: index + 1, waitedMs };
    }
    const delay = wait.delaysMs[index];
    await wait.sleep(delay);
    return attempt(index + 1, waitedMs + delay);
  };
  return attempt(0, 0);
}

/** "busy" when any value is still pending (#BUSY!), else what `compare` says. */
export function judgeValues(values: readonly unknown[], differs: boolean): Judgement {
  if (values.some(isBusyValue)) return "busy";
  return differs ? "differs" : "ok";
}
