/** @jest-environment jsdom */
/**
 * The pane's "Tổng hợp số liệu các đơn vị" step with fake actions: choose files, preview (files,
 * conflicts with a choice, figures per indicator with their source, missing, ignored), write with
 * the choices made; what a user sees and what reaches the actions.
 */
import { screen, within } from "@testing-library/react";
import { cellKey } from "../../src/domain/consolidate";
import { LOCALE_EN, consolidationResult } from "./fakeActions";
import { registerLocale } from "../../src/taskpane/strings";
import { openSection } from "./steps";
import { renderPane } from "./renderPane";

/** The pane with its consolidation step opened (a step of its own after "3. Nhập số liệu", closed at first). */
async function setup(language: "vi" | "en" = "vi") {
  const { actions, user } = await renderPane(language);
  const heading = language === "vi" ? "Tổng hợp số liệu các đơn vị" : "Consolidate the units' figures";
  expect(screen.getByRole("button", { name: heading }).getAttribute("aria-expanded")).toBe("false");
  const section = await openSection(user, heading);
  // What the step holds is a chunk of its own, loaded when it is first opened.
  await within(section).findByRole("button", { name: language === "vi" ? "Xem trước" : "Preview" });
  return { actions, user, section };
}

const file = (name: string): File =>
  new File([new Uint8Array([80, 75, 3, 4])], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

describe("consolidate the units' files", () => {
  test("asks for files before previewing, and cannot write before a preview", async () => {
    const { actions, user, section } = await setup();
    const write = within(section).getByRole("button", { name: "Ghi vào sổ này" });
    expect(write.getAttribute("aria-disabled")).toBe("true");
    await user.click(within(section).getByRole("button", { name: "Xem trước" }));
    expect(await within(section).findByText("Hãy chọn ít nhất một tệp .xlsx.")).toBeTruthy();
    expect(actions.previewConsolidation).not.toHaveBeenCalled();
    await user.click(write);
    expect(actions.consolidate).not.toHaveBeenCalled();
  });

  test("previews the chosen files, asks which figure to keep, and writes with that choice", async () => {
    const { actions, user, section } = await setup();
    const input = within(section).getByLabelText("Chọn tệp của các đơn vị") as HTMLInputElement;
    expect(input.multiple).toBe(true);
    await user.upload(input, [file("PQLDL.xlsx"), file("VPS.xlsx"), file("Luong.xlsx")]);
    expect(within(section).getByText("Đã chọn 3 tệp: PQLDL.xlsx, VPS.xlsx, Luong.xlsx")).toBeTruthy();

    await user.click(within(section).getByRole("button", { name: "Xem trước" }));
    expect(actions.previewConsolidation).toHaveBeenCalledWith(
      expect.objectContaining({ files: [expect.objectContaining({ name: "PQLDL.xlsx" }), expect.anything(), expect.anything()] }),
    );
    expect(await within(section).findByText(/Đã đọc 2 tệp\..*Có 1 ô các nguồn ghi khác nhau/)).toBeTruthy();
    // The files: what each gave, or why it was not used.
    expect(await within(section).findByText(/^PQLDL\.xlsx — Phòng Quản lý Du lịch, sửa lúc .*: 6 số liệu, dùng 6\.$/)).toBeTruthy();
    expect(within(section).getByText(/^Tệp Luong\.xlsx không phải sổ chỉ tiêu cải cách TTHC/)).toBeTruthy();
    // Per indicator: each month's figures with their file and unit, and what changes.
    const i1 = within(section).getByRole("table", { name: /^I\.1 / });
    const march = within(i1).getByRole("row", { name: /^3 / });
    expect(within(march).getAllByText("Phòng Quản lý Du lịch, PQLDL.xlsx")).toHaveLength(2);
    expect(within(march).getByText("52")).toBeTruthy();
    expect(within(march).getAllByText("thay đổi (trước: (trống))")).toHaveLength(2);
    // Missing: the quarter's months nobody filled.
    expect(within(section).getByText("IV.1: tháng 1–3")).toBeTruthy();

    // The conflict: II.1 month 1, 7 typed here against 9 from VPS.xlsx.
    const group = within(section).getByRole("group", { name: "II.1 tháng 1, tử số (b): chọn số liệu cần giữ" });
    const keep = within(group).getByRole("radio", { name: "Giữ nguyên: 7" }) as HTMLInputElement;
    expect(keep.checked).toBe(true);
    await user.click(within(group).getByRole("radio", { name: "9 (Văn phòng Sở, VPS.xlsx)" }));

    await user.click(within(section).getByRole("button", { name: "Ghi vào sổ này" }));
    const request = actions.consolidate.mock.calls[0][0];
    expect([...(request.resolutions ?? new Map())]).toEqual([[cellKey({ code: "II.1", part: "numerator", month: 1 }), 9]]);
    expect(await within(section).findByText(/Đã ghi 7 ô số liệu vào sổ và cập nhật trang “Nguồn số liệu”\./)).toBeTruthy();
    // Written: the step closed to that line, the check is next, and the preview is gone until the next one.
    expect(screen.getByRole("button", { name: /^Tổng hợp số liệu các đơn vị/ }).getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByRole("button", { name: /^5\. / }).getAttribute("aria-expanded")).toBe("true");
    await openSection(user, "Tổng hợp số liệu các đơn vị");
    expect(within(section).queryByRole("table")).toBeNull();
  });

  test("says which cells stay as they are when no choice was made, and why nothing can be written", async () => {
    const { actions, user, section } = await setup();
    await user.upload(within(section).getByLabelText("Chọn tệp của các đơn vị"), [file("VPS.xlsx")]);
    await user.click(within(section).getByRole("button", { name: "Xem trước" }));
    await within(section).findByRole("group", { name: /^II\.1 tháng 1/ });
    actions.consolidate.mockResolvedValueOnce(consolidationResult("written"));
    await user.click(within(section).getByRole("button", { name: "Ghi vào sổ này" }));
    expect(await within(section).findByText(/1 ô chưa chọn nguồn được giữ nguyên và ghi là “Chưa thống nhất”/)).toBeTruthy();

    actions.previewConsolidation.mockResolvedValueOnce({ ...consolidationResult("noTarget"), plan: undefined });
    await user.click(within(section).getByRole("button", { name: "Xem trước" }));
    expect(await within(section).findByText(/Sổ này chưa có bảng phụ lục hay trang số liệu theo tháng/)).toBeTruthy();
    expect(within(section).getByRole("button", { name: "Ghi vào sổ này" }).getAttribute("aria-disabled")).toBe("true");
  });

  test("speaks English in English Excel", async () => {
    registerLocale(LOCALE_EN);
    const { user, section } = await setup("en");
    await user.upload(within(section).getByLabelText("Choose the units' files"), [file("PQLDL.xlsx")]);
    await user.click(within(section).getByRole("button", { name: "Preview" }));
    expect(await within(section).findByText(/^PQLDL\.xlsx — Phòng Quản lý Du lịch, modified .*: 6 figure\(s\), 6 used\.$/)).toBeTruthy();
    expect(within(section).getByRole("group", { name: "II.1 month 1, numerator (b): choose the figure to keep" })).toBeTruthy();
  });
});
