/** @jest-environment jsdom */
/**
 * The pane's "Hỗ trợ" section: the self-test button and its report, the support information with
 * "Sao chép" (and its fallback when the clipboard is refused), outside Excel, and in English.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { LOCALE_EN, createFakeActions, deferred, officeError, selfTestReport } from "./fakeActions";
import { registerLocale } from "../../src/taskpane/strings";
import type { SelfTestReport } from "../../src/taskpane/actions";
import { openSupport, statusRead, supportButton } from "./steps";
import { renderPane } from "./renderPane";

/** The pane with its "Hỗ trợ" section opened (closed until the user opens it). */
async function setup(host: "excel" | "preview" = "excel", language: "vi" | "en" = "vi") {
  const { actions, user } = await renderPane(language, host);
  await openSupport(user);
  return { actions, user };
}

const supportText = async (label = "Thông tin hỗ trợ (chỉ đọc)"): Promise<HTMLTextAreaElement> =>
  (await screen.findByRole("textbox", { name: label })) as HTMLTextAreaElement;

describe("the “Hỗ trợ” section", () => {
  test("is closed at first, after the steps; its heading opens and closes it from the keyboard", async () => {
    const actions = createFakeActions("excel");
    const user = userEvent.setup();
    render(<App actions={actions} language="vi" />);
    await statusRead();
    const heading = supportButton();
    expect(heading.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: "Tự kiểm tra" })).toBeNull();
    // The pane's last button: after the seven steps.
    expect(screen.getAllByRole("button").at(-1)).toBe(heading);
    heading.focus();
    await user.keyboard("{Enter}");
    expect(heading.getAttribute("aria-expanded")).toBe("true");
    expect(await screen.findByRole("button", { name: "Tự kiểm tra" }, { timeout: 10_000 })).toBeTruthy();
    await user.keyboard(" ");
    expect(heading.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: "Tự kiểm tra" })).toBeNull();
    expect(actions.selfTest).not.toHaveBeenCalled();
    // The steps are left as they were: step 2 (no appendix yet) is still the open one.
    expect(screen.getByRole("button", { name: /^2\. / }).getAttribute("aria-expanded")).toBe("true");
  });
});

describe("Tự kiểm tra", () => {
  test("runs on click, keeps the pane's other actions waiting meanwhile, and lists every step", async () => {
    const { actions, user } = await setup();
    const pending = deferred<SelfTestReport>();
    actions.selfTest.mockImplementation(() => pending.promise);
    // The section is a lazy chunk: the first test of the file pays for loading it.
    await user.click(await screen.findByRole("button", { name: "Tự kiểm tra" }, { timeout: 10_000 }));
    expect(screen.getByRole("progressbar", { name: "Đang tự kiểm tra… (vài giây)" })).toBeTruthy();
    // The pane waits: another action does nothing while the self-test runs.
    await user.click(screen.getByRole("button", { name: "Chèn phụ lục" }));
    expect(actions.insert).not.toHaveBeenCalled();

    pending.resolve(selfTestReport());
    expect(await screen.findByText("Phần bổ trợ hoạt động đúng trong Excel này: 10/10 bước đạt.")).toBeTruthy();
    const steps = within(screen.getByRole("list", { name: "Kết quả tự kiểm tra" })).getAllByRole("listitem");
    expect(steps).toHaveLength(10);
    expect(steps[0].textContent).toBe("Đạt: Chèn phụ lục với các hàm KPI.* (0,1 giây)");
    expect(actions.selfTest).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Chèn phụ lục" }));
    expect(actions.insert).toHaveBeenCalledTimes(1);
    // The insert done, its step closes and the next opens; "Hỗ trợ" and its report stay.
    await waitFor(() => expect(screen.getByRole("button", { name: /^3\. / }).getAttribute("aria-expanded")).toBe("true"));
    expect(supportButton().getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("list", { name: "Kết quả tự kiểm tra" })).toBeTruthy();
  });

  test("a failed step says which cell shows what, and what the rules give; a skipped one which set it needs", async () => {
    const { actions, user } = await setup();
    actions.selfTest.mockResolvedValue(
      selfTestReport({
        calculateKpi: {
          status: "failed",
          problem: {
            kind: "mismatch",
            total: 2,
            mismatches: [
              { code: "IV.1", part: "result", cell: "'KPI Tự kiểm tra K7QF'!I18", expected: { kind: "number", value: 0.94995 }, found: 0.5 },
              { code: "I.3", part: "verdict", cell: "'KPI Tự kiểm tra K7QF'!J10", expected: { kind: "text", value: "Không phát sinh" }, found: "#NAME?" },
            ],
          },
        },
        portable: { status: "skipped", requirement: { set: "ExcelApi", version: "1.7" } },
        period: { status: "failed", problem: { kind: "notCalculated", waitedMs: 3550, mismatches: [], total: 0 } },
      }),
    );
    await user.click(await screen.findByRole("button", { name: "Tự kiểm tra" }));
    expect(await screen.findByText(/Có 2 bước lỗi\. Bấm “Sao chép”/)).toBeTruthy();
    expect(
      screen.getByText(
        "2 ô cho kết quả khác quy tắc. Ví dụ: 'KPI Tự kiểm tra K7QF'!I18 (IV.1, Kết quả): Excel cho 0,5, đúng là 0,94995; 'KPI Tự kiểm tra K7QF'!J10 (I.3, Đánh giá): Excel cho “#NAME?”, đúng là “Không phát sinh”",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Excel này chưa hỗ trợ ExcelApi 1.7.")).toBeTruthy();
    expect(screen.getByText(/^Excel chưa tính xong sau 3,6 giây chờ/)).toBeTruthy();
    const text = (await supportText()).value;
    expect(text).toContain("4. Excel tính các hàm KPI.* đúng quy tắc: Lỗi (0,1 giây)");
    expect(text).toContain("   2 ô cho kết quả khác quy tắc.");
    expect(text).toContain("9. Bản nộp chỉ dùng công thức thông thường, cho cùng kết quả: Bỏ qua (0,1 giây)");
    expect(text).toMatch(/Tự kiểm tra lúc .+: 7 đạt, 2 lỗi, 1 bỏ qua; tổng 1,5 giây/);
  });

  test("says which temporary sheets are left when Excel could not delete them", async () => {
    const { actions, user } = await setup();
    const report = selfTestReport();
    actions.selfTest.mockResolvedValue({
      ...report,
      cleanup: { complete: false, sheetsLeft: ["KPI Tự kiểm tra K7QF"], namesLeft: 3, error: { code: "AccessDenied", message: "Denied" } },
    });
    await user.click(await screen.findByRole("button", { name: "Tự kiểm tra" }));
    const summary = await screen.findByRole("status", { name: "Xong, có lưu ý" });
    expect(summary.textContent).toMatch(/10\/10 bước đạt\. Chưa xóa được các trang tính tạm: “KPI Tự kiểm tra K7QF”\./);
    expect((await supportText()).value).toContain("Còn 3 tên tạm (bắt đầu bằng KPITEST_)");
  });

  test("an error before any step (Excel busy) is explained in words", async () => {
    const { actions, user } = await setup();
    actions.selfTest.mockRejectedValue(officeError("InvalidOperationInCellEditMode"));
    await user.click(await screen.findByRole("button", { name: "Tự kiểm tra" }));
    expect(await screen.findByText(/Một ô đang được sửa/)).toBeTruthy();
  });
});

describe("Thông tin hỗ trợ", () => {
  test("holds Office's host, platform, version, language, the requirement sets and the add-in's build", async () => {
    await setup();
    const text = (await supportText()).value.split("\n");
    expect(text).toEqual([
      "Thông tin hỗ trợ – phần bổ trợ Chỉ tiêu cải cách TTHC 2024",
      "Phần bổ trợ: phiên bản 1.0.0, bản dựng abc1234",
      "Office: Excel, nền tảng PC, phiên bản 16.0.17328.20108, ngôn ngữ hiển thị vi-VN",
      "Bộ yêu cầu hỗ trợ: ExcelApi 1.17; CustomFunctionsRuntime 1.4; SharedRuntime 1.1",
      "Tự kiểm tra: chưa chạy",
    ]);
  });

  test("“Sao chép” puts the text on the clipboard", async () => {
    const { user } = await setup();
    const writeText = jest.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole("button", { name: "Sao chép" }));
    expect(await screen.findByText(/Đã sao chép thông tin hỗ trợ\./)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith((await supportText()).value);
  });

  test("when the clipboard is refused, the text is selected for Ctrl+C", async () => {
    const { user } = await setup();
    const writeText = jest.fn(() => Promise.reject(new DOMException("Denied", "NotAllowedError")));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole("button", { name: "Sao chép" }));
    expect(await screen.findByText(/Đoạn văn đã được chọn sẵn: hãy nhấn Ctrl\+C/)).toBeTruthy();
    const area = await supportText();
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
  });
});

describe("outside Excel and in English", () => {
  test("the preview says the self-test runs only in Excel, and still shows the add-in's build", async () => {
    const { actions } = await setup("preview");
    expect(await screen.findByText("Tự kiểm tra chỉ chạy khi phần bổ trợ được mở trong Excel.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tự kiểm tra" })).toBeNull();
    expect((await supportText()).value).toContain("Phần bổ trợ: phiên bản 1.0.0, bản dựng abc1234");
    expect(actions.selfTest).not.toHaveBeenCalled();
  });

  test("English Excel gets the section in English", async () => {
    registerLocale(LOCALE_EN);
    const { user } = await setup("excel", "en");
    await user.click(await screen.findByRole("button", { name: "Self-test" }));
    expect(await screen.findByText("The add-in works in this Excel: 10/10 steps passed.")).toBeTruthy();
    await waitFor(async () => expect((await supportText("Support information (read-only)")).value).toMatch(/Self-test at .+: 10 passed, 0 failed, 0 skipped/));
  });
});
