/**
 * The src/excel modules the pane's Excel actions use, gathered in one place so excelActions.ts
 * can load them on first use (one "excel" chunk): the pane's first load carries no sheet layout,
 * no insert, no check and no monthly-reporting code.
 */
export { insertRunOptions, officeCapabilities } from "../excel/capabilities";
export { readAppendixSnapshot, selectCell } from "../excel/check";
export { applyHighlighting } from "../excel/highlight";
export { readIndicatorStatus } from "../excel/indicatorStatus";
export { applyCarriedPlan } from "../excel/planSheet";
export { registerWorkbookPlan, registeredWorkbookPlan } from "../domain/kpiFunctions";
export { writeDocumentFields } from "../excel/documentFields";
export { insertAppendix, protectAppendix, unprotectAppendix } from "../excel/insertAppendix";
export { switchReportPeriod } from "../excel/monthly";
export { checkWithPeriod, insertMonthly } from "./monthlyReport";
export { preparePortableCopy } from "../excel/portableCopy";
export { previewConsolidation, writeConsolidation } from "../excel/consolidate";
export { runSelfTest } from "../excel/selfTest";
export { locateAppendix } from "../domain/check";
export { filledByOfChoice } from "../domain/filledBy";
export { defaultSheetName } from "../domain/layout/appendixLayout";
export { rangeAddress } from "../domain/layout/a1";
