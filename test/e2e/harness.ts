/**
 * The end-to-end harness: the production build served over plain http on localhost (a random
 * port), Debian's Chromium driven by playwright-core (headless, fresh temporary profile, no
 * network chatter), and the Office CDN routed to either the real office.js from
 * node_modules/@microsoft/office-js (a plain browser: Office.onReady reports no host), the
 * scripted Excel fake (test/e2e/fakeOffice.ts, bundled with esbuild), or nothing (office.js
 * absent). Every other request off localhost is refused and recorded, and so are CSP violations,
 * console errors and page errors, so a test can fail on them.
 */
import * as fs from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ROOT, buildProduction } from "./buildProduction";
import type { FakeOfficeConfig } from "./fakeOffice";

export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const ARTIFACTS = path.join(ROOT, "test-artifacts", "e2e");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * An empty page that loads the same office.js as the pane (whatever the test routes there) and
 * paints one character, marked for Element Timing as the pane's first view is: what bench/pane.ts
 * divides the pane's first view by.
 */
export const EMPTY_PAGE = "__test/empty.html";
const EMPTY_PAGE_HTML = `<!doctype html><html lang="vi"><head><meta charset="UTF-8"><title>.</title>
<script src="${"https://appsforoffice.microsoft.com/lib/1/hosted/"}office.js"></script></head>
<body><p elementtiming="kpi-first-view">.</p></body></html>`;

/** Serves `dir` (and axe-core at /__test/axe.min.js, the empty page) on 127.0.0.1; resolves with the base URL. */
export function serve(dir: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (pathname === `/${EMPTY_PAGE}`) {
      response.writeHead(200, { "Content-Type": TYPES[".html"], "Cache-Control": "no-store" }).end(EMPTY_PAGE_HTML);
      return;
    }
    const file = pathname === "/__test/axe.min.js" ? AXE : path.join(dir, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir) && file !== AXE) {
      response.writeHead(403).end();
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
        return;
      }
      response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      response.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://localhost:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** One test script (the scripted host, its formula engine) as one classic script. */
async function bundleScript(entry: string): Promise<string> {
  // esbuild comes with tsx; required lazily so the unit tests never load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, entry)],
    bundle: true,
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "error",
  });
  return result.outputFiles[0].text;
}

/** The scripted Office/Excel host as one classic script. */
export function bundleFakeOffice(): Promise<string> {
  return bundleScript("fakeOffice.ts");
}

/** The fake's formula engine (HyperFormula), bundled on first use: only some tests load it. */
let formulaEngineJs: Promise<string> | undefined;
function bundleFormulaEngine(): Promise<string> {
  formulaEngineJs ??= bundleScript("fakeFormulaEngine.ts");
  return formulaEngineJs;
}

export type OfficeMode = "fake" | "real" | "none";

export interface PaneOptions {
  readonly office: OfficeMode;
  readonly fake?: FakeOfficeConfig;
  readonly viewport?: { width: number; height: number };
  readonly userAgent?: string;
  readonly colorScheme?: "light" | "dark";
}

/** What went wrong on the page, beyond the test's own expectations. */
export interface Problems {
  readonly csp: string[];
  readonly external: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

export interface PaneSession {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly problems: Problems;
  readonly downloads: string[];
}

export class Harness {
  private constructor(
    readonly baseUrl: string,
    readonly browser: Browser,
    private readonly fakeOfficeJs: string,
    private readonly closeServer: () => Promise<void>,
  ) {}

  static async start(): Promise<Harness> {
    const dist = buildProduction();
    const [{ baseUrl, close }, fakeOfficeJs] = await Promise.all([serve(dist), bundleFakeOffice()]);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    return new Harness(baseUrl, browser, fakeOfficeJs, close);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.closeServer();
  }

  /** A fresh browser context (no shared state) with the pane page open. */
  async open(options: PaneOptions): Promise<PaneSession> {
    const context = await this.browser.newContext({
      viewport: options.viewport ?? { width: 380, height: 860 },
      userAgent: options.userAgent,
      colorScheme: options.colorScheme ?? "light",
      // Fluent's motion honours prefers-reduced-motion (1 ms): axe never measures a dialog mid-fade.
      reducedMotion: "reduce",
      locale: "vi-VN",
      acceptDownloads: true,
    });
    const problems: Problems = { csp: [], external: [], consoleErrors: [], pageErrors: [] };
    const downloads: string[] = [];
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(this.baseUrl)) return route.continue();
      if (url.startsWith(OFFICE_CDN)) {
        const rest = url.slice(OFFICE_CDN.length).split(/[?#]/)[0];
        if (options.office === "fake" && rest === "office.js") {
          return route.fulfill({ status: 200, contentType: "application/javascript", body: this.fakeOfficeJs });
        }
        if (options.office === "fake" && rest === "formula-engine.js") {
          return route.fulfill({ status: 200, contentType: "application/javascript", body: await bundleFormulaEngine() });
        }
        const file = path.join(OFFICE_DIST, path.normalize(rest));
        if (options.office === "real" && file.startsWith(OFFICE_DIST) && fs.existsSync(file)) {
          return route.fulfill({ status: 200, contentType: "application/javascript", body: fs.readFileSync(file) });
        }
        return route.abort("internetdisconnected");
      }
      problems.external.push(url);
      return route.abort("blockedbyclient");
    });
    await context.addInitScript((config) => {
      (window as unknown as { __kpiFakeConfig?: unknown }).__kpiFakeConfig = config;
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) => {
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "(inline)"} from ${event.sourceFile || "(page)"}`);
      });
    }, options.fake ?? {});
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (/Content Security Policy/i.test(text)) problems.csp.push(`${text} (from ${message.location().url || "(page)"})`);
      else problems.consoleErrors.push(text);
    });
    page.on("pageerror", (error) => problems.pageErrors.push(error.message));
    page.on("download", (download) => downloads.push(download.suggestedFilename()));
    return { page, context, problems, downloads };
  }

  /**
   * Opens the pane and waits until it is live: its first view is in the page's HTML, but nothing on
   * it answers a click before the pane has hydrated it (the "kpi-pane-first-render" mark).
   */
  async openPane(options: PaneOptions): Promise<PaneSession> {
    const session = await this.open(options);
    await session.page.goto(`${this.baseUrl}taskpane.html`);
    if (!options.userAgent) {
      await session.page.waitForFunction(() => performance.getEntriesByName("kpi-pane-first-render").length > 0);
    }
    return session;
  }
}

/**
 * office.js's own telemetry frame: in a plain browser the real office.js frames
 * https://telemetryservice.firstpartyapps.oaspapps.com, which the pane's CSP refuses (frame-src
 * falls back to default-src 'self'), by design: nothing is loaded from anywhere else; it also
 * gives that frame style="display:none" (o15apptofilemappingtable.js, setAttribute), which
 * style-src 'self' refuses too. The page works without either; these are the only violations the
 * tests accept, and only from office.js's own script.
 */
const OFFICE_TELEMETRY = /telemetryservice\.firstpartyapps\.oaspapps\.com/;
const OFFICE_TELEMETRY_SCRIPT = /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/o15apptofilemappingtable\.js/;

function officeTelemetry(text: string): boolean {
  if (/frame-src|Framing/.test(text) && OFFICE_TELEMETRY.test(text)) return true;
  return /style-src-attr|inline style/.test(text) && OFFICE_TELEMETRY_SCRIPT.test(text);
}

/** CSP violations reported to the page (the event) and to the console, but office.js's telemetry frame's. */
export async function cspViolations(session: PaneSession): Promise<string[]> {
  const events = await session.page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return [...events, ...session.problems.csp].filter((text) => !officeTelemetry(text));
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Waits for the page's finite animations (a dialog's fade-in, a message sliding in) to end, so
 * that colours are measured as they settle; endless ones (a spinner) are left running.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Runs axe-core on the page (served from this origin, so the CSP allows it), once animations settle. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await settleAnimations(page);
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ url: "/__test/axe.min.js" });
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
    }));
  }, include ?? null);
}

/** The accessible name of the focused element, roughly: aria-label, its <label>, else its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return "";
    const labelled = element.getAttribute("aria-labelledby");
    if (labelled) return labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
    const label = element.getAttribute("aria-label");
    if (label) return label;
    if ((element instanceof HTMLSelectElement || element instanceof HTMLInputElement) && element.labels?.[0]) {
      return element.labels[0].textContent?.trim() ?? "";
    }
    return (element.textContent ?? "").replace(/\s+/g, " ").trim();
  });
}

/**
 * Opens the pane's step (or section) whose heading starts with `heading` ("3. Nhập số liệu",
 * "Tổng hợp số liệu các đơn vị") with a click on its heading, unless it is open, and waits until it is.
 */
export async function openSection(page: Page, heading: string): Promise<void> {
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const button = page.getByRole("button", { name: new RegExp(`^${escaped}`) });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await page.waitForFunction((name) => {
    const found = [...document.querySelectorAll("h2 button")].find((b) => b.textContent?.startsWith(name));
    return found?.getAttribute("aria-expanded") === "true";
  }, heading);
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `limit` presses. */
export async function tabTo(page: Page, name: string | RegExp, options: { backwards?: boolean; limit?: number } = {}): Promise<void> {
  const matches = (text: string): boolean => (typeof name === "string" ? text === name : name.test(text));
  const seen: string[] = [];
  for (let i = 0; i < (options.limit ?? 80); i++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    const current = await focusedName(page);
    if (matches(current)) return;
    seen.push(current);
  }
  throw new Error(`Tab never reached ${String(name)}; focus went through: ${seen.join(" | ")}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * The scripted host's workbook, from the page (fakeOffice.ts exposes it as window.__kpiFake):
 * `body` runs with `fake` (the host) and `args`, and its result comes back.
 */
export function fakeHost<T>(page: Page, body: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([code, params]) => {
      const host = (window as unknown as { __kpiFake: Record<string, (...a: unknown[]) => unknown> }).__kpiFake;
      return new Function("fake", "args", code)(host, params) as T;
    },
    [body, args] as const,
  );
}

/** One test file's harness: a browser and server for the file, a scratch folder, panes closed after each test. */
export interface PaneSuite {
  readonly harness: Harness;
  /** A folder for the files a test chooses; removed after the file. */
  readonly dir: string;
  /** Opens the pane; it is closed after the test. */
  open(options: Parameters<Harness["openPane"]>[0]): Promise<PaneSession>;
}

/** Registers the file's beforeAll / afterEach / afterAll: call it once, at the top of an e2e test file. */
export function paneSuite(): PaneSuite {
  let harness: Harness | undefined;
  let dir = "";
  const sessions: PaneSession[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "kpi-e2e-"));
    harness = await Harness.start();
  }, 600_000);
  afterAll(async () => {
    await harness?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.context.close();
  });
  return {
    get harness(): Harness {
      if (!harness) throw new Error("The harness has not started (paneSuite's beforeAll did not run).");
      return harness;
    },
    get dir(): string {
      return dir;
    },
    async open(options) {
      const session = await this.harness.openPane(options);
      sessions.push(session);
      return session;
    },
  };
}
