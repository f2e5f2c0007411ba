/**
 * The CLI end to end on a temporary directory: exit codes, messages, never overwriting without
 * --force (the file created exclusively before the workbook is built: see outputFile.test.ts for
 * the writer itself), and clear words for write errors (injected where the machine cannot produce
 * them).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import * as fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { EXIT, callerDirectory, runWorkbookCli, type CliDeps, type CliFileSystem } from "../../src/workbook/runCli";
import { describeWriteError } from "../../src/workbook/outputFile";
import { CHART_SHEET_NAME } from "../../src/domain/chart";
import { MONTHLY_SHEET_NAME, PERIOD_CELLS, filledByCellOf } from "../../src/domain/layout/appendixLayout";
import { toAbsolute } from "../../src/domain/layout/a1";
import { documentName } from "../../src/domain/layout/documentFrame";
import { writeMonthlyStandaloneWorkbook } from "../../src/workbook/monthlyWorkbook";
import { writeStandaloneWorkbook } from "../../src/workbook/renderWorkbook";
import { readZipText } from "./helpers/zip";

const ROOT = path.resolve(__dirname, "../..");
let dir: string;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await writeStandaloneWorkbook();
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-workbook-cli-"));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

interface Captured {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the CLI in-process; the plain workbook is built once (the same bytes) to keep this fast,
 * the monthly one (--period) by its real builder unless one is given.
 */
async function cli(
  argv: string[],
  fs: CliFileSystem = fsPromises,
  build?: CliDeps["build"],
  buildMonthly: CliDeps["buildMonthly"] = writeMonthlyStandaloneWorkbook,
): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runWorkbookCli(argv, {
    cwd: dir,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    fs,
    build: build ?? (() => Promise.resolve(bytes)),
    buildMonthly,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const errnoError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

describe("npm run workbook", () => {
  it("writes the workbook, relative to the caller's directory", async () => {
    const result = await cli(["--out", "PhuLuc-2024.xlsx"]);
    expect(result).toMatchObject({ code: EXIT.ok, err: "" });
    const target = path.join(dir, "PhuLuc-2024.xlsx");
    expect(result.out).toContain(`Đã ghi ${target}`);
    expect(result.out.split("\n")[1]).toBe(`Wrote ${target} (${bytes.byteLength} bytes).`);
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array(bytes));
  });

  it("passes year, unit and protection to the builder", async () => {
    const seen: unknown[] = [];
    const result = await cli(["--out", "a.xlsx", "--year", "2025", "--unit", "Sở Văn hóa", "--no-protect"], fsPromises, (options) => {
      seen.push(options);
      return Promise.resolve(bytes);
    });
    expect(result.code).toBe(EXIT.ok);
    expect(seen).toEqual([{ year: 2025, unitName: "Sở Văn hóa", protect: false }]);
  });

  it("fills the document frame from --number, --date, --signer … (written into the named input cells)", async () => {
    const result = await cli(
      ["--out", "BaoCao.xlsx", "--period", "Q1", "--issuer", "Văn phòng Sở", "--number", "12", "--date", "05/04/2024", "--signer", "Nguyễn Văn A"],
      fsPromises,
      undefined,
    );
    expect(result).toMatchObject({ code: EXIT.ok, err: "" });
    const book = new Workbook();
    await book.xlsx.load((await readFile(path.join(dir, "BaoCao.xlsx"))) as unknown as ArrayBuffer);
    const input = (key: Parameters<typeof documentName>[1]): unknown => {
      const [range] = book.definedNames.getRanges(documentName("KPI", key)).ranges;
      const [sheetName, address] = range.replace(/'/g, "").split("!");
      return book.getWorksheet(sheetName)!.getCell(address.replace(/\$/g, "")).value;
    };
    expect([input("issuingBody"), input("governingBody"), input("number"), input("signer"), input("preparer")]).toEqual([
      "Văn phòng Sở",
      "Sở Du lịch",
      "12",
      "Nguyễn Văn A",
      null,
    ]);
    // A date, stored as a date: 05/04/2024.
    expect(input("date")).toEqual(new Date(Date.UTC(2024, 3, 5)));
  });

  it("writes the monthly reporting workbook with --period: three sheets, the period cell holding the period", async () => {
    const result = await cli(["--out", "BaoCao-2024.xlsx", "--period", "Q2"]);
    expect(result).toMatchObject({ code: EXIT.ok, err: "" });
    const target = path.join(dir, "BaoCao-2024.xlsx");
    expect(result.out).toContain(`Đã ghi ${target}`);
    expect(result.out).toContain("báo cáo theo tháng năm 2024 (kỳ Quý II)");
    expect(result.out).toMatch(/Wrote .* bytes\): monthly reporting, period Quý II\.$/);
    const book = new Workbook();
    await book.xlsx.load((await readFile(target)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Phụ lục 2024", MONTHLY_SHEET_NAME, CHART_SHEET_NAME]);
    expect(book.getWorksheet("Phụ lục 2024")!.getCell(PERIOD_CELLS.period).value).toBe("Quý II");
    expect(await readdir(dir)).toEqual(["BaoCao-2024.xlsx"]);
  });

  it("passes year, unit, protection and the period to the monthly builder only", async () => {
    const plain: unknown[] = [];
    const monthly: unknown[] = [];
    const result = await cli(
      ["--out", "a.xlsx", "--year", "2025", "--unit", "Sở Văn hóa", "--no-protect", "--period", "Tháng 3"],
      fsPromises,
      (options) => {
        plain.push(options);
        return Promise.resolve(bytes);
      },
      (options) => {
        monthly.push(options);
        return Promise.resolve(bytes);
      },
    );
    expect(result.code).toBe(EXIT.ok);
    expect(plain).toEqual([]);
    expect(monthly).toEqual([{ year: 2025, unitName: "Sở Văn hóa", protect: false, period: { kind: "month", month: 3 } }]);
  });

  it("keeps --force and never-overwrite for --period: refused without it, replaced with it, no temporary file left", async () => {
    const target = path.join(dir, "BaoCao-2024.xlsx");
    await writeFile(target, "keep me");
    const refused = await cli(["--out", "BaoCao-2024.xlsx", "--period", "Y"]);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.err).toContain("already exists. Add --force to overwrite it.");
    expect(await readFile(target, "utf8")).toBe("keep me");
    const forced = await cli(["--out", "BaoCao-2024.xlsx", "--period", "Y", "--force"]);
    expect(forced.code).toBe(EXIT.ok);
    const book = new Workbook();
    await book.xlsx.load((await readFile(target)) as unknown as ArrayBuffer);
    expect(book.getWorksheet("Phụ lục 2024")!.getCell(PERIOD_CELLS.period).value).toBe("Cả năm");
    expect(await readdir(dir)).toEqual(["BaoCao-2024.xlsx"]);
  });

  it("writes the unit of --filled-by into the named drop-down (and the frame's reporting unit); a unit not in the plan exits 2 with the list, nothing written", async () => {
    const result = await cli(["--out", "PQLDL.xlsx", "--period", "Q1", "--filled-by", "Phòng Quản lý Du lịch"]);
    expect(result.code).toBe(EXIT.ok);
    /** The value of a named cell of a file written here. */
    const namedIn = async (file: string): Promise<(name: string) => unknown> => {
      const book = new Workbook();
      await book.xlsx.load((await readFile(path.join(dir, file))) as unknown as ArrayBuffer);
      return (name) => {
        const [range] = book.definedNames.getRanges(name).ranges;
        const [sheetName, address] = range.replace(/'/g, "").split("!");
        return book.getWorksheet(sheetName)!.getCell(address.replace(/\$/g, "")).value;
      };
    };
    const book = new Workbook();
    await book.xlsx.load((await readFile(path.join(dir, "PQLDL.xlsx"))) as unknown as ArrayBuffer);
    const [reference] = book.definedNames.getRanges("KPI_FILLED_BY").ranges;
    expect(reference).toBe(`'Phụ lục 2024'!${toAbsolute(filledByCellOf({ monthly: { period: { kind: "quarter", quarter: 1 } } }))}`);
    const named = await namedIn("PQLDL.xlsx");
    expect(named("KPI_FILLED_BY")).toBe("Phòng Quản lý Du lịch");
    // The unit is also the frame's reporting unit, under the Sở.
    expect([named(documentName("KPI", "issuingBody")), named(documentName("KPI", "governingBody"))]).toEqual(["Phòng Quản lý Du lịch", "Sở Du lịch"]);
    // --issuer names another reporting unit; "Cả Sở (tổng hợp)" leaves the frame the Sở's.
    await cli(["--out", "Khac.xlsx", "--period", "Q1", "--filled-by", "Thanh tra Sở", "--issuer", "Văn phòng Sở"]);
    await cli(["--out", "CaSo.xlsx", "--period", "Q1", "--filled-by", "Cả Sở (tổng hợp)"]);
    for (const [file, issuer, filledBy] of [
      ["Khac.xlsx", "Văn phòng Sở", "Thanh tra Sở"],
      ["CaSo.xlsx", "Sở Du lịch", "Cả Sở (tổng hợp)"],
    ]) {
      const inFile = await namedIn(file);
      expect([inFile(documentName("KPI", "issuingBody")), inFile("KPI_FILLED_BY")]).toEqual([issuer, filledBy]);
    }
    await rm(path.join(dir, "Khac.xlsx"));
    await rm(path.join(dir, "CaSo.xlsx"));

    const wrong = await cli(["--out", "x.xlsx", "--filled-by", "Phòng Văn hóa"]);
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.err).toContain('"Phòng Quản lý Du lịch", "Văn phòng Sở", "Thanh tra Sở", "Cả Sở (tổng hợp)"');
    expect(await readdir(dir)).toEqual(["PQLDL.xlsx"]);
  });

  it("prints usage for --help and exits 0", async () => {
    const result = await cli(["--help"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/^Cách dùng \/ Usage:/);
    expect(result.out).toContain('--out BaoCao-2024.xlsx --period "Quý I"');
    expect(await readdir(dir)).toEqual([]);
  });

  it("exits 2 with a bilingual message on bad arguments, writing nothing", async () => {
    for (const argv of [["--bogus"], [], ["--out", "a.xlsx", "--year", "24"], ["--out", "a.xlsx", "--unit", " "]]) {
      const result = await cli(argv);
      expect({ argv, code: result.code, out: result.out }).toEqual({ argv, code: EXIT.usage, out: "" });
      expect(result.err.split("\n").length).toBeGreaterThanOrEqual(2);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it("exits 2 when the output directory does not exist or is a file", async () => {
    const missing = await cli(["--out", "no/such/dir/a.xlsx"]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toContain(`Thư mục ${path.join(dir, "no/such/dir")} không tồn tại`);
    expect(missing.err).toContain("does not exist");
    await writeFile(path.join(dir, "file"), "x");
    const notDir = await cli(["--out", "file/a.xlsx"]);
    expect(notDir.code).toBe(EXIT.usage);
    expect(notDir.err).toMatch(/không phải là thư mục\.\n.*is not a directory/);
  });

  it("never overwrites an existing file without --force", async () => {
    const target = path.join(dir, "a.xlsx");
    await writeFile(target, "keep me");
    const refused = await cli(["--out", "a.xlsx"]);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.err).toBe(`Tệp ${target} đã có. Thêm --force nếu muốn ghi đè.\n${target} already exists. Add --force to overwrite it.`);
    expect(await readFile(target, "utf8")).toBe("keep me");
    const forced = await cli(["--out", "a.xlsx", "--force"]);
    expect(forced.code).toBe(EXIT.ok);
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array(bytes));
    expect(await readdir(dir)).toEqual(["a.xlsx"]); // no temporary file left behind
  });

  it("refuses a directory as --out, even with --force (EISDIR)", async () => {
    await mkdir(path.join(dir, "d.xlsx"));
    const result = await cli(["--out", "d.xlsx", "--force"]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toMatch(/là một thư mục, không phải tệp.*\n.*is a directory \(EISDIR\)/);
  });

  it("says why a write failed (ENOSPC, EACCES) and leaves no partial file", async () => {
    const failingWrite = (code: string): CliFileSystem => ({
      ...fsPromises,
      open: async (target, flags) => {
        const handle = await fsPromises.open(target, flags);
        return {
          writeFile: async () => {
            await handle.writeFile("partial");
            throw errnoError(code);
          },
          close: () => handle.close(),
        };
      },
    });
    const full = await cli(["--out", "a.xlsx"], failingWrite("ENOSPC"));
    expect(full.code).toBe(EXIT.writeFailed);
    expect(full.err).toBe(
      `Ổ đĩa đã hết chỗ trống, không ghi được ${path.join(dir, "a.xlsx")}.\nNo space left on the device (ENOSPC): could not write ${path.join(dir, "a.xlsx")}.`,
    );
    expect(await readdir(dir)).toEqual([]);

    // With --force, the old file survives a failed write.
    await writeFile(path.join(dir, "a.xlsx"), "old");
    const forced = await cli(["--out", "a.xlsx", "--force"], failingWrite("ENOSPC"));
    expect(forced.code).toBe(EXIT.writeFailed);
    expect(await readFile(path.join(dir, "a.xlsx"), "utf8")).toBe("old");
    expect(await readdir(dir)).toEqual(["a.xlsx"]);

    const denied = await cli(["--out", "b.xlsx"], { ...fsPromises, open: () => Promise.reject(errnoError("EACCES")) });
    expect(denied.code).toBe(EXIT.writeFailed);
    expect(denied.err).toMatch(/^Không có quyền ghi tệp .*b\.xlsx\..*\nPermission denied writing .*b\.xlsx \(EACCES\)/);
  });

  it("reports real file-system errors, as root too: a path under a file (ENOTDIR); EACCES injected, and real when not root", async () => {
    const builds: unknown[] = [];
    const spy: CliDeps["build"] = (options) => (builds.push(options), Promise.resolve(bytes));
    await writeFile(path.join(dir, "file"), "x");
    const underFile = await cli(["--out", "file/sub/a.xlsx"], fsPromises, spy);
    expect(underFile.code).toBe(EXIT.usage);
    expect(underFile.err).toMatch(/^Một phần của đường dẫn .*file\/sub\/a\.xlsx là tệp, không phải thư mục\.\nPart of the path .* \(ENOTDIR\)\.$/);
    const denied = await cli(["--out", "a.xlsx"], { ...fsPromises, open: () => Promise.reject(errnoError("EACCES")) }, spy);
    expect(denied.code).toBe(EXIT.writeFailed);
    expect(denied.err).toContain("(EACCES)");
    expect(builds).toEqual([]);
    expect(await readdir(dir)).toEqual(["file"]);
    if (process.getuid?.() === 0) return; // root writes anywhere: the injected EACCES above stands for the real one
    await chmod(dir, 0o555);
    const result = await cli(["--out", "a.xlsx"], fsPromises, spy);
    expect(result.code).toBe(EXIT.writeFailed);
    expect(result.err).toContain("(EACCES)");
    expect(builds).toEqual([]);
  });

  it("does not build the workbook when the file exists or appears before it is created, and keeps that file", async () => {
    const builds: unknown[] = [];
    const spy: CliDeps["build"] = (options) => (builds.push(options), Promise.resolve(bytes));
    const monthlySpy: CliDeps["buildMonthly"] = (options) => (builds.push(options), Promise.resolve(bytes));
    const target = path.join(dir, "a.xlsx");
    await writeFile(target, "keep me");
    const existing = await cli(["--out", "a.xlsx", "--period", "Q1"], fsPromises, spy, monthlySpy);
    expect(existing.code).toBe(EXIT.usage);
    await rm(target);
    // Another run (or a synced folder) creates the file right after the CLI looked at the folder.
    const racing: CliFileSystem = {
      ...fsPromises,
      stat: async (file) => {
        const stats = await fsPromises.stat(file);
        if (file === dir) await writeFile(target, "the other run's file");
        return stats;
      },
    };
    const raced = await cli(["--out", "a.xlsx"], racing, spy, monthlySpy);
    expect(raced.code).toBe(EXIT.usage);
    expect(raced.err).toContain("already exists. Add --force to overwrite it.");
    expect(await readFile(target, "utf8")).toBe("the other run's file");
    expect(builds).toEqual([]);
    expect(await readdir(dir)).toEqual(["a.xlsx"]);
  });

  it("leaves no file when the build fails", async () => {
    const result = await cli(["--out", "a.xlsx"], fsPromises, () => Promise.reject(new Error("exceljs broke")));
    expect(result.code).toBe(EXIT.writeFailed);
    expect(result.err).toContain("exceljs broke");
    expect(await readdir(dir)).toEqual([]);
  });

  it("words a real disk-full error (/dev/full) when the platform has one", async () => {
    if (!existsSync("/dev/full")) return;
    const device = await fsPromises.open("/dev/full", "w");
    const error = await device.writeFile(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    await device.close();
    expect(describeWriteError(error, "/dev/full").en).toMatch(/No space left on the device \(ENOSPC\)/);
  });

  it("words every common errno and falls back to the system's message", () => {
    const target = "/x/a.xlsx";
    for (const [code, vi, en] of [
      ["EACCES", /Không có quyền/, /Permission denied/],
      ["EPERM", /Không có quyền/, /Permission denied/],
      ["EBUSY", /đang được chương trình khác sử dụng/, /in use/],
      ["ENOSPC", /hết chỗ trống/, /No space left/],
      ["EDQUOT", /hết chỗ trống/, /No space left/],
      ["EISDIR", /là một thư mục/, /is a directory/],
      ["ENOENT", /không tồn tại/, /does not exist/],
      ["ENOTDIR", /không phải thư mục/, /not a directory/],
      ["EROFS", /chỉ cho đọc/, /Read-only/],
      ["ENAMETOOLONG", /quá dài/, /too long/],
      ["EEXIST", /đã có/, /already exists/],
      ["EIO", /Không ghi được tệp/, /Could not write \/x\/a\.xlsx \(EIO\)/],
    ] as const) {
      const message = describeWriteError(errnoError(code), target);
      expect({ code, vi: vi.test(message.vi), en: en.test(message.en) }).toEqual({ code, vi: true, en: true });
      expect(message.vi).toContain(target);
    }
  });

  it("resolves --out against INIT_CWD (npm's caller directory)", () => {
    expect(callerDirectory({ INIT_CWD: "/home/u/docs" }, "/repo")).toBe("/home/u/docs");
    expect(callerDirectory({}, "/repo")).toBe("/repo");
    expect(callerDirectory({ INIT_CWD: "relative" }, "/repo")).toBe("/repo");
  });

  it("runs as `npm run workbook` (tsx src/workbook/cli.ts) with real exit codes", async () => {
    const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
    const runReal = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
      new Promise((resolve) => {
        execFile(tsx, [path.join(ROOT, "src/workbook/cli.ts"), ...args], { cwd: dir, env: { ...process.env, INIT_CWD: dir } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        );
      });
    const [written, bad] = await Promise.all([runReal(["--out", "PhuLuc-2024.xlsx", "--year", "2024"]), runReal(["--year", "20x4"])]);
    expect(written).toMatchObject({ code: 0, stderr: "" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Thiếu --out/);
    const file = path.join(dir, "PhuLuc-2024.xlsx");
    expect((await stat(file)).size).toBeGreaterThan(5000);
    const book = new Workbook();
    await book.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    expect(book.worksheets[0].name).toBe("Phụ lục 2024");
    expect(readZipText(await readFile(file)).get("xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
    const again = await runReal(["--out", "PhuLuc-2024.xlsx"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/đã có/);
  }, 60_000);
});
