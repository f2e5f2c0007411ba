/**
 * The pane's actions inside Excel: each wraps one function of src/excel in Excel.run and hands
 * its answer to the pane. This is the only place the pane calls Excel. The src/excel modules are
 * loaded on the first action (a separate chunk), so the pane's first load stays small.
 */
import type { IndicatorCode } from "../domain/catalog";
import type { Language } from "../i18n/language";
import type { ReadWorkbook } from "../domain/consolidate";
import { NotAvailableError, type ChosenFile, type ConsolidationRequest, type PaneActions, type SelectResult, type SheetRequest } from "./actions";
import { copyText } from "./clipboard";
import { collectSupportInfo } from "./supportInfo";
import { buildWorkbookFile, saveFile, toBase64 } from "./workbookFile";

type Modules = typeof import("./excelModules");

/** The src/excel modules, loaded on the first action (a separate chunk). */
const modules = (): Promise<Modules> => import(/* webpackChunkName: "excel" */ "./excelModules");

/**
 * A workbook made for a plan other than the built-in one loads the add-in (hidden) whenever it is
 * opened, so the pane's start registers the workbook's plan for KPI.STATUS before anyone opens the
 * pane ("Run code in your Office Add-in when the document opens": Office.addin.setStartupBehavior,
 * SharedRuntime 1.1, a setting of this document). Where the host cannot, nothing changes: opening
 * the pane registers the plan.
 */
export async function loadWhenOpened(): Promise<boolean> {
  try {
    if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return false;
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    return true;
  } catch (error: unknown) {
    console.warn("The add-in could not be set to load with this workbook:", error);
    return false;
  }
}

/** The appendix sheet an action works on: the one the pane inserted, else the year's default. */
export function sheetNameOf(request: SheetRequest, m: Pick<Modules, "defaultSheetName">): string {
  return request.sheetName ?? m.defaultSheetName(request.choice.year);
}

/** Options naming the table's defined names, when the pane knows their prefix. */
function prefixOf(request: SheetRequest): { namePrefix?: string } {
  return request.namePrefix ? { namePrefix: request.namePrefix } : {};
}

/** The monthly data sheet to check, when the pane inserted one of its own (not the default). */
function dataSheetOf(request: SheetRequest): { dataSheetName?: string } {
  return request.dataSheetName ? { dataSheetName: request.dataSheetName } : {};
}

/** "'Phụ lục 2024'!B3" → "B3". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

function isSetSupported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** Each chosen file read once (with exceljs, in this page: nothing is uploaded), for the preview and the write. */
const readFiles = new WeakMap<ChosenFile, Promise<ReadWorkbook>>();

/** The chosen files as the consolidation reads them; exceljs comes with the workbook chunk. */
export async function readChosenFiles(files: readonly ChosenFile[]): Promise<ReadWorkbook[]> {
  const reader = await import(/* webpackChunkName: "workbook" */ "../workbook/readWorkbook");
  return Promise.all(
    files.map((file) => {
      let read = readFiles.get(file);
      if (!read) {
        read = file
          .arrayBuffer()
          .then((bytes) => reader.readUnitFile({ name: file.name, bytes, lastModified: new Date(file.lastModified).toISOString() }));
        readFiles.set(file, read);
      }
      return read;
    }),
  );
}

/** The consolidation's options from the pane's request. */
function consolidationOptions(request: ConsolidationRequest) {
  return {
    period: request.choice.period,
    year: request.choice.year,
    ...prefixOf(request),
    ...(request.resolutions ? { resolutions: request.resolutions } : {}),
  };
}

export function createExcelActions(language: Language): PaneActions {
  void language;
  const select = async (sheetName: string, address: string): Promise<SelectResult> => {
    const m = await modules();
    const found = await Excel.run((context) => m.selectCell(context, sheetName, address));
    return { sheetName, address, found };
  };
  return {
    host: "excel",

    async insert({ choice, ifExists, document, sheetName, dropIndicators }) {
      const m = await modules();
      // The chosen plan is the workbook's from now on: KPI.STATUS knows its codes as Excel calculates.
      if (choice.plan) m.registerWorkbookPlan(choice.plan.kind === "file" ? choice.plan.plan : null);
      const capabilities = m.officeCapabilities();
      const result = await Excel.run(m.insertRunOptions(capabilities), (context) =>
        m.insertAppendix(context, {
          year: choice.year,
          ...(choice.plan ? { plan: choice.plan.plan } : {}),
          filledBy: m.filledByOfChoice(choice.myUnit, choice.plan?.plan),
          ifExists,
          capabilities,
          undoGroup: capabilities.undoGroup,
          unit: choice.myUnit,
          ...(document ? { document } : {}),
          ...(sheetName ? { sheetName } : {}),
          ...(dropIndicators ? { dropIndicators } : {}),
        }),
      );
      if (choice.plan?.kind === "file" && (result.status === "inserted" || result.status === "updated")) await loadWhenOpened();
      return result;
    },

    async insertMonthly({ choice, ifExists, document }) {
      const m = await modules();
      if (choice.plan) m.registerWorkbookPlan(choice.plan.kind === "file" ? choice.plan.plan : null);
      const capabilities = m.officeCapabilities();
      // No undo group: the monthly insert names its ranges with comments, which Excel on the web
      // cannot group into one undo step.
      const result = await Excel.run((context) => m.insertMonthly(context, { choice, ifExists, capabilities, ...(document ? { document } : {}) }));
      if (choice.plan?.kind === "file" && (result.status === "inserted" || result.status === "updated")) await loadWhenOpened();
      return { ...result, leftOut: capabilities.leftOut };
    },

    async readStatus(request) {
      const m = await modules();
      return Excel.run(async (context) => {
        const registered = m.registeredWorkbookPlan() ?? undefined;
        const reading = await m.readIndicatorStatus(context, { ...prefixOf(request), ...(registered ? { plan: registered } : {}) });
        // The workbook's own plan for KPI.STATUS (once per workbook: a recalculation when it changes),
        // and its indicators read again when they are not the ones just read.
        if (!(await m.applyCarriedPlan(context, reading.carriedPlan))) return reading;
        const plan = m.registeredWorkbookPlan() ?? undefined;
        if (plan) await loadWhenOpened();
        return m.readIndicatorStatus(context, { ...prefixOf(request), ...(plan ? { plan } : {}) });
      });
    },

    async protect(request) {
      const m = await modules();
      return Excel.run((context) => m.protectAppendix(context, sheetNameOf(request, m)));
    },

    async unprotect(request) {
      const m = await modules();
      return Excel.run((context) => m.unprotectAppendix(context, sheetNameOf(request, m)));
    },

    async highlight(request) {
      const m = await modules();
      return Excel.run((context) => m.applyHighlighting(context, sheetNameOf(request, m), prefixOf(request)));
    },

    async check(request) {
      const m = await modules();
      return Excel.run((context) =>
        m.checkWithPeriod(context, sheetNameOf(request, m), { ...prefixOf(request), ...dataSheetOf(request) }),
      );
    },

    selectFinding(sheetName, finding) {
      if (!finding.address) return Promise.reject(new NotAvailableError("finding without a cell"));
      // A finding about another sheet (the monthly data's) names it in params.sheet.
      return select(finding.params.sheet ?? sheetName, finding.address);
    },

    async goToIndicator(request, code: IndicatorCode) {
      const m = await modules();
      const sheetName = sheetNameOf(request, m);
      // Find the row where it stands now (rows may have been inserted above it).
      const snapshot = await Excel.run((context) => m.readAppendixSnapshot(context, sheetName));
      const located = snapshot.sheetExists ? m.locateAppendix(snapshot.formulas) : undefined;
      const row = located?.rows.get(code);
      if (!located || row === undefined) return { sheetName, address: "", found: false };
      return select(snapshot.sheetName, m.rangeAddress(row, located.columns.numerator, row, located.columns.denominator));
    },

    async portableCopy(request) {
      const m = await modules();
      return Excel.run((context) =>
        m.preparePortableCopy(context, sheetNameOf(request, m), {
          mode: request.mode,
          period: request.choice.period,
          year: request.choice.year,
          ...prefixOf(request),
        }),
      );
    },

    async applyPeriod(request) {
      const m = await modules();
      const period = request.choice.period;
      const result = await Excel.run((context) => m.switchReportPeriod(context, period, prefixOf(request)));
      return { status: result.status, period };
    },

    insertFunctionAtSelection(formula) {
      return Excel.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load("address");
        await context.sync();
        cell.formulas = [[formula]];
        await context.sync();
        return { address: localAddress(cell.address), formula };
      });
    },

    async fillDocument(request) {
      const m = await modules();
      return Excel.run((context) => m.writeDocumentFields(context, request.document, prefixOf(request)));
    },

    copyText,

    async previewConsolidation(request) {
      const [m, files] = await Promise.all([modules(), readChosenFiles(request.files)]);
      return Excel.run((context) => m.previewConsolidation(context, files, consolidationOptions(request)));
    },

    async consolidate(request) {
      const [m, files] = await Promise.all([modules(), readChosenFiles(request.files)]);
      return Excel.run((context) => m.writeConsolidation(context, files, consolidationOptions(request)));
    },

    async downloadWorkbook(choice) {
      const file = await buildWorkbookFile(choice);
      // A download from an add-in's web view is not possible everywhere; a new Excel window is.
      if (isSetSupported("ExcelApi", "1.8") && typeof Excel.createWorkbook === "function") {
        await Excel.createWorkbook(toBase64(file.buffer));
        return { how: "newWorkbook", fileName: file.fileName, bytes: file.buffer.byteLength };
      }
      saveFile(file);
      return { how: "download", fileName: file.fileName, bytes: file.buffer.byteLength };
    },

    async selfTest() {
      const m = await modules();
      const capabilities = m.officeCapabilities();
      return Excel.run((context) => m.runSelfTest(context, { capabilities }));
    },

    supportInfo: collectSupportInfo,
  };
}
