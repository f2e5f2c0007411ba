// Webpack plugin: writes a localized copy of the custom-functions metadata (e.g. functions.en-us.json)
// beside the functions.json that CustomFunctionsMetadataPlugin generates from the JSDoc of
// src/functions/functions.ts. The transformation is the pure localizeMetadata() of
// src/functions/localizeMetadata.ts (same ids, names and parameters; descriptions from the strings
// of src/i18n/<language>/functions.ts), loaded through tsx so that no build step is needed.
// manifest.xml selects the file per Office UI language with a bt:Override of Functions.Metadata.Url.
"use strict";

const path = require("node:path");
const { Compilation, WebpackError, sources } = require("webpack");
const tsx = require("tsx/cjs/api");

const PLUGIN_NAME = "LocalizedFunctionsMetadataPlugin";
const LOCALIZER = path.resolve(__dirname, "../src/functions/localizeMetadata.ts");

class LocalizedFunctionsMetadataPlugin {
  /**
   * @param {{
   *   language: "en" | "vi",
   *   output: string,
   *   source?: string,
   *   localize?: (metadataJson: string, language: "en" | "vi") => string,
   * }} options
   *   language: the strings to use; output: the asset to emit (e.g. "functions.en-us.json");
   *   source: the generated metadata asset to translate (default "functions.json");
   *   localize: the transformation (default: localizeMetadata of src/functions/localizeMetadata.ts,
   *   loaded afresh through tsx at each compilation; tests pass it in directly).
   */
  constructor(options) {
    this.language = options.language;
    this.output = options.output;
    this.source = options.source || "functions.json";
    this.localize = options.localize;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // CustomFunctionsMetadataPlugin adds functions.json when the compilation is created, so
        // it is there at any processAssets stage; DERIVED ("derive new assets from existing
        // assets") comes after FunctionsMetadataOptionsPlugin completes functions.json (PRE_PROCESS).
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) {
            // CustomFunctionsMetadataPlugin reports why it did not write the file (JSDoc errors).
            compilation.errors.push(
              new WebpackError(`${PLUGIN_NAME}: ${this.source} was not generated, so ${this.output} is missing.`),
            );
            return;
          }
          try {
            // A fresh load per compilation, so that watch mode picks up edited strings.
            const localize = this.localize || tsx.require(LOCALIZER, __filename).localizeMetadata;
            const json = localize(asset.source.source().toString(), this.language);
            compilation.emitAsset(this.output, new sources.RawSource(json));
          } catch (error) {
            compilation.errors.push(
              new WebpackError(`${PLUGIN_NAME}: cannot write ${this.output}: ${error && error.message}`),
            );
          }
        },
      );
    });
  }
}

module.exports = LocalizedFunctionsMetadataPlugin;
