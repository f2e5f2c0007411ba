// Webpack loader: the CSS variables of a Fluent UI theme as a stylesheet, so that the pane needs no
// <style> element at run time (taskpane.html's CSP has no 'unsafe-inline' for styles).
//
// FluentProvider writes its theme into a <style> element it creates, which a strict style-src
// refuses; Fluent's createCSSRuleFromTheme (documented for "applying theming statically to a top
// level element") gives the same rule as text. The pane imports src/taskpane/fluentTheme.css with a
// query that names the theme: "?light" (statically: the first view) or "?dark" (a lazy chunk, loaded
// by theme.ts only in a dark Office). The file's own content is ignored.
"use strict";

const THEMES = { light: "webLightTheme", dark: "webDarkTheme" };

/** @this {import("webpack").LoaderContext<unknown>} */
module.exports = function fluentThemeCssLoader() {
  const name = THEMES[this.resourceQuery.replace(/^\?/, "")];
  if (!name) throw new Error(`fluent-theme-css-loader: unknown theme query "${this.resourceQuery}" (use ?light or ?dark)`);
  const fluent = require("@fluentui/react-components");
  // The dark sheet is loaded after the light one and overrides it (same selector, later in the page).
  return `${fluent.createCSSRuleFromTheme(":root", fluent[name])}\n`;
};
