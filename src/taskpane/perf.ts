/** The performance mark the pane sets once its first view is on screen (read by bench/pane.ts). */
export const FIRST_RENDER_MARK = "kpi-pane-first-render";

export function markFirstRender(): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  const marked = typeof performance.getEntriesByName === "function" && performance.getEntriesByName(FIRST_RENDER_MARK).length > 0;
  if (!marked) performance.mark(FIRST_RENDER_MARK);
}
