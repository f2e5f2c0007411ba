/**
 * The pane's first view as HTML, rendered at build time (scripts/first-view-plugin.js puts it into
 * taskpane.html) from the same App the browser then hydrates (index.tsx): Vietnamese, every action
 * waiting for Office (STARTING_ACTIONS), the light theme of the page's stylesheet. Runs in Node.
 */
import { renderToString } from "react-dom/server";
import { App } from "./App";
import { STARTING_ACTIONS } from "./startingActions";

export function renderFirstView(): string {
  return renderToString(<App actions={STARTING_ACTIONS} language="vi" />);
}
