/**
 * `npm run plan`: --check holds a plan file to the format (exit 0 with a summary, exit 2 with every
 * problem by field path in Vietnamese then English); --from-workbook prints the plan a workbook
 * carries on its very hidden KPI_PLAN sheet (or writes it with --out, never replacing a file
 * without --force), says so when a workbook carries none, refuses a damaged one; --builtin prints
 * the built-in plan as the starting point for next year's file.
 */
import * as fsPromises from "node:fs/promises";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { BUILTIN_PLAN } from "../../src/domain/catalog";
import { PLAN_SHEET_MARKER, PLAN_SHEET_NAME, planSheetColumn } from "../../src/domain/plan/embeddedPlan";
import { planFromFile, planToFile, type Plan } from "../../src/domain/plan/plan";
import type { PlanFile } from "../../src/domain/plan/planFile";
import { parsePlanArgs, PLAN_USAGE } from "../../src/workbook/plan/args";
import { PLAN_EXIT, planJson, runPlanCli, type PlanCliFileSystem } from "../../src/workbook/plan/run";
import { cliPlainFile } from "../helpers/unitFiles";
import { readZipText } from "./helpers/zip";

const FIXTURE_2025 = path.join(__dirname, "..", "fixtures", "kpi-plan-2025.json");
const BUILTIN_FILE = path.join(__dirname, "..", "..", "src", "domain", "plan", "kpi-plan-2024.json");

type Mutable = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-plan-cli-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function plan(argv: string[], fs: PlanCliFileSystem = fsPromises): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPlanCli(argv, { cwd: dir, stdout: (t) => out.push(t), stderr: (t) => err.push(t), fs });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A plan file's JSON without the editor's $schema line, re-indented as the CLI writes it. */
async function asWritten(file: string): Promise<string> {
  const { $schema: _schema, ...rest } = JSON.parse(await readFile(file, "utf8")) as PlanFile;
  return JSON.stringify(rest, null, 2);
}

async function plan2025(): Promise<Plan> {
  return planFromFile(JSON.parse(await readFile(FIXTURE_2025, "utf8")) as PlanFile);
}

/** The Vietnamese and English halves of a message block (the English starts at `english`). */
function halves(text: string, english: string): { vi: string; en: string } {
  const at = text.indexOf(english);
  expect(at).toBeGreaterThan(0);
  return { vi: text.slice(0, at), en: text.slice(at) };
}

/** An appendix workbook made by the CLI renderer, with a plan sheet written as the add-in writes one. */
async function workbookWithPlanSheet(name: string, column: readonly string[] | null): Promise<string> {
  const workbook = new Workbook();
  await workbook.xlsx.load((await cliPlainFile({})) as unknown as ArrayBuffer);
  // The renderer embeds the built-in plan: replace it (or remove it, for an older workbook).
  const embedded = workbook.getWorksheet(PLAN_SHEET_NAME);
  if (embedded) workbook.removeWorksheet(embedded.id);
  if (column) {
    const sheet = workbook.addWorksheet(PLAN_SHEET_NAME, { state: "veryHidden" });
    column.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  await writeFile(path.join(dir, name), bytes);
  return name;
}

describe("npm run plan -- --builtin and --check", () => {
  it("writes the built-in plan as a file in the format's key order, which --check then accepts", async () => {
    const written = await plan(["--builtin", "--out", "kpi-plan-2025.json"]);
    expect(written).toMatchObject({ code: PLAN_EXIT.ok, out: "" });
    expect(written.err).toBe(
      `Đã ghi ${path.join(dir, "kpi-plan-2025.json")}: kế hoạch năm 2024, 11 chỉ tiêu trong 5 mục, 3 đơn vị chủ trì.\n` +
        `Wrote ${path.join(dir, "kpi-plan-2025.json")}: the 2024 plan, 11 indicators in 5 sections, 3 host units.`,
    );
    const text = await readFile(path.join(dir, "kpi-plan-2025.json"), "utf8");
    // Byte for byte the shipped file (less its $schema line): same keys, same order, 2-space indent.
    expect(text).toBe(`${await asWritten(BUILTIN_FILE)}\n`);

    const checked = await plan(["--check", "kpi-plan-2025.json"]);
    expect(checked).toEqual({
      code: PLAN_EXIT.ok,
      out:
        "Tệp kế hoạch kpi-plan-2025.json hợp lệ: kế hoạch năm 2024, 11 chỉ tiêu trong 5 mục, 3 đơn vị chủ trì.\n" +
        "The plan file kpi-plan-2025.json is valid: the 2024 plan, 11 indicators in 5 sections, 3 host units.",
      err: "",
    });
  });

  it("prints the built-in plan on standard output and nothing else there", async () => {
    const printed = await plan(["--builtin"]);
    expect(printed.code).toBe(PLAN_EXIT.ok);
    expect(printed.err).toBe("");
    expect(JSON.parse(printed.out)).toEqual(planToFile(BUILTIN_PLAN));
  });

  it("accepts the 2025 fixture and names its year, number and date", async () => {
    const checked = await plan(["--check", FIXTURE_2025]);
    expect(checked.code).toBe(PLAN_EXIT.ok);
    expect(checked.out.split("\n")).toEqual([
      `Tệp kế hoạch ${FIXTURE_2025} hợp lệ: kế hoạch năm 2025 số 05/KH-SDL ngày 10/01/2025, 11 chỉ tiêu trong 5 mục, 3 đơn vị chủ trì.`,
      `The plan file ${FIXTURE_2025} is valid: the 2025 plan no. 05/KH-SDL of 2025-01-10, 11 indicators in 5 sections, 3 host units.`,
    ]);
  });

  type Breakage = [what: string, breakIt: (file: Mutable) => void, fieldPath: string, vi: string, en: string];
  const broken: Breakage[] = [
    ["an unknown field", (f) => (f.sections[0].indicators[0].targetPercent = 50), "sections[0].indicators[0].targetPercent", "trường không có trong định dạng", "not part of the plan format"],
    ["a duplicate code", (f) => (f.sections[0].indicators[1].code = "I.1"), "sections[0].indicators[1].code", "mã “I.1” bị trùng", "code “I.1” is used twice"],
    ["a target of 150%", (f) => (f.sections[0].indicators[0].target.percent = 150), "sections[0].indicators[0].target.percent", "từ 0 đến 100 (đang là 150)", "from 0 to 100 (is 150)"],
    ["an unknown function", (f) => (f.sections[3].indicators[0].function = "ONTIMES"), "sections[3].indicators[0].function", "không có hàm KPI.“ONTIMES”", "there is no function KPI.“ONTIMES”"],
    ["a host unit not in the units", (f) => (f.sections[1].indicators[0].hostUnit = "Phòng Tổ chức"), "sections[1].indicators[0].hostUnit", "không có trong danh sách hostUnits", "is not in the hostUnits list"],
  ];

  it.each(broken)("refuses %s with its field path in Vietnamese, then in English (exit 2)", async (_what, breakIt, fieldPath, vi, en) => {
    const file = JSON.parse(await readFile(FIXTURE_2025, "utf8")) as Mutable;
    breakIt(file);
    await writeFile(path.join(dir, "plan.json"), JSON.stringify(file, null, 2));
    const checked = await plan(["--check", "plan.json"]);
    expect(checked.code).toBe(PLAN_EXIT.usage);
    expect(checked.out).toBe("");
    const message = halves(checked.err, "The plan file plan.json cannot be used");
    expect(message.vi.startsWith("Tệp kế hoạch plan.json không dùng được (1 lỗi):\n")).toBe(true);
    expect(message.vi).toContain(`  - ${fieldPath}: `);
    expect(message.vi).toContain(vi);
    expect(message.vi).toContain("Sửa các lỗi trên rồi kiểm tra lại: npm run plan -- --check plan.json");
    expect(message.en).toContain(`  - ${fieldPath}: `);
    expect(message.en).toContain(en);
    expect(message.en).toContain("Fix these and check again: npm run plan -- --check plan.json");
  });

  it("refuses malformed JSON, with where it breaks (exit 2)", async () => {
    await writeFile(path.join(dir, "plan.json"), (await readFile(FIXTURE_2025, "utf8")).replace('"year": 2025,', '"year": 2025,,'));
    const checked = await plan(["--check", "plan.json"]);
    expect(checked.code).toBe(PLAN_EXIT.usage);
    const message = halves(checked.err, "The plan file plan.json cannot be used");
    expect(message.vi).toMatch(/ {2}- Tệp kế hoạch không phải JSON hợp lệ \(.*position \d+/);
    expect(message.en).toMatch(/ {2}- The plan file is not valid JSON \(.*position \d+/);
  });

  it("says a missing plan file does not exist (exit 2)", async () => {
    expect(await plan(["--check", "nope.json"])).toEqual({
      code: PLAN_EXIT.usage,
      out: "",
      err: `Không tìm thấy tệp ${path.join(dir, "nope.json")}.\n${path.join(dir, "nope.json")} does not exist (ENOENT).`,
    });
  });
});

describe("npm run plan -- --from-workbook", () => {
  it("prints the plan on the workbook's very hidden plan sheet as the plan file", async () => {
    const file = await workbookWithPlanSheet("PhuLuc-2025.xlsx", planSheetColumn(await plan2025()));
    // The test's workbook is what the add-in writes: the plan sheet very hidden.
    expect(readZipText(await readFile(path.join(dir, file))).get("xl/workbook.xml")).toMatch(new RegExp(`name="${PLAN_SHEET_NAME}"[^>]*state="veryHidden"`));
    const printed = await plan(["--from-workbook", file]);
    expect(printed.err).toBe("");
    expect(printed.code).toBe(PLAN_EXIT.ok);
    expect(printed.out).toBe(await asWritten(FIXTURE_2025));
  });

  it("reads a plan spread over several cells of column A", async () => {
    const long = await plan2025();
    const basis = "Căn cứ Quyết định số 01/QĐ-UBND. ".repeat(55).trim();
    const sections = long.sections.map((s) => ({ ...s, indicators: s.indicators.map((i) => ({ ...i, legalBasis: basis, partnerUnits: basis })) }));
    const longPlan: Plan = { ...long, sections, indicators: sections.flatMap((s) => s.indicators) };
    const column = planSheetColumn(longPlan);
    expect(column.length).toBeGreaterThanOrEqual(3);
    const printed = await plan(["--from-workbook", await workbookWithPlanSheet("long.xlsx", column)]);
    expect(printed.code).toBe(PLAN_EXIT.ok);
    expect(JSON.parse(printed.out)).toEqual(planToFile(longPlan));
  });

  it("writes it with --out, never over an existing file without --force", async () => {
    const file = await workbookWithPlanSheet("PhuLuc-2025.xlsx", planSheetColumn(await plan2025()));
    const target = path.join(dir, "plan.json");
    await writeFile(target, "my own notes");
    const refused = await plan(["--from-workbook", file, "--out", "plan.json"]);
    expect(refused).toEqual({
      code: PLAN_EXIT.usage,
      out: "",
      err: `Tệp ${target} đã có. Thêm --force nếu muốn ghi đè.\n${target} already exists. Add --force to overwrite it.`,
    });
    expect(await readFile(target, "utf8")).toBe("my own notes");

    const forced = await plan(["--from-workbook", file, "--out", "plan.json", "--force"]);
    expect(forced.code).toBe(PLAN_EXIT.ok);
    expect(forced.err).toContain(`Đã ghi ${target}: kế hoạch năm 2025 số 05/KH-SDL`);
    expect(await readFile(target, "utf8")).toBe(`${await asWritten(FIXTURE_2025)}\n`);
    expect((await plan(["--check", "plan.json"])).code).toBe(PLAN_EXIT.ok);
  });

  it("says a workbook without a plan sheet carries none and is judged by the built-in plan (exit 3)", async () => {
    const file = await workbookWithPlanSheet("Cu-2024.xlsx", null);
    const result = await plan(["--from-workbook", file, "--out", "ke hoach.json"]);
    expect(result.code).toBe(PLAN_EXIT.noPlan);
    expect(result.out).toBe("");
    const message = halves(result.err, "Cu-2024.xlsx carries no plan");
    expect(message.vi).toContain("Sổ Cu-2024.xlsx không mang kế hoạch riêng");
    expect(message.vi).toContain("kế hoạch có sẵn năm 2024");
    expect(message.vi).toContain('Không ghi gì. Muốn có kế hoạch đó dạng tệp: npm run plan -- --builtin --out "ke hoach.json"');
    expect((await plan(["--from-workbook", file])).err).toMatch(/Nothing printed\. For that plan as a file: npm run plan -- --builtin$/);
    expect(message.en).toContain("judged by the built-in 2024 plan");
    await expect(readFile(path.join(dir, "ke hoach.json"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses a damaged plan sheet with its problems, writing nothing (exit 2)", async () => {
    const column = planSheetColumn(await plan2025());
    const edited = JSON.parse(column.slice(1).join("")) as Mutable;
    edited.sections[0].indicators[0].target.percent = 450;
    const file = await workbookWithPlanSheet("Sua.xlsx", [PLAN_SHEET_MARKER, JSON.stringify(edited)]);
    const result = await plan(["--from-workbook", file, "--out", "plan.json"]);
    expect(result.code).toBe(PLAN_EXIT.usage);
    const message = halves(result.err, "The plan in Sua.xlsx");
    expect(message.vi).toContain(`Kế hoạch trong sổ Sua.xlsx (trang ẩn ${PLAN_SHEET_NAME}) bị hỏng, không đọc được (1 lỗi):`);
    expect(message.vi).toContain("  - sections[0].indicators[0].target.percent: chỉ tiêu phải là số phần trăm từ 0 đến 100 (đang là 450).");
    expect(message.en).toContain("  - sections[0].indicators[0].target.percent: the target must be a percentage from 0 to 100 (is 450).");
    await expect(readFile(path.join(dir, "plan.json"))).rejects.toMatchObject({ code: "ENOENT" });

    const overwritten = await workbookWithPlanSheet("Ghi-de.xlsx", ["ghi chú của tôi", ...column.slice(1)]);
    const marker = await plan(["--from-workbook", overwritten]);
    expect(marker.code).toBe(PLAN_EXIT.usage);
    expect(marker.err).toContain(`Trang ẩn ${PLAN_SHEET_NAME} chứa kế hoạch của sổ đã bị sửa nên không đọc được.`);
  });

  it("refuses a file that is not an .xlsx (exit 2)", async () => {
    await writeFile(path.join(dir, "ghi-chu.xlsx"), "not a workbook");
    expect(await plan(["--from-workbook", "ghi-chu.xlsx"])).toEqual({
      code: PLAN_EXIT.usage,
      out: "",
      err: "Tệp ghi-chu.xlsx không đọc được: không phải tệp Excel .xlsx hoặc tệp bị hỏng.\nghi-chu.xlsx cannot be read: it is not an Excel .xlsx file, or it is damaged.",
    });
  });

  it("exits 1 when the output cannot be written, leaving nothing behind", async () => {
    const full: PlanCliFileSystem = { ...fsPromises, open: () => Promise.reject(Object.assign(new Error("ENOSPC: no space left"), { code: "ENOSPC" })) };
    const result = await plan(["--builtin", "--out", "plan.json"], full);
    expect(result.code).toBe(PLAN_EXIT.writeFailed);
    expect(result.err).toContain("Ổ đĩa đã hết chỗ trống");
  });
});

describe("npm run plan arguments", () => {
  it.each([
    [[], "Chưa nêu việc cần làm: --check, --from-workbook hoặc --builtin."],
    [["--builtin", "--check", "a.json"], "Chỉ chọn một trong --check, --from-workbook và --builtin."],
    [["--check", "a.json", "--out", "b.json"], "--check chỉ kiểm tra, không ghi tệp: bỏ --out và --force."],
    [["--builtin", "--force"], "--force chỉ dùng cùng --out."],
    [["--from-workbook", "a.xlsx", "--out", "PhuLuc.xlsx", "--force"], 'Tệp kế hoạch cần ghi phải có đuôi .json (nhận được: "PhuLuc.xlsx").'],
    [["--check", "a.json", "--check", "b.json"], "--check chỉ được nêu một lần."],
    [["--check"], "Thiếu giá trị sau --check."],
    [["--plan", "a.json"], "Tham số không hợp lệ: --plan"],
  ])("refuses %j", (argv, vi) => {
    const parsed = parsePlanArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.split("\n")[0]).toBe(vi);
  });

  it("parses each action", () => {
    expect(parsePlanArgs(["--check", "a.json"])).toEqual({ ok: true, options: { help: false, action: "check", file: "a.json" } });
    expect(parsePlanArgs(["--from-workbook", "a.xlsx", "-o", "a.json", "-f"])).toEqual({
      ok: true,
      options: { help: false, action: "fromWorkbook", file: "a.xlsx", out: "a.json", force: true },
    });
    expect(parsePlanArgs(["--builtin"])).toEqual({ ok: true, options: { help: false, action: "builtin", force: false } });
  });

  it("documents every exit code in the help, Vietnamese then English", async () => {
    const help = await plan(["--help"]);
    expect(help).toEqual({ code: PLAN_EXIT.ok, out: PLAN_USAGE, err: "" });
    for (const code of Object.values(PLAN_EXIT)) expect(PLAN_USAGE).toMatch(new RegExp(`(\\n {2}|codes: )${code} [^·]+ / `));
    expect(PLAN_USAGE).toContain("Mã thoát / Exit codes: 0 thành công");
  });

  it("prints JSON a plan file can hold, 2-space indented", () => {
    expect(planJson(BUILTIN_PLAN).split("\n")[1]).toBe('  "format": 1,');
  });
});
