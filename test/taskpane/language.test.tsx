/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { tokens as fluentTokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { paneEn } from "../../src/i18n/en/pane";
import { paneVi } from "../../src/i18n/vi/pane";
import { NotAvailableError } from "../../src/taskpane/actions";
import { applyTheme, isDark, officeBackground } from "../../src/taskpane/theme";
import { checkOutcomeText } from "../../src/taskpane/checkText";
import { registerLocale } from "../../src/taskpane/strings";
import { countsText, summaryText } from "../../src/domain/check";
import { INDICATORS } from "../../src/domain/catalog";
import { targetText } from "../../src/domain/functionHelp";
import { functionsEn } from "../../src/i18n/en/functions";
import { functionsVi } from "../../src/i18n/vi/functions";
import { targetLabel } from "../../src/taskpane/targetText";
import { tokens, type TokenName } from "../../src/taskpane/tokens";
import { checkVi } from "../../src/i18n/vi/check";
import { LOCALE_EN, checkResult, createFakeActions, officeError } from "./fakeActions";
import { openStep, statusRead } from "./steps";
import { functionHelp } from "../../src/domain/functionHelp";

/** The help panel's example for KPI.ONTIME: IV.1's own b and a on the appendix. */
const ONTIME_EXAMPLE = functionHelp("vi").find((entry) => entry.id === "ONTIME")!.example;

registerLocale(LOCALE_EN);

/** Every leaf string of a strings object, with its path. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

test("English has every Vietnamese string, with the same placeholders", () => {
  const en = new Map(leaves(paneEn));
  for (const [path, vi] of leaves(paneVi)) {
    expect(en.has(path)).toBe(true);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect({ path, placeholders: placeholders(en.get(path)!) }).toEqual({ path, placeholders: placeholders(vi) });
  }
});

test("in English Excel the whole pane speaks English", async () => {
  const actions = createFakeActions();
  const user = userEvent.setup();
  render(<App actions={actions} language="en" />);
  await statusRead();
  expect(screen.getByRole("heading", { level: 1, name: "Reform indicators 2024" })).toBeTruthy();
  expect(screen.getByText("Appendix not inserted yet. Insert the appendix in step 2, then enter the figures.")).toBeTruthy();
  await openStep(user, 1);
  expect(screen.getByRole("combobox", { name: "Reporting period" })).toBeTruthy();
  expect(screen.getByRole("option", { name: "Q2" })).toBeTruthy();

  actions.insert.mockRejectedValueOnce(officeError("InvalidOperationInCellEditMode"));
  await user.click(screen.getByRole("button", { name: "Insert appendix" }));
  expect(await screen.findByText(/Press Enter or Esc to leave the cell, then try again\./)).toBeTruthy();
  expect(screen.getByText("Could not do it")).toBeTruthy();

  await openStep(user, 5);
  await user.click(screen.getByRole("button", { name: "Check" }));
  expect((await screen.findAllByText(/^8\/11 indicators met/)).length).toBeGreaterThan(0);
  expect(await screen.findByRole("heading", { name: "By host unit" })).toBeTruthy();

  await user.click(screen.getByRole("tab", { name: "KPI functions" }));
  expect(await screen.findByRole("button", { name: `Insert at the selected cell: ${ONTIME_EXAMPLE}` })).toBeTruthy();
});

test("outside Excel the pane says so, previews the appendix read-only and still offers the download", async () => {
  const actions = createFakeActions("preview");
  const user = userEvent.setup();
  render(<App actions={actions} language="vi" />);
  expect(screen.getByText("Đang xem ngoài Excel")).toBeTruthy();
  const table = await screen.findByRole("table");
  // The plan's columns in the plan's order, then the working columns, as on the sheet.
  expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual([
    "STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thực hiện trong năm 2024", "Căn cứ thực hiện",
    "Tử số (b)", "Mẫu số (a)", "Kết quả", "Đánh giá", "Ghi chú", "Đơn vị tính", "Chỉ tiêu",
  ]);
  expect(within(table).getByRole("rowheader", { name: /^Tỷ lệ hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn\./ })).toBeTruthy();
  expect(within(table).getAllByText("Tối thiểu 95")).toHaveLength(1);
  expect(screen.queryByRole("button", { name: "Chèn phụ lục" })).toBeNull();

  await user.click(screen.getByRole("button", { name: "Tải sổ làm việc" }));
  expect(await screen.findByText(/Đã tải tệp “PhuLuc-2024\.xlsx”/)).toBeTruthy();

  await user.click(screen.getByRole("tab", { name: "Hàm KPI" }));
  expect(screen.getByText(ONTIME_EXAMPLE)).toBeTruthy();
  expect(screen.queryByRole("button", { name: /vào ô đang chọn/ })).toBeNull();
});

test("an action refused outside Excel says that it needs Excel", async () => {
  const actions = createFakeActions();
  const user = userEvent.setup();
  actions.highlight.mockRejectedValueOnce(new NotAvailableError("highlight", true));
  actions.portableCopy.mockRejectedValueOnce(new NotAvailableError("portable copy"));
  render(<App actions={actions} language="vi" />);
  await statusRead();
  await openStep(user, 4);
  await user.click(screen.getByRole("button", { name: "Tô màu kết quả" }));
  expect(await screen.findByText("Chức năng này chỉ dùng được khi mở trong Excel.")).toBeTruthy();
  await openStep(user, 6);
  await user.click(screen.getByRole("button", { name: "Chuẩn bị bản nộp" }));
  expect(await screen.findByText("Chức năng này chưa có trong bản phần bổ trợ này: portable copy.")).toBeTruthy();
});

test("a rendering error never leaves the pane blank", async () => {
  const actions = createFakeActions();
  const user = userEvent.setup();
  // A malformed result makes the check's summary throw while rendering.
  actions.check.mockResolvedValueOnce({ ...checkResult(), summary: undefined } as never);
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(<App actions={actions} language="vi" />);
  await statusRead();
  await openStep(user, 5);
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByText("Ngăn tác vụ gặp lỗi")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Thử lại" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "Chèn phụ lục" })).toBeTruthy());
  spy.mockRestore();
});

describe("theme follows Office", () => {
  test("a dark Office body picks the dark theme with Office's own background", () => {
    const office = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };
    expect(isDark(office)).toBe(true);
    expect(officeBackground(office, webDarkTheme)).toBe("#262626");
  });

  test("the colourful and white themes stay light, with Office's background", () => {
    expect(isDark({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDark({ bodyBackgroundColor: "#F3F2F1" })).toBe(false);
    expect(officeBackground({ bodyBackgroundColor: "#F3F2F1" }, webLightTheme)).toBe("#F3F2F1");
  });

  test("a background the text would be unreadable on is not used", () => {
    // #E6E6E6: the brand-coloured text would fall below 4.5:1.
    expect(officeBackground({ bodyBackgroundColor: "#E6E6E6" }, webLightTheme)).toBeUndefined();
    expect(officeBackground({ bodyBackgroundColor: "#8A8A8A" }, webLightTheme)).toBeUndefined();
    expect(officeBackground({ bodyBackgroundColor: "#8A8A8A" }, webDarkTheme)).toBeUndefined();
    expect(officeBackground({ bodyBackgroundColor: "not a colour" }, webLightTheme)).toBeUndefined();
  });

  test("without Office the browser's colour scheme decides", () => {
    expect(isDark(undefined, true)).toBe(true);
    expect(isDark(undefined, false)).toBe(false);
  });

  test("the theme goes on the page without a <style> element", async () => {
    const styles = document.querySelectorAll("style").length;
    expect(await applyTheme({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" })).toBe("dark");
    expect(document.documentElement.style.colorScheme).toBe("dark");
    expect(await applyTheme(undefined, false)).toBe("light");
    expect(document.querySelectorAll("style").length).toBe(styles);
  });
});

test("the pane's check outcome words the summary as the domain does", () => {
  for (const summary of [checkResult().summary, { ...checkResult().summary, warnings: 0 }]) {
    expect(checkOutcomeText(summary, checkVi)).toBe(`${summaryText(summary, checkVi)}. ${countsText(summary, checkVi)}`);
  }
});

test("the pane's target words are functionHelp's, in both languages", () => {
  const targets = [...INDICATORS.map((i) => i.target), { kind: "minimum", fraction: 0.925 } as const, { kind: "exact", fraction: 1 } as const];
  for (const target of targets) {
    expect(targetLabel(target, functionsVi)).toBe(targetText(target, "vi"));
    expect(targetLabel(target, functionsEn)).toBe(targetText(target, "en"));
  }
});

test("the pane's tokens are Fluent's, name for name", () => {
  const names = Object.keys(fluentTokens).filter((name): name is TokenName => !name.startsWith("zIndex"));
  expect(names.length).toBeGreaterThan(400);
  for (const name of names) expect(tokens[name]).toBe(fluentTokens[name]);
});
