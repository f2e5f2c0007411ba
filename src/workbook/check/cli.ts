/**
 * Entry point of `npm run check` (tsx src/workbook/check/cli.ts). See run.ts for the behaviour and
 * args.ts for the options (--help).
 */
import { runCheckCli } from "./run";

runCheckCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
