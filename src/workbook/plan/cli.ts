/**
 * Entry point of `npm run plan` (tsx src/workbook/plan/cli.ts). See run.ts for the behaviour and
 * args.ts for the options (--help).
 */
import { runPlanCli } from "./run";

runPlanCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
