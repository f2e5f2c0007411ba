#!/usr/bin/env node
// `npm stop` — safe to repeat.
//
// Windows / macOS: `office-addin-debugging stop manifest.xml [args]` (stops the dev server and
// removes the sideloaded add-in), as in Microsoft's templates.
// Everywhere: also ends the background dev server that `npm start` (Linux or --server-only)
// started, found through its pid file — and nothing else.

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, clearState, isAlive, looksLikeOurServer, readState, sleep } from "./dev-server-state.mjs";

const argv = process.argv.slice(2);
let exitCode = 0;

if (process.platform === "win32" || process.platform === "darwin") {
  const cli = join(ROOT, "node_modules", "office-addin-debugging", "cli.js");
  const result = spawnSync(process.execPath, [cli, "stop", "manifest.xml", ...argv], {
    cwd: ROOT,
    stdio: "inherit",
  });
  exitCode = result.status ?? 1;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal); // the server was started detached: pid is its process group
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

const state = readState();
if (!state) {
  console.log("No dev server started by `npm start` is recorded; nothing to stop.");
} else if (!isAlive(state.pid) || !looksLikeOurServer(state.pid)) {
  console.log(`The dev server (pid ${state.pid}) is no longer running.`);
  clearState();
} else {
  console.log(`Stopping the dev server (pid ${state.pid})…`);
  signalGroup(state.pid, "SIGTERM");
  for (let i = 0; i < 50 && isAlive(state.pid); i++) await sleep(100);
  if (isAlive(state.pid)) signalGroup(state.pid, "SIGKILL");
  clearState();
  console.log("Stopped.");
}

process.exit(exitCode);
