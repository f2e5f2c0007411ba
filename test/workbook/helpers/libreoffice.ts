/**
 * Headless LibreOffice for the tests: finds soffice, converts files in one run with a fresh
 * throw-away profile that recalculates every formula on load, and runs poppler's PDF tools.
 */
import { execFile } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { Workbook } from "exceljs";

/** An executable on PATH (or the override path if given), or undefined when there is none. */
export function findExecutable(name: string, override?: string): string | undefined {
  if (override) return existsSync(override) ? override : undefined;
  for (const directory of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!directory) continue;
    const candidate = path.join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** soffice: $SOFFICE when set (nothing else is tried then), otherwise soffice or libreoffice on PATH. */
export function findSoffice(): string | undefined {
  if (process.env.SOFFICE) return findExecutable("soffice", process.env.SOFFICE);
  return findExecutable("soffice") ?? findExecutable("libreoffice");
}

/**
 * Settings of the fresh profile: recalculate OOXML and ODF files on load ("always"), so the
 * results we read are LibreOffice's own and never cached values from the file.
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

export function run(command: string, args: readonly string[], timeoutMs = 120_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stdout}\n${stderr}`));
      } else {
        resolve({ stdout, stderr });
      }
    });
  });
}

/**
 * Runs `use` with a fresh LibreOffice profile (user installation) in a new temporary directory,
 * removed afterwards: nothing from a previous run or from the user's own LibreOffice leaks in.
 * The first start with a new profile is the slow part (~10 s); later runs with it are quicker.
 */
export async function withFreshProfile<T>(use: (profileUrl: string) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(path.join(tmpdir(), "lo-profile-"));
  try {
    await mkdir(path.join(profile, "user"), { recursive: true });
    await writeFile(path.join(profile, "user", "registrymodifications.xcu"), REGISTRY);
    return await use(pathToFileURL(profile).href);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * Every input opened by LibreOffice, recalculated and saved again as .xlsx into outDir (the first
 * also printed to PDF into pdfDir, for people to look at), with a fresh profile; the saved files
 * and their workbooks as exceljs reads them back.
 */
export async function recalculateWithLibreOffice(
  soffice: string,
  inputs: readonly string[],
  outDir: string,
  pdfDir: string,
): Promise<{ outputs: string[]; books: Workbook[] }> {
  await mkdir(pdfDir, { recursive: true });
  const outputs = await withFreshProfile(async (profile) => {
    const xlsx = await convertWithLibreOffice(soffice, profile, inputs, "xlsx", outDir);
    await convertWithLibreOffice(soffice, profile, [inputs[0]], "pdf", pdfDir);
    return xlsx;
  });
  const books: Workbook[] = [];
  for (const output of outputs) {
    const book = new Workbook();
    await book.xlsx.readFile(output);
    books.push(book);
  }
  return { outputs, books };
}

/** Converts every input to `format` ("xlsx", "pdf", …) into outDir in ONE LibreOffice start. */
export async function convertWithLibreOffice(
  soffice: string,
  profileUrl: string,
  inputs: readonly string[],
  format: string,
  outDir: string,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const extension = format.split(":")[0];
  const outputs = inputs.map((input) => path.join(outDir, `${path.parse(input).name}.${extension}`));
  await Promise.all(outputs.map((output) => rm(output, { force: true })));
  await run(soffice, [
    `-env:UserInstallation=${profileUrl}`,
    "--headless",
    "--invisible",
    "--norestore",
    "--nologo",
    "--nodefault",
    "--nolockcheck",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    ...inputs,
  ]);
  const missing = outputs.filter((output) => !existsSync(output));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(", ")}`);
  return outputs;
}
