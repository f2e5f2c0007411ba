/**
 * writeOutputFile (src/workbook/outputFile.ts), the safe writer of every CLI's output file, on a
 * temporary directory: the exclusive create is the guarantee against replacing a file that
 * appears after any check (an injected file-system step makes it appear), nothing is built before
 * a refusal, and failed builds or writes leave nothing half-made. Real errors (ENOTDIR, EISDIR,
 * EACCES) are produced for real where the machine can, as root too.
 */
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import * as fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeOutputFile, type OutputFileSystem, type OutputOutcome } from "../../src/workbook/outputFile";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-output-file-"));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const BYTES = new TextEncoder().encode("the new workbook");
const errnoError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

/** A build that records its calls. */
function builder(result: () => Promise<Uint8Array> = () => Promise.resolve(BYTES)) {
  const calls: number[] = [];
  return { calls, build: () => (calls.push(1), result()) };
}

async function write(name: string, force: boolean, fs: OutputFileSystem = fsPromises, build = builder()) {
  const target = path.join(dir, name);
  const outcome = await writeOutputFile(fs, { target, force, build: build.build });
  return { target, outcome, built: build.calls.length };
}

const text = async (file: string): Promise<string> => readFile(file, "utf8");

describe("writeOutputFile without --force", () => {
  it("writes a new file, built once", async () => {
    const { target, outcome, built } = await write("a.xlsx", false);
    expect(outcome).toEqual({ status: "written", byteLength: BYTES.byteLength });
    expect(built).toBe(1);
    expect(await text(target)).toBe("the new workbook");
    expect(await readdir(dir)).toEqual(["a.xlsx"]);
  });

  it("refuses an existing file without building anything", async () => {
    await writeFile(path.join(dir, "a.xlsx"), "keep me");
    const { target, outcome, built } = await write("a.xlsx", false);
    expect(outcome).toMatchObject({ status: "refused", message: { en: `${target} already exists. Add --force to overwrite it.` } });
    expect(built).toBe(0);
    expect(await text(target)).toBe("keep me");
  });

  it("keeps a file that appears after the checks (another run, a synced folder): the exclusive create refuses it", async () => {
    const target = path.join(dir, "a.xlsx");
    // The injected step: right after the writer has looked at the folder, another process writes the file.
    const racing: OutputFileSystem = {
      ...fsPromises,
      stat: async (file) => {
        const stats = await fsPromises.stat(file);
        if (file === dir) await writeFile(target, "written meanwhile");
        return stats;
      },
    };
    const { outcome, built } = await write("a.xlsx", false, racing);
    expect(outcome.status).toBe("refused");
    expect(built).toBe(0);
    expect(await text(target)).toBe("written meanwhile");
    expect(await readdir(dir)).toEqual(["a.xlsx"]);
  });

  it("keeps a file that appears just before the file is opened", async () => {
    const target = path.join(dir, "a.xlsx");
    const racing: OutputFileSystem = {
      ...fsPromises,
      open: async (file, flags) => {
        await writeFile(file, "written meanwhile");
        return fsPromises.open(file, flags);
      },
    };
    const { outcome, built } = await write("a.xlsx", false, racing);
    expect(outcome).toMatchObject({ status: "refused", message: { en: expect.stringContaining("already exists") as unknown } });
    expect(built).toBe(0);
    expect(await text(target)).toBe("written meanwhile");
  });

  it("removes the empty file again when the build fails, and passes the build's error on", async () => {
    const failing = builder(() => Promise.reject(new Error("the builder broke")));
    await expect(write("a.xlsx", false, fsPromises, failing)).rejects.toThrow("the builder broke");
    expect(failing.calls).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it("removes the partial file when the write fails (ENOSPC)", async () => {
    const fullDisk: OutputFileSystem = {
      ...fsPromises,
      open: async (file, flags) => {
        const handle = await fsPromises.open(file, flags);
        return {
          writeFile: async () => {
            await handle.writeFile("partial");
            throw errnoError("ENOSPC");
          },
          close: () => handle.close(),
        };
      },
    };
    const { outcome } = await write("a.xlsx", false, fullDisk);
    expect(outcome).toMatchObject({ status: "failed", message: { en: expect.stringContaining("(ENOSPC)") as unknown } });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("writeOutputFile with --force", () => {
  it("replaces the file through a temporary file beside it, leaving only the new file", async () => {
    await writeFile(path.join(dir, "a.xlsx"), "old");
    const renames: [string, string][] = [];
    const recording: OutputFileSystem = {
      ...fsPromises,
      rename: (from, to) => (renames.push([from, to]), fsPromises.rename(from, to)),
    };
    const { target, outcome, built } = await write("a.xlsx", true, recording);
    expect(outcome.status).toBe("written");
    expect(built).toBe(1);
    expect(await text(target)).toBe("the new workbook");
    expect(renames).toHaveLength(1);
    expect(path.dirname(renames[0][0])).toBe(dir);
    expect(renames[0][1]).toBe(target);
    expect(await readdir(dir)).toEqual(["a.xlsx"]);
  });

  it("leaves the old file as it was when the build or the rename fails", async () => {
    const target = path.join(dir, "a.xlsx");
    await writeFile(target, "old");
    await expect(write("a.xlsx", true, fsPromises, builder(() => Promise.reject(new Error("broke"))))).rejects.toThrow("broke");
    const { outcome } = await write("a.xlsx", true, { ...fsPromises, rename: () => Promise.reject(errnoError("EBUSY")) });
    expect(outcome).toMatchObject({ status: "failed", message: { en: expect.stringContaining("in use by another program") as unknown } });
    expect(await text(target)).toBe("old");
    expect(await readdir(dir)).toEqual(["a.xlsx"]);
  });
});

describe("writeOutputFile refuses a path that cannot be the output, unbuilt", () => {
  const refusal = (outcome: OutputOutcome): string => (outcome.status === "written" ? "written" : `${outcome.status}: ${outcome.message.en}`);

  it("a directory (EISDIR), with or without --force", async () => {
    await mkdir(path.join(dir, "d.xlsx"));
    for (const force of [false, true]) {
      const { outcome, built } = await write("d.xlsx", force);
      expect({ force, refusal: refusal(outcome), built }).toEqual({ force, refusal: expect.stringMatching(/^refused: .*is a directory \(EISDIR\)/) as unknown, built: 0 });
    }
  });

  it("a path under a file instead of a folder (a real ENOTDIR, as root too)", async () => {
    await writeFile(path.join(dir, "file"), "x");
    for (const force of [false, true]) {
      const { outcome, built } = await write("file/sub/a.xlsx", force);
      expect({ force, refusal: refusal(outcome), built }).toEqual({
        force,
        refusal: expect.stringMatching(/^refused: Part of the path .*file\/sub\/a\.xlsx is a file, not a directory \(ENOTDIR\)\.$/) as unknown,
        built: 0,
      });
    }
  });

  it("a folder it may not write into: EACCES, injected (and real where the tests do not run as root)", async () => {
    const denied: OutputFileSystem = { ...fsPromises, open: () => Promise.reject(errnoError("EACCES")) };
    for (const force of [false, true]) {
      const { outcome, built } = await write("a.xlsx", force, denied);
      expect(refusal(outcome)).toMatch(/^failed: Permission denied writing .*a\.xlsx \(EACCES\)/);
      expect(built).toBe(0);
    }
    expect(await readdir(dir)).toEqual([]);
    if (process.getuid?.() === 0) return; // root writes anywhere: the injected EACCES above stands for it
    await chmod(dir, 0o555);
    const { outcome, built } = await write("a.xlsx", false);
    expect(refusal(outcome)).toMatch(/\(EACCES\)/);
    expect(built).toBe(0);
  });
});
