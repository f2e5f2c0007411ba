/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { Finding } from "../../src/domain/check";
import { NotAvailableError } from "../../src/taskpane/actions";
import { explainError } from "../../src/taskpane/explainError";
import { createPreviewActions } from "../../src/taskpane/previewActions";
import { registerLocale } from "../../src/taskpane/strings";
import { paneVi } from "../../src/i18n/vi/pane";
import { LOCALE_EN, MONTHLY_SHEETS, SHEET, checkResult, monthlyInsertResult } from "./fakeActions";
import { openStep } from "./steps";
import { renderPane } from "./renderPane";

registerLocale(LOCALE_EN);

const setup = (language: "vi" | "en" = "vi") => renderPane(language);

const PLAIN = "Bảng phụ lục (nhập số cả kỳ)";
const MONTHLY = "Báo cáo theo tháng: nhập từng tháng, xem kỳ và lũy kế";
const insertButton = () => screen.getByRole("button", { name: "Chèn phụ lục" });

/** Findings of the monthly data sheet, as checkMonthlyData gives them. */
const MONTHLY_FINDINGS: readonly Finding[] = [
  {
    kind: "monthlyDataInvalid",
    severity: "error",
    code: "IV.1",
    address: "D26",
    params: { sheet: MONTHLY_SHEETS.data, part: "numerator", problem: "numeratorAboveDenominator", months: [1] },
  },
  {
    kind: "monthlyDataMissing",
    severity: "warning",
    code: "I.1",
    address: "D8",
    params: { sheet: MONTHLY_SHEETS.data, part: "bothInputs", months: [1, 2, 3] },
  },
];

describe("choosing what to insert", () => {
  test("the plain table is the default; the choice is a labelled radio group", async () => {
    await setup();
    const group = screen.getByRole("group", { name: "Loại bảng cần chèn" });
    expect((within(group).getByRole("radio", { name: PLAIN }) as HTMLInputElement).checked).toBe(true);
    expect((within(group).getByRole("radio", { name: MONTHLY }) as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText(/Chèn ba trang tính/)).toBeNull();
  });

  test("the plain choice inserts the appendix, as before", async () => {
    const { actions, user } = await setup();
    await user.click(insertButton());
    expect(actions.insert).toHaveBeenCalledTimes(1);
    expect(actions.insertMonthly).not.toHaveBeenCalled();
  });

  test("the monthly report goes in with the period chosen in step 1, and says where to enter what", async () => {
    const { actions, user } = await setup();
    await openStep(user, 1);
    await user.selectOptions(screen.getByRole("combobox", { name: "Kỳ báo cáo" }), "Quý II");
    await user.click(screen.getByRole("radio", { name: MONTHLY }));
    expect(screen.getByText(/Chèn ba trang tính/)).toBeTruthy();
    await user.click(insertButton());
    expect(actions.insertMonthly).toHaveBeenCalledWith({
      choice: { year: 2024, myUnit: null, period: { kind: "quarter", quarter: 2 } },
      ifExists: "ask",
    });
    expect(actions.insert).not.toHaveBeenCalled();
    expect(
      await screen.findByText(
        /Đã chèn báo cáo theo tháng, kỳ báo cáo “Quý II”: trang “Số liệu theo tháng” để nhập số liệu từng tháng, trang “Phụ lục 2024” tính kết quả của kỳ và lũy kế từ đầu năm, trang “Biểu đồ lũy kế” có biểu đồ lũy kế\./,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Tiếp theo: nhập tử số \(b\) và mẫu số \(a\) của từng tháng vào các ô nền vàng trên trang “Số liệu theo tháng”/)).toBeTruthy();
    await openStep(user, 2);
    expect(screen.getByText("Xong")).toBeTruthy();
  });

  test("while it runs, the spinner says a monthly report is going in", async () => {
    const { actions, user } = await setup();
    let resolve!: (value: ReturnType<typeof monthlyInsertResult>) => void;
    actions.insertMonthly.mockReturnValueOnce(new Promise((done) => (resolve = done)));
    await user.click(screen.getByRole("radio", { name: MONTHLY }));
    await user.click(insertButton());
    expect(screen.getByRole("progressbar", { name: "Đang chèn báo cáo theo tháng…" })).toBeTruthy();
    resolve(monthlyInsertResult());
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });
});

describe("when the monthly report's sheets exist", () => {
  test("the dialog names the three sheets; update keeps the months", async () => {
    const { actions, user } = await setup();
    actions.insertMonthly
      .mockResolvedValueOnce(monthlyInsertResult({ status: "exists" }))
      .mockResolvedValueOnce(monthlyInsertResult({ status: "updated", kept: 40 }));
    await user.click(screen.getByRole("radio", { name: MONTHLY }));
    await user.click(insertButton());
    const dialog = await screen.findByRole("dialog", { name: "Sổ đã có báo cáo theo tháng" });
    expect(within(dialog).getByText(/Sổ đã có trang tính “Phụ lục 2024”, “Số liệu theo tháng” hoặc “Biểu đồ lũy kế”/)).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Cập nhật tại chỗ" }));
    await waitFor(() => expect(actions.insertMonthly).toHaveBeenCalledTimes(2));
    expect(actions.insertMonthly.mock.calls[1][0].ifExists).toBe("update");
    expect(actions.insert).not.toHaveBeenCalled();
    expect(await screen.findByText(/Đã cập nhật báo cáo theo tháng \(kỳ báo cáo “Quý I”\); giữ nguyên 40 ô/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  test("a new report on new sheets: later actions use its names and its data sheet", async () => {
    const { actions, user } = await setup();
    const second = { appendix: "Phụ lục 2024 (2)", data: "Số liệu theo tháng (2)", chart: "Biểu đồ lũy kế (2)" };
    actions.insertMonthly
      .mockResolvedValueOnce(monthlyInsertResult({ status: "exists" }))
      .mockResolvedValueOnce(monthlyInsertResult({ status: "inserted", sheetNames: second, namePrefix: "KPI2" }));
    await user.click(screen.getByRole("radio", { name: MONTHLY }));
    await user.click(insertButton());
    await user.click(await screen.findByRole("button", { name: "Tạo trang tính mới" }));
    await waitFor(() => expect(actions.insertMonthly).toHaveBeenCalledTimes(2));
    expect(actions.insertMonthly.mock.calls[1][0].ifExists).toBe("newSheet");
    expect(await screen.findByText(/bắt đầu bằng KPI2_\./)).toBeTruthy();
    // The status strip reads the new report's names.
    await waitFor(() => expect(actions.readStatus).toHaveBeenLastCalledWith(expect.objectContaining({ namePrefix: "KPI2" })));

    await openStep(user, 1);
    await user.click(screen.getByRole("button", { name: "Đổi kỳ báo cáo" }));
    expect(actions.applyPeriod).toHaveBeenCalledWith(expect.objectContaining({ sheetName: second.appendix, namePrefix: "KPI2" }));
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(actions.check).toHaveBeenCalledWith(
      expect.objectContaining({ sheetName: second.appendix, namePrefix: "KPI2", dataSheetName: second.data }),
    );
  });

  test("inserting the plain table afterwards forgets the monthly data sheet", async () => {
    const { actions, user } = await setup();
    await user.click(screen.getByRole("radio", { name: MONTHLY }));
    await user.click(insertButton());
    await screen.findByText(/Đã chèn báo cáo theo tháng/);
    await openStep(user, 2);
    await user.click(screen.getByRole("radio", { name: PLAIN }));
    await user.click(insertButton());
    await screen.findByText(/Đã chèn trang tính “Phụ lục 2024”\./);
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(actions.check).toHaveBeenCalledWith(expect.objectContaining({ dataSheetName: null }));
  });

  test("sheets holding something else, protected sheets, an old Excel: each says what to do", async () => {
    const { actions, user } = await setup();
    actions.insertMonthly
      .mockResolvedValueOnce(monthlyInsertResult({ status: "conflict", conflicts: [SHEET] }))
      .mockResolvedValueOnce(monthlyInsertResult({ status: "protected" }))
      .mockResolvedValueOnce(monthlyInsertResult({ status: "unsupported" }));
    await user.click(screen.getByRole("radio", { name: MONTHLY }));
    await user.click(insertButton());
    expect(await screen.findByText(/trang tính “Phụ lục 2024” đang chứa nội dung không thuộc báo cáo theo tháng/)).toBeTruthy();
    await user.click(insertButton());
    expect(await screen.findByText(/đang được bảo vệ\. Hãy bỏ bảo vệ/)).toBeTruthy();
    await user.click(insertButton());
    expect(await screen.findByText(/quá cũ để chèn phụ lục \(cần ExcelApi 1\.4\)/)).toBeTruthy();
    expect(screen.getByText("Không thực hiện được")).toBeTruthy();
  });

  test("an older Excel: native formulas, text bars instead of the chart, what was left out", async () => {
    const { actions, user } = await setup();
    actions.insertMonthly.mockResolvedValueOnce(
      monthlyInsertResult({ formulas: "native", chart: false, leftOut: ["customFunctions", "validation"] }),
    );
    await user.click(screen.getByRole("radio", { name: MONTHLY }));
    await user.click(insertButton());
    expect(await screen.findByText(/Excel này không chạy hàm tùy chỉnh/)).toBeTruthy();
    expect(screen.getByText(/trang “Biểu đồ lũy kế” thể hiện kết quả bằng thanh ký tự/)).toBeTruthy();
    expect(screen.getByText(/nên phụ lục chưa có: .*Kiểm tra dữ liệu nhập/)).toBeTruthy();
    expect(screen.getByText("Xong, có lưu ý")).toBeTruthy();
  });
});

describe("checking a monthly report", () => {
  test("the monthly data's findings name their months; clicking one selects its cell on the monthly sheet", async () => {
    const { actions, user } = await setup();
    const base = checkResult();
    actions.check.mockResolvedValueOnce({
      ...base,
      mode: "monthly",
      period: { kind: "quarter", quarter: 1 },
      findings: MONTHLY_FINDINGS,
      summary: { ...base.summary, errors: 1, warnings: 1 },
    });
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const findings = await screen.findByRole("list", { name: "Điểm cần xem lại" });
    const missing = within(findings).getByRole("button", {
      name: /I\.1: thiếu số liệu tháng 1, 2, 3 \(cần đủ số liệu từ tháng 1 đến hết tháng 3 để đánh giá kỳ báo cáo và lũy kế\)\./,
    });
    expect(missing.textContent).toContain("Đến ô D8 trên trang “Số liệu theo tháng”");
    expect(
      within(findings).getByRole("button", { name: /Lỗi: IV\.1: tháng 1 có tử số \(b\) lớn hơn mẫu số \(a\)\./ }),
    ).toBeTruthy();

    await user.click(missing);
    expect(actions.selectFinding).toHaveBeenCalledWith(SHEET, MONTHLY_FINDINGS[1]);
    expect(await screen.findByText("Đã chọn ô D8 trên trang tính “Số liệu theo tháng”.")).toBeTruthy();
  });

  test("without the period (a plain table) the same kinds keep the table's own words", async () => {
    const { actions, user } = await setup();
    actions.check.mockResolvedValueOnce(
      checkResult({ findings: [{ kind: "monthlyDataMissing", severity: "warning", code: "I.1", address: "G8", params: {} }] }),
    );
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const findings = await screen.findByRole("list", { name: "Điểm cần xem lại" });
    const button = within(findings).getByRole("button", { name: /I\.1 Tỷ lệ thanh toán trực tuyến/ });
    expect(button.textContent).toContain("chưa đủ số liệu theo tháng cho kỳ báo cáo.");
    expect(button.textContent).toMatch(/Đến ô G8$/);
  });

  test("in English the months are worded in English", async () => {
    const { actions, user } = await setup("en");
    const base = checkResult();
    actions.check.mockResolvedValueOnce({ ...base, mode: "monthly", period: { kind: "month", month: 3 }, findings: MONTHLY_FINDINGS });
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Check" }));
    expect(
      await screen.findByRole("button", { name: /I\.1: figures missing for month 1, 2, 3 \(months 1 to 3 are needed to judge the report period and the year to date\)\./ }),
    ).toBeTruthy();
  });
});

describe("English and the preview", () => {
  test("the choice reads in English", async () => {
    const { actions, user } = await setup("en");
    const group = screen.getByRole("group", { name: "What to insert" });
    await user.click(within(group).getByRole("radio", { name: /^Monthly report: enter each month once/ }));
    await user.click(screen.getByRole("button", { name: "Insert appendix" }));
    expect(actions.insertMonthly).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Inserted the monthly report, report period “/)).toBeTruthy();
  });

  test("outside Excel the monthly insert is refused with “only in Excel”", async () => {
    const actions = createPreviewActions();
    const refusal = actions.insertMonthly({ choice: { year: 2024, myUnit: null, period: { kind: "year" } }, ifExists: "ask" });
    await expect(refusal).rejects.toBeInstanceOf(NotAvailableError);
    const error = await refusal.catch((e: unknown) => e);
    expect(await explainError(error, paneVi, "vi")).toBe("Chức năng này chỉ dùng được khi mở trong Excel.");
  });
});
