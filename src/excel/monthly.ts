/**
 * Monthly reporting in Excel: inserts the three sheets (the appendix in monthly mode, the monthly
 * data "Số liệu theo tháng", the year-to-date chart sheet) with renderLayout, switches the
 * report period, reads it, and checks the monthly data. Each action takes an Excel.RequestContext
 * (the caller owns Excel.run) and makes at most two context.sync() calls, whatever the number of
 * months or indicators:
 *   insertMonthlyReport   1. read what is there   2. write everything
 *   switchReportPeriod    1. read the period cell  2. write it (nothing else is written)
 *   readReportPeriod      1
 *   checkMonthlyReport    1. read the period cell and the monthly block
 */
import { buildChartModel, CHART_COLUMNS, CHART_HEADERS, CHART_ROWS, CHART_SHEET_NAME, type ChartModel } from "../domain/chart";
import { PLAN } from "../domain/catalog";
import { frameUnitOf } from "../domain/filledBy";
import {
  DEFAULT_NAME_PREFIX,
  MONTHLY_COLUMNS,
  MONTHLY_SHEET_NAME,
  PERIOD_CELLS,
  ROWS,
  appendixRows,
  defaultSheetName,
  type FormulaMode,
} from "../domain/layout/appendixLayout";
import { foundRegion, overwrittenCells, staleCells } from "../domain/appendixUpdate";
import { DOCUMENT_FIELDS, defaultDocumentFields, statedDocumentFields, type DocumentFields } from "../domain/layout/documentFrame";
import type { SheetLayout } from "../domain/layout/model";
import { cellAddress, parseCell } from "../domain/layout/a1";
import {
  MONTHLY_DATA_COLUMNS,
  MONTHLY_DATA_HEADERS,
  MONTHLY_DATA_ROWS,
  MONTHLY_VALUES_RANGE,
  buildMonthlyReportLayouts,
  checkMonthlyData,
  readMonthlySnapshot,
  type MonthlyFinding,
  type MonthlyReportOptions,
} from "../domain/layout/monthlyLayout";
import { parsePeriod, periodLabel, samePeriod, suggestedPeriod, type ReportPeriod } from "../domain/period";
import { locateAppendix, type CellGridRows, type LocatedAppendix } from "../domain/check";
import { isBlank } from "../domain/ratio";
import { officeCapabilities, officeSupports, type Capabilities } from "./capabilities";
import { monthlySnapshotOf, queueMonthlyReads } from "./check";
import { renderLayout, type CellInput } from "./renderLayout";
import { parseRect, qualifiedAddress } from "./references";
import {
  NAME_ITEMS_LOAD,
  contentAt,
  firstFreePrefix,
  gridFromA1,
  namedTargetsOf,
  periodCellRange,
  periodCellText,
  usedBlockOf,
  type NamedTarget,
  type UsedBlock,
} from "./workbookReads";

/** The name the add-in gives its chart, to find it again on an update. */
export const YTD_CHART_NAME = "KPI_YTD_CHART";

/** The charts this module draws need ExcelApi 1.8 (series values, chart types, overlap, axis format). */
const CHART_REQUIREMENT = { set: "ExcelApi", version: "1.8" } as const;

function officeChartsSupported(): boolean {
  return officeSupports(CHART_REQUIREMENT);
}

export interface MonthlySheetNames {
  readonly appendix: string;
  readonly data: string;
  readonly chart: string;
}

export interface InsertMonthlyOptions {
  readonly year?: number;
  readonly unitName?: string;
  /** The "Đơn vị nhập số liệu" cell (FILLED_BY_CHOICES); absent: blank on a new report, kept on an update. */
  readonly filledBy?: string;
  readonly namePrefix?: string;
  /** Default: KPI.* where custom functions run, native formulas otherwise. */
  readonly formulas?: FormulaMode;
  /** The period written into the period cell. Default: the one an update finds, else the month just ended. */
  readonly period?: ReportPeriod;
  /**
   * "ask" (default) writes nothing when a sheet holds anything; "update" refreshes the report,
   * keeping its data; "newSheet" writes a second report on free " (n)" sheet names.
   */
  readonly ifExists?: "ask" | "update" | "newSheet";
  readonly sheetNames?: Partial<MonthlySheetNames>;
  readonly capabilities?: Capabilities;
  /** Draw the native chart (default: when ExcelApi 1.8 is there). Without it the chart sheet gets text bars. */
  readonly charts?: boolean;
  /** For the default period. */
  readonly today?: Date;
  /** The user's own unit: a new document frame names it under the Sở (defaultDocumentFields). */
  readonly unit?: string | null;
  /** Document frame fields stated now: written over what an update finds (blank ones left out). */
  readonly document?: DocumentFields;
}

export type MonthlyInsertStatus = "inserted" | "updated" | "exists" | "conflict" | "protected" | "unsupported";

export interface MonthlyInsertResult {
  readonly status: MonthlyInsertStatus;
  readonly sheetNames: MonthlySheetNames;
  readonly formulas: FormulaMode;
  readonly period: ReportPeriod;
  /** Whether a native chart was drawn. */
  readonly chart: boolean;
  /** Monthly figures, the period and notes carried over by an update. */
  readonly kept: number;
  /** The sheets that hold something other than this report (status "conflict"). */
  readonly conflicts: readonly string[];
  /** The prefix of the names written: the one asked for, or KPI2, … when another table has it. */
  readonly namePrefix: string;
}

interface SheetState {
  readonly exists: boolean;
  readonly protected: boolean;
  readonly used: UsedBlock;
  readonly chartNames: readonly string[];
}

/** What sync 1 of insertMonthlyReport found, as plain data. */
interface MonthlySnapshotOfWorkbook {
  readonly names: readonly NamedTarget[];
  /** Every sheet of the workbook, for free names when a second report is asked for. */
  readonly sheetNames: readonly string[];
  readonly sheets: Readonly<Record<keyof MonthlySheetNames, SheetState>>;
}

/** Does the sheet hold this report's kind of sheet (by its header), or nothing? */
function recognised(kind: keyof MonthlySheetNames, used: UsedBlock): boolean {
  if (!used) return true;
  switch (kind) {
    case "appendix":
      // Found by its headers, so an older version's sheet (columns in another order) is one too.
      return locateAppendix(gridFromA1(used) as CellGridRows).mode === "monthly";
    case "data":
      return contentAt(used, MONTHLY_DATA_ROWS.headerTop, MONTHLY_DATA_COLUMNS.code) === MONTHLY_DATA_HEADERS.code;
    case "chart":
      return contentAt(used, CHART_ROWS.header, CHART_COLUMNS.code) === CHART_HEADERS.code;
  }
}

interface MonthlyInsertPlan {
  readonly status: "insert" | "update" | "exists" | "conflict" | "protected";
  readonly conflicts: readonly (keyof MonthlySheetNames)[];
  /** Per sheet, layout address → content to keep. */
  readonly overrides: Readonly<Record<keyof MonthlySheetNames, ReadonlyMap<string, CellInput>>>;
  readonly kept: number;
  /** The period found in an existing period cell. */
  readonly foundPeriod?: ReportPeriod;
  /** The appendix as it stands (update), and whether the layout moves its table. */
  readonly located?: LocatedAppendix;
  readonly relocate?: boolean;
  /** Where the period was read (update): carried, so never a conflict. */
  readonly periodSource?: { readonly row: number; readonly column: number };
  /** The document frame's input cells found by their names (update): field suffix → sheet cell. */
  readonly frameInputs?: ReadonlyMap<string, { readonly row: number; readonly column: number }>;
  /**
   * The "Đơn vị nhập số liệu" cell found by its name (update): in the frame's input block, or on
   * row 4 above the table in a report made before the frame.
   */
  readonly filledBySource?: { readonly row: number; readonly column: number };
}

const KINDS: readonly (keyof MonthlySheetNames)[] = ["appendix", "data", "chart"];

/**
 * Decides what insertMonthlyReport writes. Pure. An update carries the months (the monthly sheet's
 * block), the period cell (found by its name, else where the layout has it) and the notes (the
 * column headed Ghi chú, each indicator's row found by its name) to where the layout puts them.
 */
function planMonthlyInsert(
  snapshot: MonthlySnapshotOfWorkbook,
  ifExists: "ask" | "update",
  names: MonthlySheetNames,
): MonthlyInsertPlan {
  const none = { appendix: new Map(), data: new Map(), chart: new Map() };
  const holding = KINDS.filter((k) => snapshot.sheets[k].used !== null);
  const conflicts = holding.filter((k) => !recognised(k, snapshot.sheets[k].used));
  if (KINDS.some((k) => snapshot.sheets[k].protected)) return { status: "protected", conflicts: [], overrides: none, kept: 0 };
  if (holding.length === 0) return { status: "insert", conflicts: [], overrides: none, kept: 0 };
  if (ifExists === "ask") return { status: "exists", conflicts: [], overrides: none, kept: 0 };
  if (conflicts.length > 0) return { status: "conflict", conflicts, overrides: none, kept: 0 };

  // Update: keep the months, the period cell and the notes where the layout has them.
  let kept = 0;
  const keep = (map: Map<string, CellInput>, used: UsedBlock, row: number, column: number): void => {
    const value = contentAt(used, row, column);
    if (isBlank(value)) return;
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
      map.set(cellAddress(row, column), value);
      kept++;
    }
  };
  const data = new Map<string, CellInput>();
  const rect = parseRect(MONTHLY_VALUES_RANGE)!;
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) keep(data, snapshot.sheets.data.used, row, column);
  }
  const appendix = new Map<string, CellInput>();
  const used = snapshot.sheets.appendix.used;
  /** Carries the content of a sheet cell to a layout cell. */
  const carry = (from: { row: number; column: number }, to: { row: number; column: number }): void => {
    const value = contentAt(used, from.row, from.column);
    if (isBlank(value) || !(typeof value === "number" || typeof value === "string" || typeof value === "boolean")) return;
    appendix.set(cellAddress(to.row, to.column), value);
    kept++;
  };
  // The period cell: the cell a "…_PERIOD" name points to on this appendix, else where the layout
  // (or, on a sheet made before the document frame, the older layout) had it above the header.
  const onAppendix = (name: NamedTarget): boolean => name.target?.sheetName.toLocaleLowerCase() === names.appendix.toLocaleLowerCase();
  const periodCell = parseCell(PERIOD_CELLS.period);
  const located = locateAppendix(gridFromA1(used) as CellGridRows);
  const named = snapshot.names.find((n) => /_PERIOD$/i.test(n.name) && onAppendix(n))?.target;
  const candidates = named
    ? [{ row: named.rect.top, column: named.rect.left }]
    : [
        { row: located.headerTop - (ROWS.headerTop - ROWS.period), column: periodCell.column + located.columnOffset },
        // The older layout: the period row right above the header.
        { row: located.headerTop - 1, column: periodCell.column + located.columnOffset },
      ];
  const periodSource = candidates.find((c) => parsePeriod(String(contentAt(used, c.row, c.column))) !== undefined);
  const foundPeriod = periodSource ? parsePeriod(String(contentAt(used, periodSource.row, periodSource.column))) : undefined;
  if (periodSource) carry(periodSource, periodCell);
  for (const [code, row] of appendixRows().indicators) {
    const foundRow = located.rows.get(code);
    if (foundRow !== undefined) carry({ row: foundRow, column: located.columns.note }, { row, column: MONTHLY_COLUMNS.note });
  }
  // The document frame's input cells, by their names ("…_DOC_NUMBER" on this appendix).
  const frameInputs = new Map<string, { row: number; column: number }>();
  for (const spec of DOCUMENT_FIELDS) {
    const target = snapshot.names.find((n) => n.name.toUpperCase().endsWith(`_DOC_${spec.suffix}`) && onAppendix(n))?.target;
    if (target) frameInputs.set(spec.suffix, { row: target.rect.top, column: target.rect.left });
  }
  const filledBy = snapshot.names.find((n) => n.name.toUpperCase().endsWith("_FILLED_BY") && onAppendix(n))?.target;
  return {
    status: "update",
    conflicts: [],
    overrides: { appendix, data, chart: new Map() },
    kept,
    ...(foundPeriod ? { foundPeriod } : {}),
    ...(periodSource ? { periodSource } : {}),
    located,
    // The table is not where the layout puts it (a sheet made before the document frame): it moves.
    relocate: located.headerTop !== ROWS.headerTop,
    frameInputs,
    ...(filledBy ? { filledBySource: { row: filledBy.rect.top, column: filledBy.rect.left } } : {}),
  };
}

/**
 * What an update of the appendix writes besides the layout: the document frame's inputs and the
 * "Đơn vị nhập số liệu" cell carried to the layout's cells (unless stated now), and — when the
 * table moves — the found appendix's cells the layout leaves empty, cleared. And the cells it
 * would overwrite that are not the appendix's own, which stop the update. Pure.
 */
function appendixUpdateWrites(
  plan: MonthlyInsertPlan,
  used: UsedBlock,
  layout: SheetLayout,
  stated: DocumentFields,
  filledByStated: boolean,
): { readonly overrides: Map<string, CellInput>; readonly conflicts: readonly string[] } {
  const overrides = new Map(plan.overrides.appendix);
  const carried = new Set<string>();
  const carry = (from: { row: number; column: number } | undefined, nameSuffix: string, isStated: boolean): void => {
    const to = layout.names.find((n) => n.name.toUpperCase().endsWith(nameSuffix));
    if (!from || !to) return;
    carried.add(`${from.row}:${from.column}`);
    if (isStated) return;
    const value = contentAt(used, from.row, from.column);
    const target = parseCell(to.address);
    overrides.set(cellAddress(target.row, target.column), typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : "");
  };
  for (const spec of DOCUMENT_FIELDS) carry(plan.frameInputs?.get(spec.suffix), `_DOC_${spec.suffix}`, stated[spec.key] !== undefined);
  carry(plan.filledBySource, "_FILLED_BY", filledByStated);
  const located = plan.located;
  if (!located) return { overrides, conflicts: [] };
  // The notes and the period cell are carried: their old cells are never conflicts.
  for (const row of located.rows.values()) carried.add(`${row}:${located.columns.note}`);
  if (plan.periodSource) carried.add(`${plan.periodSource.row}:${plan.periodSource.column}`);
  // The report's own table, where it was found (columns in an older order too): the update's to rewrite.
  const own = located.rows.size > 0 ? foundRegion(located) : undefined;
  const conflicts = overwrittenCells(layout, (row, column) => contentAt(used, row, column), { rows: 0, columns: 0 }, carried, own);
  if (plan.relocate) {
    const grid = gridFromA1(used) as CellGridRows;
    for (const address of staleCells(grid, located, layout, { rows: 0, columns: 0 })) if (!overrides.has(address)) overrides.set(address, "");
  }
  return { overrides, conflicts };
}

/** Sync 1 of the insert: every sheet (or a null object), its used range, protection, charts; the names. */
async function readForInsert(
  context: Excel.RequestContext,
  names: MonthlySheetNames,
  capabilities: Capabilities,
  charts: boolean,
): Promise<MonthlySnapshotOfWorkbook> {
  const workbookNames = context.workbook.names.load(NAME_ITEMS_LOAD);
  const allSheets = context.workbook.worksheets.load("items/name");
  const queued = KINDS.map((kind) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(names[kind]);
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true).load("address,formulas");
    const protection = capabilities.features.protection ? sheet.protection.load("protected") : null;
    const chartItems = charts && kind === "chart" ? sheet.charts.load("items/name") : null;
    return { kind, sheet, used, protection, chartItems };
  });
  await context.sync();
  const sheets = {} as Record<keyof MonthlySheetNames, SheetState>;
  for (const { kind, sheet, used, protection, chartItems } of queued) {
    const exists = !sheet.isNullObject;
    sheets[kind] = {
      exists,
      protected: exists && protection !== null ? protection.protected : false,
      used: exists ? usedBlockOf(used) : null,
      chartNames: exists && chartItems ? chartItems.items.map((c) => c.name) : [],
    };
  }
  return { names: namedTargetsOf(workbookNames), sheetNames: allSheets.items.map((sheet) => sheet.name), sheets };
}

/**
 * Queues the year-to-date chart on the chart sheet from the model: clustered columns for the Đạt
 * and Không đạt series (overlapped, so each indicator shows one bar in its verdict's colour) and
 * the targets as dash markers without a line. ExcelApi 1.8.
 */
export function renderYearToDateChart(sheet: Excel.Worksheet, model: ChartModel): Excel.Chart {
  const first = model.series[0];
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(first.values), "Columns");
  chart.name = YTD_CHART_NAME;
  chart.title.text = model.title;
  chart.legend.position = "Bottom";
  chart.setPosition(model.position.topLeft, model.position.bottomRight);
  const axis = chart.axes.valueAxis;
  axis.minimum = model.valueAxis.minimum;
  axis.maximum = model.valueAxis.maximum;
  axis.numberFormat = model.valueAxis.numberFormat;
  const categories = sheet.getRange(model.categories);
  model.series.forEach((spec, index) => {
    const series = index === 0 ? chart.series.getItemAt(0) : chart.series.add(spec.name);
    series.name = spec.name;
    if (index > 0) series.setValues(sheet.getRange(spec.values));
    series.setXAxisValues(categories);
    if (spec.kind === "marker") {
      series.chartType = "LineMarkers";
      series.markerStyle = "Dash";
      series.markerSize = 14;
      series.markerBackgroundColor = spec.fill;
      series.markerForegroundColor = spec.line;
      series.format.line.lineStyle = "None";
    } else {
      series.format.fill.setSolidColor(spec.fill);
      series.format.line.color = spec.line;
    }
  });
  const bars = chart.series.getItemAt(0);
  bars.overlap = model.overlap;
  bars.gapWidth = 60;
  return chart;
}

/**
 * A prefix whose names do not take over another table's: a name of the report that already exists
 * may be replaced only when it points into one of the report's own sheets (or nowhere, #REF!).
 * "KPI" → "KPI2", "KPI3", … otherwise. Pure.
 */
function chooseMonthlyPrefix(
  requested: string,
  existing: readonly NamedTarget[],
  sheets: MonthlySheetNames,
  namesOf: (prefix: string) => readonly string[],
): string {
  const ours = new Set(Object.values(sheets).map((n) => n.toLocaleLowerCase()));
  return firstFreePrefix(requested, (prefix) => {
    const wanted = new Set(namesOf(prefix).map((n) => n.toUpperCase()));
    return existing.some((n) => wanted.has(n.name.toUpperCase()) && n.target !== null && !ours.has(n.target.sheetName.toLocaleLowerCase()));
  });
}

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/**
 * Names for a second report: the same " (n)" on all three sheets, the first n from 2 for which
 * none is taken (Excel compares sheet names without regard to case). Pure.
 */
export function freeMonthlySheetNames(base: MonthlySheetNames, existing: readonly string[]): MonthlySheetNames {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase()));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const named = (name: string): string => `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    const names: MonthlySheetNames = { appendix: named(base.appendix), data: named(base.data), chart: named(base.chart) };
    if (Object.values(names).every((name) => !taken.has(name.toLocaleLowerCase()))) return names;
  }
}

const NO_SHEET: SheetState = { exists: false, protected: false, used: null, chartNames: [] };

function resolveNames(options: InsertMonthlyOptions, year: number): MonthlySheetNames {
  return {
    appendix: options.sheetNames?.appendix ?? defaultSheetName(year),
    data: options.sheetNames?.data ?? MONTHLY_SHEET_NAME,
    chart: options.sheetNames?.chart ?? CHART_SHEET_NAME,
  };
}

/**
 * Inserts monthly reporting (or, with ifExists "update", refreshes it keeping the months, the
 * period and the notes; with "newSheet", writes a second report). At most two context.sync() calls.
 */
export async function insertMonthlyReport(context: Excel.RequestContext, options: InsertMonthlyOptions = {}): Promise<MonthlyInsertResult> {
  const capabilities = options.capabilities ?? officeCapabilities();
  const year = options.year ?? PLAN.year;
  const unitName = options.unitName ?? PLAN.unitName;
  const requestedPrefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const formulas: FormulaMode = options.formulas ?? (capabilities.features.customFunctions ? "kpi" : "native");
  const charts = options.charts ?? officeChartsSupported();
  let names = resolveNames(options, year);
  const fallbackPeriod = options.period ?? suggestedPeriod(options.today ?? new Date(), year);
  const base = { sheetNames: names, formulas, chart: false, kept: 0, conflicts: [] as string[], namePrefix: requestedPrefix };
  if (!capabilities.canInsert) return { ...base, status: "unsupported", period: fallbackPeriod };

  let snapshot = await readForInsert(context, names, capabilities, charts);
  let plan = planMonthlyInsert(snapshot, options.ifExists === "update" ? "update" : "ask", names);
  if (plan.status === "exists" && options.ifExists === "newSheet") {
    // A second report beside the first: free sheet names, known from the same read.
    names = freeMonthlySheetNames(names, snapshot.sheetNames);
    snapshot = { ...snapshot, sheets: { appendix: NO_SHEET, data: NO_SHEET, chart: NO_SHEET } };
    plan = planMonthlyInsert(snapshot, "ask", names);
  }
  const period = options.period ?? plan.foundPeriod ?? fallbackPeriod;
  if (plan.status !== "insert" && plan.status !== "update") {
    return { ...base, status: plan.status, period, conflicts: plan.conflicts.map((k) => names[k]) };
  }

  const stated = statedDocumentFields(options.document);
  // A new frame is the report of the unit asked for; else of the host unit that fills the
  // workbook (stated now, or found in the report an update refreshes); else the Sở's.
  const source = plan.filledBySource;
  const foundFilledBy = source ? contentAt(snapshot.sheets.appendix.used, source.row, source.column) : undefined;
  const frameUnit = options.unit !== undefined ? options.unit : frameUnitOf(options.filledBy ?? (typeof foundFilledBy === "string" ? foundFilledBy : undefined));
  const optionsFor = (namePrefix: string): MonthlyReportOptions => ({
    year,
    unitName,
    formulas,
    namePrefix,
    ...(options.filledBy ? { filledBy: options.filledBy } : {}),
    sheetName: names.appendix,
    monthly: { period, dataSheetName: names.data, chartSheetName: names.chart },
    document: { ...defaultDocumentFields(frameUnit), ...stated },
  });
  const namesOf = (namePrefix: string): string[] =>
    buildMonthlyReportLayouts(optionsFor(namePrefix), { textBars: !charts }).flatMap((l) => l.names.map((n) => n.name));
  const prefix = chooseMonthlyPrefix(requestedPrefix, snapshot.names, names, namesOf);
  const layouts = buildMonthlyReportLayouts(optionsFor(prefix), { textBars: !charts });
  const update = appendixUpdateWrites(plan, snapshot.sheets.appendix.used, layouts[0], stated, options.filledBy !== undefined);
  if (update.conflicts.length > 0) {
    // Cells of the appendix sheet that are not the report's would be overwritten: nothing is written.
    return { ...base, status: "conflict", period, conflicts: [names.appendix] };
  }
  const overrides = { ...plan.overrides, appendix: update.overrides };
  // An explicit period wins over the one the update found.
  if (options.period) overrides.appendix.delete(PERIOD_CELLS.period);
  const existingNames = new Set(snapshot.names.map((n) => n.name.toUpperCase()));
  // Commands run in the order they are queued, and Excel refuses a validation or rule that names a
  // name the workbook does not have yet (the appendix's period list is =KPI_PERIOD_LIST, a name on
  // the monthly data sheet): so the sheets first, then every name of the three sheets, then contents.
  const sheets = KINDS.map((kind) =>
    snapshot.sheets[kind].exists ? context.workbook.worksheets.getItem(names[kind]) : context.workbook.worksheets.add(names[kind]),
  );
  if (capabilities.features.names) {
    layouts.forEach((layout, index) => {
      for (const name of layout.names) {
        if (existingNames.has(name.name.toUpperCase())) context.workbook.names.getItem(name.name).delete();
        context.workbook.names.add(name.name, `=${qualifiedAddress(names[KINDS[index]], name.address)}`, name.comment);
      }
    });
  }
  layouts.forEach((layout, index) => {
    const kind = KINDS[index];
    renderLayout(sheets[index], layout, { features: capabilities.features, overrides: overrides[kind], refresh: snapshot.sheets[kind].exists });
  });
  if (charts) {
    const chartSheet = sheets[2];
    for (const old of snapshot.sheets.chart.chartNames.filter((n) => n === YTD_CHART_NAME)) chartSheet.charts.getItem(old).delete();
    renderYearToDateChart(chartSheet, buildChartModel({ chartSheetName: names.chart }));
  }
  sheets[0].activate();
  await context.sync();
  return { ...base, sheetNames: names, status: plan.status === "update" ? "updated" : "inserted", period, chart: charts, kept: plan.kept, namePrefix: prefix };
}

export interface PeriodOptions {
  readonly namePrefix?: string;
}

export type SwitchStatus = "switched" | "unchanged" | "notFound";

/**
 * Switches the report period: writes the period's label into the period cell (found by its name,
 * wherever rows moved it) and nothing else — every figure stays; the formulas follow the cell.
 * Two syncs at most (one when the period is already the one asked for).
 */
export async function switchReportPeriod(
  context: Excel.RequestContext,
  period: ReportPeriod,
  options: PeriodOptions = {},
): Promise<{ readonly status: SwitchStatus; readonly previous?: ReportPeriod }> {
  const range = periodCellRange(context, options.namePrefix).load("values");
  await context.sync();
  if (range.isNullObject) return { status: "notFound" };
  const previous = parsePeriod(periodCellText(range));
  if (previous && samePeriod(previous, period)) return { status: "unchanged", previous };
  range.values = [[periodLabel(period)]];
  await context.sync();
  return previous ? { status: "switched", previous } : { status: "switched" };
}

/** The period in the period cell, or undefined (no monthly report, or a label it cannot read). One sync. */
export async function readReportPeriod(context: Excel.RequestContext, options: PeriodOptions = {}): Promise<ReportPeriod | undefined> {
  const range = periodCellRange(context, options.namePrefix).load("values");
  await context.sync();
  return range.isNullObject ? undefined : parsePeriod(periodCellText(range));
}

export interface MonthlyCheckResult {
  /** False when the monthly sheet or the period cell was not found. */
  readonly found: boolean;
  readonly period?: ReportPeriod;
  readonly findings: readonly MonthlyFinding[];
}

/** The pre-submission check of the monthly data for the period in the period cell. One sync. */
export async function checkMonthlyReport(
  context: Excel.RequestContext,
  options: PeriodOptions & { readonly dataSheetName?: string } = {},
): Promise<MonthlyCheckResult> {
  const reads = queueMonthlyReads(context, options);
  await context.sync();
  const monthly = monthlySnapshotOf(reads);
  if (monthly.periodText === undefined || !monthly.dataSheetExists) return { found: false, findings: [] };
  const reportPeriod = parsePeriod(monthly.periodText);
  if (!reportPeriod) return { found: true, findings: [] };
  const findings = checkMonthlyData(readMonthlySnapshot(monthly.values), reportPeriod, { sheetName: monthly.dataSheetName });
  return { found: true, period: reportPeriod, findings };
}
