// The add-in's version (package.json) and the commit it is built from (`git rev-parse --short
// HEAD`), for webpack's DefinePlugin (webpack.config.js → src/taskpane/buildInfo.ts). Without git
// (a source archive, a build machine without it) the commit is "unknown": the build never fails
// for it.
"use strict";

const { execFileSync } = require("node:child_process");
const path = require("node:path");

/**
 * @param {{ root?: string, git?: (args: string[], cwd: string) => string }} [options]
 * @returns {{ version: string, commit: string }}
 */
function buildInfo(options = {}) {
  const root = options.root ?? path.resolve(__dirname, "..");
  const git =
    options.git ??
    ((args, cwd) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 10000 }));
  const { version } = require(path.join(root, "package.json"));
  let commit = "unknown";
  try {
    const out = String(git(["rev-parse", "--short", "HEAD"], root)).trim();
    if (/^[0-9a-f]{4,40}$/i.test(out)) commit = out;
  } catch {
    // git is not installed, or this is not a repository: keep "unknown".
  }
  return { version: typeof version === "string" && version ? version : "0.0.0", commit };
}

/** The DefinePlugin definitions: identifiers replaced by string literals in the bundle. */
function buildInfoDefinitions(info = buildInfo()) {
  return { __ADDIN_VERSION__: JSON.stringify(info.version), __BUILD_COMMIT__: JSON.stringify(info.commit) };
}

module.exports = { buildInfo, buildInfoDefinitions };
