/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { InsertResult } from "../../src/taskpane/actions";
import { SHEET, createFakeActions, deferred, insertResult, officeError } from "./fakeActions";
import { isOpen, openStep, statusRead } from "./steps";

async function setup() {
  const actions = createFakeActions();
  const user = userEvent.setup();
  render(<App actions={actions} language="vi" />);
  await statusRead();
  return { actions, user };
}

const insertButton = () => screen.getByRole("button", { name: "Chèn phụ lục" });

test("insert shows progress, disables the actions, then says what happened", async () => {
  const { actions, user } = await setup();
  const pending = deferred<InsertResult>();
  actions.insert.mockReturnValueOnce(pending.promise);
  await openStep(user, 5);

  await user.click(insertButton());
  expect(screen.getByRole("progressbar", { name: "Đang chèn phụ lục…" })).toBeTruthy();
  expect(insertButton().getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByRole("button", { name: "Kiểm tra" }).getAttribute("aria-disabled")).toBe("true");
  expect(actions.insert).toHaveBeenCalledWith(expect.objectContaining({ ifExists: "ask" }));

  pending.resolve(insertResult());
  // Done well: step 2 closes to its outcome, step 3 (enter the figures) opens.
  expect(await screen.findByText(/Đã chèn trang tính “Phụ lục 2024”\./)).toBeTruthy();
  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(isOpen(2)).toBe(false);
  expect(isOpen(3)).toBe(true);
  await openStep(user, 2);
  expect(insertButton().getAttribute("aria-disabled")).toBeNull();
  expect(screen.getByText("Xong")).toBeTruthy();
});

test("an Excel error (cell in edit mode) is explained in Vietnamese", async () => {
  const { actions, user } = await setup();
  actions.insert.mockRejectedValueOnce(officeError("InvalidOperationInCellEditMode"));
  await user.click(insertButton());
  expect(await screen.findByText(/Hãy nhấn Enter hoặc Esc để thoát khỏi ô đó, rồi thử lại\./)).toBeTruthy();
  expect(screen.getByText("Không thực hiện được")).toBeTruthy();
});

test("a protected sheet is explained with what to do", async () => {
  const { actions, user } = await setup();
  actions.highlight.mockRejectedValueOnce(officeError("AccessDenied"));
  await openStep(user, 4);
  await user.click(screen.getByRole("button", { name: "Tô màu kết quả" }));
  expect(await screen.findByText(/Hãy bỏ bảo vệ trang tính \(Xem lại › Bỏ bảo vệ Trang tính\)/)).toBeTruthy();
});

test("left-out features are listed as a warning", async () => {
  const { actions, user } = await setup();
  actions.insert.mockResolvedValueOnce(insertResult({ leftOut: ["validation", "print"] }));
  await user.click(insertButton());
  expect(await screen.findByText(/Phiên bản Excel này không hỗ trợ, nên phụ lục chưa có: Kiểm tra dữ liệu nhập/)).toBeTruthy();
  expect(screen.getByText("Xong, có lưu ý")).toBeTruthy();
});

test("useful notes are shown, the technical one is not", async () => {
  const { actions, user } = await setup();
  actions.insert.mockResolvedValueOnce(insertResult({ notes: ["nativeFormulas", "nameCommentsSkipped"] }));
  await user.click(insertButton());
  expect(await screen.findByText(/Excel này không chạy hàm tùy chỉnh/)).toBeTruthy();
  expect(screen.queryByText(/tên vùng được tạo không kèm chú thích/)).toBeNull();
});

test("when the sheet exists the user chooses in a dialog: update in place", async () => {
  const { actions, user } = await setup();
  actions.insert
    .mockResolvedValueOnce(insertResult({ status: "exists" }))
    .mockResolvedValueOnce(insertResult({ status: "updated", keptInputs: 14 }));
  await user.click(insertButton());

  const dialog = await screen.findByRole("dialog", { name: `Trang tính “${SHEET}” đã có` });
  expect(within(dialog).getByText(/đã có dữ liệu/)).toBeTruthy();
  await user.click(within(dialog).getByRole("button", { name: "Cập nhật tại chỗ" }));

  await waitFor(() => expect(actions.insert).toHaveBeenCalledTimes(2));
  expect(actions.insert.mock.calls[1][0].ifExists).toBe("update");
  expect(await screen.findByText(/Đã cập nhật trang tính “Phụ lục 2024”; giữ nguyên 14 ô/)).toBeTruthy();
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
});

test("when the sheet exists the user may add a new sheet, or cancel", async () => {
  const { actions, user } = await setup();
  actions.insert
    .mockResolvedValueOnce(insertResult({ status: "exists" }))
    .mockResolvedValueOnce(insertResult({ status: "inserted", sheetName: "Phụ lục 2024 (2)" }))
    .mockResolvedValueOnce(insertResult({ status: "exists" }));
  await user.click(insertButton());
  await user.click(await screen.findByRole("button", { name: "Tạo trang tính mới" }));
  await waitFor(() => expect(actions.insert).toHaveBeenCalledTimes(2));
  expect(actions.insert.mock.calls[1][0].ifExists).toBe("newSheet");
  expect(await screen.findByText(/Đã chèn trang tính “Phụ lục 2024 \(2\)”/)).toBeTruthy();
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

  // Later actions work on the new sheet.
  await openStep(user, 4);
  await user.click(screen.getByRole("button", { name: "Tô màu kết quả" }));
  expect(actions.highlight).toHaveBeenCalledWith(expect.objectContaining({ sheetName: "Phụ lục 2024 (2)" }));

  await openStep(user, 2);
  await user.click(insertButton());
  await user.click(await screen.findByRole("button", { name: "Hủy" }, { timeout: 5000 }));
  expect(await screen.findByText("Đã hủy: sổ làm việc không thay đổi.")).toBeTruthy();
  expect(actions.insert).toHaveBeenCalledTimes(3);
  // Three inserts, a dialog twice, two steps reopened: slow on a busy machine.
}, 60_000);

test("a conflict and a protected sheet end with a warning that says what to do", async () => {
  const { actions, user } = await setup();
  actions.insert
    .mockResolvedValueOnce(insertResult({ status: "conflict", conflicts: ["M7", "M8"] }))
    .mockResolvedValueOnce(insertResult({ status: "protected" }));
  await user.click(insertButton());
  expect(await screen.findByText(/các ô M7, M8 đang chứa nội dung không thuộc phụ lục/)).toBeTruthy();
  await user.click(insertButton());
  expect(await screen.findByText(/đang được bảo vệ\. Hãy bỏ bảo vệ/)).toBeTruthy();
});

test("the chosen year, unit and period go with the insert", async () => {
  const { actions, user } = await setup();
  await openStep(user, 1);
  await user.selectOptions(screen.getByRole("combobox", { name: "Năm" }), "2025");
  await user.selectOptions(screen.getByRole("combobox", { name: "Kỳ báo cáo" }), "Quý II");
  await user.click(insertButton());
  expect(actions.insert).toHaveBeenCalledWith({
    choice: { year: 2025, myUnit: null, period: { kind: "quarter", quarter: 2 } },
    ifExists: "ask",
  });
});
