/**
 * The task pane's actions: everything the pane asks of Excel (or of the browser) goes through
 * PaneActions. Components receive an implementation as a prop and never call Excel themselves:
 * excelActions.ts wraps the real modules in Excel.run, previewActions.ts answers outside Excel,
 * and the tests pass fakes. Each method resolves with a plain result the pane shows, or rejects
 * with the error (an OfficeExtension.Error, a NotAvailableError, …) that explainError turns into
 * words.
 */
import type { PlanChoice } from "./planChoice";
import type { IndicatorCode } from "../domain/catalog";
import type { ReportPeriod } from "../domain/period";
import type { AppendixFeature } from "../excel/capabilities";
import type { CheckReport, Finding } from "../domain/check";
import type { DocumentFields } from "../domain/layout/documentFrame";
import type { DocumentWriteResult } from "../excel/documentFields";
import type { PortableMode } from "../domain/portable";
import type { HighlightResult as ExcelHighlightResult } from "../excel/highlight";
import type { IndicatorReading, StatusReading } from "../excel/indicatorStatus";
import type { IfExists, InsertAppendixResult, ProtectionResult } from "../excel/insertAppendix";
import type { MonthlyInsertResult as ExcelMonthlyInsertResult } from "../excel/monthly";
import type { ConsolidationResult as ExcelConsolidationResult } from "../excel/consolidate";
import type { CellInput } from "../domain/ratio";
import type { PortableCopyResult as ExcelPortableCopyResult } from "../excel/portableCopy";
import type { SelfTestReport } from "../domain/selfTest";
import type { SupportInfo } from "./supportInfo";

export type { DocumentFields, Finding, IfExists, PortableMode, ReportPeriod, SelfTestReport, SupportInfo };

/** What the user chose in step 1. */
export interface PaneChoice {
  readonly year: number;
  /** The user's own host unit (Đơn vị chủ trì), or null for the whole department. */
  readonly myUnit: string | null;
  readonly period: ReportPeriod;
  /** The plan the appendix is inserted for (Kế hoạch); absent: the built-in plan. */
  readonly plan?: PlanChoice;
}

/** Parts of the appendix that an older Excel cannot write (a requirement set is missing). */
export type Feature = AppendixFeature;

export interface InsertRequest {
  readonly choice: PaneChoice;
  readonly ifExists: IfExists;
  /**
   * The document frame's fields typed in the pane (number, date, names, recipients): written into
   * the frame's input cells; blank ones leave what the sheet holds. The frame's bodies follow
   * choice.myUnit.
   */
  readonly document?: DocumentFields;
  /**
   * The sheet to insert or update; absent: the chosen year's default. An update to another plan
   * names the sheet of the workbook's table (the "otherPlan" result's tableSheet).
   */
  readonly sheetName?: string;
  /** An update to another plan may drop indicators that hold data (the user confirmed it). */
  readonly dropIndicators?: boolean;
}

/**
 * What insertAppendix answers: "inserted" / "updated" (with what was left out, kept and noted),
 * "exists" (ifExists "ask": nothing written, the user chooses update or a new sheet), "conflict",
 * "protected" or "unsupported" (nothing written).
 */
export type InsertResult = InsertAppendixResult;

/**
 * What inserting monthly reporting answers (insertMonthlyReport): "inserted" / "updated" with the
 * three sheets, the period written, whether a native chart was drawn and how many cells an update
 * kept; "exists" (nothing written: the user chooses update or new sheets), "conflict" (sheets that
 * hold something else), "protected" or "unsupported". leftOut: what this Excel could not write.
 */
export interface MonthlyInsertResult extends ExcelMonthlyInsertResult {
  readonly leftOut: readonly Feature[];
}

/** Which appendix sheet an action works on: the one the pane inserted, or the year's default. */
export interface SheetRequest {
  readonly choice: PaneChoice;
  /** The sheet the pane last inserted or updated, when known. */
  readonly sheetName: string | null;
  /** Prefix of the table's defined names ("KPI", "KPI2", …), when known. */
  readonly namePrefix: string | null;
  /** Monthly reporting: the monthly data sheet the pane inserted, when it is not the default one. */
  readonly dataSheetName?: string | null;
}

/** Whether the sheet is protected now, and whether this call changed it. */
export type ProtectResult = ProtectionResult;

/** What applyHighlighting answers: "applied" (rules written, rules kept), or why not. */
export type HighlightResult = ExcelHighlightResult;

/**
 * What the pre-submission check found: findings (as data), each indicator's verdict, the summary;
 * for monthly reporting also the period in the workbook's period cell, which the monthly data's
 * findings are worded with ("months 1 to 3").
 */
export type CheckResult = CheckReport & { readonly period?: ReportPeriod };

/** Where the pane selected, or "notFound" when the sheet or cell no longer exists. */
export interface SelectResult {
  readonly sheetName: string;
  readonly address: string;
  readonly found: boolean;
}

export interface PortableCopyRequest extends SheetRequest {
  /** Ordinary formulas (recalculate) or fixed values. */
  readonly mode: PortableMode;
}

/** What preparePortableCopy answers: "created" with the copy's sheet name, or why not. */
export type PortableCopyResult = ExcelPortableCopyResult;

/**
 * Where the report stands (readIndicatorStatus): each indicator's verdict and ratio as the sheet
 * shows them, with the sheet's name and the monthly report's period; or that there is no appendix.
 */
export type StatusResult = StatusReading;
export type { IndicatorReading };
export interface DocumentRequest extends SheetRequest {
  /** The fields to write; blank ones are left as the sheet has them. */
  readonly document: DocumentFields;
}

/** What writing the frame's fields answers: "written" (which), "frameMissing", "nothingToWrite". */
export type DocumentResult = DocumentWriteResult;

export interface PeriodResult {
  /** "switched" / "unchanged", or "notFound" when the workbook has no report-period cell. */
  readonly status: "switched" | "unchanged" | "notFound";
  readonly period: ReportPeriod;
}

export interface InsertFunctionResult {
  /** The cell the formula went into, e.g. "B3". */
  readonly address: string;
  readonly formula: string;
}

export interface DownloadResult {
  /** "download": a file saved by the browser; "newWorkbook": opened in a new Excel window. */
  readonly how: "download" | "newWorkbook";
  readonly fileName: string;
  readonly bytes: number;
}

/** A file the user chose for the consolidation (a browser File is one); read locally, never uploaded. */
export interface ChosenFile {
  readonly name: string;
  /** Milliseconds since 1970, as File.lastModified. */
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ConsolidationRequest extends SheetRequest {
  /** The units' .xlsx files. */
  readonly files: readonly ChosenFile[];
  /** The user's choice per conflict cell (cellKey → the value to keep); absent ones stay as they are. */
  readonly resolutions?: ReadonlyMap<string, CellInput>;
}

/**
 * What the consolidation answers: "planned" (the preview: the merge plan, nothing written),
 * "written", "noTarget" (no appendix or monthly data of ours in the workbook) or
 * "provenanceConflict" (a sheet "Nguồn số liệu" that is not ours; nothing written).
 */
export type ConsolidationResult = ExcelConsolidationResult;

export interface PaneActions {
  /**
   * "excel" inside Excel; "preview" in a plain browser (everything but download is refused);
   * "starting" while the pane is on screen but Office has not answered yet (startingActions.ts).
   */
  readonly host: "excel" | "preview" | "starting";
  /** Each indicator's verdict and ratio as the appendix shows them (the status strip), in one sync. */
  readStatus(request: SheetRequest): Promise<StatusResult>;
  insert(request: InsertRequest): Promise<InsertResult>;
  /**
   * Inserts monthly reporting (the appendix in monthly mode, the monthly data sheet, the
   * year-to-date chart) for the chosen year and period; "newSheet" adds a second report beside
   * the first, on new sheets.
   */
  insertMonthly(request: InsertRequest): Promise<MonthlyInsertResult>;
  protect(request: SheetRequest): Promise<ProtectResult>;
  unprotect(request: SheetRequest): Promise<ProtectResult>;
  highlight(request: SheetRequest): Promise<HighlightResult>;
  check(request: SheetRequest): Promise<CheckResult>;
  /** Selects the cell of a finding on the checked sheet. */
  selectFinding(sheetName: string, finding: Finding): Promise<SelectResult>;
  /** Selects the input cells (b and a) of one indicator. */
  goToIndicator(request: SheetRequest, code: IndicatorCode): Promise<SelectResult>;
  portableCopy(request: PortableCopyRequest): Promise<PortableCopyResult>;
  /** Writes the chosen period into the workbook's report-period cell (monthly reporting). */
  applyPeriod(request: SheetRequest): Promise<PeriodResult>;
  insertFunctionAtSelection(formula: string): Promise<InsertFunctionResult>;
  /** Writes the document frame's fields into the appendix's frame (found by its names). */
  fillDocument(request: DocumentRequest): Promise<DocumentResult>;
  /** Puts text on the clipboard; rejects where the host refuses it (the pane then selects the text). */
  copyText(text: string): Promise<void>;
  /** Reads the chosen files and plans their consolidation into this workbook; writes nothing. */
  previewConsolidation(request: ConsolidationRequest): Promise<ConsolidationResult>;
  /** Consolidates the chosen files into this workbook, with the user's choices for the conflicts. */
  consolidate(request: ConsolidationRequest): Promise<ConsolidationResult>;
  downloadWorkbook(choice: PaneChoice): Promise<DownloadResult>;
  /**
   * "Tự kiểm tra": runs the add-in's own functions in temporary sheets it removes again, and
   * reports each step (src/excel/selfTest.ts). Inside Excel only.
   */
  selfTest(): Promise<SelfTestReport>;
  /** Office's host, platform, version, language and requirement sets; the add-in's version and build. */
  supportInfo(): SupportInfo;
}

/** Rejection of an action this build or this host cannot do; `what` names it for the message. */
export class NotAvailableError extends Error {
  readonly what: string;
  /** True when the reason is that the pane runs outside Excel. */
  readonly outsideExcel: boolean;
  constructor(what: string, outsideExcel = false) {
    super(`Not available: ${what}`);
    this.name = "NotAvailableError";
    this.what = what;
    this.outsideExcel = outsideExcel;
  }
}
