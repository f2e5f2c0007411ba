/**
 * Benchmark of the task pane: what it costs to open. Builds the production bundle (the same
 * cached build as the end-to-end tests, test-artifacts/e2e-dist) and measures
 *
 *   bundle.taskpaneGzipBytes    gzip -9 bytes of the pane's own JavaScript that taskpane.html loads
 *                               at first (its <script> chunks but functions.js; office.js is
 *                               Microsoft's CDN). Lazy chunks (dialog, check results, Excel
 *                               actions, English strings, exceljs) are not counted: they load on use.
 *   bundle.functionsGzipBytes   gzip -9 bytes of functions.js, the custom-functions bundle the same
 *                               page loads first (shared runtime)
 *   bundle.firstLoadGzipBytes   everything taskpane.html loads from the add-in's origin at first:
 *                               the two above and legacy-check.js
 *   pane.firstRenderMs          median of 5 navigations in headless Chromium (a fresh context each)
 *                               from navigation start to the pane's first rendered view (the
 *                               "kpi-pane-first-render" mark the app sets), inside Excel (the
 *                               scripted host of the end-to-end tests, served as office.js)
 *   pane.previewFirstRenderMs   the same outside Excel (no office.js: the read-only preview)
 *
 * Microsoft's React task-pane template loads about 165 KB gzip of JavaScript for one button.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { E2E_DIST } from "../test/e2e/buildProduction";
import { Harness, type OfficeMode } from "../test/e2e/harness";

const RUNS = 5;
const MARK = "kpi-pane-first-render";

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The local scripts taskpane.html loads, in order (office.js excluded: it is Microsoft's CDN). */
export function initialScripts(dist: string): string[] {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

function gzipBytes(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

async function firstRenderMs(harness: Harness, office: OfficeMode): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const session = await harness.open({ office });
    try {
      await session.page.goto(`${harness.baseUrl}taskpane.html`);
      await session.page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK);
      times.push(await session.page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK));
    } finally {
      await session.context.close();
    }
  }
  return median(times);
}

export async function benchPane(): Promise<Record<string, number>> {
  const harness = await Harness.start();
  try {
    const dist = E2E_DIST;
    const scripts = initialScripts(dist);
    const sizes = new Map(scripts.map((src) => [src, gzipBytes(path.join(dist, src))]));
    const functionsBytes = sizes.get("functions.js") ?? 0;
    const paneBytes = scripts
      .filter((src) => src !== "functions.js" && src !== "legacy-check.js")
      .reduce((sum, src) => sum + (sizes.get(src) ?? 0), 0);
    const firstLoad = [...sizes.values()].reduce((sum, n) => sum + n, 0);
    return {
      "bundle.taskpaneGzipBytes": paneBytes,
      "bundle.functionsGzipBytes": functionsBytes,
      "bundle.firstLoadGzipBytes": firstLoad,
      "pane.firstRenderMs": await firstRenderMs(harness, "fake"),
      "pane.previewFirstRenderMs": await firstRenderMs(harness, "none"),
    };
  } finally {
    await harness.close();
  }
}
