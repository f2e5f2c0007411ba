/**
 * Entry point of `npm run workbook` (tsx src/workbook/cli.ts): writes the standalone appendix
 * workbook. See runCli.ts for the behaviour and args.ts for the options (--help).
 */
import { runWorkbookCli } from "./runCli";

runWorkbookCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
