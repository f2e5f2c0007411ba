/**
 * The standalone workbook opened in a real spreadsheet program: LibreOffice Calc, headless.
 *
 * One LibreOffice run recalculates a workbook holding the appendix filled with a case for every
 * verdict, a second appendix with the other side of each boundary, and check sheets with hundreds
 * of generated rows built from the same native formulas (ratio, verdict, highlight rules, input
 * validation). Every value LibreOffice computes must equal the plan's rules for the same inputs, as
 * the independent oracle states them (test/oracle/planRules.ts). A second run, in parallel, prints the blank form and the filled
 * appendix to PDF; poppler turns them into PNGs in test-artifacts/workbook/ for people to look at.
 *
 * Skipped only when LibreOffice is missing outside CI; in CI (CI=true) a missing soffice fails.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook, type Cell, type CellValue } from "exceljs";
import { INDICATORS } from "../../src/domain/catalog";
import { COLUMNS, ROWS, appendixRows, buildAppendixLayout, filledByCellOf } from "../../src/domain/layout/appendixLayout";
import { frameBottomRows } from "../../src/domain/layout/documentFrame";
import { PLAN } from "../../src/domain/catalog";
import {
  buildStandaloneWorkbook,
  renderSheetLayout,
  standaloneLayoutOptions,
  writeStandaloneWorkbook,
} from "../../src/workbook/renderWorkbook";
import { readZipText } from "./helpers/zip";
import { convertWithLibreOffice, findExecutable, findSoffice, run, withFreshProfile } from "./helpers/libreoffice";
import {
  APPENDIX_CASES,
  CHECK,
  CHECK_SHEET,
  EDGE_CASES,
  EDGE_SHEET,
  TARGET_EDGE_CASES,
  MONTHS,
  RANGE_SHEET,
  SECOND_APPENDIX_CASES,
  SECOND_PREFIX,
  SECOND_SHEET,
  STALE,
  RULE_KINDS,
  addCheckSheet,
  addRuleSheets,
  cellsOfRange,
  ruleSheetName,
  addEdgeSheet,
  addRangeSheet,
  expectedFor,
  fillAppendix,
  invalidInput,
  rangeRows,
  ruleGroups,
  singleRows,
  targetCellOf,
  targetOf,
  validEntry,
  type AppendixCase,
  type ExpectedRatio,
} from "./helpers/scenarios";

const SOFFICE = findSoffice();
const REQUIRED = process.env.CI === "true";
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/workbook");
const SHEET = `Phụ lục ${PLAN.year}`;
const standaloneLayout = buildAppendixLayout(standaloneLayoutOptions());

if (!SOFFICE && !REQUIRED) {
  console.warn(
    "SKIPPED test/workbook/libreoffice.test.ts: LibreOffice (soffice) is not installed. " +
      "Install it (Debian: apt-get install libreoffice-calc-nogui poppler-utils) to open the standalone workbook in a real spreadsheet program; in CI (CI=true) this test fails instead of skipping.",
  );
}

const describeWithLibreOffice = SOFFICE || REQUIRED ? describe : describe.skip;

/** What a formula cell holds after LibreOffice computed it: a number, text, boolean or "#ERR". */
function computed(cell: Cell): CellValue | string {
  const result = cell.result as CellValue | { error: string } | undefined;
  if (result !== null && typeof result === "object" && "error" in result) return result.error;
  return result as CellValue;
}

/** Whether a custom validation rule lets an entry in: only TRUE does; FALSE and errors reject it. */
function accepts(cell: Cell): boolean {
  return computed(cell) === true;
}

function expectRatio(actual: unknown, expected: ExpectedRatio, context: object): void {
  if (typeof expected === "number") {
    const close = typeof actual === "number" && Math.abs(actual - expected) <= Math.abs(expected) * 1e-14; // LibreOffice stores 15 significant digits
    expect({ ...context, result: actual, expected, close }).toEqual({ ...context, result: actual, expected, close: true });
  } else {
    expect({ ...context, result: actual }).toEqual({ ...context, result: expected });
  }
}

describeWithLibreOffice("standalone workbook in LibreOffice Calc", () => {
  let computedBook: Workbook;
  let computedParts: Map<string, string>;
  let work: string;
  let pdfs: { blank: string; filled: string };

  beforeAll(async () => {
    if (!SOFFICE) {
      throw new Error(
        "LibreOffice (soffice) is not installed, and CI=true requires this test: apt-get install libreoffice-calc-nogui poppler-utils",
      );
    }
    work = await mkdtemp(path.join(tmpdir(), "kpi-workbook-lo-"));

    // 1. The calculation workbook: appendix + second appendix + generated check sheets.
    const book = await buildStandaloneWorkbook();
    fillAppendix(book.getWorksheet(SHEET)!, APPENDIX_CASES);
    const secondLayout = buildAppendixLayout({ ...standaloneLayoutOptions(), sheetName: SECOND_SHEET, namePrefix: SECOND_PREFIX });
    const second = await renderSheetLayout(book, secondLayout);
    fillAppendix(second, SECOND_APPENDIX_CASES);
    addRuleSheets(book, standaloneLayout, "1");
    addRuleSheets(book, secondLayout, "2");
    addCheckSheet(book, singleRows());
    addRangeSheet(book, rangeRows());
    addEdgeSheet(book);
    const calcInput = path.join(work, "calc", "scenarios.xlsx");
    await mkdir(path.dirname(calcInput), { recursive: true });
    await book.xlsx.writeFile(calcInput);

    // 2. For printing: the blank form exactly as the CLI writes it, and the filled appendix alone.
    await mkdir(ARTIFACTS, { recursive: true });
    for (const old of await readdir(ARTIFACTS)) await rm(path.join(ARTIFACTS, old), { force: true });
    const blankInput = path.join(ARTIFACTS, "PhuLuc-2024-blank.xlsx");
    await writeFile(blankInput, await writeStandaloneWorkbook());
    const filled = await buildStandaloneWorkbook();
    fillAppendix(filled.getWorksheet(SHEET)!, APPENDIX_CASES);
    const filledInput = path.join(ARTIFACTS, "PhuLuc-2024-filled.xlsx");
    await filled.xlsx.writeFile(filledInput);

    // One fresh profile for this test run: the calculation run, then the PDF run.
    const [calcOutputs, pdfOutputs] = await withFreshProfile(async (profile) => [
      await convertWithLibreOffice(SOFFICE, profile, [calcInput], "xlsx", path.join(work, "out")),
      await convertWithLibreOffice(SOFFICE, profile, [blankInput, filledInput], "pdf", ARTIFACTS),
    ]);
    computedBook = new Workbook();
    await computedBook.xlsx.readFile(calcOutputs[0]);
    computedParts = readZipText(await readFile(calcOutputs[0]));
    pdfs = { blank: pdfOutputs[0], filled: pdfOutputs[1] };
  }, 180_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("recalculated every formula (no stale cached value is left)", () => {
    let formulas = 0;
    for (const sheet of computedBook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== 6) return; // ValueType.Formula
          formulas++;
          expect({ sheet: sheet.name, cell: cell.address, result: cell.result }).not.toEqual({
            sheet: sheet.name,
            cell: cell.address,
            result: STALE,
          });
          // A cell that may show nothing (Kết quả without a ratio, the frame's empty "Nơi nhận:"
          // lines) comes back without a result.
          const blankable = /,""[),]/.test(String(cell.formula));
          if (!blankable) expect({ sheet: sheet.name, cell: cell.address, result: cell.result }).not.toMatchObject({ result: undefined });
        }),
      );
    }
    expect(formulas).toBeGreaterThan(600 * 9);
  });

  const checkAppendix = (sheetName: string, cases: readonly AppendixCase[]): void => {
    const sheet = computedBook.getWorksheet(sheetName)!;
    const rows = appendixRows();
    const verdicts = new Set<string>();
    for (const c of cases) {
      const row = rows.indicators.get(c.code)!;
      const expected = expectedFor(c.b, c.a, null, targetOf(c.code));
      const context = { sheet: sheetName, code: c.code, why: c.why };
      // Kết quả: the ratio beside Đạt / Không đạt, else nothing (no error code on paper).
      const shown = computed(sheet.getCell(row, COLUMNS.result));
      if (expected.shown === "") expect({ ...context, shown: shown ?? "" }).toEqual({ ...context, shown: "" });
      else expectRatio(shown, expected.shown, context);
      expect({ ...context, verdict: computed(sheet.getCell(row, COLUMNS.verdict)) }).toEqual({
        ...context,
        verdict: expected.verdict,
      });
      verdicts.add(expected.verdictKind);
    }
    expect(verdicts).toEqual(new Set(["pass", "fail", "notApplicable", "noData", "invalid"]));
  };

  it("understood the sheet's protection, validation, highlight rules, names and print settings", () => {
    // LibreOffice saved the file again: what it wrote back is what it understood. (Headless, it
    // has no window, so view settings such as the frozen rows are not written back.)
    const sheetXml = computedParts.get("xl/worksheets/sheet1.xml")!;
    const book = computedParts.get("xl/workbook.xml")!;
    expect({
      protectedSheet: /<sheetProtection sheet="(true|1)"/.test(sheetXml),
      validations: sheetXml.match(/<dataValidation /g)?.length,
      customValidations: sheetXml.match(/<dataValidation [^>]*type="custom"/g)?.length,
      filledByList: (sheetXml.match(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g) ?? []).some(
        (v) => v.includes(`sqref="${filledByCellOf({})}"`) && /type="list"/.test(v) && v.includes("<formula1>&quot;Phòng Quản lý Du lịch,Văn phòng Sở,Thanh tra Sở,Cả Sở (tổng hợp)&quot;</formula1>"),
      ),
      rules: sheetXml.match(/<cfRule type="expression"/g)?.length,
      a4Landscape: /<pageSetup paperSize="9"[^>]*fitToWidth="1" fitToHeight="0"[^>]*orientation="landscape"/.test(sheetXml),
      fitToPage: /<pageSetUpPr fitToPage="(true|1)"\/>/.test(sheetXml),
      names: standaloneLayout.names.filter((n) => book.includes(`name="${n.name}"`)).length,
      printTitles: book.includes(`&apos;Phụ lục 2024&apos;!$${ROWS.headerTop}:$${ROWS.headerBottom}`),
      printArea: book.includes(`&apos;Phụ lục 2024&apos;!$A$1:$L$${frameBottomRows(appendixRows().lastRow).last}`),
    }).toEqual({
      protectedSheet: true,
      validations: standaloneLayout.validations.length,
      // Every rule but the "Đơn vị nhập số liệu" drop-down, a list.
      customValidations: standaloneLayout.validations.length - 1,
      filledByList: true,
      rules: standaloneLayout.conditionalFormats.length,
      a4Landscape: true,
      fitToPage: true,
      names: standaloneLayout.names.length,
      printTitles: true,
      printArea: true,
    });
  });

  it("computes the appendix's Kết quả and Đánh giá as KPI.STATUS would, for every verdict", () => {
    checkAppendix(SHEET, APPENDIX_CASES);
    const iv1 = appendixRows().indicators.get("IV.1")!;
    expect(computed(computedBook.getWorksheet(SHEET)!.getCell(iv1, COLUMNS.verdict))).toBe("Đạt"); // 37998/40000
  });

  it("computes the other side of each boundary on a second appendix in the same file", () => {
    checkAppendix(SECOND_SHEET, SECOND_APPENDIX_CASES);
    const iv1 = appendixRows().indicators.get("IV.1")!;
    expect(computed(computedBook.getWorksheet(SECOND_SHEET)!.getCell(iv1, COLUMNS.verdict))).toBe("Không đạt"); // 37997/40000
  });

  it("highlights every cell of every rule's range as the plan's rules say (rules shifted as Excel applies them)", () => {
    const rows = appendixRows();
    for (const [suffix, cases] of [["1", APPENDIX_CASES], ["2", SECOND_APPENDIX_CASES]] as const) {
      for (const kind of RULE_KINDS) {
        const sheet = computedBook.getWorksheet(ruleSheetName(kind, suffix))!;
        for (const spec of standaloneLayout.conditionalFormats.filter((c) => c.kind === kind)) {
          const row = parseInt(/\d+/.exec(spec.address)![0], 10);
          const item = cases.find((c) => rows.indicators.get(c.code) === row)!;
          const verdict = expectedFor(item.b, item.a, null, targetOf(item.code)).verdictKind;
          for (const cell of cellsOfRange(spec.address)) {
            const expected =
              kind === "invalidInput"
                ? invalidInput(cell.column === COLUMNS.numerator ? item.b : item.a, item.b, item.a)
                : ruleGroups(verdict)[kind];
            const context = { appendix: suffix, code: item.code, why: item.why, rule: kind, cell: cell.address };
            expect({ ...context, highlighted: computed(sheet.getCell(cell.address)) }).toEqual({ ...context, highlighted: expected });
          }
        }
      }
    }
  });

  it("agrees with the plan's rules on generated single-cell rows: ratio, verdict, highlight rules, validation", () => {
    const sheet = computedBook.getWorksheet(CHECK_SHEET)!;
    const data = singleRows();
    const seen = new Set<string>();
    const judgedCells = new Set<string>();
    data.forEach((item, index) => {
      const row = sheet.getRow(index + 2);
      const expected = expectedFor(item.b, item.a, targetCellOf(item), item.target);
      seen.add(expected.verdictKind);
      const cell = targetCellOf(item);
      if (typeof expected.ratio === "number") judgedCells.add(cell === null ? "blank" : typeof cell);
      const context = { row: index + 2, b: item.b, a: item.a, target: item.target, cell: targetCellOf(item) };
      expectRatio(computed(row.getCell(CHECK.ratio)), expected.ratio, context);
      const { pass, fail, neutral } = ruleGroups(expected.verdictKind);
      const groups = { pass, fail, neutral };
      expect({
        ...context,
        verdict: computed(row.getCell(CHECK.verdict)),
        pass: computed(row.getCell(CHECK.passRule)),
        fail: computed(row.getCell(CHECK.failRule)),
        neutral: computed(row.getCell(CHECK.neutralRule)),
        invalidB: computed(row.getCell(CHECK.invalidB)),
        invalidA: computed(row.getCell(CHECK.invalidA)),
      }).toEqual({
        ...context,
        verdict: expected.verdict,
        ...groups,
        invalidB: invalidInput(item.b, item.b, item.a),
        invalidA: invalidInput(item.a, item.b, item.a),
      });
      // Validation only judges what is typed: a blank cell is always allowed (allowBlank).
      if (item.b !== null) {
        expect({ ...context, validB: accepts(row.getCell(CHECK.validB)) }).toEqual({ ...context, validB: validEntry(item.b, item.b, item.a) });
      }
      if (item.a !== null) {
        expect({ ...context, validA: accepts(row.getCell(CHECK.validA)) }).toEqual({ ...context, validA: validEntry(item.a, item.b, item.a) });
      }
    });
    expect(seen).toEqual(new Set(["pass", "fail", "notApplicable", "noData", "invalid"]));
    // Ratios were judged against number, blank and text Chỉ tiêu cells alike (targetFromCell).
    expect(judgedCells).toEqual(new Set(["number", "blank", "string"]));
  });

  it("agrees with the plan's rules on generated month ranges", () => {
    const sheet = computedBook.getWorksheet(RANGE_SHEET)!;
    const seen = new Set<string>();
    rangeRows().forEach((item, index) => {
      const row = sheet.getRow(index + 1);
      const expected = expectedFor(item.b, item.a, targetCellOf(item), item.target);
      seen.add(expected.verdictKind);
      const context = { row: index + 1, b: item.b, a: item.a, target: item.target, cell: targetCellOf(item) };
      expectRatio(computed(row.getCell(2 + 2 * MONTHS)), expected.ratio, context);
      expect({ ...context, verdict: computed(row.getCell(3 + 2 * MONTHS)) }).toEqual({ ...context, verdict: expected.verdict });
    });
    expect(seen).toEqual(new Set(["pass", "fail", "notApplicable", "noData", "invalid"]));
  });

  it("matches Excel on empty text and typed errors, and differs only on TRUE/FALSE (documented)", () => {
    const sheet = computedBook.getWorksheet(EDGE_SHEET)!;
    [...EDGE_CASES, ...TARGET_EDGE_CASES].forEach((item, index) => {
      const expected = item.libreOffice ?? item.excel;
      const context = { why: item.why };
      expectRatio(computed(sheet.getCell(index + 1, 3)), expected.ratio, context);
      expect({ ...context, verdict: computed(sheet.getCell(index + 1, 4)) }).toEqual({ ...context, verdict: expected.verdict });
    });
  });

  it("prints each form one page wide on A4 landscape, with the header on every page and Vietnamese text intact", async () => {
    const pdftotext = findExecutable("pdftotext");
    const pdfinfo = findExecutable("pdfinfo");
    const pdftoppm = findExecutable("pdftoppm");
    if (!pdftotext || !pdfinfo || !pdftoppm) {
      if (REQUIRED) throw new Error("poppler-utils (pdftotext, pdfinfo, pdftoppm) is required in CI");
          console.warn("poppler-utils is not installed: PDF checks and PNG artifacts skipped");
      return;
    }
    for (const [label, pdf] of Object.entries(pdfs)) {
      const info = (await run(pdfinfo, [pdf])).stdout;
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number);
      expect({ label, width: Math.round(width), height: Math.round(height) }).toEqual({ label, width: 842, height: 595 });
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      for (let page = 1; page <= pages; page++) {
        const text = (await run(pdftotext, ["-f", String(page), "-l", String(page), "-layout", pdf, "-"])).stdout;
        // The first and the last column's headers on every page: one page wide, header repeated.
        for (const header of ["STT", "Tử số (b)", "Mẫu số (a)", "Kết quả", "Đánh giá", "Ghi chú"]) {
          expect({ label, page, header, found: text.includes(header) }).toEqual({ label, page, header, found: true });
        }
      }
      // -raw keeps each cell's lines together (the default interleaves neighbouring cells).
      const all = (await run(pdftotext, ["-raw", pdf, "-"])).stdout.replace(/\s+/g, " ");
      for (const words of ["PHỤ LỤC", "CỦA SỞ DU LỊCH TỈNH KIÊN GIANG NĂM 2024", "Thực hiện trong năm 2024", "Phòng Quản lý", "Thanh tra Sở", "Văn phòng Sở"]) {
        expect({ label, words, found: all.includes(words) }).toEqual({ label, words, found: true });
      }
      for (const indicator of INDICATORS) {
        const start = indicator.name.split(" ").slice(0, 4).join(" ");
        expect({ label, start, found: all.includes(start) }).toEqual({ label, start, found: true });
      }
      await run(pdftoppm, ["-png", "-r", "80", pdf, pdf.replace(/\.pdf$/, "")]);
    }
    const filledText = (await run(pdftotext, ["-raw", pdfs.filled, "-"])).stdout.replace(/\s+/g, " ");
    for (const word of ["Đạt", "Không đạt", "Không phát sinh", "Chưa có số liệu", "Số liệu không hợp lệ", "45.00%"]) {
      expect({ word, found: filledText.includes(word) }).toEqual({ word, found: true });
    }
    // Nobody signs a report that shows error codes: neither the blank form nor the filled one prints one.
    for (const [label, pdf] of Object.entries(pdfs)) {
      const text = (await run(pdftotext, ["-raw", pdf, "-"])).stdout;
      const codes = ["#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#REF!", "Err:"].filter((code) => text.includes(code));
      expect({ label, codes }).toEqual({ label, codes: [] });
    }
    const pngs = (await readdir(ARTIFACTS)).filter((f) => f.endsWith(".png"));
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    expect(existsSync(path.join(ARTIFACTS, pngs[0]))).toBe(true);
  });
});
