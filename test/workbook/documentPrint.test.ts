/**
 * The appendix printed as an administrative document, by a real spreadsheet program: LibreOffice
 * prints each kind of document — plain and monthly, blank and filled (a unit's own report among
 * them) — to PDF, and the test reads the PDF's text for the frame's words in their order, the page
 * count, "Trang X/Y" on every page and the signature block on the page of the table's last rows.
 * PNGs of every page go to test-artifacts/document/ for people to look at. The filled files are
 * also saved again by LibreOffice (every formula computed) and read back for the check and the
 * summary for the written report, end to end.
 *
 * Skipped only when LibreOffice is missing outside CI; in CI (CI=true) a missing soffice fails.
 */
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { checkAppendix } from "../../src/domain/check";
import { COLUMNS, MONTHLY_COLUMNS, appendixRows } from "../../src/domain/layout/appendixLayout";
import type { DocumentFields } from "../../src/domain/layout/documentFrame";
import { monthlyCellAddress } from "../../src/domain/layout/monthlyLayout";
import { MONTHLY_SHEET_NAME } from "../../src/domain/layout/appendixLayout";
import { buildMonthlyStandaloneWorkbook } from "../../src/workbook/monthlyWorkbook";
import { buildStandaloneWorkbook } from "../../src/workbook/renderWorkbook";
import { summaryOutput } from "../../src/workbook/summaryCli";
import { FILLED_DOCUMENT } from "../helpers/document";
import { convertWithLibreOffice, findExecutable, findSoffice, run, withFreshProfile } from "./helpers/libreoffice";
import { snapshotFromWorkbook } from "./helpers/snapshotFromWorkbook";

const SOFFICE = findSoffice();
const REQUIRED = process.env.CI === "true";
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/document");
const SHEET = "Phụ lục 2024";
const Q1 = { kind: "quarter", quarter: 1 } as const;
const rows = appendixRows();

if (!SOFFICE && !REQUIRED) {
  console.warn("SKIPPED test/workbook/documentPrint.test.ts: LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui poppler-utils).");
}
const describeWithLibreOffice = SOFFICE || REQUIRED ? describe : describe.skip;

/** b of a month that meets each target exactly: a = 20 (45% of 20 is a whole 9). */
const passingB = (code: IndicatorCode): number => Math.round(INDICATORS.find((i) => i.code === code)!.target.fraction * 20);

/** The plain appendix of the Sở, filled: IV.1 missed (187/200) and explained, two indicators with nothing arisen. */
function fillPlain(sheet: Worksheet): void {
  for (const { code } of INDICATORS) {
    const row = rows.indicators.get(code)!;
    const [b, a] = code === "IV.1" ? [187, 200] : code === "III.4" || code === "V.1" ? [0, 0] : [passingB(code), 20];
    sheet.getCell(row, COLUMNS.numerator).value = b;
    sheet.getCell(row, COLUMNS.denominator).value = a;
  }
  sheet.getCell(rows.indicators.get("IV.1")!, COLUMNS.note).value = "13 hồ sơ phải xác minh thêm tại cơ sở";
}

/** A unit's monthly report for Quý I, filled: IV.1 missed (79/85) and explained. */
function fillMonthly(book: Workbook): void {
  const data = book.getWorksheet(MONTHLY_SHEET_NAME)!;
  for (const { code } of INDICATORS) {
    for (const month of [1, 2, 3] as const) {
      const [b, a] = code === "IV.1" ? ([[30, 30], [20, 25], [29, 30]] as const)[month - 1] : [passingB(code), 20];
      data.getCell(monthlyCellAddress(code, "numerator", month)).value = b;
      data.getCell(monthlyCellAddress(code, "denominator", month)).value = a;
    }
  }
  book.getWorksheet(SHEET)!.getCell(rows.indicators.get("IV.1")!, MONTHLY_COLUMNS.note).value = "Thiếu nhân sự thẩm định";
}

/** A unit's fields: its bodies and signature come from --issuer (defaultDocumentFields), the rest stated. */
const UNIT_DOCUMENT: DocumentFields = {
  number: "12",
  date: "2024-04-05",
  dataAsOf: "2024-03-31",
  preparer: "Trần Thị B",
  signer: "Nguyễn Văn A",
  recipients: "Văn phòng Sở",
};

interface Printed {
  readonly label: string;
  readonly pdf: string;
  /** The pages, as pdftotext -layout reads them, whitespace collapsed. */
  readonly pages: readonly string[];
}

/** Every word of `words` found in `text` in this order; the first missing one otherwise. */
function inOrder(text: string, words: readonly string[]): string | true {
  let from = 0;
  for (const word of words) {
    const at = text.indexOf(word, from);
    if (at < 0) return word;
    from = at + word.length;
  }
  return true;
}

describeWithLibreOffice("the appendix printed as an administrative document (LibreOffice)", () => {
  const printed = new Map<string, Printed>();
  const computed = new Map<string, Workbook>();
  let work = "";

  beforeAll(async () => {
    if (!SOFFICE) throw new Error("LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui poppler-utils");
    const pdftotext = findExecutable("pdftotext");
    const pdftoppm = findExecutable("pdftoppm");
    if (!pdftotext || !pdftoppm) throw new Error("poppler-utils (pdftotext, pdftoppm) is required to read the printed pages");
    await mkdir(ARTIFACTS, { recursive: true });
    for (const old of await readdir(ARTIFACTS)) await rm(path.join(ARTIFACTS, old), { recursive: true, force: true });
    work = await mkdtemp(path.join(tmpdir(), "kpi-document-lo-"));

    const books: Record<string, Workbook> = {
      "plain-blank": await buildStandaloneWorkbook(),
      "plain-filled": await buildStandaloneWorkbook({ document: FILLED_DOCUMENT }),
      "monthly-blank": await buildMonthlyStandaloneWorkbook({ period: Q1 }),
      "monthly-unit-filled": await buildMonthlyStandaloneWorkbook({ period: Q1, issuer: "Phòng Quản lý Du lịch", document: UNIT_DOCUMENT }),
    };
    fillPlain(books["plain-filled"].getWorksheet(SHEET)!);
    fillMonthly(books["monthly-unit-filled"]);
    const inputs: string[] = [];
    for (const [label, book] of Object.entries(books)) {
      const file = path.join(ARTIFACTS, `${label}.xlsx`);
      await book.xlsx.writeFile(file);
      inputs.push(file);
    }
    const [pdfs, saved] = await withFreshProfile(async (profile) => [
      await convertWithLibreOffice(SOFFICE, profile, inputs, "pdf", ARTIFACTS),
      await convertWithLibreOffice(SOFFICE, profile, inputs.filter((f) => f.includes("filled")), "xlsx", work),
    ]);
    for (const pdf of pdfs) {
      const label = path.basename(pdf, ".pdf");
      const info = (await run(findExecutable("pdfinfo") ?? "pdfinfo", [pdf])).stdout;
      const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const pages: string[] = [];
      for (let page = 1; page <= count; page++) {
        pages.push((await run(pdftotext, ["-layout", "-f", String(page), "-l", String(page), pdf, "-"])).stdout.replace(/\s+/g, " "));
      }
      printed.set(label, { label, pdf, pages });
      await run(pdftoppm, ["-png", "-r", "70", pdf, pdf.replace(/\.pdf$/, "")]);
    }
    for (const file of saved) {
      const book = new Workbook();
      await book.xlsx.readFile(file);
      computed.set(path.basename(file, ".xlsx"), book);
    }
  }, 240_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** The appendix's pages: those that repeat the table's header (the monthly file prints other sheets too). */
  const appendixPages = (label: string): readonly string[] => printed.get(label)!.pages.filter((p) => p.includes("Căn cứ thực hiện"));

  it.each(["plain-blank", "plain-filled", "monthly-blank", "monthly-unit-filled"])("prints %s on two A4 pages, numbered, the signature with the last rows", (label) => {
    const pages = appendixPages(label);
    const all = printed.get(label)!.pages;
    expect(pages).toHaveLength(2);
    // "Trang X/Y" in every page's footer (Y counts every page LibreOffice printed from the file).
    all.forEach((page, index) => expect({ index, footer: page.includes(`Trang ${index + 1}/${all.length}`) }).toEqual({ index, footer: true }));
    // The signature block never split from the last rows: on the page of V.1, in one piece.
    const last = pages[pages.length - 1];
    expect(inOrder(last, ["Xử lý văn bản, hồ sơ công việc", "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"])).toBe(true);
    expect(pages[0]).not.toContain("NGƯỜI LẬP BIỂU");
  });

  it("prints the blank form's frame in order, with dots where nothing is known", () => {
    for (const label of ["plain-blank", "monthly-blank"]) {
      const [first, last] = appendixPages(label);
      const top = [
        "UBND TỈNH KIÊN GIANG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ DU LỊCH",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: …/BC-SDL",
        "Kiên Giang, ngày … tháng … năm …",
        "PHỤ LỤC",
        "CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ",
        "CỦA SỞ DU LỊCH TỈNH KIÊN GIANG NĂM 2024",
        "(Kèm theo Báo cáo số …/BC-SDL ngày … tháng … năm … của Sở Du lịch)",
        ...(label.startsWith("monthly") ? ["Kỳ báo cáo:", "Quý I", "(Số liệu tính đến ngày … tháng … năm …)"] : []),
        "STT",
      ];
      expect({ label, top: inOrder(first, top) }).toEqual({ label, top: true });
      const bottom = ["NGƯỜI LẬP BIỂU", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)", "……………………", "……………………"];
      expect({ label, bottom: inOrder(last, bottom) }).toEqual({ label, bottom: true });
      expect({ label, recipients: last.includes("Nơi nhận") }).toEqual({ label, recipients: false });
    }
  });

  it("prints the filled report's number, date, names and recipients", () => {
    const [first, last] = appendixPages("plain-filled");
    expect(
      inOrder(first, [
        "UBND TỈNH KIÊN GIANG",
        "SỞ DU LỊCH",
        "Số: 12/BC-SDL",
        "Kiên Giang, ngày 05 tháng 4 năm 2024",
        "PHỤ LỤC",
        "(Kèm theo Báo cáo số 12/BC-SDL ngày 05 tháng 4 năm 2024 của Sở Du lịch)",
      ]),
    ).toBe(true);
    expect(
      inOrder(last, [
        "NGƯỜI LẬP BIỂU",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Trần Thị B",
        "Nguyễn Văn A",
        "Nơi nhận:",
        "- VP.UBND tỉnh;",
        "- Sở Nội vụ;",
        "- BGĐ Sở;",
        "- Các phòng thuộc Sở;",
        "- Lưu: VT, nthuc.",
      ]),
    ).toBe(true);
    // The explanation of the miss is on paper, in Ghi chú.
    expect(last).toContain("Không đạt");
    expect(printed.get("plain-filled")!.pages.join(" ")).toContain("13 hồ sơ phải xác");
  });

  it("prints a unit's own monthly report under the Sở, with its period and data date, signed by its head", () => {
    const [first, last] = appendixPages("monthly-unit-filled");
    expect(
      inOrder(first, [
        "SỞ DU LỊCH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "PHÒNG QUẢN LÝ DU LỊCH",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/BC-SDL",
        "Kiên Giang, ngày 05 tháng 4 năm 2024",
        "(Kèm theo Báo cáo số 12/BC-SDL ngày 05 tháng 4 năm 2024 của Phòng Quản lý Du lịch)",
        "Kỳ báo cáo:",
        "(Số liệu tính đến ngày 31 tháng 3 năm 2024)",
      ]),
    ).toBe(true);
    expect(first).not.toContain("UBND TỈNH KIÊN GIANG");
    expect(inOrder(last, ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "Trần Thị B", "Nguyễn Văn A", "Nơi nhận:", "- Văn phòng Sở;", "- Lưu: VT, ….", "Trang 2/"])).toBe(true);
    expect(last).not.toContain("KT. GIÁM ĐỐC");
  });

  it("never prints an error code, and leaves the PNGs of every page for people to look at", async () => {
    for (const { label, pages } of printed.values()) {
      const codes = ["#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#REF!", "Err:"].filter((code) => pages.some((p) => p.includes(code)));
      expect({ label, codes }).toEqual({ label, codes: [] });
    }
    const pngs = (await readdir(ARTIFACTS)).filter((f) => f.endsWith(".png"));
    expect(pngs.length).toBeGreaterThanOrEqual(8);
  });

  it("gives the check and the summary for the written report from the computed files, end to end", () => {
    const plain = snapshotFromWorkbook(computed.get("plain-filled")!, SHEET);
    const plainReport = checkAppendix(plain);
    expect(plainReport.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(plainReport.findings.map((f) => f.kind)).toEqual(["notApplicable", "belowTarget", "notApplicable"]);
    expect(summaryOutput(plainReport).text).toBe(
      "Kết quả thực hiện 11 chỉ tiêu cải cách TTHC gắn với chuyển đổi số năm 2024: 8 chỉ tiêu đạt, 1 chỉ tiêu không đạt " +
        "(IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,50%, chỉ tiêu tối thiểu 95%; 13 hồ sơ trễ hạn; " +
        "nguyên nhân: 13 hồ sơ phải xác minh thêm tại cơ sở), 2 chỉ tiêu không phát sinh.",
    );
    const monthly = snapshotFromWorkbook(computed.get("monthly-unit-filled")!, SHEET);
    const monthlyReport = checkAppendix(monthly);
    expect(monthlyReport.mode).toBe("monthly");
    expect(summaryOutput(monthlyReport, { kind: "quarter", quarter: 1 }).text).toBe(
      "Kết quả thực hiện 11 chỉ tiêu cải cách TTHC gắn với chuyển đổi số Quý I năm 2024: 10 chỉ tiêu đạt, 1 chỉ tiêu không đạt " +
        "(IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn đạt 92,94%, chỉ tiêu tối thiểu 95%; 6 hồ sơ trễ hạn; nguyên nhân: Thiếu nhân sự thẩm định).",
    );
  });
});
