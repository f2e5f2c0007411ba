/**
 * Builds the production bundle once for the end-to-end tests and the pane benchmark: the
 * project's own webpack.config.js in production mode, written to test-artifacts/e2e-dist (so a
 * developer's dist/ is left alone) with webpack's filesystem cache, which makes rebuilds quick.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const E2E_DIST = path.join(ROOT, "test-artifacts", "e2e-dist");
const STAMP = path.join(E2E_DIST, ".build-stamp");

const BUILD_SCRIPT = `
const path = require("node:path");
const webpack = require("webpack");
const makeConfig = require(path.join(process.cwd(), "webpack.config.js"));
(async () => {
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: process.argv[1] };
  config.cache = {
    type: "filesystem",
    cacheDirectory: path.join(process.cwd(), "node_modules/.cache/webpack-e2e"),
    // The build's own plugins and loaders (scripts/) are part of it: a change there rebuilds.
    buildDependencies: { config: [path.join(process.cwd(), "webpack.config.js"), path.join(process.cwd(), "scripts") + "/"] },
  };
  config.infrastructureLogging = { level: "error" };
  webpack(config, (error, stats) => {
    if (error) { console.error(error); process.exit(1); }
    if (stats.hasErrors()) { console.error(stats.toString({ all: false, errors: true })); process.exit(1); }
    if (process.env.KPI_WEBPACK_STATS) {
      const json = stats.toJson({ all: false, chunks: true, chunkModules: true, modules: true, nestedModules: true });
      require("node:fs").writeFileSync(process.env.KPI_WEBPACK_STATS, JSON.stringify(json));
    }
    process.exit(0);
  });
})().catch((error) => { console.error(error); process.exit(1); });
`;

/** Newest modification time under a directory (sources the bundle is built from). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function sourcesMtime(): number {
  return Math.max(
    newestMtime(path.join(ROOT, "src")),
    newestMtime(path.join(ROOT, "scripts")), // the build's own plugins
    fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
    fs.statSync(path.join(ROOT, "package.json")).mtimeMs,
  );
}

/**
 * Builds into E2E_DIST unless a build newer than every source is already there. Runs webpack in
 * a child process (ts-jest's module system and webpack's loaders do not mix well).
 */
export function buildProduction(): string {
  if (fs.existsSync(STAMP) && Number(fs.readFileSync(STAMP, "utf8")) >= sourcesMtime()) return E2E_DIST;
  const started = sourcesMtime();
  execFileSync(process.execPath, ["-e", BUILD_SCRIPT, E2E_DIST], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    timeout: 15 * 60 * 1000,
  });
  fs.writeFileSync(STAMP, String(started));
  return E2E_DIST;
}
