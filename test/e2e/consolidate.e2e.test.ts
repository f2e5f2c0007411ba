/**
 * End-to-end: Văn phòng Sở consolidates the units' workbooks in the production pane, in headless
 * Chromium against the scripted Excel host. Real .xlsx files — made by the CLI renderer and by the
 * add-in's renderer, one not ours — are chosen through the file input (as a user picks them), read
 * in the page with exceljs (nothing leaves localhost), previewed, a conflict decided, and written.
 */
import { writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { Locator, Page } from "playwright-core";
import { Workbook } from "exceljs";
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { PROVENANCE_SHEET_NAME } from "../../src/domain/consolidate";
import { MONTHLY_SHEET_NAME } from "../../src/domain/layout/appendixLayout";
import { monthlyCellAddress } from "../../src/domain/layout/monthlyLayout";
import { addinMonthlyFile, cliMonthlyFile, quarterOf } from "../helpers/unitFiles";
import { axeViolations, cspViolations, fakeHost, openSection, paneSuite, screenshot } from "./harness";

jest.setTimeout(90_000);

const PQLDL = "Phòng Quản lý Du lịch";
const VPS = "Văn phòng Sở";
const TTS = "Thanh tra Sở";
const hosted = (unit: string): IndicatorCode[] => INDICATORS.filter((i) => i.hostUnit === unit).map((i) => i.code);

const suite = paneSuite();

const fake = fakeHost;

async function save(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const file = path.join(suite.dir, name);
  await writeFile(file, await bytes);
  return file;
}

const message = (scope: Page | Locator, text: string | RegExp) => scope.getByText(text).first();

describe("consolidation in the pane", () => {
  test("choose the units' files, preview every figure's source, decide a conflict, write into this workbook", async () => {
    const other = new Workbook();
    other.addWorksheet("Lương").getCell("A1").value = "Bảng lương tháng 3";
    const files = [
      await save("PQLDL.xlsx", cliMonthlyFile(quarterOf(hosted(PQLDL), 80), PQLDL)),
      await save("VPS.xlsx", addinMonthlyFile(quarterOf(hosted(VPS), 90), { filledBy: VPS })),
      await save("TTS.xlsx", cliMonthlyFile(quarterOf(hosted(TTS), 95), TTS)),
      await save("Luong.xlsx", other.xlsx.writeBuffer().then((b) => new Uint8Array(b as ArrayBuffer))),
    ];

    const session = await suite.open({ office: "fake" });
    const { page } = session;
    // Văn phòng Sở's workbook: the monthly report for the first quarter, one figure typed in.
    await openSection(page, "1. ");
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption({ label: "Quý I" });
    await page.getByRole("radio", { name: "Báo cáo theo tháng: nhập từng tháng, xem kỳ và lũy kế" }).check();
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Đã chèn báo cáo theo tháng/).waitFor();
    await fake(page, "fake.setContents(args[0], args[1], args[2])", MONTHLY_SHEET_NAME, monthlyCellAddress("II.1", "numerator", 1), 88);

    // Its own step after "3. Nhập số liệu", closed until its heading opens it.
    await openSection(page, "Tổng hợp số liệu các đơn vị");
    const step = page.getByRole("region", { name: "Tổng hợp số liệu các đơn vị" });
    await step.getByLabel("Chọn tệp của các đơn vị").setInputFiles(files);
    await step.getByText("Đã chọn 4 tệp: PQLDL.xlsx, VPS.xlsx, TTS.xlsx, Luong.xlsx").waitFor();
    await step.getByRole("button", { name: "Xem trước" }).click();
    await message(step, /Đã đọc 3 tệp\..*Có 1 ô các nguồn ghi khác nhau/).waitFor();
    await step.getByText(/^Tệp Luong\.xlsx không phải sổ chỉ tiêu cải cách TTHC/).waitFor();
    await step.getByText(/^VPS\.xlsx — Văn phòng Sở, sửa lúc .*: 18 số liệu, dùng 17\.$/).waitFor();
    // Nothing is written by the preview.
    expect(await fake<unknown>(page, "return fake.content(args[0], args[1])", MONTHLY_SHEET_NAME, monthlyCellAddress("I.1", "numerator", 1))).toBe("");
    expect(await fake<string[]>(page, "return fake.sheetNames()")).not.toContain(PROVENANCE_SHEET_NAME);

    // Per indicator, each month's source.
    await step.getByText(/^IV\.1 Tỷ lệ hồ sơ giải quyết đúng hạn — 6 thay đổi$/).click();
    const iv1 = step.getByRole("table", { name: "IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn" });
    expect(await iv1.getByRole("row", { name: /^2 / }).textContent()).toContain("87Phòng Quản lý Du lịch, PQLDL.xlsx");

    const group = step.getByRole("group", { name: "II.1 tháng 1, tử số (b): chọn số liệu cần giữ" });
    await group.scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "excel-consolidation-preview");
    await group.getByRole("radio", { name: "90 (Văn phòng Sở, VPS.xlsx)" }).check();

    await step.getByRole("button", { name: "Ghi vào sổ này" }).click();
    await message(step, "Đã ghi 66 ô số liệu vào sổ và cập nhật trang “Nguồn số liệu”.").waitFor();
    // Written: the step closed to that line, and the check is next.
    expect(await page.getByRole("button", { name: /^5\. / }).getAttribute("aria-expanded")).toBe("true");
    const at = (code: IndicatorCode, part: "numerator" | "denominator", m: 1 | 2 | 3) =>
      fake<unknown>(page, "return fake.content(args[0], args[1])", MONTHLY_SHEET_NAME, monthlyCellAddress(code, part, m));
    expect([await at("I.1", "numerator", 1), await at("II.1", "numerator", 1), await at("III.4", "denominator", 3)]).toEqual([80, 90, 102]);
    expect(await fake<string[]>(page, "return fake.sheetNames()")).toContain(PROVENANCE_SHEET_NAME);
    expect(await fake<unknown>(page, "return fake.content(args[0], 'A1')", PROVENANCE_SHEET_NAME)).toBe("NGUỒN SỐ LIỆU TỔNG HỢP");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "excel-consolidation-written");

    expect(await cspViolations(session)).toEqual([]);
    expect(session.problems.external).toEqual([]);
    expect(session.problems.pageErrors).toEqual([]);
  });
});
