/**
 * The pane's actions while it is on screen but Office has not answered yet (the first view,
 * rendered at build time and hydrated at once): nothing can run, so every action button is
 * disabled (App treats the host "starting" as busy) and a call that slips through is refused.
 */
import { NotAvailableError, type PaneActions } from "./actions";

const notYet = (what: string) => (): Promise<never> => Promise.reject(new NotAvailableError(what));

export const STARTING_ACTIONS: PaneActions = {
  host: "starting",
  readStatus: notYet("readStatus"),
  insert: notYet("insert"),
  insertMonthly: notYet("insertMonthly"),
  protect: notYet("protect"),
  unprotect: notYet("unprotect"),
  highlight: notYet("highlight"),
  check: notYet("check"),
  selectFinding: notYet("selectFinding"),
  goToIndicator: notYet("goToIndicator"),
  portableCopy: notYet("portableCopy"),
  applyPeriod: notYet("applyPeriod"),
  insertFunctionAtSelection: notYet("insertFunctionAtSelection"),
  fillDocument: notYet("fillDocument"),
  copyText: notYet("copyText"),
  previewConsolidation: notYet("previewConsolidation"),
  consolidate: notYet("consolidate"),
  downloadWorkbook: notYet("downloadWorkbook"),
  selfTest: notYet("selfTest"),
  // Office has not said which host this is yet ("Hỗ trợ" waits for it and does not ask).
  supportInfo: () => {
    throw new NotAvailableError("supportInfo");
  },
};
