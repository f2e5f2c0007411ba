/**
 * Entry point of `npm run consolidate` (tsx src/workbook/consolidate/cli.ts). See run.ts for the
 * behaviour and args.ts for the options (--help).
 */
import { runConsolidateCli } from "./run";

runConsolidateCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
