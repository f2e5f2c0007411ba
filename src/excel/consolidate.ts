/**
 * The consolidation in Excel: the units' workbooks (already read, in the pane, with exceljs) merged
 * into the workbook open in Excel — its monthly data (KPI_M_<code>_B / _A), or the plain table's
 * b and a (KPI_<code>_B / _A) when it has no monthly sheet — and its sheet "Nguồn số liệu".
 * The pure merge plan decides everything (src/domain/consolidate); this module reads and writes:
 *   previewConsolidation   1 sync: the target's cells through their names, its provenance sheet
 *   writeConsolidation     2 syncs, whatever the number of files: the same read, then every write
 * Cells are written through their names, so rows a user inserted move nothing; a cell the plan does
 * not change is written as null, which leaves it as it is ("Blank and null values in Excel
 * add-ins": null in a 2-D array leaves that cell unchanged).
 */
import { INDICATORS, PLAN } from "../domain/catalog";
import {
  PARTS,
  PROVENANCE_SHEET_NAME,
  buildProvenanceLayout,
  planConsolidation,
  readProvenance,
  targetOf,
  readKpiWorkbook,
  type ConsolidationPlan,
  type KpiWorkbook,
  type ReadWorkbook,
  type SheetValues,
  type TargetState,
  type WorkbookValues,
} from "../domain/consolidate";
import { WHOLE_DEPARTMENT, parseFilledBy } from "../domain/filledBy";
import {
  DEFAULT_NAME_PREFIX,
  filledByName,
  indicatorName,
  monthlyDataName,
  tableName,
} from "../domain/layout/appendixLayout";
import type { ReportPeriod } from "../domain/period";
import { isBlank, type CellInput } from "../domain/ratio";
import { officeCapabilities, type Capabilities } from "./capabilities";
import { renderLayout } from "./renderLayout";
import { parseQualified } from "./references";
import { NAME_ITEMS_LOAD } from "./workbookReads";

export interface ConsolidationOptions {
  readonly namePrefix?: string;
  /** Monthly: missing figures are months 1 to its end; the plain table: the months a monthly file sums. */
  readonly period?: ReportPeriod;
  /** The user's choice per conflict cell (cellKey → the value to keep). */
  readonly resolutions?: ReadonlyMap<string, CellInput>;
  /** The plan year when the workbook does not say (its appendix's sheet name does). */
  readonly year?: number;
  readonly capabilities?: Capabilities;
  /** When the consolidation runs, ISO 8601 (the provenance sheet's time). */
  readonly time?: string;
}

export type ConsolidationStatus =
  /** previewConsolidation: the plan, nothing written. */
  | "planned"
  /** writeConsolidation: the figures and the provenance sheet written. */
  | "written"
  /** The workbook has no appendix or monthly data of ours (found by names): nothing to write into. */
  | "noTarget"
  /** A sheet "Nguồn số liệu" exists that is not a provenance sheet: nothing written. */
  | "provenanceConflict";

export interface ConsolidationResult {
  readonly status: ConsolidationStatus;
  readonly plan?: ConsolidationPlan;
  /** The provenance sheet's name. */
  readonly sheetName: string;
  readonly year: number;
  /** Cells written (the plan's changed cells); 0 for a preview. */
  readonly written: number;
  /** The workbook's "Đơn vị nhập số liệu" said a host unit, and now says "Cả Sở (tổng hợp)". */
  readonly filledByChanged: boolean;
}

/** The names whose cells the consolidation reads (and writes) in the target. */
function targetNames(prefix: string): string[] {
  const names = [tableName(prefix), filledByName(prefix)];
  for (const { code } of INDICATORS) {
    for (const part of PARTS) names.push(monthlyDataName(prefix, code, part), indicatorName(prefix, code, part));
  }
  return names;
}

interface TargetReads {
  readonly names: Excel.NamedItemCollection;
  readonly ranges: ReadonlyMap<string, Excel.Range>;
  readonly provenanceSheet: Excel.Worksheet;
  readonly provenanceUsed: Excel.Range;
}

/** Queues every read of the target (no sync). */
function queueTargetReads(context: Excel.RequestContext, prefix: string): TargetReads {
  const names = context.workbook.names.load(NAME_ITEMS_LOAD);
  const ranges = new Map<string, Excel.Range>();
  for (const name of targetNames(prefix)) {
    ranges.set(name, context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject().load("address,values"));
  }
  const provenanceSheet = context.workbook.worksheets.getItemOrNullObject(PROVENANCE_SHEET_NAME);
  provenanceSheet.load("name");
  const provenanceUsed = provenanceSheet.getUsedRangeOrNullObject(true).load("address,values");
  return { names, ranges, provenanceSheet, provenanceUsed };
}

/** Puts a range's values into a sheet grid from A1, at the range's place. */
function place(sheets: Map<string, { name: string; values: CellInput[][] }>, range: Excel.Range): void {
  const at = parseQualified(range.address);
  if (!at) return;
  const key = at.sheetName.toLocaleLowerCase();
  const sheet = sheets.get(key) ?? { name: at.sheetName, values: [] };
  sheets.set(key, sheet);
  range.values.forEach((row, r) =>
    row.forEach((value, c) => {
      (sheet.values[at.rect.top - 1 + r] ??= [])[at.rect.left - 1 + c] = isBlank(value) ? null : (value as CellInput);
    }),
  );
}

/** The target as the domain reads workbooks: its names and the cells read, each where it stands. */
function targetValuesOf(reads: TargetReads): WorkbookValues {
  const sheets = new Map<string, { name: string; values: CellInput[][] }>();
  for (const range of reads.ranges.values()) if (!range.isNullObject) place(sheets, range);
  if (!reads.provenanceSheet.isNullObject && !reads.provenanceUsed.isNullObject) place(sheets, reads.provenanceUsed);
  const fill = (rows: CellInput[][]): CellInput[][] => Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
  return {
    fileName: "",
    names: reads.names.items.map((item) => ({ name: item.name, reference: typeof item.value === "string" ? item.value : String(item.value) })),
    sheets: [...sheets.values()].map((s): SheetValues => ({ name: s.name, values: fill(s.values) })),
  };
}

interface ReadTarget {
  readonly reads: TargetReads;
  readonly read?: KpiWorkbook;
  readonly target?: TargetState;
  /** A "Nguồn số liệu" sheet holding something else. */
  readonly provenanceConflict: boolean;
}

async function readTarget(context: Excel.RequestContext, prefix: string): Promise<ReadTarget> {
  const reads = queueTargetReads(context, prefix);
  await context.sync();
  const values = targetValuesOf(reads);
  const read = readKpiWorkbook(values);
  const used = reads.provenanceSheet.isNullObject || reads.provenanceUsed.isNullObject ? null : reads.provenanceUsed;
  const provenanceConflict = used !== null && readProvenance(gridOf(used)).length === 0 && !looksLikeProvenance(gridOf(used));
  if (read.kind !== "kpi") return { reads, provenanceConflict };
  return { reads, read, target: targetOf(read, values), provenanceConflict };
}

/** The used range's values as a grid from A1. */
function gridOf(used: Excel.Range): CellInput[][] {
  const at = parseQualified(used.address);
  const top = at?.rect.top ?? 1;
  const left = at?.rect.left ?? 1;
  return [...Array.from({ length: top - 1 }, () => []), ...used.values.map((row) => [...Array(left - 1).fill(null), ...(row as CellInput[])])];
}

/** A provenance sheet with no line yet still has its title. */
function looksLikeProvenance(grid: CellInput[][]): boolean {
  return grid.some((row) => row.some((value) => typeof value === "string" && value.startsWith("NGUỒN SỐ LIỆU")));
}

function planOf(target: ReadTarget, files: readonly ReadWorkbook[], options: ConsolidationOptions): { plan: ConsolidationPlan; year: number } {
  const year = target.read?.year ?? options.year ?? PLAN.year;
  const plan = planConsolidation({
    target: target.target!,
    files,
    ...(options.period ? { period: options.period } : {}),
    ...(options.resolutions ? { resolutions: options.resolutions } : {}),
    unresolved: "keep",
    year,
  });
  return { plan, year };
}

/** The plan against the workbook as it is now, nothing written. One sync. */
export async function previewConsolidation(
  context: Excel.RequestContext,
  files: readonly ReadWorkbook[],
  options: ConsolidationOptions = {},
): Promise<ConsolidationResult> {
  const target = await readTarget(context, options.namePrefix ?? DEFAULT_NAME_PREFIX);
  const base = { sheetName: PROVENANCE_SHEET_NAME, written: 0, filledByChanged: false };
  if (!target.target) return { ...base, status: "noTarget", year: options.year ?? PLAN.year };
  const { plan, year } = planOf(target, files, options);
  return { ...base, status: target.provenanceConflict ? "provenanceConflict" : "planned", plan, year };
}

/** One indicator part's row of new values: the changed cells, null elsewhere (left as they are). */
function rowOfChanges(plan: ConsolidationPlan, code: string, part: string): CellInput[] | undefined {
  const cells = plan.cells.filter((c) => c.code === code && c.part === part);
  if (!cells.some((c) => c.changed)) return undefined;
  return cells.map((c) => (c.changed ? (isBlank(c.result) ? "" : c.result) : null));
}

/**
 * Reads the workbook again (sync 1), plans with the user's choices, and writes the changed
 * figures, the provenance sheet and the unit cell (sync 2). An undecided conflict leaves its cell
 * as it is; its candidates go on the provenance sheet.
 */
export async function writeConsolidation(
  context: Excel.RequestContext,
  files: readonly ReadWorkbook[],
  options: ConsolidationOptions = {},
): Promise<ConsolidationResult> {
  const prefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const target = await readTarget(context, prefix);
  const base = { sheetName: PROVENANCE_SHEET_NAME, written: 0, filledByChanged: false };
  if (!target.target || !target.read) return { ...base, status: "noTarget", year: options.year ?? PLAN.year };
  const { plan, year } = planOf(target, files, options);
  if (target.provenanceConflict) return { ...base, status: "provenanceConflict", plan, year };

  const { reads, read } = target;
  for (const { code } of INDICATORS) {
    for (const part of PARTS) {
      const row = rowOfChanges(plan, code, part);
      if (!row) continue;
      const name = read.mode === "monthly" ? monthlyDataName(read.namePrefix, code, part) : indicatorName(read.namePrefix, code, part);
      const range = reads.ranges.get(name);
      if (range && !range.isNullObject) range.values = [row];
    }
  }

  // The workbook now holds every unit's figures: its unit cell says so.
  const unitCell = reads.ranges.get(filledByName(prefix));
  const filledBy = unitCell && !unitCell.isNullObject ? parseFilledBy((unitCell.values[0]?.[0] ?? null) as CellInput) : undefined;
  const filledByChanged = filledBy?.kind === "unit";
  if (filledByChanged) unitCell!.values = [[WHOLE_DEPARTMENT]];

  const capabilities = options.capabilities ?? officeCapabilities();
  const exists = !reads.provenanceSheet.isNullObject;
  const sheet = exists ? reads.provenanceSheet : context.workbook.worksheets.add(PROVENANCE_SHEET_NAME);
  if (exists && !reads.provenanceUsed.isNullObject) reads.provenanceUsed.clear();
  const layout = buildProvenanceLayout(plan, { time: options.time ?? new Date().toISOString(), ...(target.target.addresses ? { addresses: target.target.addresses } : {}) });
  renderLayout(sheet, layout, { features: capabilities.features, refresh: exists });
  await context.sync();
  return { ...base, status: "written", plan, year, written: plan.counts.changed, filledByChanged };
}
