/**
 * Steps for the pane's component tests: only the step that matters next is open, so a test opens
 * the step it uses by its heading, as a user would, and waits for the pane's first read of the sheet.
 */
import { screen, waitFor } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

/** The heading button of step `n` ("4. Tô màu kết quả", in either language). */
export function stepButton(n: number): HTMLElement {
  return screen.getByRole("button", { name: new RegExp(`^${n}\\. `) });
}

export function isOpen(n: number): boolean {
  return stepButton(n).getAttribute("aria-expanded") === "true";
}

/** Opens step `n` by clicking its heading, unless it is open already. */
export async function openStep(user: UserEvent, n: number): Promise<void> {
  if (!isOpen(n)) await user.click(stepButton(n));
  await waitFor(() => expect(isOpen(n)).toBe(true));
}

/** The heading button of the "Hỗ trợ" section (not a numbered step), in either language. */
export function supportButton(): HTMLElement {
  return screen.getByRole("button", { name: /^(Hỗ trợ|Support)$/ });
}

/** Opens the "Hỗ trợ" section by clicking its heading, unless it is open already. */
export async function openSupport(user: UserEvent): Promise<void> {
  if (supportButton().getAttribute("aria-expanded") !== "true") await user.click(supportButton());
  await waitFor(() => expect(supportButton().getAttribute("aria-expanded")).toBe("true"));
}

/** Waits until the pane has read the sheet once (the status strip no longer says it is reading). */
export async function statusRead(): Promise<void> {
  await waitFor(() => expect(screen.getByRole("list", { name: /Đánh giá từng chỉ tiêu|Assessment of each indicator/ })).toBeTruthy());
  await waitFor(() => expect(screen.queryByText(/^Đang đọc số liệu|^Reading the figures/)).toBeNull());
}

/** The heading button of an unnumbered step or section whose heading starts with `heading`. */
export function sectionButton(heading: string): HTMLElement {
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return screen.getByRole("button", { name: new RegExp(`^${escaped}`) });
}

/**
 * Opens the step whose heading starts with `heading` ("Tổng hợp số liệu các đơn vị", "Số, ngày và
 * người ký của văn bản") by clicking its heading, unless it is open already; returns its region.
 */
export async function openSection(user: UserEvent, heading: string): Promise<HTMLElement> {
  if (sectionButton(heading).getAttribute("aria-expanded") !== "true") await user.click(sectionButton(heading));
  await waitFor(() => expect(sectionButton(heading).getAttribute("aria-expanded")).toBe("true"));
  return screen.getByRole("region", { name: heading });
}
