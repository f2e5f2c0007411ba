/**
 * The pane's actions outside Excel (a plain browser): nothing can be written to a workbook, so
 * every Excel action is refused with a message that says so; the standalone workbook can still
 * be downloaded, since it is built in the browser.
 */
import { NotAvailableError, type PaneActions } from "./actions";
import { copyText } from "./clipboard";
import { supportInfoFrom } from "./supportInfo";
import { buildWorkbookFile, saveFile } from "./workbookFile";

function outsideExcel(what: string): Promise<never> {
  return Promise.reject(new NotAvailableError(what, true));
}

export function createPreviewActions(): PaneActions {
  return {
    host: "preview",
    readStatus: () => outsideExcel("readStatus"),
    insert: () => outsideExcel("insert"),
    insertMonthly: () => outsideExcel("insertMonthly"),
    protect: () => outsideExcel("protect"),
    unprotect: () => outsideExcel("unprotect"),
    highlight: () => outsideExcel("highlight"),
    check: () => outsideExcel("check"),
    selectFinding: () => outsideExcel("selectFinding"),
    goToIndicator: () => outsideExcel("goToIndicator"),
    portableCopy: () => outsideExcel("portableCopy"),
    applyPeriod: () => outsideExcel("applyPeriod"),
    insertFunctionAtSelection: () => outsideExcel("insertFunctionAtSelection"),
    fillDocument: () => outsideExcel("fillDocument"),
    copyText,
    previewConsolidation: () => outsideExcel("previewConsolidation"),
    consolidate: () => outsideExcel("consolidate"),
    selfTest: () => outsideExcel("selfTest"),
    // Outside Office there is no host to describe: the add-in's own version and build only.
    supportInfo: () => supportInfoFrom(undefined),
    async downloadWorkbook(choice) {
      const file = await buildWorkbookFile(choice);
      saveFile(file);
      return { how: "download", fileName: file.fileName, bytes: file.buffer.byteLength };
    },
  };
}
