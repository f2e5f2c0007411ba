/**
 * Entry of the task pane bundle: the page's stylesheets (extracted at build time: Fluent's and the
 * pane's styles, the light theme), and the pane itself (start.tsx, React and all), loaded once the
 * browser has painted the first view that taskpane.html holds. A browser runs deferred scripts
 * before it paints, so the whole pane in this entry would keep the first view off the screen until
 * React had been parsed and run; as a chunk of its own it loads while the first view is shown.
 */
import "./fluentTheme.css?light";
import "./taskpane.css";

/** The pane's start, a chunk of its own. */
function loadPane(): void {
  import(/* webpackChunkName: "pane" */ "./start")
    .then(({ start }) => start())
    .catch((error: unknown) => console.error("The pane did not load:", error));
}

// After the next frame is painted: a callback of requestAnimationFrame runs before the paint, a
// task it queues runs after it. (Without requestAnimationFrame, at once.)
if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(loadPane, 0));
else loadPane();
