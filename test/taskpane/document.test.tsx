/** @jest-environment jsdom */
/**
 * The pane's document frame fields and the summary for the written report: what reaches the
 * actions, what the user reads, the copy and its fallback where the clipboard is refused.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { INDICATORS } from "../../src/domain/catalog";
import type { CheckResult } from "../../src/taskpane/actions";
import { LOCALE_EN, checkResult, officeError } from "./fakeActions";
import { registerLocale } from "../../src/taskpane/strings";
import { openSection, openStep } from "./steps";
import { renderPane } from "./renderPane";

/** The pane once it has read the sheet (no appendix yet: step 2 is open). */
const setup = (language: "vi" | "en" = "vi") => renderPane(language);

/** The document frame's step: its own, after the check's, closed until its heading opens it. */
const DOCUMENT = "Số, ngày và người ký của văn bản";

/** Opens the document frame's step; its form is a chunk of its own, loaded when first opened. */
async function openDocument(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await openSection(user, DOCUMENT);
  await screen.findByRole("button", { name: "Ghi vào phụ lục" });
}

/** A check of the plain table: IV.1 missed (187/200) with its explanation, two indicators with nothing arisen. */
function checked(): CheckResult {
  const indicators = INDICATORS.map((i) => {
    if (i.code === "IV.1") {
      return { code: i.code, hostUnit: i.hostUnit, verdict: "fail" as const, ratio: 0.935, numerator: 187, denominator: 200, note: "Hồ sơ phải xác minh" };
    }
    if (i.code === "III.4" || i.code === "V.1") return { code: i.code, hostUnit: i.hostUnit, verdict: "notApplicable" as const };
    return { code: i.code, hostUnit: i.hostUnit, verdict: "pass" as const, ratio: i.target.fraction };
  });
  return checkResult({ indicators, year: 2024 });
}

const PARAGRAPH =
  "Kết quả thực hiện 11 chỉ tiêu cải cách TTHC gắn với chuyển đổi số Quý I năm 2024: 8 chỉ tiêu đạt, 1 chỉ tiêu không đạt " +
  "(IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,50%, chỉ tiêu tối thiểu 95%; 13 hồ sơ trễ hạn; nguyên nhân: Hồ sơ phải xác minh), " +
  "2 chỉ tiêu không phát sinh.";

/**
 * The summary's own section: "Sao chép" is also the support information's button (Hỗ trợ), so the
 * summary's is found inside its section.
 */
const summarySection = (name = "Đoạn tóm tắt cho báo cáo") => within(screen.getByRole("region", { name }));

async function chooseQuarter(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await openStep(user, 1);
  await user.selectOptions(screen.getByRole("combobox", { name: /Kỳ báo cáo/ }), "Q1");
}

describe("the document frame's fields", () => {
  test("are written into the appendix with the insert, with the unit, and on their own button", async () => {
    const { actions, user } = await setup();
    await openStep(user, 1);
    await user.selectOptions(screen.getByRole("combobox", { name: /Đơn vị của tôi/ }), "Phòng Quản lý Du lịch");
    await openDocument(user);
    await user.type(screen.getByRole("textbox", { name: "Số văn bản" }), "12");
    await user.type(screen.getByLabelText("Ngày ban hành"), "2024-04-05");
    await user.type(screen.getByRole("textbox", { name: "Người ký" }), "Nguyễn Văn A");
    await user.type(screen.getByRole("textbox", { name: "Nơi nhận" }), "Văn phòng Sở{enter}Lưu hồ sơ");
    await user.click(screen.getByRole("button", { name: "Chèn phụ lục" }));
    expect(actions.insert).toHaveBeenCalledWith(
      expect.objectContaining({
        choice: expect.objectContaining({ myUnit: "Phòng Quản lý Du lịch" }),
        document: { number: "12", date: "2024-04-05", signer: "Nguyễn Văn A", recipients: "Văn phòng Sở\nLưu hồ sơ" },
      }),
    );
    // The insert opened step 3; the fields are kept while their step is closed.
    await openDocument(user);
    expect((screen.getByRole("textbox", { name: "Số văn bản" }) as HTMLInputElement).value).toBe("12");
    await user.click(screen.getByRole("button", { name: "Ghi vào phụ lục" }));
    expect(actions.fillDocument).toHaveBeenCalledWith(expect.objectContaining({ document: expect.objectContaining({ number: "12" }) }));
    expect(await screen.findByText("Đã ghi vào khung văn bản: số văn bản, ngày ban hành, người ký, nơi nhận.")).toBeTruthy();
    // Written: the step closed to that line, and the copy to hand in is next.
    expect(screen.getByRole("button", { name: new RegExp(`^${DOCUMENT}`) }).getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByRole("button", { name: /^6\. / }).getAttribute("aria-expanded")).toBe("true");
  });

  test("say what to do when the appendix has no frame, or when nothing is filled in", async () => {
    const { actions, user } = await setup();
    await openDocument(user);
    actions.fillDocument.mockResolvedValueOnce({ status: "nothingToWrite", written: [], skipped: [] });
    await user.click(screen.getByRole("button", { name: "Ghi vào phụ lục" }));
    expect(await screen.findByText("Chưa điền thông tin nào để ghi.")).toBeTruthy();
    actions.fillDocument.mockResolvedValueOnce({ status: "frameMissing", written: [], skipped: ["number"] });
    await user.click(screen.getByRole("button", { name: "Ghi vào phụ lục" }));
    expect(await screen.findByText(/chưa có khung văn bản.*Cập nhật tại chỗ/)).toBeTruthy();
    actions.fillDocument.mockRejectedValueOnce(officeError("InvalidArgument"));
    await user.click(screen.getByRole("button", { name: "Ghi vào phụ lục" }));
    expect(await screen.findByRole("alert")).toBeTruthy();
  });
});

describe("the summary for the written report", () => {
  test("follows the check, in the document's Vietnamese, and is copied with Sao chép", async () => {
    const { actions, user } = await setup();
    await chooseQuarter(user);
    actions.check.mockResolvedValueOnce(checked());
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const box = await screen.findByRole("textbox", { name: "Đoạn tóm tắt kết quả thực hiện" });
    expect((box as HTMLTextAreaElement).value).toBe(PARAGRAPH);
    await user.click(summarySection().getByRole("button", { name: "Sao chép" }));
    expect(actions.copyText).toHaveBeenCalledWith(PARAGRAPH);
    expect(await screen.findByText(/Đã sao chép đoạn tóm tắt/)).toBeTruthy();
  });

  test("selects the text for Ctrl+C where the clipboard is refused", async () => {
    const { actions, user } = await setup();
    await chooseQuarter(user);
    actions.check.mockResolvedValueOnce(checked());
    actions.copyText.mockRejectedValueOnce(new DOMException("Write permission denied.", "NotAllowedError"));
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const box = (await screen.findByRole("textbox", { name: "Đoạn tóm tắt kết quả thực hiện" })) as HTMLTextAreaElement;
    await user.click(summarySection().getByRole("button", { name: "Sao chép" }));
    expect(await screen.findByText(/đoạn văn đã được chọn sẵn, hãy nhấn Ctrl\+C/)).toBeTruthy();
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, PARAGRAPH.length]);
  });

  test("keeps the document's Vietnamese in English Excel; the pane's words are English", async () => {
    registerLocale(LOCALE_EN);
    const { actions, user } = await setup("en");
    await openStep(user, 1);
    await user.selectOptions(screen.getByRole("combobox", { name: /Reporting period/ }), "Q1");
    actions.check.mockResolvedValueOnce(checked());
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Check" }));
    const box = (await screen.findByRole("textbox", { name: "Summary of the results" })) as HTMLTextAreaElement;
    expect(box.value).toBe(PARAGRAPH);
    expect(summarySection("Summary for the written report").getByRole("button", { name: "Copy" })).toBeTruthy();
  });

  test("is not shown when the check found no table", async () => {
    const { actions, user } = await setup();
    actions.check.mockResolvedValueOnce(checkResult({ mode: undefined, findings: [] }));
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("8/11 chỉ tiêu đạt");
    expect(screen.queryByRole("textbox", { name: "Đoạn tóm tắt kết quả thực hiện" })).toBeNull();
  });
});
