/**
 * `npm run consolidate` end to end on a temporary directory, with units' files made by the CLI
 * renderer and by the add-in's renderer (Office.js on the fake, saved as .xlsx), filled as people
 * fill them: a clean merge, conflicts, a misplaced figure, a corrected resend, rows inserted, an
 * older version's file, a non-KPI workbook, a corrupt file, files of the other mode — exit codes,
 * the printed summary, and what the consolidated workbook holds.
 */
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import * as fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { PROVENANCE_SHEET_NAME, readProvenance } from "../../src/domain/consolidate";
import { COLUMNS, MONTHLY_SHEET_NAME, PERIOD_CELLS, ROWS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { FRAME_WORDS, documentName } from "../../src/domain/layout/documentFrame";
import { monthlyCellAddress } from "../../src/domain/layout/monthlyLayout";
import type { MonthNumber } from "../../src/domain/period";
import { CONSOLIDATE_EXIT, runConsolidateCli } from "../../src/workbook/consolidate/run";
import { readWorkbookValues } from "../../src/workbook/readWorkbook";
import {
  APPENDIX,
  addinMonthlyFile,
  addinPlainFile,
  cliMonthlyFile,
  cliPlainFile,
  quarterOf,
  type MonthlyFigures,
} from "../helpers/unitFiles";

const PQLDL = "Phòng Quản lý Du lịch";
const VPS = "Văn phòng Sở";
const TTS = "Thanh tra Sở";
const hosted = (unit: string): IndicatorCode[] => INDICATORS.filter((i) => i.hostUnit === unit).map((i) => i.code);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-consolidate-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  out: string;
  err: string;
}

async function consolidate(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runConsolidateCli(argv, {
    cwd: dir,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    fs: fsPromises,
    now: () => "2024-04-06T02:00:00.000Z",
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function save(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  await writeFile(path.join(dir, name), await bytes);
  return name;
}

async function open(name: string): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load((await readFile(path.join(dir, name))) as unknown as ArrayBuffer);
  return book;
}

/** A month's b or a in the consolidated monthly workbook. */
function month(book: Workbook, code: IndicatorCode, part: "numerator" | "denominator", m: MonthNumber): unknown {
  return book.getWorksheet(MONTHLY_SHEET_NAME)!.getCell(monthlyCellAddress(code, part, m)).value;
}

/** The three host units' files for the first quarter, the second by the add-in, the third with rows inserted above its data. */
async function threeUnits(): Promise<string[]> {
  return [
    await save("PQLDL.xlsx", cliMonthlyFile(quarterOf(hosted(PQLDL), 80), PQLDL)),
    await save("VPS.xlsx", addinMonthlyFile(quarterOf(hosted(VPS), 90), { filledBy: VPS })),
    await save("TTS.xlsx", addinMonthlyFile(quarterOf(hosted(TTS), 95), { filledBy: TTS, insertRows: [{ sheet: MONTHLY_SHEET_NAME, before: 8, count: 3 }] })),
  ];
}

describe("npm run consolidate", () => {
  it("merges the three units' files, made by the CLI and the add-in, into the standalone workbook with its provenance", async () => {
    const files = await threeUnits();
    const result = await consolidate("--out", "TongHop-2024.xlsx", "--period", "Quý I", ...files);
    expect(result.err).toBe("");
    expect(result.code).toBe(CONSOLIDATE_EXIT.ok);
    // Vietnamese, then English.
    const [vi, en] = result.out.split("\n\n");
    expect(vi).toMatch(/^Tổng hợp số liệu các đơn vị\n- PQLDL\.xlsx — Phòng Quản lý Du lịch, sửa lúc .*: 42 số liệu, dùng 42\./);
    expect(vi).toContain("Tổng hợp 66 ô số liệu từ 3 tệp; 66 ô thay đổi.");
    expect(vi).toContain("Không có ô nào các nguồn ghi khác nhau.");
    expect(en).toMatch(/^Consolidation of the units' figures\n/);
    expect(result.out).toContain(`Đã ghi ${path.join(dir, "TongHop-2024.xlsx")}`);

    const book = await open("TongHop-2024.xlsx");
    expect(book.worksheets.map((s) => s.name)).toEqual([APPENDIX, MONTHLY_SHEET_NAME, "Biểu đồ lũy kế", PROVENANCE_SHEET_NAME]);
    expect(book.getWorksheet(APPENDIX)!.getCell(PERIOD_CELLS.period).value).toBe("Quý I");
    // The same file `npm run workbook` makes: the document frame, the Sở's, consolidated by the whole department.
    const named = (name: string): unknown => {
      const [range] = book.definedNames.getRanges(name).ranges;
      const [sheetName, address] = range.replace(/'/g, "").split("!");
      return book.getWorksheet(sheetName)!.getCell(address.replace(/\$/g, "")).value;
    };
    expect(named("KPI_FILLED_BY")).toBe("Cả Sở (tổng hợp)");
    expect([named(documentName("KPI", "governingBody")), named(documentName("KPI", "issuingBody")), named(documentName("KPI", "signerTitle"))]).toEqual([
      "UBND tỉnh Kiên Giang",
      "Sở Du lịch",
      "PHÓ GIÁM ĐỐC",
    ]);
    expect(book.getWorksheet(APPENDIX)!.getCell(ROWS.headerTop, 1).value).toBe("STT");
    expect(book.getWorksheet(APPENDIX)!.getCell(ROWS.bodies, COLUMNS.partnerUnits + 1).value).toBe(FRAME_WORDS.nation);
    expect([month(book, "I.1", "numerator", 1), month(book, "IV.1", "numerator", 3), month(book, "IV.1", "denominator", 3)]).toEqual([80, 88, 102]);
    expect([month(book, "II.1", "numerator", 2), month(book, "III.4", "numerator", 3)]).toEqual([91, 97]);
    expect(month(book, "I.1", "numerator", 4)).toBeNull();

    const values = await readWorkbookValues({ name: "TongHop-2024.xlsx", bytes: await readFile(path.join(dir, "TongHop-2024.xlsx")) });
    const records = readProvenance(values.sheets.find((s) => s.name === PROVENANCE_SHEET_NAME)!.values);
    expect(records).toHaveLength(66);
    expect(records.find((r) => r.code === "III.4" && r.part === "numerator" && r.month === 1)).toEqual({
      code: "III.4",
      part: "numerator",
      month: 1,
      value: 95,
      status: "filled",
      origin: { kind: "file", fileName: "TTS.xlsx", unit: TTS, lastModified: expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/) },
    });
    const provenance = book.getWorksheet(PROVENANCE_SHEET_NAME)!;
    expect(provenance.getCell("A1").value).toBe("NGUỒN SỐ LIỆU TỔNG HỢP");
    expect(provenance.getCell("G5").value).toBe("Số liệu theo tháng!D8");
  });

  it("leaves a cell the sources disagree on blank, lists it, keeps every candidate, and exits 3", async () => {
    const a = await save("A.xlsx", cliMonthlyFile({ "I.1": { 1: [50, 100] } }));
    const b = await save("B.xlsx", addinMonthlyFile({ "I.1": { 1: [48, 100] } }, { filledBy: "Cả Sở (tổng hợp)" }));
    const result = await consolidate("-o", "TongHop.xlsx", a, b);
    expect(result.code).toBe(CONSOLIDATE_EXIT.conflicts);
    expect(result.out).toContain("1 ô các nguồn ghi khác nhau:");
    expect(result.out).toContain("- I.1 tháng 1, tử số (b): 50 (chưa ghi đơn vị (lấy mọi chỉ tiêu), A.xlsx) ≠ 48 (Cả Sở (tổng hợp), B.xlsx) — để trống");
    expect(result.out).toContain("1 ô để trống vì các nguồn ghi khác nhau");
    const book = await open("TongHop.xlsx");
    expect(month(book, "I.1", "numerator", 1)).toBeNull();
    expect(month(book, "I.1", "denominator", 1)).toBe(100);
    const lines = book.getWorksheet(PROVENANCE_SHEET_NAME)!.getRows(5, 3)!.map((row) => [row.getCell(6).value, row.getCell(8).value, row.getCell(10).value]);
    expect(lines).toEqual([
      [50, "Chưa thống nhất", "A.xlsx"],
      [48, "Chưa thống nhất", "B.xlsx"],
      // Both files give the denominator: one line, one source per line of the cell.
      [100, "Đã tổng hợp", "A.xlsx\nB.xlsx"],
    ]);
  });

  it("ignores and lists figures a marked unit's file holds for another unit's indicator", async () => {
    const pqldl = await save("PQLDL.xlsx", cliMonthlyFile({ ...quarterOf(["I.1"], 50), "II.1": { 1: [1, 2] } }, PQLDL));
    const vps = await save("VPS.xlsx", cliMonthlyFile({ "II.1": { 1: [9, 10] } }, VPS));
    const result = await consolidate("--out", "T.xlsx", pqldl, vps);
    expect(result.code).toBe(CONSOLIDATE_EXIT.ok);
    expect(result.out).toContain("- PQLDL.xlsx (Phòng Quản lý Du lịch) có số liệu II.1 tháng 1, chỉ tiêu do Văn phòng Sở chủ trì: bỏ qua.");
    expect(month(await open("T.xlsx"), "II.1", "numerator", 1)).toBe(9);
  });

  it("reads files made before the document frame, with the unit cell on row 4, by its name: monthly and plain", async () => {
    // Văn phòng Sở's file holds a figure of Phòng Quản lý Du lịch's I.1: ignored only if its unit is read.
    const vps = await save("VPS.xlsx", addinMonthlyFile({ ...quarterOf(["II.1"], 90), "I.1": { 1: [1, 2] } }, { filledBy: VPS, beforeTheFrame: true }));
    const pqldl = await save("PQLDL.xlsx", cliMonthlyFile(quarterOf(["I.1"], 50), PQLDL));
    const result = await consolidate("--out", "T.xlsx", vps, pqldl);
    expect(result.err).toBe("");
    expect(result.code).toBe(CONSOLIDATE_EXIT.ok);
    expect(result.out).toMatch(/- VPS\.xlsx — Văn phòng Sở, sửa lúc/);
    expect(result.out).toContain("- VPS.xlsx (Văn phòng Sở) có số liệu I.1 tháng 1, chỉ tiêu do Phòng Quản lý Du lịch chủ trì: bỏ qua.");
    const book = await open("T.xlsx");
    expect([month(book, "II.1", "numerator", 1), month(book, "I.1", "numerator", 1)]).toEqual([90, 50]);

    const tts = await save("TTS.xlsx", addinPlainFile({ "III.4": [3, 3], "I.1": [4, 5] }, { filledBy: TTS, beforeTheFrame: true }));
    const plain = await consolidate("--out", "CaNam.xlsx", tts);
    expect(plain.out).toContain("- TTS.xlsx (Thanh tra Sở) có số liệu I.1 cả kỳ, chỉ tiêu do Phòng Quản lý Du lịch chủ trì: bỏ qua.");
    const sheet = (await open("CaNam.xlsx")).getWorksheet(APPENDIX)!;
    expect([COLUMNS.numerator, COLUMNS.denominator].map((c) => sheet.getCell(appendixRows().indicators.get("III.4")!, c).value)).toEqual([3, 3]);
  });

  it("re-consolidating with a corrected file replaces that unit's figures and nothing else, keeping a figure typed into the output", async () => {
    const files = await threeUnits();
    expect((await consolidate("--out", "TongHop.xlsx", ...files)).code).toBe(CONSOLIDATE_EXIT.ok);
    // Văn phòng Sở types a figure into the consolidated workbook.
    const book = await open("TongHop.xlsx");
    book.getWorksheet(MONTHLY_SHEET_NAME)!.getCell(monthlyCellAddress("V.1", "numerator", 4)).value = 12;
    book.getWorksheet(MONTHLY_SHEET_NAME)!.getCell(monthlyCellAddress("V.1", "denominator", 4)).value = 12;
    await book.xlsx.writeFile(path.join(dir, "TongHop.xlsx"));

    const corrected: MonthlyFigures = { ...quarterOf(hosted(PQLDL), 80), "IV.1": { 1: [70, 100], 2: [87, 101], 3: [88, 102] } };
    const fixed = await save("PQLDL-sua.xlsx", addinMonthlyFile(corrected, { filledBy: PQLDL }));
    const again = await consolidate("--out", "TongHop.xlsx", "--force", fixed);
    expect(again.code).toBe(CONSOLIDATE_EXIT.ok);
    expect(again.out).toContain("1 ô thay đổi.");
    const after = await open("TongHop.xlsx");
    expect(month(after, "IV.1", "numerator", 1)).toBe(70);
    expect([month(after, "II.1", "numerator", 1), month(after, "III.4", "numerator", 1), month(after, "V.1", "numerator", 4)]).toEqual([90, 95, 12]);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(["TongHop.xlsx"]));
    const values = await readWorkbookValues({ name: "TongHop.xlsx", bytes: await readFile(path.join(dir, "TongHop.xlsx")) });
    const records = readProvenance(values.sheets.find((s) => s.name === PROVENANCE_SHEET_NAME)!.values);
    expect(records.filter((r) => r.code === "IV.1" && r.part === "numerator" && r.month === 1).map((r) => r.origin)).toEqual([
      expect.objectContaining({ fileName: "PQLDL-sua.xlsx", unit: PQLDL }),
    ]);
    expect(records.find((r) => r.code === "V.1" && r.month === 4)?.origin).toEqual({ kind: "here" });
    expect(records.find((r) => r.code === "II.1" && r.month === 1)?.origin).toMatchObject({ fileName: "VPS.xlsx" });
  });

  it("reads the plain table's files — the CLI's, the add-in's with rows inserted, an older version's — into the plain appendix", async () => {
    const rows = appendixRows();
    const pqldl = await save("PQLDL.xlsx", cliPlainFile({ "I.1": [45, 100], "IV.1": [93, 100] }, PQLDL));
    const vps = await save("VPS.xlsx", addinPlainFile({ "II.1": [9, 10] }, { filledBy: VPS, insertRows: [{ sheet: APPENDIX, before: 2, count: 2 }] }));
    const tts = await save("TTS.xlsx", addinPlainFile({ "III.4": [3, 3] }, { filledBy: TTS, olderColumnOrder: true }));
    const result = await consolidate("--out", "CaNam.xlsx", pqldl, vps, tts);
    expect(result.err).toBe("");
    expect(result.code).toBe(CONSOLIDATE_EXIT.ok);
    const sheet = (await open("CaNam.xlsx")).getWorksheet(APPENDIX)!;
    const pair = (code: IndicatorCode) => [COLUMNS.numerator, COLUMNS.denominator].map((c) => sheet.getCell(rows.indicators.get(code)!, c).value);
    expect([pair("I.1"), pair("IV.1"), pair("II.1"), pair("III.4")]).toEqual([
      [45, 100],
      [93, 100],
      [9, 10],
      [3, 3],
    ]);
    expect(result.out).toContain("Còn thiếu số liệu:");
  });

  it("refuses, writing nothing, a file that is not a KPI workbook, a corrupt one, and a plain table among monthly files — one sentence each", async () => {
    const other = new Workbook();
    other.addWorksheet("Thu chi").getCell("A1").value = "Bảng lương";
    const plainBook = await save("CaKy.xlsx", cliPlainFile({ "I.1": [1, 2] }));
    const files = [
      await save("PQLDL.xlsx", cliMonthlyFile(quarterOf(["I.1"], 50), PQLDL)),
      await save("Luong.xlsx", other.xlsx.writeBuffer().then((b) => new Uint8Array(b as ArrayBuffer))),
      await save("Hong.xlsx", new TextEncoder().encode("not a zip at all")),
      plainBook,
    ];
    const result = await consolidate("--out", "T.xlsx", ...files);
    expect(result.code).toBe(CONSOLIDATE_EXIT.usage);
    expect(result.out).toBe("");
    expect(result.err.split("\n")).toEqual([
      "Tệp Luong.xlsx không phải sổ chỉ tiêu cải cách TTHC: không có bảng phụ lục hay trang số liệu theo tháng của phần bổ trợ.",
      "Luong.xlsx is not a reform-indicator workbook: it has no appendix table or monthly data sheet of the add-in.",
      "Tệp Hong.xlsx không đọc được: không phải tệp Excel .xlsx hoặc tệp bị hỏng.",
      "Hong.xlsx cannot be read: it is not an Excel .xlsx file, or it is damaged.",
      "Tệp CaKy.xlsx là bảng phụ lục nhập số cả kỳ, không có số liệu từng tháng: không chia được ra các tháng, nên không dùng để tổng hợp theo tháng.",
      "CaKy.xlsx is the plain appendix with whole-period figures and no months: they cannot be spread over months, so it is not used for a monthly consolidation.",
      "Không ghi gì: hãy bỏ hoặc thay các tệp trên rồi chạy lại.",
      "Nothing was written: remove or replace the files above, then run again.",
    ]);
    expect((await readdir(dir)).sort()).toEqual([...files].sort());
  });

  it("never replaces an existing file without --force, and refuses bad arguments and missing files, writing nothing", async () => {
    const file = await save("PQLDL.xlsx", cliMonthlyFile(quarterOf(["I.1"], 50), PQLDL));
    await writeFile(path.join(dir, "T.xlsx"), "keep me");
    const refused = await consolidate("--out", "T.xlsx", file);
    expect(refused.code).toBe(CONSOLIDATE_EXIT.usage);
    expect(refused.err).toContain("already exists. Add --force to overwrite it.");
    expect(refused.out).toBe("");
    expect(await readFile(path.join(dir, "T.xlsx"), "utf8")).toBe("keep me");
    // Not one of ours: --force replaces it, as asked.
    expect((await consolidate("--out", "T.xlsx", "--force", file)).code).toBe(CONSOLIDATE_EXIT.ok);
    expect((await stat(path.join(dir, "T.xlsx"))).size).toBeGreaterThan(1000);

    for (const argv of [[file], ["--out", "x.csv", file], ["--out", "x.xlsx"], ["--out", "x.xlsx", "--period", "Quý 9", file], ["--bogus"]]) {
      const result = await consolidate(...argv);
      expect({ argv, code: result.code }).toEqual({ argv, code: CONSOLIDATE_EXIT.usage });
      expect(result.err).toMatch(/npm run consolidate -- --help/);
    }
    const missing = await consolidate("--out", "y.xlsx", "KhongCo.xlsx");
    expect(missing).toMatchObject({ code: CONSOLIDATE_EXIT.usage, out: "" });
    expect(missing.err).toContain(`Không tìm thấy tệp ${path.join(dir, "KhongCo.xlsx")}.`);
    const self = await consolidate("--out", file, "--force", file);
    expect(self.code).toBe(CONSOLIDATE_EXIT.usage);
    expect((await readdir(dir)).sort()).toEqual(["PQLDL.xlsx", "T.xlsx"]);
  });

  it("prints its usage for --help", async () => {
    const result = await consolidate("--help");
    expect(result.code).toBe(CONSOLIDATE_EXIT.ok);
    expect(result.out).toMatch(/^Cách dùng \/ Usage:\n {2}npm run consolidate -- --out/);
    expect(result.out).toMatch(/3 đã ghi, còn ô để trống/);
  });
});
