/** @jest-environment jsdom */
/**
 * Moving a workbook made for one plan to another from the pane: the insert finds the workbook's
 * table made for the 2024 plan while 2025 is chosen; the pane asks whether to move that sheet in
 * place (no new sheet offered), then — when dropped indicators hold figures — asks again with the
 * figures, and finally says what was carried and what was dropped (Vietnamese, English).
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fixture from "../fixtures/kpi-plan-2025.json";
import { BUILTIN_PLAN } from "../../src/domain/catalog";
import { planFromFile } from "../../src/domain/plan/plan";
import type { PlanFile } from "../../src/domain/plan/planFile";
import type { DroppedIndicator } from "../../src/excel/insertAppendix";
import { App } from "../../src/taskpane/App";
import { insertOutcome } from "../../src/taskpane/outcomes";
import { localeInfo } from "../../src/taskpane/strings";
import { LOCALE_EN, SHEET, createFakeActions, insertResult } from "./fakeActions";
import { statusRead } from "./steps";

const PLAN_2025 = planFromFile(fixture as unknown as PlanFile);
const III_2: DroppedIndicator = {
  code: "III.2",
  name: "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
  numerator: 15,
  denominator: 105,
  note: "theo sổ theo dõi",
};
const plans = { carriedPlan: BUILTIN_PLAN, chosenPlan: PLAN_2025 };

test("the pane moves the 2024 table to the 2025 plan after asking, and again before dropping III.2's figures", async () => {
  const actions = createFakeActions();
  const user = userEvent.setup();
  render(<App actions={actions} language="vi" />);
  await statusRead();
  actions.insert
    .mockResolvedValueOnce(insertResult({ status: "otherPlan", sheetName: "Phụ lục 2025", tableSheet: SHEET, ...plans }))
    .mockResolvedValueOnce(insertResult({ status: "droppedData", dropped: [III_2], ...plans }))
    .mockResolvedValueOnce(insertResult({ status: "updated", keptInputs: 30, dropped: [III_2], ...plans }));
  await user.click(screen.getByRole("button", { name: "Chèn phụ lục" }));

  const first = await screen.findByRole("dialog", { name: /Chuyển “Phụ lục 2024” sang kế hoạch năm 2025/ });
  expect(within(first).getByText(/được lập theo kế hoạch năm 2024/)).toBeTruthy();
  expect(within(first).queryByRole("button", { name: "Tạo trang tính mới" })).toBeNull();
  await user.click(within(first).getByRole("button", { name: "Cập nhật tại chỗ" }));
  await waitFor(() => expect(actions.insert).toHaveBeenCalledTimes(2));
  expect(actions.insert.mock.calls[1][0]).toMatchObject({ ifExists: "update", sheetName: SHEET });
  expect(actions.insert.mock.calls[1][0].dropIndicators).toBeUndefined();

  // The second question shows what would be dropped, figures included, so the user can copy them.
  const figures = await screen.findByText(
    /III\.2 “Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa” \(số liệu cũ: b = 15; a = 105; ghi chú: “theo sổ theo dõi”\)/,
  );
  // (The dialog is hidden from the accessibility tree while Fluent reopens it: wait until it is not.)
  const update = await screen.findByRole("button", { name: "Cập nhật tại chỗ" }, { timeout: 5000 });
  const second = figures.closest('[role="dialog"]');
  expect(second?.contains(update)).toBe(true);
  expect(second?.textContent).toContain("Chuyển “Phụ lục 2024” sang kế hoạch năm 2025");
  await user.click(update);
  await waitFor(() => expect(actions.insert).toHaveBeenCalledTimes(3));
  expect(actions.insert.mock.calls[2][0]).toMatchObject({ ifExists: "update", sheetName: SHEET, dropIndicators: true });

  expect(await screen.findByText(/Đã chuyển bảng sang kế hoạch năm 2025 .*trước đây: kế hoạch năm 2024/)).toBeTruthy();
  expect(screen.getByText(/Đã bỏ chỉ tiêu III\.2 “Tỷ lệ khai thác.*” \(không còn trong kế hoạch 2025\)\. Số liệu cũ của III\.2: b = 15; a = 105; ghi chú: “theo sổ theo dõi”\./)).toBeTruthy();
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
});

test("cancelling the move writes nothing more", async () => {
  const actions = createFakeActions();
  const user = userEvent.setup();
  render(<App actions={actions} language="vi" />);
  await statusRead();
  actions.insert.mockResolvedValueOnce(insertResult({ status: "otherPlan", tableSheet: SHEET, ...plans }));
  await user.click(screen.getByRole("button", { name: "Chèn phụ lục" }));
  const dialog = await screen.findByRole("dialog", { name: /sang kế hoạch năm 2025/ });
  await user.click(within(dialog).getByRole("button", { name: "Hủy" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(actions.insert).toHaveBeenCalledTimes(1);
});

describe("the outcome of an update to another plan", () => {
  it("says in English what was carried and dropped; an empty dropped indicator is only named", () => {
    const empty = { ...III_2, numerator: "", denominator: "", note: "" };
    const text = insertOutcome(insertResult({ status: "updated", keptInputs: 30, dropped: [empty], ...plans }), LOCALE_EN).text;
    expect(text).toContain("Updated the sheet “Phụ lục 2024”; kept the 30 figures and notes already entered.");
    expect(text).toContain("Moved the table to the 2025");
    expect(text).toContain("Dropped indicator III.2 “Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa” (not in the 2025 plan).");
    expect(text).not.toContain("Old figures");
  });

  it("explains a refused update (droppedData) with the figures, in both languages", () => {
    const result = insertResult({ status: "droppedData", dropped: [III_2], ...plans });
    const vi = insertOutcome(result, localeInfo("vi"));
    expect(vi.intent).toBe("warning");
    expect(vi.text).toContain("Chưa cập nhật “Phụ lục 2024”");
    expect(vi.text).toContain("b = 15; a = 105");
    expect(insertOutcome(result, LOCALE_EN).text).toContain("“Phụ lục 2024” was not updated: these indicators are not in the 2025");
    // An update within one plan says nothing of plans.
    expect(insertOutcome(insertResult({ status: "updated", keptInputs: 3 }), LOCALE_EN).text).not.toContain("plan");
  });
});
