/**
 * `--plan FILE.json` as every CLI reads it (readPlanOption): a valid plan file becomes the plan; a
 * file that cannot be read, is not UTF-8 text, is not JSON or breaks the format is refused with
 * every problem by its field path, Vietnamese then English, and how to fix and check it.
 */
import * as fsPromises from "node:fs/promises";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { BUILTIN_PLAN } from "../../src/domain/catalog";
import { planToFile } from "../../src/domain/plan/plan";
import { formatMessage } from "../../src/workbook/options";
import { readPlanOption, shellWord } from "../../src/workbook/planOption";

const FIXTURE_2025 = path.join(__dirname, "..", "fixtures", "kpi-plan-2025.json");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-plan-option-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (file: string) => readPlanOption(file, { cwd: dir, fs: fsPromises });

type Mutable = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function brokenFile(name: string, breakIt: (file: Mutable) => void): Promise<string> {
  const file = JSON.parse(await readFile(FIXTURE_2025, "utf8")) as Mutable;
  breakIt(file);
  await writeFile(path.join(dir, name), JSON.stringify(file, null, 2));
  return name;
}

/** The refusal as the CLI prints it, split into its Vietnamese and English halves. */
async function refusal(file: string): Promise<{ vi: string; en: string; printed: string }> {
  const result = await read(file);
  if (result.ok) throw new Error(`${file} was accepted`);
  return { ...result.message, printed: formatMessage(result.message) };
}

describe("readPlanOption", () => {
  it("reads the 2025 fixture, resolving a relative path against the caller's directory", async () => {
    await writeFile(path.join(dir, "kpi-plan-2025.json"), await readFile(FIXTURE_2025));
    const result = await read("kpi-plan-2025.json");
    if (!result.ok) throw new Error(formatMessage(result.message));
    expect(result.plan.year).toBe(2025);
    expect(result.plan.planNumber).toBe("05/KH-SDL");
    expect(result.plan.indicators.find((i) => i.code === "I.4")?.functionName).toBeNull();
    expect(result.plan.indicators.find((i) => i.code === "III.2")?.functionName).toBe("PUBLISHED");
    expect(result.plan.indicators.find((i) => i.code === "I.1")?.target.fraction).toBeCloseTo(0.5, 10);
  });

  it("reads the built-in plan written as a file back to the same plan, also from an absolute path", async () => {
    const file = path.join(dir, "sub", "plan.json");
    await mkdir(path.dirname(file));
    await writeFile(file, `${JSON.stringify(planToFile(BUILTIN_PLAN), null, 2)}\n`);
    expect(await readPlanOption(file, { cwd: "/nowhere", fs: fsPromises })).toEqual({ ok: true, plan: BUILTIN_PLAN });
  });

  it("reads a file saved as UTF-16 with its byte-order mark (Notepad's “Unicode”)", async () => {
    const text = JSON.stringify(planToFile(BUILTIN_PLAN));
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    await writeFile(path.join(dir, "unicode.json"), bytes);
    expect(await read("unicode.json")).toEqual({ ok: true, plan: BUILTIN_PLAN });
  });

  it("refuses a file in a legacy code page instead of garbling the plan's Vietnamese words", async () => {
    // "Sở" in Windows-1258 is not UTF-8.
    await writeFile(path.join(dir, "cp1258.json"), Buffer.from('{"issuingBody": "S\xf5 Du l\xf2ch"}', "latin1"));
    const { vi, en } = await refusal("cp1258.json");
    expect(vi).toBe(`Tệp kế hoạch ${path.join(dir, "cp1258.json")} không phải văn bản UTF-8. Hãy mở tệp bằng trình soạn thảo văn bản và lưu lại với mã hóa UTF-8.`);
    expect(en).toContain("is not UTF-8 text");
  });

  it("says a missing file does not exist, and a directory is not a .json file", async () => {
    expect(await refusal("missing.json")).toMatchObject({
      vi: `Không tìm thấy tệp ${path.join(dir, "missing.json")}.`,
      en: `${path.join(dir, "missing.json")} does not exist (ENOENT).`,
    });
    await mkdir(path.join(dir, "plans"));
    expect((await refusal("plans")).vi).toBe(`${path.join(dir, "plans")} là một thư mục, không phải tệp .json.`);
  });

  it("says a file it may not read is not readable", async () => {
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    const result = await readPlanOption("plan.json", { cwd: dir, fs: { readFile: () => Promise.reject(denied) } });
    expect(result).toEqual({
      ok: false,
      message: { vi: `Không có quyền đọc tệp ${path.join(dir, "plan.json")}.`, en: `Permission denied reading ${path.join(dir, "plan.json")}.` },
    });
  });

  it("refuses malformed JSON with where it breaks, and how to fix and check the file", async () => {
    await writeFile(path.join(dir, "bad.json"), '{"format": 1,, }');
    const { vi, en, printed } = await refusal("bad.json");
    expect(vi.split("\n")).toEqual([
      "Tệp kế hoạch bad.json không dùng được (1 lỗi):",
      expect.stringMatching(/^ {2}- Tệp kế hoạch không phải JSON hợp lệ \(.+\)\. Hãy mở tệp bằng trình soạn thảo văn bản/),
      "Sửa tệp kế hoạch rồi chạy lại; kiểm tra bằng npm run plan -- --check bad.json",
    ]);
    expect(en.split("\n")).toEqual([
      "The plan file bad.json cannot be used (1 problem):",
      expect.stringMatching(/^ {2}- The plan file is not valid JSON \(.+\)\./),
      "Fix the plan file and run again; check it with npm run plan -- --check bad.json",
    ]);
    expect(printed.indexOf("Tệp kế hoạch")).toBeLessThan(printed.indexOf("The plan file"));
  });

  it("lists every problem of an invalid plan by its field path, Vietnamese then English", async () => {
    const file = await brokenFile("kế hoạch 2025.json", (f) => {
      f.sections[0].indicators[0].target.percent = 150;
      f.sections[0].indicators[2].code = "I.1";
      f.sections[0].indicators[1].function = "PAYMENTS";
      f.sections[1].indicators[0].hostUnit = "Phòng Tổ chức";
      f.notes = "x";
    });
    const { vi, en, printed } = await refusal(file);
    const paths = ["notes", "sections[0].indicators[0].target.percent", "sections[0].indicators[1].function", "sections[0].indicators[2].code", "sections[1].indicators[0].hostUnit"];
    for (const half of [vi, en]) {
      const listed = half.split("\n").filter((line) => line.startsWith("  - ")).map((line) => line.slice(4).split(": ")[0]);
      expect([...listed].sort()).toEqual(paths);
    }
    expect(vi).toContain("(5 lỗi)");
    expect(vi).toContain("sections[0].indicators[0].target.percent: chỉ tiêu phải là số phần trăm từ 0 đến 100 (đang là 150).");
    expect(en).toContain("sections[0].indicators[0].target.percent: the target must be a percentage from 0 to 100 (is 150).");
    expect(vi).toContain("sections[0].indicators[2].code: mã “I.1” bị trùng (đã có ở sections[0].indicators[0].code)");
    expect(en).toContain("sections[1].indicators[0].hostUnit: host unit “Phòng Tổ chức” is not in the hostUnits list");
    // The hint can be pasted as it is: the name with spaces is quoted.
    expect(vi.endsWith('kiểm tra bằng npm run plan -- --check "kế hoạch 2025.json"')).toBe(true);
    expect(printed.startsWith("Tệp kế hoạch")).toBe(true);
  });
});

describe("shellWord", () => {
  it("leaves a plain path alone and quotes one a shell would split", () => {
    expect(shellWord("plans/kpi-plan-2025.json")).toBe("plans/kpi-plan-2025.json");
    expect(shellWord("C:\\KPI\\plan.json")).toBe("C:\\KPI\\plan.json");
    expect(shellWord("my plan.json")).toBe('"my plan.json"');
    expect(shellWord('a"b.json')).toBe('"a\\"b.json"');
  });
});
