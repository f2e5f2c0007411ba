/**
 * Benchmark of the task pane: what it costs to open. Builds the production bundle (the same
 * cached build as the end-to-end tests, test-artifacts/e2e-dist) and measures
 *
 *   bundle.taskpaneGzipBytes    gzip -9 bytes of the pane's own JavaScript loaded until the pane is
 *                               live (hydrated) inside Excel, whether taskpane.html names it or the
 *                               entry loads it after the first paint (the "pane" chunk and the
 *                               vendor chunks it needs); not functions.js, not office.js
 *                               (Microsoft's CDN). Lazy chunks (dialog, check results, Excel
 *                               actions, English strings, dark theme, exceljs, "Hỗ trợ", the
 *                               consolidation's and the document frame's steps) are not counted:
 *                               they load on use; nor is the "actions" chunk (the host's
 *                               PaneActions and the outcomes' wording), loaded once Office answers.
 *   bundle.functionsGzipBytes   gzip -9 bytes of functions.js, the custom-functions bundle the same
 *                               page loads first (shared runtime)
 *   bundle.cssGzipBytes         gzip -9 bytes of the stylesheets loaded by then (Fluent's and the
 *                               pane's styles, extracted at build time, and the light theme)
 *   bundle.firstLoadGzipBytes   everything the page loads from the add-in's origin until the pane is
 *                               live: the three above and legacy-check.js (not the page itself)
 *   bundle.htmlGzipBytes        gzip -9 bytes of taskpane.html, which holds the first view
 *   pane.firstViewRatio         time to the pane's first view ÷ time to an empty page's first paint,
 *                               both the time the browser painted the element marked
 *                               elementtiming="kpi-first-view" (Element Timing API), both pages
 *                               loading the same office.js (the scripted Excel host of the
 *                               end-to-end tests); median of RUNS pairs, the two pages alternating
 *                               which goes first, each in a fresh browser context
 *   pane.firstViewMs            the pane's first view, median of the same runs (ms from navigation)
 *   pane.emptyPageMs            the empty page's first paint, median of the same runs
 *   pane.firstRenderMs          when the pane's React tree is live (hydrated: the
 *                               "kpi-pane-first-render" mark), median of the same runs
 *   pane.firstViewDomNodes      elements in the page inside Excel once the pane has read the sheet
 *                               (the first screen a user works with)
 *   pane.previewFirstRenderMs   the pane's React tree live outside Excel (no office.js: the preview)
 *
 * Microsoft's React task-pane template loads about 165 KB gzip of JavaScript for one button.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { E2E_DIST } from "../test/e2e/buildProduction";
import { EMPTY_PAGE, Harness, type OfficeMode } from "../test/e2e/harness";

const RUNS = 11;
const MARK = "kpi-pane-first-render";
const FIRST_VIEW = "kpi-first-view";

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The add-in's own files (scripts and stylesheets, by name) the page loaded until the pane was
 * live, inside Excel with Office holding its answer: what every opening of the pane loads.
 */
async function initialFiles(harness: Harness): Promise<{ scripts: string[]; styles: string[] }> {
  const session = await harness.open({ office: "fake", fake: { holdReady: true } });
  try {
    await session.page.goto(`${harness.baseUrl}taskpane.html`);
    await session.page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK);
    const files = await session.page.evaluate((base) => {
      const live = performance.getEntriesByName("kpi-pane-first-render")[0].startTime;
      return performance
        .getEntriesByType("resource")
        .filter((entry) => entry.startTime <= live && entry.name.startsWith(base) && !entry.name.includes("/__test/"))
        .map((entry) => new URL(entry.name).pathname.slice(1));
    }, harness.baseUrl);
    return { scripts: files.filter((f) => f.endsWith(".js")), styles: files.filter((f) => f.endsWith(".css")) };
  } finally {
    await session.context.close();
  }
}

function gzipBytes(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

interface PageTimes {
  /** When the element marked kpi-first-view was painted. */
  readonly firstView: number;
  /** When the pane's React tree was live (the pane only). */
  readonly live?: number;
}

/** Opens a page in a fresh context and reads when its first view was painted. */
async function timePage(harness: Harness, url: string, office: OfficeMode): Promise<PageTimes> {
  const session = await harness.open({ office });
  try {
    await session.page.goto(url);
    const firstView = await session.page.evaluate(
      (id) =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === id) as
              | (PerformanceEntry & { renderTime: number; loadTime: number })
              | undefined;
            if (!entry) return;
            observer.disconnect();
            resolve(entry.renderTime || entry.loadTime || entry.startTime);
          }).observe({ type: "element", buffered: true });
        }),
      FIRST_VIEW,
    );
    const live = await session.page
      .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, MARK, { timeout: 10_000 })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => undefined);
    return { firstView, ...(live !== undefined ? { live } : {}) };
  } finally {
    await session.context.close();
  }
}

/** The pane's first view against an empty page's, in alternating pairs. */
async function firstView(harness: Harness): Promise<Record<string, number>> {
  const pane = `${harness.baseUrl}taskpane.html`;
  const empty = `${harness.baseUrl}${EMPTY_PAGE}`;
  const ratios: number[] = [];
  const paneTimes: number[] = [];
  const emptyTimes: number[] = [];
  const live: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const paneFirst = run % 2 === 0;
    const a = await timePage(harness, paneFirst ? pane : empty, "fake");
    const b = await timePage(harness, paneFirst ? empty : pane, "fake");
    const [p, e] = paneFirst ? [a, b] : [b, a];
    ratios.push(p.firstView / e.firstView);
    paneTimes.push(p.firstView);
    emptyTimes.push(e.firstView);
    if (p.live !== undefined) live.push(p.live);
  }
  return {
    "pane.firstViewRatio": median(ratios),
    "pane.firstViewMs": median(paneTimes),
    "pane.emptyPageMs": median(emptyTimes),
    "pane.firstRenderMs": median(live),
  };
}

/** Elements of the page inside Excel once the pane has read the sheet (no appendix yet). */
async function domNodes(harness: Harness): Promise<number> {
  const session = await harness.openPane({ office: "fake" });
  try {
    await session.page.getByText(/^Chưa chèn phụ lục\./).waitFor();
    return await session.page.evaluate(() => document.body.getElementsByTagName("*").length);
  } finally {
    await session.context.close();
  }
}

/** When the pane's React tree is live outside Excel (no office.js at all). */
async function previewLive(harness: Harness): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const { live } = await timePage(harness, `${harness.baseUrl}taskpane.html`, "none");
    if (live !== undefined) times.push(live);
  }
  return median(times);
}

export async function benchPane(): Promise<Record<string, number>> {
  const harness = await Harness.start();
  try {
    const dist = E2E_DIST;
    const { scripts, styles } = await initialFiles(harness);
    const sizes = new Map([...scripts, ...styles].map((src) => [src, gzipBytes(path.join(dist, src))]));
    const sum = (files: readonly string[]) => files.reduce((total, src) => total + (sizes.get(src) ?? 0), 0);
    const paneScripts = scripts.filter((src) => src !== "functions.js" && src !== "legacy-check.js");
    return {
      "bundle.taskpaneGzipBytes": sum(paneScripts),
      "bundle.functionsGzipBytes": sizes.get("functions.js") ?? 0,
      "bundle.cssGzipBytes": sum(styles),
      "bundle.firstLoadGzipBytes": sum([...scripts, ...styles]),
      "bundle.htmlGzipBytes": gzipBytes(path.join(dist, "taskpane.html")),
      ...(await firstView(harness)),
      "pane.firstViewDomNodes": await domNodes(harness),
      "pane.previewFirstRenderMs": await previewLive(harness),
    };
  } finally {
    await harness.close();
  }
}
