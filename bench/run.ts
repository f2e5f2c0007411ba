/**
 * Runs every benchmark module and writes their figures, one number per name, to bench-results.json
 * at the repository root (git-ignored).   npm run bench            (all)
 *                                         npm run bench -- functions   (only the named modules)
 * A benchmark module exports `async function benchX(): Promise<Record<string, number>>` whose names
 * start with the module's name ("functions.scalarRatio"); register it in BENCHMARKS below.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { benchConsolidate } from "./consolidate";
import { benchFunctions } from "./functions";
import { benchHighlight } from "./highlight";
import { benchInsert } from "./insert";
import { benchPane } from "./pane";
import { benchPeriod } from "./period";
import { benchSelfTest } from "./selftest";
import { benchWorkbook } from "./workbook";

type Benchmark = () => Promise<Record<string, number>>;

/** Every benchmark module, by name. */
const BENCHMARKS: ReadonlyArray<readonly [string, Benchmark]> = [
  ["functions", benchFunctions],
  ["insert", benchInsert],
  ["highlight", benchHighlight],
  ["period", benchPeriod],
  ["selftest", benchSelfTest],
  ["workbook", benchWorkbook],
  ["pane", benchPane],
  ["consolidate", benchConsolidate],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !BENCHMARKS.some(([n]) => n === name));
  if (unknown.length > 0) throw new Error(`Unknown benchmark(s): ${unknown.join(", ")}`);

  const results: Record<string, number> = {};
  for (const [name, bench] of BENCHMARKS) {
    if (only.length > 0 && !only.includes(name)) continue;
    const figures = await bench();
    for (const [key, value] of Object.entries(figures)) {
      if (key in results) throw new Error(`Benchmark figure ${key} is reported twice.`);
      if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`Benchmark figure ${key} is not a number.`);
      results[key] = value;
    }
  }

  const file = path.resolve(__dirname, "..", "bench-results.json");
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(32)} ${value.toPrecision(4)}`);
  console.log(`written to ${path.relative(process.cwd(), file) || file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
