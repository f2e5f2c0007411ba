// Webpack build of the KPI CCHC Excel add-in.
//
// One page, two bundles (Microsoft's "shared runtime" pattern): dist/taskpane.html loads the
// custom-functions bundle first, then the task pane bundle; manifest.xml points the runtime, the
// custom-functions page and the ribbon button at that same page.
//
//   npm run build       production → dist/ (manifest URLs rewritten to ADDIN_PUBLIC_URL)
//   npm run build:dev   development → dist/ (manifest unchanged, https://localhost:3000/)
//   npm run dev-server  webpack-dev-server on https://localhost:<config.dev_server_port>
"use strict";

const path = require("node:path");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const FirstViewPlugin = require("./scripts/first-view-plugin");
const LocalizedFunctionsMetadataPlugin = require("./scripts/localized-metadata-plugin");
const FunctionsMetadataOptionsPlugin = require("./scripts/metadata-options-plugin");
const { DEV_URL, resolvePublicUrl, rewriteManifestUrls } = require("./scripts/manifest-urls");
const { getDevServerHttpsOptions } = require("./scripts/dev-certs");
const { buildInfoDefinitions } = require("./scripts/build-info");
const { DefinePlugin } = require("webpack");
const pkg = require("./package.json");

const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const TASKPANE_ENTRY = "./src/taskpane/index.tsx";

// ---------------------------------------------------------------------------------------------
// EXTENSION POINT — extra plugins.
//
// Other parts of the project add their webpack plugins HERE rather than editing the config below
// (e.g. the plugin that writes dist/functions.en-us.json — the English custom-functions metadata
// that manifest.xml's Functions.Metadata.Url en-US override points at — beside functions.json).
// The function runs once per build; `ctx.dev` is true for development builds and the dev server,
// `ctx.publicUrl` is the base URL the add-in is served from ("https://localhost:3000/" in dev).
//
// /** @param {{ dev: boolean, publicUrl: string, functionsEntry: string }} ctx */
// function extraPlugins(ctx) {
//   return [new SomePlugin({ input: ctx.functionsEntry, output: "functions.en-us.json" })];
// }
/**
 * @param {{ dev: boolean, publicUrl: string, functionsEntry: string }} ctx
 * @returns {import("webpack").WebpackPluginInstance[]}
 */
// eslint-disable-next-line no-unused-vars
function extraPlugins(ctx) {
  return [
    // ← add plugins here
    // functions.json: the top-level options the JSDoc cannot give (allowErrorForDataTypeAny).
    new FunctionsMetadataOptionsPlugin(),
    // functions.en-us.json: the English functions.json (manifest.xml's en-US override).
    new LocalizedFunctionsMetadataPlugin({ language: "en", output: "functions.en-us.json" }),
    // The add-in's version and build commit, for the pane's "Thông tin hỗ trợ" (src/taskpane/buildInfo.ts).
    new DefinePlugin(buildInfoDefinitions()),
  ];
}
// ---------------------------------------------------------------------------------------------

/**
 * @param {Record<string, unknown>} env webpack-cli env (WEBPACK_SERVE / WEBPACK_BUILD, --env flags)
 * @param {{ mode?: string }} options CLI options (--mode)
 * @returns {Promise<import("webpack").Configuration>}
 */
module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000);

  let publicUrl = DEV_URL;
  if (!dev) {
    const resolved = resolvePublicUrl(process.env);
    publicUrl = resolved.url;
    if (resolved.isDefault) {
      console.warn(
        "\n[webpack] WARNING: ADDIN_PUBLIC_URL is not set; dist/manifest.xml points at the placeholder " +
          `${publicUrl}\n[webpack]          Build with e.g. ADDIN_PUBLIC_URL=https://your.host/path/ npm run build\n`,
      );
    }
  }

  /** @type {import("webpack").Configuration} */
  const config = {
    mode: dev ? "development" : "production", // also sets process.env.NODE_ENV in the bundles
    devtool: dev ? "source-map" : false, // no eval-based maps: taskpane.html's CSP forbids eval
    entry: {
      // the order matters only for readability; HtmlWebpackPlugin below fixes the script order
      functions: FUNCTIONS_ENTRY,
      taskpane: TASKPANE_ENTRY,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // functions.js keeps a stable name: manifest.xml's Functions.Script.Url refers to it.
      filename: (pathData) =>
        dev || pathData.chunk?.name === "functions" ? "[name].js" : "[name].[contenthash].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      // Styles at build time, as Fluent UI v9 and Griffel document for applications: the pane's
      // makeStyles calls are compiled ahead of time (@griffel/webpack-loader, on ts-loader's output),
      // then every Griffel style, Fluent's own included, is moved out of the JavaScript into one
      // stylesheet (@griffel/webpack-extraction-plugin + mini-css-extract-plugin). Nothing injects a
      // <style> element at run time, so taskpane.html's CSP needs no 'unsafe-inline' for styles.
      rules: [
        {
          test: /\.(js|mjs|ts|tsx)$/,
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // The loader evaluates the style objects' imports (tokens.ts …), which are TypeScript.
            { loader: "@griffel/webpack-loader", options: { babelOptions: { presets: ["@babel/preset-typescript"] } } },
            { loader: "ts-loader", options: { transpileOnly: true } }, // `npm run typecheck` type-checks
          ],
        },
        {
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, "css-loader"],
        },
        {
          // fluentTheme.css?light / ?dark: the Fluent theme's CSS variables (see the loader).
          test: /fluentTheme\.css$/,
          use: [path.resolve(__dirname, "scripts/fluent-theme-css-loader.js")],
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: FUNCTIONS_ENTRY,
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual", // functions first: CustomFunctions.associate runs before the pane
      }),
      // The pane's first view, rendered at build time from the same React components, into taskpane.html.
      new FirstViewPlugin({ filename: "taskpane.html" }),
      new MiniCssExtractPlugin({
        filename: dev ? "[name].css" : "[name].[contenthash].css",
        chunkFilename: dev ? "[name].css" : "[name].[contenthash].css",
      }),
      new GriffelCSSExtractionPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          // ES5 check for Internet Explorer / EdgeHTML web views, loaded first by taskpane.html
          { from: "src/taskpane/legacy-check.js", to: "legacy-check.js" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : rewriteManifestUrls(content.toString("utf8"), publicUrl);
            },
          },
        ],
      }),
      ...extraPlugins({ dev, publicUrl, functionsEntry: FUNCTIONS_ENTRY }),
    ],
    optimization: {
      // default splitChunks (async chunks only): the two entry bundles stay separate
      // taskpane.html is minified by html-webpack-plugin, before the first view goes in; webpack's
      // own HTML minimizer would then drop the comments React writes between adjacent text nodes
      // (and around Suspense boundaries), and the first view would no longer hydrate.
      minimizeOptions: { html: false },
    },
    performance: dev
      ? false
      : {
          hints: "warning",
          // React + Fluent UI v9, tree-shaken; a warning means something large slipped in
          maxEntrypointSize: 1024 * 1024,
          maxAssetSize: 1024 * 1024,
        },
  };

  if (serving) {
    const https = await getDevServerHttpsOptions({ log: (msg) => console.warn(`[dev-certs] ${msg}`) });
    config.devServer = {
      port,
      host: "localhost",
      server: { type: "https", options: { ca: https.ca, cert: https.cert, key: https.key } },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false, // everything (bundles, assets, manifest) comes from the compilation
      client: { overlay: { warnings: false } },
    };
  }

  return config;
};
