// Webpack plugin: puts the task pane's first view, rendered at build time, into taskpane.html.
//
// renderFirstView() of src/taskpane/firstView.tsx renders the same React App the browser then
// hydrates (index.tsx): Vietnamese, the light theme, every action waiting for Office. It is loaded
// through tsx (a fresh load per compilation, so watch mode picks up edits), as the localized
// metadata plugin loads its TypeScript. The markup replaces the "Đang tải…" boot message inside
// <div id="root">, which gets the attribute that tells index.tsx to hydrate instead of rendering.
//
// The page's CSP allows no inline style and no inline script, so markup that has either fails the
// build here rather than in a user's pane. Class names need no care: Griffel names a class by a
// hash of its rule, the same in Node as in the extracted stylesheet.
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { WebpackError } = require("webpack");
const tsx = require("tsx/cjs/api");

const PLUGIN_NAME = "FirstViewPlugin";
const RENDERER = path.resolve(__dirname, "../src/taskpane/firstView.tsx");
/**
 * The root element of taskpane.html with its boot message (no element nested in it), as written in
 * the template or as html-webpack-plugin's minifier leaves it (<div id=root>).
 */
const ROOT = /<div id="?root"?>[\s\S]*?<\/div>/;
/** Must match FIRST_VIEW_ATTRIBUTE in src/taskpane/start.tsx. */
const ATTRIBUTE = "data-first-view";

/** Why markup cannot go into the page under its CSP, or undefined. */
function cspProblem(markup) {
  if (/<style[\s>]/i.test(markup)) return "a <style> element";
  if (/<script[\s>]/i.test(markup)) return "a <script> element";
  if (/\sstyle=/i.test(markup)) return "a style attribute";
  if (/\son[a-z]+=/i.test(markup)) return "an inline event handler";
  return undefined;
}

/** taskpane.html with the first view in its root element. */
function withFirstView(html, markup) {
  if (!ROOT.test(html)) throw new Error('the template has no <div id="root">…</div> to put the first view in');
  const problem = cspProblem(markup);
  if (problem) throw new Error(`the first view holds ${problem}, which the page's CSP refuses`);
  return html.replace(ROOT, () => `<div id="root" ${ATTRIBUTE}>${markup}</div>`);
}

class FirstViewPlugin {
  /**
   * @param {{ filename: string, render?: () => string }} options
   *   filename: the HtmlWebpackPlugin page to fill (taskpane.html); render: the renderer (default:
   *   renderFirstView of src/taskpane/firstView.tsx through tsx; tests pass their own).
   */
  constructor(options) {
    this.filename = options.filename;
    this.render = options.render;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      // After html-webpack-plugin has minified the page: the minifier would drop the comments and
      // whitespace React writes between text nodes, and hydration would no longer match.
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tap(PLUGIN_NAME, (data) => {
        if (data.outputName !== this.filename) return data;
        try {
          const render = this.render || tsx.require(RENDERER, __filename).renderFirstView;
          return { ...data, html: withFirstView(data.html, render()) };
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${error && error.message}`));
          return data;
        }
      });
    });
  }
}

module.exports = FirstViewPlugin;
module.exports.withFirstView = withFirstView;
