// Shared by scripts/start.mjs and scripts/stop.mjs: where the background dev server's pid and log
// live, and small process / network helpers.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
// node_modules/.cache is ignored by git and removed with node_modules.
export const STATE_DIR = join(ROOT, "node_modules", ".cache", "kpi-cchc");
export const PID_FILE = join(STATE_DIR, "dev-server.json");
export const LOG_FILE = join(STATE_DIR, "dev-server.log");
export const MANIFEST = join(ROOT, "manifest.xml");

export function devServerPort() {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  return Number(process.env.npm_package_config_dev_server_port || pkg.config?.dev_server_port || 3000);
}

/** @returns {{ pid: number, port: number, startedAt: string, log: string } | null} */
export function readState() {
  try {
    const state = JSON.parse(readFileSync(PID_FILE, "utf8"));
    return Number.isInteger(state.pid) && state.pid > 0 ? state : null;
  } catch {
    return null;
  }
}

export function writeState(state) {
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(PID_FILE, `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState() {
  rmSync(PID_FILE, { force: true });
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/** True when /proc says `pid` is a webpack process (guards against a recycled pid). */
export function looksLikeOurServer(pid) {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true; // no /proc (macOS): trust the pid file
  try {
    return readFileSync(cmdline, "utf8").includes("webpack");
  } catch {
    return false;
  }
}

/** Resolves true when something accepts TCP connections on localhost:port. */
export function isPortOpen(port, host = "localhost") {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
