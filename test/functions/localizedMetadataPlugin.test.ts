/**
 * scripts/localized-metadata-plugin.js in a real (tiny) webpack compilation: beside the
 * functions.json that CustomFunctionsMetadataPlugin generates from src/functions/functions.ts, it
 * emits functions.en-us.json. The entry is a stub, so no TypeScript is bundled.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";
import { localizeMetadata } from "../../src/functions/localizeMetadata";

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS build plugins, as webpack.config.js loads them */
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const LocalizedFunctionsMetadataPlugin = require("../../scripts/localized-metadata-plugin");
/* eslint-enable @typescript-eslint/no-require-imports */

const FUNCTIONS_FILE = path.resolve(__dirname, "../../src/functions/functions.ts");

function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => (error || !stats ? reject(error) : resolve(stats)));
  });
}

let directory: string;

beforeAll(() => {
  directory = mkdtempSync(path.join(os.tmpdir(), "kpi-metadata-"));
  writeFileSync(path.join(directory, "entry.js"), "export {};\n");
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

test("emits functions.en-us.json = localizeMetadata(functions.json, 'en')", async () => {
  const stats = await compile({
    mode: "none",
    context: directory,
    entry: "./entry.js",
    output: { path: path.join(directory, "dist") },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_FILE, output: "functions.json" }),
      // The build loads localizeMetadata through tsx, which jest's module system cannot host: the
      // function is passed in here (the real build is checked by `npx webpack`).
      new LocalizedFunctionsMetadataPlugin({ language: "en", output: "functions.en-us.json", localize: localizeMetadata }),
    ],
  });
  expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
  const vi = readFileSync(path.join(directory, "dist", "functions.json"), "utf8");
  const en = readFileSync(path.join(directory, "dist", "functions.en-us.json"), "utf8");
  expect(JSON.parse(vi).functions).toHaveLength(14);
  expect(en).toBe(localizeMetadata(vi, "en"));
});

test("reports an error when there is no functions.json to translate", async () => {
  const stats = await compile({
    mode: "none",
    context: directory,
    entry: "./entry.js",
    output: { path: path.join(directory, "dist-missing") },
    plugins: [
      new LocalizedFunctionsMetadataPlugin({ language: "en", output: "functions.en-us.json", localize: localizeMetadata }),
    ],
  });
  expect(stats.compilation.errors.map((e) => e.message)).toEqual([
    expect.stringContaining("functions.json was not generated"),
  ]);
});
