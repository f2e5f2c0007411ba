/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { INDICATORS } from "../../src/domain/catalog";
import { functionHelp } from "../../src/domain/functionHelp";
import type { CheckResult, PortableCopyResult } from "../../src/taskpane/actions";
import { registerLocale } from "../../src/taskpane/strings";
import { FINDINGS, LOCALE_EN, checkResult, deferred, officeError } from "./fakeActions";
import { openStep } from "./steps";
import { renderPane } from "./renderPane";

/** The help panel's example for KPI.ONTIME: IV.1's own b and a on the appendix. */
const ONTIME_EXAMPLE = functionHelp("vi").find((entry) => entry.id === "ONTIME")!.example;

registerLocale(LOCALE_EN);

const setup = (language: "vi" | "en" = "vi") => renderPane(language);

describe("fill: my unit's indicators", () => {
  test("the whole department sees all 11 indicators", async () => {
    const { user } = await setup();
    await openStep(user, 3);
    const list = screen.getByRole("list", { name: "Các chỉ tiêu cần nhập" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(11);
    expect(screen.queryByRole("checkbox", { name: "Chỉ hiện chỉ tiêu của đơn vị tôi" })).toBeNull();
  });

  test("choosing a unit shows only the indicators it hosts; the filter can be turned off", async () => {
    const { user } = await setup();
    await openStep(user, 1);
    await openStep(user, 3);
    await user.selectOptions(screen.getByRole("combobox", { name: "Đơn vị của tôi" }), "Thanh tra Sở");
    const list = () => screen.getByRole("list", { name: "Các chỉ tiêu cần nhập" });
    expect(within(list()).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list()).getByRole("heading", { name: /^III\.4\./ })).toBeTruthy();
    expect(screen.getByText("Thanh tra Sở chủ trì 1 chỉ tiêu:")).toBeTruthy();

    await user.selectOptions(screen.getByRole("combobox", { name: "Đơn vị của tôi" }), "Phòng Quản lý Du lịch");
    const hosted = INDICATORS.filter((i) => i.hostUnit === "Phòng Quản lý Du lịch").map((i) => i.code);
    expect(within(list()).getAllByRole("listitem")).toHaveLength(hosted.length);

    await user.click(screen.getByRole("checkbox", { name: "Chỉ hiện chỉ tiêu của đơn vị tôi" }));
    expect(within(list()).getAllByRole("listitem")).toHaveLength(11);
  });

  test("each indicator says what b and a count and goes to its input cells", async () => {
    const { actions, user } = await setup();
    await openStep(user, 3);
    const item = screen.getByRole("heading", { name: /^IV\.1\./ }).closest("li")!;
    expect(within(item as HTMLElement).getByText(/^Tử số \(b\): /)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Đến ô nhập: chỉ tiêu IV.1" }));
    expect(actions.goToIndicator).toHaveBeenCalledWith(expect.anything(), "IV.1");
    expect(await within(item as HTMLElement).findByText(/Đã chọn ô nhập của chỉ tiêu IV\.1 \(G8:H8\)\./)).toBeTruthy();
  });

  test("protect and unprotect say what they did", async () => {
    const { actions, user } = await setup();
    await openStep(user, 3);
    await user.click(screen.getByRole("button", { name: "Bảo vệ trang tính" }));
    expect(await screen.findByText(/Đã bảo vệ “Phụ lục 2024”/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Bỏ bảo vệ" }));
    expect(await screen.findByText(/Đã bỏ bảo vệ “Phụ lục 2024”\./)).toBeTruthy();
    expect(actions.protect).toHaveBeenCalledTimes(1);
    expect(actions.unprotect).toHaveBeenCalledTimes(1);
  });
});

describe("actions that clear Excel's undo history say so beside their buttons", () => {
  // "Undo support with the Excel JavaScript API": Worksheet.copy and WorksheetProtection.protect /
  // unprotect do not support undo; calling them clears the user's undo stack.
  // Each button in its step (6: the copy to submit, 3: entering figures), opened first.
  test.each([
    ["vi", "Chuẩn bị bản nộp", 6, /tạo bản nộp \(sao chép trang tính\) sẽ xóa lịch sử hoàn tác của Excel/],
    ["vi", "Bảo vệ trang tính", 3, /bảo vệ hoặc bỏ bảo vệ trang tính sẽ xóa lịch sử hoàn tác của Excel/],
    ["vi", "Bỏ bảo vệ", 3, /bảo vệ hoặc bỏ bảo vệ trang tính sẽ xóa lịch sử hoàn tác của Excel/],
    ["en", "Prepare the copy to submit", 6, /making the copy \(a copy of the worksheet\) clears Excel's undo history/],
    ["en", "Protect sheet", 3, /protecting or unprotecting the sheet clears Excel's undo history/],
  ] as const)("%s: “%s”", async (language, name, step, note) => {
    const { user } = await setup(language);
    await openStep(user, step);
    const button = screen.getByRole("button", { name, description: note });
    expect(button).toBeTruthy();
    // The note is on the pane too, before the button is pressed.
    expect(screen.getAllByText(note).length).toBeGreaterThan(0);
  });
});

describe("highlight, portable copy, download", () => {
  test("highlight ends with a message, or says why it could not", async () => {
    const { actions, user } = await setup();
    await openStep(user, 4);
    await user.click(screen.getByRole("button", { name: "Tô màu kết quả" }));
    // Done well, the step closes to its outcome and the check opens.
    expect(await screen.findByText(/Đã tô màu: 44 quy tắc, giữ nguyên 1 quy tắc định dạng của bạn\./)).toBeTruthy();
    actions.highlight.mockResolvedValueOnce({ status: "unsupported", sheetName: "Phụ lục 2024", rules: 0, replaced: 0, kept: 0 });
    await openStep(user, 4);
    await user.click(screen.getByRole("button", { name: "Tô màu kết quả" }));
    expect(await screen.findByText(/chưa hỗ trợ tô màu theo điều kiện \(cần ExcelApi 1\.6\)/)).toBeTruthy();
  });

  test("the portable copy shows progress, then the sheet to send, in the chosen mode", async () => {
    const { actions, user } = await setup();
    const pending = deferred<PortableCopyResult>();
    actions.portableCopy.mockReturnValueOnce(pending.promise);
    await openStep(user, 6);
    await user.selectOptions(screen.getByRole("combobox", { name: "Kết quả trong bản nộp" }), "values");
    await user.click(screen.getByRole("button", { name: "Chuẩn bị bản nộp" }));
    expect(screen.getByRole("progressbar", { name: "Đang tạo bản nộp…" })).toBeTruthy();
    expect(actions.portableCopy).toHaveBeenCalledWith(expect.objectContaining({ mode: "values" }));
    pending.resolve({
      status: "created",
      sourceSheet: "Phụ lục 2024",
      sheetName: "Bản nộp Quý I-2024",
      mode: "values",
      cellsWritten: 22,
      frozen: [],
      translated: [],
      rulesAdded: 0,
    });
    expect(await screen.findByText(/Đã tạo trang “Bản nộp Quý I-2024”: mở được ở máy không cài phần bổ trợ\./)).toBeTruthy();
  });

  test("the report period is written into the workbook on request", async () => {
    const { actions, user } = await setup();
    await openStep(user, 1);
    await user.selectOptions(screen.getByRole("combobox", { name: "Kỳ báo cáo" }), "9 tháng");
    await user.click(screen.getByRole("button", { name: "Đổi kỳ báo cáo" }));
    expect(actions.applyPeriod).toHaveBeenCalledWith(
      expect.objectContaining({ choice: expect.objectContaining({ period: { kind: "nineMonths" } }) }),
    );
    expect(await screen.findByText("Đã đổi kỳ báo cáo thành “9 tháng”; số liệu đã nhập không thay đổi.")).toBeTruthy();
    actions.applyPeriod.mockResolvedValueOnce({ status: "notFound", period: { kind: "nineMonths" } });
    await user.click(screen.getByRole("button", { name: "Đổi kỳ báo cáo" }));
    expect(await screen.findByText(/Sổ làm việc chưa có ô Kỳ báo cáo/)).toBeTruthy();
  });

  test("download says where the file went", async () => {
    const { user } = await setup();
    await openStep(user, 7);
    await user.click(screen.getByRole("button", { name: "Tải sổ làm việc" }));
    expect(await screen.findByText(/Đã tải tệp “PhuLuc-2024\.xlsx” \(20 KB\)/)).toBeTruthy();
  });

  test("an error other than Excel's still says what to do", async () => {
    const { actions, user } = await setup();
    actions.downloadWorkbook.mockRejectedValueOnce(new Error("Out of memory"));
    await openStep(user, 7);
    await user.click(screen.getByRole("button", { name: "Tải sổ làm việc" }));
    expect(await screen.findByText(/Đã xảy ra lỗi: Out of memory\. Hãy thử lại/)).toBeTruthy();
  });
});

describe("check before submission", () => {
  test("shows the summary, counts per verdict and per unit, and clickable findings", async () => {
    const { actions, user } = await setup();
    const pending = deferred<CheckResult>();
    actions.check.mockReturnValueOnce(pending.promise);
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(screen.getByRole("progressbar", { name: "Đang kiểm tra…" })).toBeTruthy();
    pending.resolve(checkResult());

    expect(await screen.findByText("8/11 chỉ tiêu đạt. 0 lỗi, 2 cần xem lại, 0 lưu ý")).toBeTruthy();
    expect(await screen.findByText("8/11 chỉ tiêu đạt")).toBeTruthy();
    const verdicts = screen.getByRole("heading", { name: "Theo đánh giá" }).nextElementSibling as HTMLElement;
    expect(within(verdicts).getByText("Không đạt").nextElementSibling?.textContent).toBe("1");
    expect(within(verdicts).getByText("Chưa có số liệu").nextElementSibling?.textContent).toBe("2");
    const units = screen.getByRole("list", { name: "Theo đơn vị chủ trì" });
    expect(within(units).getByText("Phòng Quản lý Du lịch: 5/7 đạt")).toBeTruthy();

    const findings = screen.getByRole("list", { name: "Điểm cần xem lại" });
    const first = within(findings).getByRole("button", { name: /I\.2 Tỷ lệ hồ sơ trực tuyến: chưa nhập tử số \(b\)/ });
    expect(first.textContent).toContain("Đến ô G9");
    await user.click(first);
    expect(actions.selectFinding).toHaveBeenCalledWith("Phụ lục 2024", FINDINGS[0]);
    expect(await screen.findByText("Đã chọn ô G9 trên trang tính “Phụ lục 2024”.")).toBeTruthy();
  });

  test("with nothing to review it says the table is ready", async () => {
    const { actions, user } = await setup();
    const clear = checkResult({ findings: [] });
    actions.check.mockResolvedValueOnce({ ...clear, summary: { ...clear.summary, warnings: 0 } });
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText(/Không có vấn đề nào: bảng đã sẵn sàng để nộp\./)).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Điểm cần xem lại" })).toBeNull();
  });

  test("a finding whose cell is gone, or an Excel error, says what to do", async () => {
    const { actions, user } = await setup();
    actions.selectFinding
      .mockResolvedValueOnce({ sheetName: "Phụ lục 2024", address: "J20", found: false })
      .mockRejectedValueOnce(officeError("InvalidOperationInCellEditMode"));
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: /IV\.1 Tỷ lệ hồ sơ giải quyết đúng hạn: không đạt — kết quả 93%, chỉ tiêu tối thiểu 95%/ }));
    expect(await screen.findByText(/Không còn ô J20 trên trang tính “Phụ lục 2024”/)).toBeTruthy();
    const findings = screen.getByRole("list", { name: "Điểm cần xem lại" });
    await user.click(within(findings).getByRole("button", { name: /IV\.1 Tỷ lệ hồ sơ giải quyết đúng hạn/ }));
    expect(await screen.findByText(/Hãy nhấn Enter hoặc Esc để thoát khỏi ô đó/)).toBeTruthy();
  });
});

describe("help panel", () => {
  test("lists every KPI function with an example and inserts it at the selected cell", async () => {
    const { actions, user } = await setup();
    await user.click(screen.getByRole("tab", { name: "Hàm KPI" }));
    const entries = functionHelp("vi");
    // The help tab's content loads when the tab is first opened.
    const list = await screen.findByRole("list", { name: "Danh sách hàm KPI" });
    for (const entry of entries) expect(within(list).getByText(entry.example)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: `Chèn vào ô đang chọn: ${ONTIME_EXAMPLE}` }));
    expect(actions.insertFunctionAtSelection).toHaveBeenCalledWith(ONTIME_EXAMPLE);
    expect(await screen.findByText(`Đã chèn ${ONTIME_EXAMPLE} vào ô B3.`, { exact: false })).toBeTruthy();
  });

  test("inserting into a protected cell is explained", async () => {
    const { actions, user } = await setup();
    actions.insertFunctionAtSelection.mockRejectedValueOnce(officeError("AccessDenied"));
    await user.click(screen.getByRole("tab", { name: "Hàm KPI" }));
    await user.click(await screen.findByRole("button", { name: "Chèn vào ô đang chọn: =KPI.RATIO(B5:M5,B6:M6)" }));
    expect(await screen.findByText(/trang đang được bảo vệ hoặc sổ chỉ được đọc/)).toBeTruthy();
  });

  test("the tabs work with the arrow keys", async () => {
    const { user } = await setup();
    screen.getByRole("tab", { name: "Các bước" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Hàm KPI" }).getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Hàm KPI" }));
    expect(screen.getByRole("tabpanel", { name: "Hàm KPI" })).toBeTruthy();
    await user.keyboard("{Home}");
    expect(screen.getByRole("tabpanel", { name: "Các bước" })).toBeTruthy();
  });
});

describe("one action at a time", () => {
  test("a second click while an action runs does nothing", async () => {
    const { actions, user } = await setup();
    const pending = deferred<CheckResult>();
    actions.check.mockReturnValueOnce(pending.promise);
    await openStep(user, 4);
    await openStep(user, 5);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await user.click(screen.getByRole("button", { name: "Tô màu kết quả" }));
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(actions.highlight).not.toHaveBeenCalled();
    expect(actions.check).toHaveBeenCalledTimes(1);
    pending.resolve(checkResult());
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });
});
