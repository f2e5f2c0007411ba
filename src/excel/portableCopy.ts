/**
 * "Chuẩn bị bản nộp": a copy of the appendix sheet that works without the add-in, for the people
 * who receive the workbook (=KPI.* would show #NAME? for them). Two syncs:
 *   1. read: the sheet's table block and used range (values and formulas), the workbook's sheet
 *      and defined names, the sheet's conditional formats and protection (and, for a monthly
 *      table in values mode, the twelve months of each indicator);
 *   2. write: Worksheet.copy (ExcelApi 1.7) after the working sheet, renamed for the period
 *      ("Bản nộp Tháng 3-2024", never an existing name), then in the copy every KPI.* formula
 *      rewritten (planPortableCopy), any highlight rule the working sheet lacks added, protection
 *      restored, and the copy activated.
 * The working sheet is not changed. The copy needs no defined names: Excel does not copy
 * workbook-scoped names with a sheet, and the copy's formulas and highlight rules refer to its
 * own cells (the monthly table's, to fixed months of the monthly sheet).
 */
import { INDICATORS, PLAN, type IndicatorCode } from "../domain/catalog";
import { locateAppendix, normalizeFormula, type CellGridRows } from "../domain/check";
import { DEFAULT_NAME_PREFIX, monthlyDataName } from "../domain/layout/appendixLayout";
import type { MonthlySnapshot, ReportPeriod } from "../domain/period";
import { cellAddress } from "../domain/layout/a1";
import {
  planPortableCopy,
  portableSheetName,
  type PortableMode,
  type PortablePlan,
  type UsedRangeRead,
} from "../domain/portable";
import type { CellInput } from "../domain/ratio";
import { officeSupports, type Requirement } from "./capabilities";
import { appendixSnapshotOf, queueAppendixReads } from "./check";
import { RULE_LOAD, placedRules, readRules, recogniseRule } from "./highlight";
import { parseQualified } from "./references";
import { renderConditionalFormats } from "./renderConditionalFormats";

export interface PortableCopyOptions {
  /** Native formulas (default) or fixed values. */
  readonly mode?: PortableMode;
  /** The period the copy is for, when the table does not say (the plain table): default Cả năm. */
  readonly period?: ReportPeriod;
  /** The year in the copy's name when the table's heading does not say: default 2024. */
  readonly year?: number;
  readonly namePrefix?: string;
  /** Whether Worksheet.copy exists (ExcelApi 1.7); default Office.context.requirements. */
  readonly canCopySheets?: boolean;
}

/**
 * "created"; "sheetMissing"; "tableMissing" (no appendix table on the sheet); "unsupported" (no
 * ExcelApi 1.7); "outdated" (made by an older version, columns in another order: update it in
 * place first); "protected" (the working sheet is protected with a password, so its copy could
 * not be rewritten: the copy was removed again — unprotect the sheet and retry).
 */
export type PortableCopyStatus = "created" | "sheetMissing" | "tableMissing" | "outdated" | "unsupported" | "protected";

export interface PortableCopyResult {
  readonly status: PortableCopyStatus;
  /** The working sheet. */
  readonly sourceSheet: string;
  /** The copy's name (for "created"). */
  readonly sheetName?: string;
  readonly mode: PortableMode;
  readonly period?: ReportPeriod;
  /** Cells written into the copy. */
  readonly cellsWritten: number;
  /** Cells outside the table whose KPI.* formula became its value, or native functions. */
  readonly frozen: readonly string[];
  readonly translated: readonly string[];
  /** Highlight rules the working sheet lacked, added to the copy. */
  readonly rulesAdded: number;
}

/** Worksheet.copy needs ExcelApi 1.7. */
const SHEET_COPY_REQUIREMENT: Requirement = { set: "ExcelApi", version: "1.7" };

/** The year the table's heading states ("Thực hiện trong năm 2024"), if any. */
function yearOfTable(formulas: CellGridRows): number | undefined {
  const located = locateAppendix(formulas);
  const heading = formulas[located.headerTop - 1]?.[located.columns.unit - 1];
  const match = typeof heading === "string" ? /(\d{4})\s*$/.exec(heading.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

/** Writes one planned cell: formulas and constants alike go through Range.formulas. */
function writeCell(sheet: Excel.Worksheet, address: string, content: string | number | boolean): void {
  sheet.getRange(address).formulas = [[content]];
}

/**
 * Creates the portable copy of the appendix on `sheetName`. At most two syncs; none when this
 * Excel cannot copy sheets.
 */
export async function preparePortableCopy(
  context: Excel.RequestContext,
  sheetName: string,
  options: PortableCopyOptions = {},
): Promise<PortableCopyResult> {
  const mode = options.mode ?? "formulas";
  const namePrefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const empty = (status: PortableCopyStatus): PortableCopyResult => ({
    status,
    sourceSheet: sheetName,
    mode,
    cellsWritten: 0,
    frozen: [],
    translated: [],
    rulesAdded: 0,
  });
  if (!(options.canCopySheets ?? officeSupports(SHEET_COPY_REQUIREMENT))) return empty("unsupported");

  // Sync 1: everything the plan needs — the check's snapshot of the sheet and more.
  const worksheets = context.workbook.worksheets.load("items/name");
  const reads = queueAppendixReads(context, sheetName);
  const sheet = reads.sheet;
  const used = sheet.getUsedRangeOrNullObject(true).load("address,values,formulas");
  const formats = sheet.getRange().conditionalFormats.load(RULE_LOAD);
  const protection = sheet.protection.load("protected,options");
  const months =
    mode === "values"
      ? INDICATORS.flatMap((indicator) =>
          (["numerator", "denominator"] as const).map((part) => ({
            code: indicator.code,
            part,
            range: context.workbook.names.getItemOrNullObject(monthlyDataName(namePrefix, indicator.code, part)).getRangeOrNullObject().load("values"),
          })),
        )
      : [];
  await context.sync();
  if (sheet.isNullObject) return empty("sheetMissing");

  const snapshot = appendixSnapshotOf(reads);
  const located = locateAppendix(snapshot.formulas);
  if (located.rows.size === 0) return empty("tableMissing");
  // An older version's sheet (columns in another order) would get formulas in the wrong cells.
  if (located.outdated) return empty("outdated");
  const monthlyData = readMonths(months);
  const usedRead = used.isNullObject ? undefined : usedRangeRead(used);
  const plan: PortablePlan = planPortableCopy({
    snapshot,
    mode,
    namePrefix,
    ...(options.period ? { period: options.period } : {}),
    ...(monthlyData ? { monthlyData } : {}),
    ...(usedRead ? { used: usedRead } : {}),
  });
  const year = yearOfTable(snapshot.formulas) ?? options.year ?? PLAN.year;
  const copyName = portableSheetName(plan.period, year, worksheets.items.map((w) => w.name));

  // Highlight rules the working sheet lacks (the copy inherits the ones it has).
  const present = new Map<string, number>();
  for (const rule of readRules(formats)) {
    if (rule.formula && recogniseRule(rule)) {
      const key = normalizeFormula(rule.formula);
      present.set(key, (present.get(key) ?? 0) + 1);
    }
  }
  const missing = placedRules(located, namePrefix).filter((rule) => {
    const key = normalizeFormula(rule.formula);
    const count = present.get(key) ?? 0;
    if (count > 0) present.set(key, count - 1);
    return count === 0;
  });

  // Sync 2: the copy.
  const copy = sheet.copy("After", sheet);
  copy.name = copyName;
  if (protection.protected) copy.protection.unprotect();
  for (const write of plan.writes) writeCell(copy, write.address, write.content);
  renderConditionalFormats(copy, missing);
  if (protection.protected) copy.protection.protect(protection.options);
  copy.activate();
  try {
    await context.sync();
  } catch (error: unknown) {
    if (!protection.protected) throw error;
    // A password kept the copy locked: remove the half-made copy (only on this failure path).
    context.workbook.worksheets.getItemOrNullObject(copyName).delete();
    sheet.activate();
    await context.sync();
    return empty("protected");
  }

  return {
    status: "created",
    sourceSheet: sheet.name,
    sheetName: copyName,
    mode,
    period: plan.period,
    cellsWritten: plan.writes.length,
    frozen: plan.frozen,
    translated: plan.translated,
    rulesAdded: missing.length,
  };
}

/**
 * The used range as the plan reads it. Its address ("'Phụ lục 2024'!C4:P27") starts at the first
 * used cell: after rows inserted above the table or columns to its left, not at A1.
 */
function usedRangeRead(used: Excel.Range): UsedRangeRead | undefined {
  const parsed = parseQualified(used.address);
  if (!parsed) return undefined;
  return {
    topLeft: cellAddress(parsed.rect.top, parsed.rect.left),
    values: used.values as CellGridRows,
    formulas: used.formulas as CellGridRows,
  };
}

function readMonths(
  months: readonly { code: IndicatorCode; part: "numerator" | "denominator"; range: Excel.Range }[],
): MonthlySnapshot | undefined {
  const data: Partial<Record<IndicatorCode, { numerator: CellInput[]; denominator: CellInput[] }>> = {};
  let any = false;
  for (const { code, part, range } of months) {
    if (range.isNullObject) continue;
    const row = data[code] ?? (data[code] = { numerator: [], denominator: [] });
    row[part] = ((range.values as CellInput[][])[0] ?? []).slice();
    any = true;
  }
  return any ? data : undefined;
}
