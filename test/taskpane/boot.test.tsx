/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { renderFirstView } from "../../src/taskpane/firstView";

type OfficeLike = Partial<typeof Office>;

function boot(office: OfficeLike | undefined, root = '<div id="root"><p>Đang tải…</p></div>'): void {
  document.body.innerHTML = root;
  const globals = globalThis as { Office?: OfficeLike };
  if (office) globals.Office = office;
  else delete globals.Office;
  // A fresh module registry (not isolateModules: the pane's lazy chunks load later, from it too).
  jest.resetModules();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load of the entry, on purpose
  require("../../src/taskpane/index");
  // (The entry loads the pane, start.tsx, after the first frame: the first load under jest compiles
  // React and Fluent, hence the long waits below.)
}

function fakeOffice(host: string | null, displayLanguage: string, bodyBackgroundColor = "#FFFFFF"): OfficeLike {
  return {
    HostType: { Excel: "Excel" } as unknown as typeof Office.HostType,
    onReady: () => Promise.resolve({ host, platform: null } as unknown as { host: Office.HostType; platform: Office.PlatformType }),
    context: {
      displayLanguage,
      officeTheme: { bodyBackgroundColor, bodyForegroundColor: "#000000" },
      requirements: { isSetSupported: () => true },
    } as unknown as Office.Context,
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

// First: a pane booted by an earlier test would still be running in this module registry.
describe("the first view rendered at build time", () => {
  const firstView = renderFirstView();

  test("is the pane in Vietnamese, every action waiting for Office", () => {
    document.body.innerHTML = firstView;
    expect(screen.getByRole("heading", { level: 1, name: "Chỉ tiêu cải cách TTHC 2024" })).toBeTruthy();
    expect(screen.getByText("Đang kết nối với Excel…")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Chèn phụ lục" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("list", { name: "Đánh giá từng chỉ tiêu" }).querySelectorAll("li")).toHaveLength(11);
    // "Hỗ trợ" is there, closed (its content is a chunk loaded when it is opened).
    expect(screen.getByRole("button", { name: "Hỗ trợ" }).getAttribute("aria-expanded")).toBe("false");
    expect(firstView).not.toMatch(/\sstyle=|<style|<script/);
  });

  test("hydrates as it is, without a mismatch, before Office answers; then the pane follows Office", async () => {
    let answer!: (info: { host: Office.HostType; platform: Office.PlatformType }) => void;
    const office = { ...fakeOffice("Excel", "en-US"), onReady: () => new Promise<never>((resolve) => (answer = resolve as never)) };
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const mark = jest.fn();
    Object.assign(performance, { mark });
    boot(office as OfficeLike, `<div id="root" data-first-view>${firstView}</div>`);
    // The pane loads after the first frame and hydrates; its first-render mark says it is live.
    await waitFor(() => expect(mark).toHaveBeenCalledWith("kpi-pane-first-render"), { timeout: 20000 });
    // The same DOM, but for what becomes live right after hydration: the headings of the seven steps,
    // of the consolidation's and the document frame's steps and of "Hỗ trợ", which wait in the first
    // view (aria-disabled), toggle once the pane is hydrated.
    const parsed = document.createElement("template");
    parsed.innerHTML = firstView;
    const waitingHeadings = parsed.content.querySelectorAll("h2 > button[aria-disabled]");
    expect(waitingHeadings).toHaveLength(10);
    waitingHeadings.forEach((button) => button.removeAttribute("aria-disabled"));
    expect(document.getElementById("root")!.innerHTML === parsed.innerHTML).toBe(true);
    // (React's act() notices in jest are not about hydration; a mismatch would be.)
    expect(errors.mock.calls.filter((call) => /hydrat|did not match|mismatch/i.test(call.map(String).join(" ")))).toEqual([]);
    errors.mockRestore();

    answer({ host: "Excel" as unknown as Office.HostType, platform: null as unknown as Office.PlatformType });
    expect(await screen.findByRole("button", { name: "Insert appendix" }, { timeout: 20000 })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("button", { name: "Insert appendix" }).getAttribute("aria-disabled")).toBeNull());
  });
});

test("without office.js the pane shows the preview", async () => {
  boot(undefined);
  expect(await screen.findByText("Đang xem ngoài Excel", undefined, { timeout: 20000 })).toBeTruthy();
  expect(document.documentElement.lang).toBe("vi");
});

test("office.js in a plain browser (host null) shows the preview, in Vietnamese", async () => {
  boot(fakeOffice(null, "en-US"));
  expect(await screen.findByText("Đang xem ngoài Excel", undefined, { timeout: 20000 })).toBeTruthy();
});

test("in Excel the pane follows the display language and sets the first-render mark", async () => {
  const markSpy = jest.fn();
  Object.assign(performance, { mark: markSpy });
  boot(fakeOffice("Excel", "en-US", "#1F1F1F"));
  expect(await screen.findByRole("button", { name: "Insert appendix" }, { timeout: 20000 })).toBeTruthy();
  expect(document.documentElement.lang).toBe("en");
  expect(markSpy).toHaveBeenCalledWith("kpi-pane-first-render");
  // Office's dark grey: the dark theme (its stylesheet is a chunk; jest stubs it) and dark controls.
  await waitFor(() => expect(document.documentElement.style.colorScheme).toBe("dark"));
});

test("a web view flagged by legacy-check.js is left to its message", () => {
  (window as { kpiLegacyBrowser?: boolean }).kpiLegacyBrowser = true;
  boot(fakeOffice("Excel", "vi-VN"));
  expect(document.getElementById("root")?.textContent).toBe("Đang tải…");
  delete (window as { kpiLegacyBrowser?: boolean }).kpiLegacyBrowser;
});

