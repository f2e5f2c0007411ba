#!/usr/bin/env node
// `npm start`
//
// Windows / macOS (desktop Excel exists): like Microsoft's templates — a development build, then
// `office-addin-debugging start manifest.xml [args]`, which starts the dev server (npm run
// dev-server), installs the dev certificates and sideloads the add-in into desktop Excel.
// Extra arguments pass through: `npm start -- web --document <workbook URL>`.
//
// Linux and other platforms (no desktop Excel; office-addin-debugging would stop with "Platform
// not supported"), or anywhere with --server-only:
//   1. makes sure HTTPS certificates exist in ~/.office-addin-dev-certs (no system store, no sudo),
//   2. starts webpack-dev-server (development) on https://localhost:<port> in the background
//      (pid in node_modules/.cache/kpi-cchc/; `npm stop` ends it) — or in the foreground with
//      --foreground,
//   3. prints how to sideload the add-in into Excel on the web.

import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { get as httpsGet } from "node:https";
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  LOG_FILE,
  MANIFEST,
  ROOT,
  STATE_DIR,
  clearState,
  devServerPort,
  isAlive,
  isPortOpen,
  looksLikeOurServer,
  readState,
  sleep,
  writeState,
} from "./dev-server-state.mjs";

const require = createRequire(import.meta.url);
const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js");
const DEBUGGING_CLI = join(ROOT, "node_modules", "office-addin-debugging", "cli.js");

const argv = process.argv.slice(2);
const serverOnly = argv.includes("--server-only") || process.env.KPI_SERVER_ONLY === "1";
const foreground = argv.includes("--foreground");
const passThrough = argv.filter((a) => a !== "--server-only" && a !== "--foreground");
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

function run(args, extraEnv = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...extraEnv },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

// ---------------------------------------------------------------------------------------------
// Windows / macOS: Microsoft's flow.

function startDesktop() {
  console.log("Building (development)…");
  const built = run([WEBPACK_CLI, "--mode", "development"]);
  if (built !== 0) process.exit(built);
  // --app excel: the manifest only has a Workbook host; naming it avoids an interactive prompt
  const args = passThrough.includes("--app") ? passThrough : [...passThrough, "--app", "excel"];
  console.log(`office-addin-debugging start manifest.xml ${args.join(" ")}`);
  process.exit(run([DEBUGGING_CLI, "start", "manifest.xml", ...args]));
}

// ---------------------------------------------------------------------------------------------
// Linux and friends: certificates + dev server + instructions.

function fetchStatus(url, ca) {
  return new Promise((resolve) => {
    const req = httpsGet(url, ca ? { ca } : { rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, error: null });
    });
    req.setTimeout(5000, () => req.destroy(new Error("timeout")));
    req.on("error", (error) => resolve({ status: 0, error }));
  });
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function printInstructions({ port, trusted, trustCommands, background }) {
  const base = `https://localhost:${port}/`;
  const lines = [
    "",
    "──────────────────────────────────────────────────────────────────────────────",
    ` KPI CCHC add-in dev server: ${base}taskpane.html`,
    ` Manifest (sideload this file): ${MANIFEST}`,
    "──────────────────────────────────────────────────────────────────────────────",
    "",
    "Desktop Excel does not exist on this platform; use Excel on the web (Microsoft 365 account):",
    "",
    " A) Manually",
    "    1. Open a workbook in Excel on the web (OneDrive or SharePoint).",
    "    2. Home > Add-ins (or Insert > Add-ins) > More Add-ins > My Add-ins >",
    "       Upload My Add-in, then choose:",
    `         ${MANIFEST}`,
    "    3. Home tab > group 'Phụ lục CCHC' > 'Mở bảng chỉ tiêu' opens the task pane;",
    "       the KPI.* functions work in any cell.",
    "",
    " B) With office-addin-debugging (while this dev server is running):",
    `    npx office-addin-debugging start manifest.xml web --document "<URL of a workbook on OneDrive/SharePoint>"`,
    "",
  ];
  if (!trusted) {
    lines.push(
      "The browser that runs Excel on the web must trust the development CA, otherwise the task",
      `pane stays blank. Open ${base}taskpane.html once and accept the certificate, or trust the CA:`,
      ...trustCommands.map((c) => `    ${c}`),
      "",
    );
  }
  if (background) {
    lines.push(`Dev server log: ${LOG_FILE}`, "Stop it with:  npm stop", "");
  } else {
    lines.push("Press Ctrl+C to stop the dev server.", "");
  }
  console.log(lines.join("\n"));
}

function isCaTrustedBySystem(caPem) {
  const systemCopy = "/usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt";
  try {
    return readFileSync(systemCopy).equals(caPem);
  } catch {
    return false;
  }
}

async function startServerOnly() {
  const port = devServerPort();
  const base = `https://localhost:${port}/`;
  const devCerts = require("./dev-certs.js");

  // 1. certificates (never sudo, never a system store on Linux)
  let https;
  try {
    https = await devCerts.getDevServerHttpsOptions({ log: (m) => console.log(m) });
  } catch (err) {
    console.error(`Could not prepare HTTPS certificates: ${err.message}`);
    process.exit(1);
  }
  console.log(`HTTPS certificates: ${devCerts.paths.dir} (${https.source})`);
  const trusted = hasDesktopExcel ? https.source === "office-addin-dev-certs" : isCaTrustedBySystem(https.ca);
  const trustCommands = devCerts.trustInstructions();

  // 2. dev server
  const existing = readState();
  if (existing && isAlive(existing.pid) && looksLikeOurServer(existing.pid)) {
    const { status } = await fetchStatus(`${base}taskpane.html`);
    if (status === 200) {
      console.log(`The dev server is already running (pid ${existing.pid}).`);
      printInstructions({ port, trusted, trustCommands, background: true });
      return;
    }
  }
  clearState();
  if (await isPortOpen(port)) {
    console.error(
      `Port ${port} is already in use by another program. Stop it, or change "config.dev_server_port" in package.json.`,
    );
    process.exit(1);
  }

  const env = { ...process.env, KPI_LOCAL_CERTS_ONLY: hasDesktopExcel ? "" : "1" };
  const serveArgs = [WEBPACK_CLI, "serve", "--mode", "development"];

  if (foreground) {
    console.log("Starting the dev server (foreground)…");
    const child = spawn(process.execPath, serveArgs, { cwd: ROOT, stdio: "inherit", env });
    const stop = () => child.kill("SIGTERM");
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    const ready = await waitUntilServing(base, https.ca, () => child.exitCode !== null);
    if (ready) printInstructions({ port, trusted, trustCommands, background: false });
    child.on("exit", (code) => process.exit(code ?? 0));
    return;
  }

  console.log("Starting the dev server in the background…");
  mkdirSync(STATE_DIR, { recursive: true });
  const logFd = openSync(LOG_FILE, "w");
  const child = spawn(process.execPath, serveArgs, {
    cwd: ROOT,
    detached: true, // own process group: `npm stop` ends the whole group
    stdio: ["ignore", logFd, logFd],
    env,
  });
  closeSync(logFd);
  writeState({ pid: child.pid, port, startedAt: new Date().toISOString(), log: LOG_FILE });
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  child.unref();

  const ready = await waitUntilServing(base, https.ca, () => exited);
  if (!ready) {
    console.error(`The dev server did not come up on ${base}. Last lines of ${LOG_FILE}:\n`);
    console.error(tail(LOG_FILE));
    if (!exited) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
    clearState();
    process.exit(1);
  }
  console.log(`The dev server is running (pid ${child.pid}).`);
  printInstructions({ port, trusted, trustCommands, background: true });
}

/** Polls taskpane.html until it answers 200 (verifying the certificate against our CA). */
async function waitUntilServing(base, ca, hasExited, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) return false;
    const { status, error } = await fetchStatus(`${base}taskpane.html`, ca);
    if (status === 200) return true;
    if (error && /certificate|self.signed|CERT_/i.test(error.message)) {
      // served, but with a certificate our CA does not verify (e.g. another CA in the store)
      const retry = await fetchStatus(`${base}taskpane.html`);
      if (retry.status === 200) return true;
    }
    await sleep(1000);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(MANIFEST)) {
  console.error(`manifest.xml not found in ${ROOT}`);
  process.exit(1);
}

if (hasDesktopExcel && !serverOnly) {
  startDesktop();
} else {
  if (!hasDesktopExcel && passThrough.length > 0) {
    console.log(
      `Note: arguments (${passThrough.join(" ")}) are for office-addin-debugging on Windows/macOS; ignored here.`,
    );
  }
  await startServerOnly();
}
