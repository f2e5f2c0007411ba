/**
 * End-to-end: next year's plan in the production pane, in headless Chromium against the scripted
 * Excel host. The 2025 plan file is chosen through the file input, as a user picks it; a broken
 * one is refused with every problem by field; the appendix is inserted for the plan chosen and the
 * workbook carries that plan on its very hidden sheet.
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import * as path from "node:path";
import { COLUMNS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { cellAddress } from "../../src/domain/layout/a1";
import { PLAN_SHEET_NAME } from "../../src/domain/plan/embeddedPlan";
import { planFromFile } from "../../src/domain/plan/plan";
import type { PlanFile } from "../../src/domain/plan/planFile";
import { axeViolations, cspViolations, fakeHost, openSection, paneSuite, screenshot } from "./harness";

jest.setTimeout(90_000);

const FIXTURE = path.join(__dirname, "../fixtures/kpi-plan-2025.json");
const PLAN_2025 = planFromFile(JSON.parse(readFileSync(FIXTURE, "utf8")) as PlanFile);

const suite = paneSuite();

const fake = fakeHost;

describe("Kế hoạch in the pane", () => {
  test("a broken plan file is refused by field; the 2025 plan file is taken, and the appendix inserted for it carries it", async () => {
    const broken = JSON.parse(readFileSync(FIXTURE, "utf8")) as { sections: { indicators: { target: { percent: number } }[] }[] };
    broken.sections[0].indicators[0].target.percent = 150;
    const brokenFile = path.join(suite.dir, "ke-hoach-sai.json");
    await writeFile(brokenFile, JSON.stringify(broken));

    const session = await suite.open({ office: "fake" });
    const { page } = session;
    await openSection(page, "1. ");
    const picker = page.getByRole("group", { name: "Kế hoạch" });
    await picker.getByRole("radio", { name: "Kế hoạch có sẵn (năm 2024)" }).waitFor();

    await picker.getByLabel("Mở tệp kế hoạch…").setInputFiles(brokenFile);
    const alert = picker.getByRole("alert");
    await alert.getByText("Không dùng được tệp “ke-hoach-sai.json” (1 lỗi).", { exact: false }).waitFor();
    await alert.getByText(/^sections\[0\]\.indicators\[0\]\.target\.percent: /).waitFor();
    expect(await picker.getByRole("radio", { name: "Kế hoạch có sẵn (năm 2024)" }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await picker.getByLabel("Mở tệp kế hoạch…").setInputFiles(FIXTURE);
    const chosen = picker.getByRole("radio", { name: "Kế hoạch năm 2025, số 05/KH-SDL: 11 chỉ tiêu, tệp “kpi-plan-2025.json”." });
    await chosen.waitFor();
    expect(await chosen.isChecked()).toBe(true);
    expect(await picker.getByRole("alert").count()).toBe(0);
    // The year follows the plan; "my unit" offers the plan's host units (one renamed in 2025).
    expect(await page.getByRole("combobox", { name: "Năm" }).inputValue()).toBe("2025");
    const units = await page.getByRole("combobox", { name: "Đơn vị của tôi" }).locator("option").allTextContents();
    expect(units).toContain("Phòng Thanh tra - Pháp chế");
    expect(units).not.toContain("Thanh tra Sở");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "excel-plan-2025-chosen");

    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await page.getByText(/Đã chèn trang tính “Phụ lục 2025”/).first().waitFor();
    expect(await fake<string[]>(page, "return fake.sheetNames()")).toContain(PLAN_SHEET_NAME);
    const rows = appendixRows(PLAN_2025);
    const nameOf = (code: string) => fake<unknown>(page, "return fake.content(args[0], args[1])", "Phụ lục 2025", cellAddress(rows.indicators.get(code)!, COLUMNS.name));
    expect(String(await nameOf("I.4"))).toMatch(/^Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình/);
    // III.2 of 2025 is the renumbered PUBLISHED indicator, not 2024's III.2.
    expect(String(await nameOf("III.2")).startsWith(PLAN_2025.indicators.find((i) => i.code === "III.2")!.name)).toBe(true);

    // The status strip lists the workbook's own indicators, I.4 among them.
    await page.getByRole("list", { name: "Đánh giá từng chỉ tiêu" }).getByRole("button", { name: /^I\.4 / }).waitFor();
    expect(await cspViolations(session)).toEqual([]);
    expect(session.problems.pageErrors).toEqual([]);
  });

  test("a 2024 workbook moves to the 2025 plan in place: shared figures follow their indicator, the dropped one's figures are shown before it goes", async () => {
    const session = await suite.open({ office: "fake" });
    const { page } = session;
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    await page.getByText(/Đã chèn trang tính “Phụ lục 2024”/).first().waitFor();
    const rows2024 = appendixRows();
    const put = (code: string, column: number, value: unknown) =>
      fake(page, "fake.setContents(args[0], args[1], args[2])", "Phụ lục 2024", cellAddress(rows2024.indicators.get(code)!, column), value);
    // 2024's III.3 (PUBLISHED) becomes 2025's III.2; 2024's III.2 (REUSE) is dropped, and holds figures.
    await put("III.3", COLUMNS.numerator, 37);
    await put("III.3", COLUMNS.denominator, 40);
    await put("III.3", COLUMNS.note, "Đã công khai trên Cổng");
    await put("III.2", COLUMNS.numerator, 5);
    await put("III.2", COLUMNS.denominator, 9);

    await openSection(page, "1. ");
    await page.getByRole("group", { name: "Kế hoạch" }).getByLabel("Mở tệp kế hoạch…").setInputFiles(FIXTURE);
    await page.getByRole("radio", { name: /^Kế hoạch năm 2025/ }).waitFor();
    await openSection(page, "2. ");
    await page.getByRole("button", { name: "Chèn phụ lục", exact: true }).click();
    const ask = page.getByRole("dialog", { name: /Chuyển “Phụ lục 2024” sang kế hoạch năm 2025/ });
    await ask.getByRole("button", { name: "Cập nhật tại chỗ" }).click();
    // The dropped indicator holds figures: asked again, its figures shown to copy.
    await page.getByText(/b = 5; a = 9/).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("dialog").getByRole("button", { name: "Cập nhật tại chỗ" }).click();
    await page.getByText(/Đã chuyển bảng sang kế hoạch năm 2025/).first().waitFor();

    const rows2025 = appendixRows(PLAN_2025);
    const at = (code: string, column: number) =>
      fake<unknown>(page, "return fake.content(args[0], args[1])", "Phụ lục 2024", cellAddress(rows2025.indicators.get(code)!, column));
    expect([await at("III.2", COLUMNS.numerator), await at("III.2", COLUMNS.denominator), await at("III.2", COLUMNS.note)]).toEqual([37, 40, "Đã công khai trên Cổng"]);
    expect([await at("I.4", COLUMNS.numerator), await at("I.4", COLUMNS.denominator)]).toEqual(["", ""]);
    expect(await cspViolations(session)).toEqual([]);
    expect(session.problems.pageErrors).toEqual([]);
  });
});
