/**
 * scripts/localized-metadata-plugin.js and scripts/metadata-options-plugin.js in a real (tiny)
 * webpack compilation: beside the functions.json that CustomFunctionsMetadataPlugin generates from
 * src/functions/functions.ts, functions.en-us.json is emitted, and both carry the top-level options
 * the JSDoc cannot give (allowErrorForDataTypeAny). The entry is a stub, so no TypeScript is bundled.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";
import { localizeMetadata } from "../../src/functions/localizeMetadata";

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS build plugins, as webpack.config.js loads them */
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const LocalizedFunctionsMetadataPlugin = require("../../scripts/localized-metadata-plugin");
const FunctionsMetadataOptionsPlugin = require("../../scripts/metadata-options-plugin");
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

describe("allowErrorForDataTypeAny at the top level of both files", () => {
  // Without it Excel shows a b or a cell's own error (#DIV/0!) instead of calling KPI.*.
  const plugins = (order: "options first" | "localized first"): webpack.WebpackPluginInstance[] => {
    const options = new FunctionsMetadataOptionsPlugin();
    const localized = new LocalizedFunctionsMetadataPlugin({ language: "en", output: "functions.en-us.json", localize: localizeMetadata });
    return [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_FILE, output: "functions.json" }),
      ...(order === "options first" ? [options, localized] : [localized, options]),
    ];
  };

  test.each(["options first", "localized first"] as const)("whatever the plugins' order (%s)", async (order) => {
    const out = path.join(directory, `dist-options-${order.replace(" ", "-")}`);
    const stats = await compile({ mode: "none", context: directory, entry: "./entry.js", output: { path: out }, plugins: plugins(order) });
    expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
    for (const file of ["functions.json", "functions.en-us.json"]) {
      const metadata = JSON.parse(readFileSync(path.join(out, file), "utf8"));
      expect({ file, allowErrorForDataTypeAny: metadata.allowErrorForDataTypeAny }).toEqual({ file, allowErrorForDataTypeAny: true });
      expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
      expect(metadata.functions).toHaveLength(14);
    }
  });

  test("webpack.config.js puts the options plugin into the build", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's CommonJS config
    const makeConfig = require("../../webpack.config.js") as (env: object, options: object) => Promise<webpack.Configuration>;
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "development" });
    expect(config.plugins!.some((plugin) => plugin instanceof FunctionsMetadataOptionsPlugin)).toBe(true);
    expect(config.plugins!.some((plugin) => plugin instanceof LocalizedFunctionsMetadataPlugin)).toBe(true);
  });

  test("a file without functions is refused, not completed", () => {
    expect(() => FunctionsMetadataOptionsPlugin.withMetadataOptions('{"x":1}')).toThrow(/no functions array/);
  });
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
