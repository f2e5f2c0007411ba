/**
 * End-to-end: the production build of the task pane in headless Chromium, against a scripted
 * Excel host (test/e2e/fakeOffice.ts served in place of office.js), the real office.js in a plain
 * browser, and no office.js at all. Every view is checked with axe-core, the main flow is driven
 * by keyboard only, and every page must load without a CSP violation or a request off localhost.
 * Screenshots go to test-artifacts/e2e/.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import { CHART_SHEET_NAME } from "../../src/domain/chart";
import { COLUMNS, MONTHLY_SHEET_NAME, PERIOD_CELLS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { cellAddress, rangeAddress } from "../../src/domain/layout/a1";
import { monthlyCellAddress } from "../../src/domain/layout/monthlyLayout";
import { YTD_CHART_NAME } from "../../src/excel/monthly";
import { WORDS, planTarget, verdict as oracleVerdict } from "../oracle/planRules";
import { E2E_DIST } from "./buildProduction";
import { axeViolations, cspViolations, fakeHost, focusedName, openSection, paneSuite, screenshot, tabTo, type Harness, type PaneSession } from "./harness";
import { functionHelp } from "../../src/domain/functionHelp";

/** The help panel's example for KPI.ONTIME: IV.1's own b and a on the appendix. */
const ONTIME_EXAMPLE = functionHelp("vi").find((entry) => entry.id === "ONTIME")!.example;

jest.setTimeout(60_000);

const suite = paneSuite();
const open = (options: Parameters<Harness["openPane"]>[0]): Promise<PaneSession> => suite.open(options);

/** What React says when a page's HTML does not match what it renders (hydration). */
const HYDRATION_PROBLEM = /hydrat|did not match|Minified React error #(418|419|420|421|422|423|425)\b/i;

/** Fails on CSP violations, requests off localhost, script errors and a first view that did not hydrate. */
async function expectCleanPage(session: PaneSession): Promise<void> {
  expect(await cspViolations(session)).toEqual([]);
  expect(session.problems.external).toEqual([]);
  expect(session.problems.pageErrors).toEqual([]);
  expect(session.problems.consoleErrors.filter((text) => HYDRATION_PROBLEM.test(text))).toEqual([]);
}

/** The heading button of step `n` ("4. Tô màu kết quả …"). */
const stepHeading = (page: Page, n: number) => page.getByRole("button", { name: new RegExp(`^${n}\\. `) });

/** Opens step `n` with a click on its heading, unless it is open. */
async function openStep(page: Page, n: number): Promise<void> {
  const heading = stepHeading(page, n);
  if ((await heading.getAttribute("aria-expanded")) !== "true") await heading.click();
  await page.waitForFunction((name) => {
    const button = [...document.querySelectorAll("h2 button")].find((b) => b.textContent?.startsWith(name));
    return button?.getAttribute("aria-expanded") === "true";
  }, `${n}. `);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

const fake = fakeHost;

const SHEET = "Phụ lục 2024";
const rows = appendixRows();
const inputCell = (code: IndicatorCode, part: "numerator" | "denominator"): string =>
  cellAddress(rows.indicators.get(code)!, COLUMNS[part]);

type Figures = Partial<Record<IndicatorCode, [number, number]>>;

/** Figures a unit types: 8 met, 1 not met (IV.1), 2 left empty (III.5, V.1). */
const FIGURES: Figures = {
  "I.1": [50, 100],
  "I.2": [60, 100],
  "I.3": [85, 100],
  "II.1": [95, 100],
  "III.1": [100, 100],
  "III.2": [55, 100],
  "III.3": [12, 12],
  "III.4": [3, 3],
  "IV.1": [93, 100],
};

/** Types figures into the fake workbook as a user would in Excel. */
async function fillFigures(page: Page, figures: Figures = FIGURES, sheet = SHEET): Promise<void> {
  for (const [code, [b, a]] of Object.entries(figures) as [IndicatorCode, [number, number]][]) {
    await page.evaluate(
      ([sheetName, bCell, aCell, bValue, aValue]) => {
        const host = (window as unknown as { __kpiFake: { setContents: (s: string, c: string, v: number) => void } }).__kpiFake;
        host.setContents(sheetName, bCell, bValue);
        host.setContents(sheetName, aCell, aValue);
      },
      [sheet, inputCell(code, "numerator"), inputCell(code, "denominator"), b, a] as const,
    );
  }
}

/** The plan's verdict of each indicator for these figures, by the independent oracle. */
function verdictsOf(figures: Figures): Record<IndicatorCode, string> {
  return Object.fromEntries(
    INDICATORS.map((i) => [i.code, oracleVerdict(figures[i.code]?.[0] ?? null, figures[i.code]?.[1] ?? null, null, planTarget(i.code))]),
  ) as Record<IndicatorCode, string>;
}

/** Every cell's content on a sheet of the scripted workbook. */
function sheetContents(page: Page, sheetName: string): Promise<unknown[]> {
  return fake<unknown[]>(page, "return [...fake.state.sheet(args[0]).cells.values()].map((cell) => cell.content)", sheetName);
}

const message = (page: Page, text: string | RegExp) => page.getByText(text).first();

describe("the production build", () => {
  test("both custom-functions metadata files let Excel pass error arguments (allowErrorForDataTypeAny)", () => {
    for (const file of ["functions.json", "functions.en-us.json"]) {
      const metadata = JSON.parse(readFileSync(path.join(E2E_DIST, file), "utf8")) as Record<string, unknown>;
      expect({ file, allowErrorForDataTypeAny: metadata.allowErrorForDataTypeAny }).toEqual({ file, allowErrorForDataTypeAny: true });
    }
  });
});

describe("outside Excel", () => {
  test("a plain browser (office.js reports no host) gets the read-only preview, accessible, CSP-clean", async () => {
    const session = await open({ office: "real", viewport: { width: 1100, height: 900 } });
    const { page } = session;
    await page.getByText("Đang xem ngoài Excel").waitFor();
    await page.getByRole("table").waitFor();
    expect(await page.locator("th[scope=row]").count()).toBe(INDICATORS.length);
    expect(await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).count()).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName("kpi-pane-first-render").length)).toBe(1);
    await expectAccessible(page);
    await screenshot(page, "preview");

    // The standalone workbook is built in the browser (exceljs, loaded on demand) and downloaded.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tải sổ làm việc", exact: true }).click();
    expect((await download).suggestedFilename()).toBe("PhuLuc-2024.xlsx");
    await message(page, /Đã tải tệp “PhuLuc-2024\.xlsx”/).waitFor();

    await page.getByRole("tab", { name: "Hàm KPI" }).click();
    await page.getByText(ONTIME_EXAMPLE).waitFor();
    await expectAccessible(page);
    await expectCleanPage(session);
  });

  test("without office.js (offline) the preview still shows, and no script fails", async () => {
    const session = await open({ office: "none" });
    await session.page.getByText("Đang xem ngoài Excel").waitFor();
    expect(await cspViolations(session)).toEqual([]);
    // functions.js (loaded first) associates the custom functions only where office.js defined
    // CustomFunctions: here it does nothing, and throws nothing.
    expect(session.problems.pageErrors).toEqual([]);
    expect(session.problems.external).toEqual([]);
  });

  test("an Internet Explorer / EdgeHTML web view gets a plain Vietnamese message instead of the pane", async () => {
    const session = await open({
      office: "none",
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
    });
    const { page } = session;
    await page.getByRole("heading", { name: "Phiên bản Office này quá cũ cho ngăn tác vụ" }).waitFor();
    await page.getByText(/Dùng sổ làm việc độc lập/).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByText("Đang xem ngoài Excel").count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, "legacy-webview");
    expect(await cspViolations(session)).toEqual([]);
  });
});

describe("in Excel (scripted host)", () => {
  test("the main flow by keyboard only: insert, fill, highlight, check, go to a finding", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "excel-start");
    // functions.js, the page's first bundle, gave the runtime all 14 KPI.* functions.
    expect(await fake<string[]>(page, "return fake.associated")).toHaveLength(14);

    // No appendix yet: the strip says so, and step 2 is the open one.
    await page.getByText(/^Chưa chèn phụ lục\./).waitFor();
    await tabTo(page, "Chèn phụ lục");
    await page.keyboard.press("Enter");
    await message(page, /Đã chèn trang tính “Phụ lục 2024”\./).waitFor();
    expect(await fake<string[]>(page, "return fake.sheetNames()")).toContain(SHEET);
    // Step 2 closed to its outcome and handed the focus to its heading; step 3 is open.
    expect(await focusedName(page)).toMatch(/^2\. Chèn phụ lục vào sổ làm việc Đã chèn trang tính “Phụ lục 2024”/);
    expect(await stepHeading(page, 3).getAttribute("aria-expanded")).toBe("true");

    await fillFigures(page);

    // Step 4 is closed: its heading opens it from the keyboard (Enter), its button runs it.
    await tabTo(page, /^4\. Tô màu kết quả/);
    expect(await focusedName(page)).toBe("4. Tô màu kết quả");
    await page.keyboard.press("Enter");
    expect(await stepHeading(page, 4).getAttribute("aria-expanded")).toBe("true");
    await tabTo(page, "Tô màu kết quả");
    await page.keyboard.press("Enter");
    await message(page, /Đã tô màu: \d+ quy tắc/).waitFor();
    // The strip read the sheet again after the action: 8 met, 1 not met, 2 without figures.
    await page.getByText("Trang “Phụ lục 2024” · 8/11 đạt").waitFor();
    expect(await fake<number>(page, "return fake.conditionalFormats(args[0])", SHEET)).toBeGreaterThan(0);

    // Highlighting done, the check is the open step.
    expect(await stepHeading(page, 5).getAttribute("aria-expanded")).toBe("true");
    await tabTo(page, "Kiểm tra");
    await page.keyboard.press("Enter");
    await page.getByText("8/11 chỉ tiêu đạt", { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "excel-checked");

    const finding = page.getByRole("list", { name: "Điểm cần xem lại" }).getByRole("button", { name: /I\.1 Tỷ lệ thanh toán trực tuyến|IV\.1 Tỷ lệ hồ sơ giải quyết đúng hạn: không đạt/ }).first();
    const findingName = (await finding.textContent()) ?? "";
    const address = /Đến ô ([A-Z]+\d+)/.exec(findingName)?.[1];
    expect(address).toBeDefined();
    await tabTo(page, /^(Lỗi|Cần xem lại|Lưu ý): /);
    while (!(await page.evaluate(() => document.activeElement?.textContent ?? "")).includes("IV.1")) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await message(page, /Đã chọn ô [A-Z]+\d+ trên trang tính “Phụ lục 2024”\./).waitFor();
    const selection = await fake<{ sheetName: string; address: string }>(page, "return fake.selection()");
    expect(selection.sheetName).toBe(SHEET);
    expect(selection.address).toMatch(/^[A-Z]+\d+$/);
    await expectCleanPage(session);
  });

  test("monthly reporting: insert the monthly report, switch the period, check the months", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await openStep(page, 1);
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption({ label: "Quý I" });
    await tabTo(page, "Bảng phụ lục (nhập số cả kỳ)");
    await page.keyboard.press("ArrowDown");
    const monthly = page.getByRole("radio", { name: "Báo cáo theo tháng: nhập từng tháng, xem kỳ và lũy kế" });
    expect(await monthly.isChecked()).toBe(true);
    await page.getByText(/Chèn ba trang tính/).waitFor();
    await expectAccessible(page);

    await tabTo(page, "Chèn phụ lục");
    await page.keyboard.press("Enter");
    await message(page, /Đã chèn báo cáo theo tháng, kỳ báo cáo “Quý I”: trang “Số liệu theo tháng” để nhập số liệu từng tháng/).waitFor();
    const names = await fake<string[]>(page, "return fake.sheetNames()");
    expect(names).toEqual(expect.arrayContaining([SHEET, MONTHLY_SHEET_NAME, CHART_SHEET_NAME]));
    expect(await fake<string[]>(page, "return fake.charts(args[0])", CHART_SHEET_NAME)).toEqual([YTD_CHART_NAME]);
    expect(await fake<unknown>(page, "return fake.content(args[0], args[1])", SHEET, PERIOD_CELLS.period)).toBe("Quý I");
    await expectAccessible(page);
    await screenshot(page, "excel-monthly-inserted");

    // Months 1 and 2 of every indicator but I.1, whose February is missing; IV.1's January has b > a.
    for (const { code } of INDICATORS) {
      for (const month of code === "I.1" ? ([1] as const) : ([1, 2] as const)) {
        const b = code === "IV.1" && month === 1 ? 12 : 5;
        await fake(page, "fake.setContents(args[0], args[1], args[2])", MONTHLY_SHEET_NAME, monthlyCellAddress(code, "numerator", month), b);
        await fake(page, "fake.setContents(args[0], args[1], args[2])", MONTHLY_SHEET_NAME, monthlyCellAddress(code, "denominator", month), 10);
      }
    }

    await openStep(page, 1);
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption({ label: "Tháng 2" });
    await page.getByRole("button", { name: "Đổi kỳ báo cáo", exact: true }).click();
    await message(page, "Đã đổi kỳ báo cáo thành “Tháng 2”; số liệu đã nhập không thay đổi.").waitFor();
    expect(await fake<unknown>(page, "return fake.content(args[0], args[1])", SHEET, PERIOD_CELLS.period)).toBe("Tháng 2");
    // The strip reads the verdicts of the period written in the workbook.
    await page.getByText(/^Trang “Phụ lục 2024”, kỳ báo cáo Tháng 2 · /).waitFor();

    await openStep(page, 5);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const missing = page.getByRole("button", {
      name: /I\.1: thiếu số liệu tháng 2 \(cần đủ số liệu từ tháng 1 đến hết tháng 2 để đánh giá kỳ báo cáo và lũy kế\)\./,
    });
    await missing.waitFor();
    await page.getByRole("button", { name: /Lỗi: IV\.1: tháng 1 có tử số \(b\) lớn hơn mẫu số \(a\)\./ }).waitFor();
    await missing.scrollIntoViewIfNeeded();
    await expectAccessible(page);
    await screenshot(page, "excel-monthly-checked");

    const address = monthlyCellAddress("I.1", "numerator", 2);
    expect(await missing.textContent()).toContain(`Đến ô ${address} trên trang “${MONTHLY_SHEET_NAME}”`);
    await missing.click();
    await message(page, `Đã chọn ô ${address} trên trang tính “${MONTHLY_SHEET_NAME}”.`).waitFor();
    expect(await fake<{ sheetName: string; address: string }>(page, "return fake.selection()")).toEqual({
      sheetName: MONTHLY_SHEET_NAME,
      address,
    });
    await expectCleanPage(session);
  });

  test("insert when the sheet exists asks in a dialog; update keeps the figures", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Đã chèn trang tính/).waitFor();
    await fillFigures(page);

    await openStep(page, 2);
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Trang tính “Phụ lục 2024” đã có" });
    await dialog.waitFor();
    await expectAccessible(page);
    await screenshot(page, "excel-ask-dialog");
    // Keyboard: focus is inside the dialog; reach "Cập nhật tại chỗ" and press Enter.
    await tabTo(page, "Cập nhật tại chỗ", { limit: 6 });
    await page.keyboard.press("Enter");
    await message(page, /Đã cập nhật trang tính “Phụ lục 2024”; giữ nguyên 18 ô/).waitFor();
    // The insert is done: its step closed and its heading, which reads the outcome, has the focus;
    // the pane is visible to assistive technology again.
    expect(await focusedName(page)).toMatch(/^2\. Chèn phụ lục vào sổ làm việc Đã cập nhật trang tính/);
    expect(await page.evaluate(() => document.getElementById("root")?.getAttribute("aria-hidden") ?? null)).toBeNull();
    expect(await fake<unknown>(page, "return fake.content(args[0], args[1])", SHEET, inputCell("IV.1", "numerator"))).toBe(93);

    await openStep(page, 2);
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await page.getByRole("button", { name: "Tạo trang tính mới", exact: true }).click();
    await message(page, /Đã chèn trang tính “Phụ lục 2024 \(2\)”\./).waitFor();
    await expectCleanPage(session);
  });

  test("protect, portable copy and the standalone workbook", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Đã chèn trang tính/).waitFor();
    await fillFigures(page);

    await openStep(page, 3);
    await page.getByRole("button", { name: "Bảo vệ trang tính", exact: true }).click();
    await message(page, /Đã bảo vệ “Phụ lục 2024”/).waitFor();
    expect(await fake<boolean>(page, "return fake.isProtected(args[0])", SHEET)).toBe(true);

    await openStep(page, 6);
    await page.getByRole("button", { name: "Chuẩn bị bản nộp", exact: true }).click();
    await message(page, /Đã tạo trang “Bản nộp/).waitFor();
    const names = await fake<string[]>(page, "return fake.sheetNames()");
    expect(names.some((n) => n.startsWith("Bản nộp"))).toBe(true);

    await openStep(page, 7);
    await page.getByRole("button", { name: "Tải sổ làm việc", exact: true }).click();
    await message(page, /Đã mở sổ làm việc độc lập trong một cửa sổ Excel mới/).waitFor();
    expect((await fake<number[]>(page, "return fake.createdWorkbooks"))[0]).toBeGreaterThan(1000);
    await screenshot(page, "excel-shared");
    await expectCleanPage(session);
  });

  test("Excel's errors are explained in Vietnamese", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Đã chèn trang tính/).waitFor();

    // The strip has read the new sheet (its read is a sync too, which must not take the failure).
    await page.getByText("Trang “Phụ lục 2024” · 0/11 đạt").waitFor();
    await openStep(page, 4);
    await fake(page, "fake.failNextSync('InvalidOperationInCellEditMode')");
    await page.getByRole("button", { name: "Tô màu kết quả", exact: true }).click();
    await message(page, /Một ô đang được sửa nên Excel chưa nhận lệnh\. Hãy nhấn Enter hoặc Esc/).waitFor();

    await openStep(page, 5);
    await fake(page, "fake.failNextSync('AccessDenied')");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await message(page, /Excel không cho ghi vào trang tính vì trang đang được bảo vệ/).waitFor();
    await expectAccessible(page);
    await screenshot(page, "excel-error");
    await expectCleanPage(session);
  });

  test("the help panel inserts a function at the selected cell", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).waitFor();
    await page.evaluate(() => {
      const host = (window as unknown as { __kpiFake: { state: { selection: unknown } } }).__kpiFake;
      host.state.selection = { sheetName: "Sheet1", address: "C5" };
    });
    await tabTo(page, "Các bước");
    await page.keyboard.press("ArrowRight");
    await page.getByRole("tabpanel", { name: "Hàm KPI" }).waitFor();
    // The tab's content is loaded when the tab is first opened.
    await page.getByRole("list", { name: "Danh sách hàm KPI" }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "excel-help");
    await tabTo(page, `Chèn vào ô đang chọn: ${ONTIME_EXAMPLE}`);
    await page.keyboard.press("Enter");
    await message(page, `Đã chèn ${ONTIME_EXAMPLE} vào ô C5.`).waitFor();
    expect(await fake<unknown>(page, "return fake.content('Sheet1', 'C5')")).toBe(ONTIME_EXAMPLE);
    await expectCleanPage(session);
  });

  test("English Excel in the dark theme: English pane, dark colours, still accessible", async () => {
    const session = await open({
      office: "fake",
      fake: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" } },
    });
    const { page } = session;
    await page.getByRole("button", { name: "Insert appendix", exact: true }).click();
    await message(page, /Inserted the sheet “Phụ lục 2024”\./).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(38, 38, 38)");
    await expectAccessible(page);
    await screenshot(page, "excel-dark-en");
    await expectCleanPage(session);
  });
});

describe("the first view, the status strip and the steps", () => {
  /** The pane's first view as taskpane.html holds it, parsed by the page itself. */
  async function builtFirstView(page: Page): Promise<string> {
    return page.evaluate(async () => {
      const html = await (await fetch("taskpane.html")).text();
      return new DOMParser().parseFromString(html, "text/html").getElementById("root")?.innerHTML ?? "";
    });
  }

  test("the first view is there before Office answers, hydrates without a mismatch, and waits for Office", async () => {
    const session = await open({ office: "fake", fake: { holdReady: true } });
    const { page } = session;
    // Hydrated: the pane's effects ran (they set the first-render mark) while Office has not answered.
    await page.waitForFunction(() => performance.getEntriesByName("kpi-pane-first-render").length > 0);
    const built = await builtFirstView(page);
    expect(built).toContain("Đang kết nối với Excel…");
    // The same DOM, but for what becomes live right after hydration: the headings of the seven steps,
    // of the consolidation's and the document frame's steps and of "Hỗ trợ", which wait in the first
    // view (aria-disabled), toggle once the pane is hydrated.
    const waiting = /(<h2[^>]*><button[^>]*?) aria-disabled="true"/g;
    expect([...built.matchAll(waiting)]).toHaveLength(10);
    expect(await page.evaluate(() => document.getElementById("root")!.innerHTML)).toBe(built.replace(waiting, "$1"));
    expect(await page.evaluate(() => document.getElementById("root")!.hasAttribute("data-first-view"))).toBe(true);
    // Every action waits; the strip says it is connecting.
    expect(await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).getAttribute("aria-disabled")).toBe("true");
    expect(await page.getByRole("button", { name: /^IV\.1 / }).getAttribute("aria-disabled")).toBe("true");
    await expectAccessible(page);
    await screenshot(page, "first-view-before-office");

    await fake(page, "fake.answer()");
    await page.getByText(/^Chưa chèn phụ lục\./).waitFor();
    expect(await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).getAttribute("aria-disabled")).toBeNull();
    await expectCleanPage(session);
  });

  const VARIANTS = [
    { name: "vi-light", displayLanguage: "vi-VN", background: "#FFFFFF", foreground: "#000000", heading: "Tình hình báo cáo" },
    { name: "vi-dark", displayLanguage: "vi-VN", background: "#262626", foreground: "#FFFFFF", heading: "Tình hình báo cáo" },
    { name: "en-light", displayLanguage: "en-US", background: "#FFFFFF", foreground: "#000000", heading: "Where the report stands" },
    { name: "en-dark", displayLanguage: "en-US", background: "#262626", foreground: "#FFFFFF", heading: "Where the report stands" },
  ] as const;

  test.each(VARIANTS)("the first screen in $name: accessible, no CSP violation, a screenshot", async (variant) => {
    const session = await open({
      office: "fake",
      fake: {
        displayLanguage: variant.displayLanguage,
        officeTheme: { bodyBackgroundColor: variant.background, bodyForegroundColor: variant.foreground },
      },
    });
    const { page } = session;
    await page.getByRole("heading", { name: variant.heading }).waitFor();
    await page.getByText(/^(Chưa chèn phụ lục|Appendix not inserted yet)\./).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(variant.displayLanguage.slice(0, 2));
    await expectAccessible(page);
    await screenshot(page, `first-view-${variant.name}`);
    await expectCleanPage(session);
  });

  test("the strip shows each verdict and its figure; an indicator selects its input cells", async () => {
    // Kết quả shows the ratio only beside a verdict that has one (IF around KPI.*): every formula
    // computes here, not only bare KPI.* calls.
    const session = await open({ office: "fake", fake: { formulaEngine: true } });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Đã chèn trang tính/).waitFor();
    await fillFigures(page);
    // An invalid figure too: b > a.
    await fake(page, "fake.setContents(args[0], args[1], 12); fake.setContents(args[0], args[2], 10)", SHEET, inputCell("III.5", "numerator"), inputCell("III.5", "denominator"));
    // Coming back to the pane from the sheet reads it again.
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.getByText("Trang “Phụ lục 2024” · 8/11 đạt").waitFor();
    const row = (code: string) => page.getByRole("button", { name: new RegExp(`^${code.replace(".", "\\.")} `) });
    const text = async (code: string) => (await row(code).textContent())?.trim();
    expect(await text("I.1")).toBe("I.1 Tỷ lệ thanh toán trực tuyến Đạt 50,00%");
    expect(await text("IV.1")).toBe("IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn Không đạt 93,00%");
    expect(await text("III.5")).toBe("III.5 Mức độ hài lòng của người dân, doanh nghiệp Số liệu không hợp lệ");
    expect(await text("V.1")).toBe("V.1 Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng Chưa có số liệu");
    await expectAccessible(page);
    await screenshot(page, "status-strip");

    await row("IV.1").click();
    const ivRow = rows.indicators.get("IV.1")!;
    const cells = rangeAddress(ivRow, COLUMNS.numerator, ivRow, COLUMNS.denominator);
    await message(page, `Đã chọn ô nhập của chỉ tiêu IV.1 (${cells}).`).waitFor();
    expect(await fake<{ sheetName: string; address: string }>(page, "return fake.selection()")).toEqual({ sheetName: SHEET, address: cells });
    await expectCleanPage(session);
  });

  test("the steps open and close from the keyboard (Enter and Space on their headings)", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByText(/^Chưa chèn phụ lục\./).waitFor();
    await tabTo(page, /^1\. Chọn năm/);
    expect(await focusedName(page)).toMatch(/^1\. Chọn năm, đơn vị và kỳ báo cáo Năm 2024 · Cả Sở \(tổng hợp\) · /);
    await page.keyboard.press("Enter");
    expect(await stepHeading(page, 1).getAttribute("aria-expanded")).toBe("true");
    await tabTo(page, "Năm");
    await tabTo(page, /^1\. Chọn năm/, { backwards: true });
    await page.keyboard.press("Space");
    expect(await stepHeading(page, 1).getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("combobox", { name: "Năm" }).count()).toBe(0);
    // Every closed step is reachable, in order, and so is the one open.
    for (const n of [3, 4, 5, 6, 7]) await tabTo(page, new RegExp(`^${n}\\. `));
    // After the steps, "Hỗ trợ": closed, and opened from the keyboard too, the self-test in it.
    await tabTo(page, "Hỗ trợ");
    const support = page.getByRole("button", { name: "Hỗ trợ", exact: true });
    expect(await support.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await support.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("button", { name: "Tự kiểm tra", exact: true }).waitFor();
    await tabTo(page, "Tự kiểm tra");
    await expectAccessible(page);
    await expectCleanPage(session);
  });
});

/**
 * Every pane flow whose words the component tests (test/taskpane/*) compute from fake actions,
 * here once more with the real actions on the scripted host: the figures in the messages come
 * from the workbook, and the expected verdicts from the independent oracle.
 */
describe("the pane's flows end to end (real actions, scripted host)", () => {
  test("fill: go to an indicator's input cells; protect and unprotect; a finding whose sheet is gone", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Đã chèn trang tính “Phụ lục 2024”\./).waitFor();

    const inputs = `${inputCell("IV.1", "numerator")}:${inputCell("IV.1", "denominator")}`;
    await page.getByRole("button", { name: "Đến ô nhập: chỉ tiêu IV.1", exact: true }).click();
    await message(page, `Đã chọn ô nhập của chỉ tiêu IV.1 (${inputs}).`).waitFor();
    expect(await fake<unknown>(page, "return fake.selection()")).toEqual({ sheetName: SHEET, address: inputs });

    await page.getByRole("button", { name: "Bảo vệ trang tính", exact: true }).click();
    await message(page, /Đã bảo vệ “Phụ lục 2024”/).waitFor();
    expect(await fake<boolean>(page, "return fake.isProtected(args[0])", SHEET)).toBe(true);
    await page.getByRole("button", { name: "Bỏ bảo vệ", exact: true }).click();
    await message(page, "Đã bỏ bảo vệ “Phụ lục 2024”.").waitFor();
    expect(await fake<boolean>(page, "return fake.isProtected(args[0])", SHEET)).toBe(false);

    // No monthly report: the period has nowhere to go, and the pane says so.
    await openStep(page, 1);
    await page.getByRole("button", { name: "Đổi kỳ báo cáo", exact: true }).click();
    await message(page, /Sổ làm việc chưa có ô Kỳ báo cáo/).waitFor();

    await openStep(page, 5);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const finding = page.getByRole("button", { name: /^Cần xem lại: I\.1 .*: chưa nhập tử số \(b\)/ });
    await finding.waitFor();
    await fake(page, "fake.state.deleteSheet(args[0])", SHEET);
    await finding.click();
    await message(page, `Không còn ô ${inputCell("I.1", "numerator")} trên trang tính “Phụ lục 2024” (trang tính đã bị đổi tên hoặc xóa?). Hãy kiểm tra lại.`).waitFor();
    await expectAccessible(page);
    await expectCleanPage(session);
  });

  test("check: counts per verdict and per host unit from the figures; with every target met, nothing to review", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Đã chèn trang tính/).waitFor();
    await fillFigures(page);
    await openStep(page, 5);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();

    const verdicts = verdictsOf(FIGURES);
    const count = (word: string): number => Object.values(verdicts).filter((v) => v === word).length;
    const passed = count(WORDS.pass);
    await page.getByText(`${passed}/${INDICATORS.length} chỉ tiêu đạt`, { exact: true }).waitFor();
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll("dl[aria-labelledby=check-verdicts] > div")].map((group) => [
        group.querySelector("dt")?.textContent,
        Number(group.querySelector("dd")?.textContent),
      ]),
    );
    const expected = [WORDS.pass, WORDS.fail, WORDS.notArisen, WORDS.noData, WORDS.invalid]
      .filter((word) => word === WORDS.pass || word === WORDS.fail || count(word) > 0)
      .map((word) => [word, count(word)]);
    expect(shown.sort()).toEqual(expected.sort());
    const units = [...new Set(INDICATORS.map((i) => i.hostUnit))].map((unit) => {
      const hosted = INDICATORS.filter((i) => i.hostUnit === unit);
      return `${unit}: ${hosted.filter((i) => verdicts[i.code] === WORDS.pass).length}/${hosted.length} đạt`;
    });
    const unitLines = await page.getByRole("list", { name: "Theo đơn vị chủ trì" }).getByRole("listitem").allTextContents();
    expect(unitLines.sort()).toEqual(units.sort());

    // Every indicator met: the check leaves nothing to review.
    const allMet: Figures = { ...FIGURES, "III.5": [9, 10], "IV.1": [95, 100], "V.1": [7, 7] };
    expect(Object.values(verdictsOf(allMet)).every((v) => v === WORDS.pass)).toBe(true);
    await fillFigures(page, allMet);
    // The document frame's blank number, date and names are a reminder of the check (people may
    // also write them on paper): filled in from the pane first (its step, after the check's, opened
    // by its heading), nothing is left to review.
    await openSection(page, "Số, ngày và người ký của văn bản");
    await page.getByLabel("Số văn bản", { exact: true }).fill("12");
    await page.getByLabel("Ngày ban hành", { exact: true }).fill("2024-04-05");
    await page.getByLabel("Người lập biểu", { exact: true }).fill("Trần Thị B");
    await page.getByLabel("Người ký", { exact: true }).fill("Nguyễn Văn A");
    await page.getByRole("button", { name: "Ghi vào phụ lục" }).click();
    await message(page, /Đã ghi vào khung văn bản/).waitFor();
    // Written: the frame's step closed to its outcome and opened the portable copy; back to the check.
    expect(await page.getByRole("button", { name: /^Số, ngày và người ký của văn bản/ }).getAttribute("aria-expanded")).toBe("false");
    await openStep(page, 5);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await message(page, "Không có vấn đề nào: bảng đã sẵn sàng để nộp.").waitFor();
    // Nothing to review: the check closed to its outcome and the portable copy is next.
    expect(await stepHeading(page, 6).getAttribute("aria-expanded")).toBe("true");
    await openStep(page, 5);
    await page.getByText(`${INDICATORS.length}/${INDICATORS.length} chỉ tiêu đạt`, { exact: true }).waitFor();
    expect(await page.getByRole("list", { name: "Điểm cần xem lại" }).count()).toBe(0);
    await expectAccessible(page);
    await expectCleanPage(session);
  });

  test("portable copy in values, then formulas: no KPI.* in either copy, the verdicts the figures give", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Đã chèn trang tính/).waitFor();
    await fillFigures(page);
    const verdicts = verdictsOf(FIGURES);
    const copyName = async (): Promise<string> => {
      const done = message(page, /Đã tạo trang “[^”]+”: mở được ở máy không cài phần bổ trợ/).last();
      await done.waitFor();
      return /Đã tạo trang “([^”]+)”/.exec((await done.textContent()) ?? "")![1];
    };

    await openStep(page, 6);
    await page.getByRole("combobox", { name: "Kết quả trong bản nộp" }).selectOption("values");
    await page.getByRole("button", { name: "Chuẩn bị bản nộp", exact: true }).click();
    const values = await copyName();
    expect(await fake<string[]>(page, "return fake.sheetNames()")).toContain(values);
    const valueCells = await sheetContents(page, values);
    expect(valueCells.filter((c) => typeof c === "string" && c.startsWith("="))).toEqual([]);
    for (const { code } of INDICATORS) {
      const cell = cellAddress(rows.indicators.get(code)!, COLUMNS.verdict);
      expect([code, await fake<unknown>(page, "return fake.content(args[0], args[1])", values, cell)]).toEqual([code, verdicts[code]]);
    }
    expect(await fake<unknown>(page, "return fake.content(args[0], args[1])", values, cellAddress(rows.indicators.get("IV.1")!, COLUMNS.result))).toBe(0.93);

    // The copy made, its step closed to its outcome (the download is next): open it again.
    await openStep(page, 6);
    await page.getByRole("combobox", { name: "Kết quả trong bản nộp" }).selectOption("formulas");
    await page.getByRole("button", { name: "Chuẩn bị bản nộp", exact: true }).click();
    await page.getByText(new RegExp(`Đã tạo trang “${values.replace(/[()]/g, "\\$&")} \\(2\\)”`)).waitFor();
    const formulas = await sheetContents(page, `${values} (2)`);
    expect(formulas.filter((c) => typeof c === "string" && /KPI\./i.test(c))).toEqual([]);
    expect(formulas.filter((c) => typeof c === "string" && c.startsWith("=IFERROR(")).length).toBe(INDICATORS.length);
    await expectCleanPage(session);
  });

  test("an older Excel (ExcelApi 1.5): the insert says what it left out, uses native formulas; no highlighting, no copy", async () => {
    const session = await open({ office: "fake", fake: { requirementSets: { ExcelApi: "1.5" } } });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Phiên bản Excel này không hỗ trợ, nên phụ lục chưa có:/).waitFor();
    await message(page, /Kiểm tra dữ liệu nhập/).waitFor();
    await message(page, /Excel này không chạy hàm tùy chỉnh/).waitFor();
    await page.getByText("Xong, có lưu ý").waitFor();
    const result = await fake<string>(page, "return fake.content(args[0], args[1])", SHEET, cellAddress(rows.indicators.get("IV.1")!, COLUMNS.result));
    expect(result).toMatch(/^=IF\(/);

    await openStep(page, 4);
    await page.getByRole("button", { name: "Tô màu kết quả", exact: true }).click();
    await message(page, /chưa hỗ trợ tô màu theo điều kiện \(cần ExcelApi 1\.6\)/).waitFor();
    expect(await fake<number>(page, "return fake.conditionalFormats(args[0])", SHEET)).toBe(0);
    await openStep(page, 6);
    await page.getByRole("button", { name: "Chuẩn bị bản nộp", exact: true }).click();
    await message(page, /chưa hỗ trợ sao chép trang tính \(cần ExcelApi 1\.7\)/).waitFor();
    expect((await fake<string[]>(page, "return fake.sheetNames()")).filter((name) => name.startsWith("Bản nộp"))).toEqual([]);
    await expectAccessible(page);
    await expectCleanPage(session);
  });

  test("insert: the chosen year names the sheet; cancel changes nothing; content in the way (also of a monthly report) and a password each say what to do", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    const sheet2025 = "Phụ lục 2025";
    await openStep(page, 1);
    await page.getByRole("combobox", { name: "Năm" }).selectOption("2025");
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, `Đã chèn trang tính “${sheet2025}”.`).first().waitFor();
    const sheets = await fake<string[]>(page, "return fake.sheetNames()");
    expect(sheets).toContain(sheet2025);

    await openStep(page, 2);
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await page.getByRole("dialog", { name: `Trang tính “${sheet2025}” đã có` }).waitFor();
    await page.getByRole("button", { name: "Hủy", exact: true }).click();
    await message(page, "Đã hủy: sổ làm việc không thay đổi.").waitFor();
    expect(await fake<string[]>(page, "return fake.sheetNames()")).toEqual(sheets);

    // The monthly report where this plain table stands: it would be overwritten.
    const monthlyRadio = page.getByRole("radio", { name: "Báo cáo theo tháng: nhập từng tháng, xem kỳ và lũy kế" });
    await monthlyRadio.check();
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await page.getByRole("dialog", { name: "Sổ đã có báo cáo theo tháng" }).waitFor();
    await page.getByRole("button", { name: "Cập nhật tại chỗ", exact: true }).click();
    await message(page, `Không cập nhật được tại chỗ: trang tính “${sheet2025}” đang chứa nội dung không thuộc báo cáo theo tháng`).waitFor();
    expect(await fake<string[]>(page, "return fake.sheetNames()")).toEqual(sheets);
    await page.getByRole("radio", { name: "Bảng phụ lục (nhập số cả kỳ)" }).check();

    // A note typed over an indicator's STT cell: the update would overwrite it.
    const stt = cellAddress(rows.indicators.get("IV.1")!, COLUMNS.stt);
    await fake(page, "fake.setContents(args[0], args[1], args[2])", sheet2025, stt, "ghi chú của tôi");
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await page.getByRole("button", { name: "Cập nhật tại chỗ", exact: true }).click();
    await message(page, new RegExp(`Không cập nhật được “${sheet2025}”: các ô ${stt} đang chứa nội dung không thuộc phụ lục`)).waitFor();
    expect(await fake<unknown>(page, "return fake.content(args[0], args[1])", sheet2025, stt)).toBe("ghi chú của tôi");

    await fake(page, "fake.setContents(args[0], args[1], args[2])", sheet2025, stt, "");
    await fake(page, "fake.state.protect(args[0], args[1])", sheet2025, "mật khẩu");
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await page.getByRole("button", { name: "Cập nhật tại chỗ", exact: true }).click();
    await message(page, `Trang tính “${sheet2025}” đang được bảo vệ. Hãy bỏ bảo vệ (nút “Bỏ bảo vệ” hoặc Xem lại › Bỏ bảo vệ trang tính) rồi cập nhật lại.`).waitFor();
    await expectAccessible(page);
    await expectCleanPage(session);
  });

  test("monthly report exists: the dialog names its sheets, update keeps the months; a second report on new sheets is the one later actions use", async () => {
    const session = await open({ office: "fake" });
    const { page } = session;
    await page.getByRole("radio", { name: "Báo cáo theo tháng: nhập từng tháng, xem kỳ và lũy kế" }).check();
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Đã chèn báo cáo theo tháng, kỳ báo cáo “Cả năm”/).waitFor();
    const typed: [string, number][] = [
      [monthlyCellAddress("IV.1", "numerator", 1), 19],
      [monthlyCellAddress("IV.1", "denominator", 1), 20],
      [monthlyCellAddress("I.1", "numerator", 2), 4],
    ];
    for (const [address, value] of typed) await fake(page, "fake.setContents(args[0], args[1], args[2])", MONTHLY_SHEET_NAME, address, value);

    await openStep(page, 2);
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Sổ đã có báo cáo theo tháng" });
    await dialog.getByText(`Sổ đã có trang tính “${SHEET}”, “${MONTHLY_SHEET_NAME}” hoặc “${CHART_SHEET_NAME}”`, { exact: false }).waitFor();
    await page.getByRole("button", { name: "Cập nhật tại chỗ", exact: true }).click();
    // The three month cells typed and the period cell.
    await message(page, "Đã cập nhật báo cáo theo tháng (kỳ báo cáo “Cả năm”); giữ nguyên 4 ô số liệu tháng, kỳ báo cáo và ghi chú đã nhập.").waitFor();
    for (const [address, value] of typed) {
      expect(await fake<unknown>(page, "return fake.content(args[0], args[1])", MONTHLY_SHEET_NAME, address)).toBe(value);
    }

    await openStep(page, 2);
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await page.getByRole("button", { name: "Tạo trang tính mới", exact: true }).click();
    const second = { appendix: `${SHEET} (2)`, data: `${MONTHLY_SHEET_NAME} (2)`, chart: `${CHART_SHEET_NAME} (2)` };
    await message(page, `Đã chèn báo cáo theo tháng, kỳ báo cáo “Cả năm”: trang “${second.data}” để nhập số liệu từng tháng`).waitFor();
    await message(page, /bắt đầu bằng KPI2_\./).waitFor();
    expect(await fake<string[]>(page, "return fake.sheetNames()")).toEqual(expect.arrayContaining(Object.values(second)));

    // Later actions use the second report: its period cell, its data sheet.
    await openStep(page, 1);
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption({ label: "Tháng 1" });
    await page.getByRole("button", { name: "Đổi kỳ báo cáo", exact: true }).click();
    await message(page, "Đã đổi kỳ báo cáo thành “Tháng 1”; số liệu đã nhập không thay đổi.").waitFor();
    expect(await fake<unknown>(page, "return fake.content(args[0], args[1])", second.appendix, PERIOD_CELLS.period)).toBe("Tháng 1");
    expect(await fake<unknown>(page, "return fake.content(args[0], args[1])", SHEET, PERIOD_CELLS.period)).toBe("Cả năm");
    await openStep(page, 5);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const missing = page.getByRole("button", { name: /^Cần xem lại: IV\.1: thiếu số liệu tháng 1/ });
    await missing.waitFor();
    expect(await missing.textContent()).toContain(`trên trang “${second.data}”`);
    await expectAccessible(page);
    await expectCleanPage(session);
  });

  test("monthly report on an older Excel (ExcelApi 1.7): native formulas, text bars instead of the chart, what was left out", async () => {
    const session = await open({ office: "fake", fake: { requirementSets: { ExcelApi: "1.7" } } });
    const { page } = session;
    await page.getByRole("radio", { name: "Báo cáo theo tháng: nhập từng tháng, xem kỳ và lũy kế" }).check();
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await message(page, /Excel này không chạy hàm tùy chỉnh/).waitFor();
    await message(page, `Excel này không vẽ được biểu đồ (cần ExcelApi 1.8), nên trang “${CHART_SHEET_NAME}” thể hiện kết quả bằng thanh ký tự.`).waitFor();
    await message(page, /nên phụ lục chưa có: .*Kiểm tra dữ liệu nhập/).waitFor();
    expect(await fake<string[]>(page, "return fake.charts(args[0])", CHART_SHEET_NAME)).toEqual([]);
    const verdict = await fake<string>(page, "return fake.content(args[0], args[1])", SHEET, cellAddress(rows.indicators.get("IV.1")!, COLUMNS.verdict));
    expect(verdict).not.toMatch(/KPI\./);
    await expectAccessible(page);
    await expectCleanPage(session);
  });
});
