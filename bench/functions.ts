/**
 * Benchmark of the KPI.* custom functions: the KPI.ONTIME wrapper (src/functions/functions.ts,
 * exactly what Excel calls) on 1,000,000 one-cell pairs passed as Excel passes them ([[b]], [[a]])
 * and on 100,000 twelve-month ranges (1×12), against the bare expression b/a over the same cells
 * in the same run. Results go into a Float64Array so that no loop can be optimized away.
 *
 *   functions.scalarRatio         KPI.ONTIME calls per second / bare b/a per second (goal ≥ 0.5)
 *   functions.scalarCallsPerSec   KPI.ONTIME on one-cell pairs
 *   functions.bareCallsPerSec     b/a on the same one-cell pairs
 *   functions.rangeCallsPerSec    KPI.ONTIME on 1×12 ranges
 *
 * The happy path of the wrapper touches no global (CustomFunctions is only needed for errors),
 * so no fake is installed. Each loop runs ROUNDS times (interleaved) after a warm-up; the best round counts.
 */
import { performance } from "node:perf_hooks";
import { onTime } from "../src/functions/functions";

const SCALAR_PAIRS = 1_000_000;
const RANGES = 100_000;
const MONTHS = 12;
const ROUNDS = 5;

type Grid = number[][];

/** A small deterministic generator (LCG), so every run measures the same data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function scalarData(random: () => number): { b: Grid[]; a: Grid[] } {
  const b: Grid[] = new Array(SCALAR_PAIRS);
  const a: Grid[] = new Array(SCALAR_PAIRS);
  for (let i = 0; i < SCALAR_PAIRS; i++) {
    const total = 1 + Math.floor(random() * 5000);
    a[i] = [[total]];
    b[i] = [[Math.floor(random() * (total + 1))]];
  }
  return { b, a };
}

function rangeData(random: () => number): { b: Grid[]; a: Grid[] } {
  const b: Grid[] = new Array(RANGES);
  const a: Grid[] = new Array(RANGES);
  for (let i = 0; i < RANGES; i++) {
    const bRow: number[] = new Array(MONTHS);
    const aRow: number[] = new Array(MONTHS);
    for (let m = 0; m < MONTHS; m++) {
      const total = Math.floor(random() * 500);
      aRow[m] = total;
      bRow[m] = Math.floor(random() * (total + 1));
    }
    aRow[0] += 1; // sum(a) > 0
    b[i] = [bRow];
    a[i] = [aRow];
  }
  return { b, a };
}

function runKpi(b: Grid[], a: Grid[], out: Float64Array): void {
  for (let i = 0; i < b.length; i++) out[i] = onTime(b[i], a[i]) as number;
}

function runBare(b: Grid[], a: Grid[], out: Float64Array): void {
  for (let i = 0; i < b.length; i++) out[i] = b[i][0][0] / a[i][0][0];
}

/** Best (shortest) time of a run, in milliseconds. */
function time(run: (b: Grid[], a: Grid[], out: Float64Array) => void, b: Grid[], a: Grid[], out: Float64Array): number {
  const start = performance.now();
  run(b, a, out);
  return performance.now() - start;
}

function checksum(out: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < out.length; i++) sum += out[i];
  return sum;
}

export async function benchFunctions(): Promise<Record<string, number>> {
  const random = generator(20240101);
  const scalars = scalarData(random);
  const ranges = rangeData(random);
  const scalarOut = new Float64Array(SCALAR_PAIRS);
  const bareOut = new Float64Array(SCALAR_PAIRS);
  const rangeOut = new Float64Array(RANGES);

  // Warm-up (JIT), then the same data for KPI.ONTIME and the bare expression, alternating.
  runKpi(scalars.b, scalars.a, scalarOut);
  runBare(scalars.b, scalars.a, bareOut);
  runKpi(ranges.b, ranges.a, rangeOut);

  // Rounds interleave the three loops so that a busy machine slows them alike; the best round counts.
  let bareMs = Infinity;
  let scalarMs = Infinity;
  let rangeMs = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    bareMs = Math.min(bareMs, time(runBare, scalars.b, scalars.a, bareOut));
    scalarMs = Math.min(scalarMs, time(runKpi, scalars.b, scalars.a, scalarOut));
    rangeMs = Math.min(rangeMs, time(runKpi, ranges.b, ranges.a, rangeOut));
  }
  const bare = SCALAR_PAIRS / (bareMs / 1000);
  const scalar = SCALAR_PAIRS / (scalarMs / 1000);
  const range = RANGES / (rangeMs / 1000);

  // The results must agree: the wrapper returns exactly b/a on valid counts.
  for (let i = 0; i < SCALAR_PAIRS; i++) {
    if (!Object.is(scalarOut[i], bareOut[i])) throw new Error(`KPI.ONTIME and b/a differ at pair ${i}`);
  }
  if (!Number.isFinite(checksum(rangeOut))) throw new Error("KPI.ONTIME returned an error on a range");
  await Promise.resolve();

  const figures = {
    "functions.scalarRatio": scalar / bare,
    "functions.rangeCallsPerSec": range,
    "functions.scalarCallsPerSec": scalar,
    "functions.bareCallsPerSec": bare,
  };
  const m = (x: number) => `${(x / 1e6).toFixed(1)} M/s`;
  console.log(
    `functions: KPI.ONTIME ${m(scalar)} on one-cell pairs, bare b/a ${m(bare)} ` +
      `(ratio ${figures["functions.scalarRatio"].toFixed(2)}), ${m(range)} on 1×12 ranges`,
  );
  return figures;
}
