/** @jest-environment jsdom */
import { screen } from "@testing-library/react";

type OfficeLike = Partial<typeof Office>;

function boot(office: OfficeLike | undefined): void {
  document.body.innerHTML = '<div id="root"><p>Đang tải…</p></div>';
  const globals = globalThis as { Office?: OfficeLike };
  if (office) globals.Office = office;
  else delete globals.Office;
  // A fresh module registry (not isolateModules: the pane's lazy chunks load later, from it too).
  jest.resetModules();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load of the entry, on purpose
  require("../../src/taskpane/index");
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

test("without office.js the pane shows the preview", async () => {
  boot(undefined);
  expect(await screen.findByText("Đang xem ngoài Excel")).toBeTruthy();
  expect(document.documentElement.lang).toBe("vi");
});

test("office.js in a plain browser (host null) shows the preview, in Vietnamese", async () => {
  boot(fakeOffice(null, "en-US"));
  expect(await screen.findByText("Đang xem ngoài Excel")).toBeTruthy();
});

test("in Excel the pane follows the display language and sets the first-render mark", async () => {
  const markSpy = jest.fn();
  Object.assign(performance, { mark: markSpy });
  boot(fakeOffice("Excel", "en-US", "#1F1F1F"));
  expect(await screen.findByRole("button", { name: "Insert appendix" })).toBeTruthy();
  expect(document.documentElement.lang).toBe("en");
  expect(markSpy).toHaveBeenCalledWith("kpi-pane-first-render");
  expect(document.body.style.backgroundColor).not.toBe("");
});

test("a web view flagged by legacy-check.js is left to its message", () => {
  (window as { kpiLegacyBrowser?: boolean }).kpiLegacyBrowser = true;
  boot(fakeOffice("Excel", "vi-VN"));
  expect(document.getElementById("root")?.textContent).toBe("Đang tải…");
  delete (window as { kpiLegacyBrowser?: boolean }).kpiLegacyBrowser;
});
