/**
 * Inserts the plan's appendix into the workbook, ready to fill, print and hand in — or refreshes an
 * appendix already there without losing what staff entered. Takes an Excel.RequestContext (the
 * caller owns Excel.run) and makes at most two context.sync() calls:
 *   1. read: the sheet (or a null object), its used range's formulas, its protection, its
 *      conditional formats, the workbook's sheet names and defined names — all in one batch;
 *   2. write: the sheet, its content, formats, rules, validation, names and print setup.
 * An update replaces the add-in's own highlight rules (recognised as highlight.ts recognises them)
 * and leaves every other conditional format, a user's own, as it is.
 * Nothing is ever overwritten silently: an existing sheet that holds anything is left alone unless
 * the caller asks to update it or to add a new sheet, and an update that would overwrite cells that
 * are not the appendix's stops with status "conflict" before writing anything.
 * A workbook made for another plan is refused ("otherPlan"), except an update in place of its one
 * table: that moves the table to the chosen plan. The old rows are found with the old plan; each
 * indicator both plans share (same first line of Tên nhiệm vụ, whatever its code) keeps its b, a
 * and Ghi chú on its new row; the old plan's names the new one lacks are deleted; the plan sheet is
 * rewritten. An indicator the new plan drops is listed in the result; if its row holds anything the
 * update stops with "droppedData" (nothing written, the figures listed) unless the caller passes
 * dropIndicators: true — the pane asks the user first, and shows the dropped figures to copy.
 */
import { BUILTIN_PLAN, PLAN, samePlan, type IndicatorCode, type Plan as KpiPlan } from "../domain/catalog";
import { PLAN_SHEET_NAME, readEmbeddedPlan, type EmbeddedPlan } from "../domain/plan/embeddedPlan";
import { planMismatch, queuePlanSheetWrite } from "./planSheet";
import { filledByName, frameUnitOf } from "../domain/filledBy";
import { cellAddress } from "../domain/layout/a1";
import {
  COLUMNS,
  COLUMN_HEADERS,
  DEFAULT_NAME_PREFIX,
  ROWS,
  appendixRows,
  buildAppendixLayout,
  defaultSheetName,
  indicatorName,
  tableName,
  type FormulaMode,
} from "../domain/layout/appendixLayout";
import type { SheetLayout } from "../domain/layout/model";
import type { CellGridRows, LocatedAppendix } from "../domain/check";
import { foundRegion, overwrittenCells, staleCells, type CellRect } from "../domain/appendixUpdate";
import {
  DOCUMENT_FIELDS,
  defaultDocumentFields,
  documentName,
  statedDocumentFields,
  type DocumentFieldKey,
  type DocumentFields,
} from "../domain/layout/documentFrame";
import { isBlank } from "../domain/ratio";
import { officeCapabilities, type AppendixFeature, type Capabilities } from "./capabilities";
import { RULE_LOAD, ownRules, readRules, type ReadRule } from "./highlight";
import type { Offset } from "./renderConditionalFormats";
import { renderLayout, type CellInput } from "./renderLayout";
import { offsetAddress, parseRect, qualifiedAddress, rectColumns, rectRows, type Rect } from "./references";
import {
  NAME_ITEMS_LOAD,
  contentAt,
  firstFreePrefix,
  gridFromA1,
  locateMovedAppendix,
  namedTargetsOf,
  usedBlockOf,
  type NamedTarget,
  type UsedBlock,
} from "./workbookReads";

export type IfExists = "ask" | "update" | "newSheet";

export interface InsertAppendixOptions {
  /**
   * The plan the table is made for; defaults to the built-in plan. A plan other than the built-in
   * one is written into the workbook (the very hidden sheet KPI_PLAN, in the same write sync), so
   * every reader judges the workbook by it; a workbook without that sheet is the built-in plan's.
   */
  readonly plan?: KpiPlan;
  /** Defaults to the plan's year (2024). */
  readonly year?: number;
  /** Defaults to the plan's unit (Sở Du lịch tỉnh Kiên Giang). */
  readonly unitName?: string;
  /** Defaults to "Phụ lục {year}". */
  readonly sheetName?: string;
  /**
   * The "Đơn vị nhập số liệu" cell (KPI_FILLED_BY, in the frame's input block): one of
   * FILLED_BY_CHOICES, from the pane's "my unit" choice (filledByOfChoice). Absent: left blank on a
   * new sheet, kept on an update (found by its name, also on row 4 of a sheet made before the
   * frame). Without `unit`, a host unit here is also a new frame's reporting unit.
   */
  readonly filledBy?: string;
  /** Prefix of the defined names; defaults to KPI (or the prefix the existing table uses). */
  readonly namePrefix?: string;
  /** Forces the result formulas; by default KPI.* where custom functions run, native otherwise. */
  readonly formulas?: FormulaMode;
  /** What to do when the sheet exists and holds anything. Default "ask": write nothing. */
  readonly ifExists?: IfExists;
  /** Defaults to officeCapabilities() (Office.context.requirements). */
  readonly capabilities?: Capabilities;
  /**
   * The user's own unit (the pane's "my unit"): the document frame names it under the Sở. Null or
   * absent: the Sở's own report. Only a new frame takes it; an update keeps the sheet's.
   */
  readonly unit?: string | null;
  /**
   * Document frame fields stated now (the pane's fields, the CLI's options): written into the
   * frame's input cells, over what an update finds there. Blank ones are left out.
   */
  readonly document?: DocumentFields;
  /**
   * Set when the caller's Excel.run has mergeUndoGroup: true (insertRunOptions). Where the
   * capabilities say name comments cannot join the undo group (Excel on the web: NamedItem.comment
   * is on its "does not support undo" list), the insert then leaves the comments out; Excel on
   * Windows and Mac keeps them.
   */
  readonly undoGroup?: boolean;
  /**
   * False: no plan sheet is written (the self-test, which must leave the user's workbook as it was).
   * Otherwise the workbook carries the plan of its table (writePlanSheet).
   */
  readonly embedPlan?: boolean;
  /**
   * An update from another plan (the workbook carries one plan, `plan` is another): true lets it
   * drop indicators the new plan no longer has even when their rows hold figures or a note (the
   * result lists them, with what they held). Otherwise such an update stops with "droppedData".
   */
  readonly dropIndicators?: boolean;
}

/** An indicator of the old plan that an update to another plan leaves out, and what its row held. */
export interface DroppedIndicator {
  readonly code: IndicatorCode;
  /** The first line of its Tên nhiệm vụ. */
  readonly name: string;
  /** Tử số (b), Mẫu số (a), Ghi chú as they stood (blank: ""). */
  readonly numerator: string | number | boolean;
  readonly denominator: string | number | boolean;
  readonly note: string | number | boolean;
}

export type InsertStatus =
  /** A new sheet, or an existing empty one, now holds the appendix. */
  | "inserted"
  /** The appendix on the existing sheet was refreshed; staff's figures and notes were kept. */
  | "updated"
  /** ifExists "ask": the sheet holds something; nothing was written. */
  | "exists"
  /** An update would overwrite cells that are not the appendix's (see conflicts); nothing was written. */
  | "conflict"
  /** The existing sheet is protected; nothing was written (unprotect it, then update). */
  | "protected"
  /** This Excel lacks ExcelApi 1.4; nothing was written. */
  | "unsupported"
  /**
   * The workbook carries (or its tables were made for) another plan and this is not an update in
   * place of its one table (or another sheet holds a table too); nothing was written.
   */
  | "otherPlan"
  /**
   * An update to another plan would drop indicators whose rows hold figures or a note (see
   * dropped); nothing was written. Again with dropIndicators: true drops them.
   */
  | "droppedData";

/** Things the pane should say besides the status. */
export type InsertNote =
  /** Custom functions do not run here: Kết quả and Đánh giá use native formulas with the same rules. */
  | "nativeFormulas"
  /** The table's names were missing or broken; it was found by its header row. */
  | "locatedByHeader"
  /** The table's names were missing or broken; the layout's fixed addresses were used. */
  | "fixedAddresses"
  /** Names of another table already exist: this table's names use another prefix (namePrefix). */
  | "namePrefixChanged"
  /** Rows or columns were inserted inside the table, so it cannot be refreshed in place. */
  | "tableResized"
  /** One undo step was asked for where names cannot keep comments in it (the web): added without. */
  | "nameCommentsSkipped";

export interface InsertAppendixResult {
  readonly status: InsertStatus;
  /** The sheet written (or found, for "exists" / "conflict" / "protected"). */
  readonly sheetName: string;
  readonly namePrefix: string;
  readonly formulas: FormulaMode;
  /** Features this Excel could not write; empty when the sheet is complete. */
  readonly leftOut: readonly AppendixFeature[];
  /** Non-empty Tử số (b), Mẫu số (a) and Ghi chú cells carried over by an update. */
  readonly keptInputs: number;
  readonly notes: readonly InsertNote[];
  /** For "conflict": the cells (A1, on sheetName) an update would have overwritten; at most 20. */
  readonly conflicts: readonly string[];
  /**
   * For "otherPlan", "droppedData" and an update from another plan: the plan the workbook was made
   * for, and the one the insert was asked for (absent on an update within one plan).
   */
  readonly carriedPlan?: KpiPlan;
  readonly chosenPlan?: KpiPlan;
  /**
   * For "otherPlan": the one sheet holding the workbook's table, which an update (ifExists
   * "update" with this sheetName) may bring to the chosen plan.
   */
  readonly tableSheet?: string;
  /**
   * An update to another plan: the old plan's indicators it leaves out ("droppedData": those whose
   * rows hold something, nothing written; "updated": all of them, with what they held).
   */
  readonly dropped?: readonly DroppedIndicator[];
}

// ─────────────────────────── sync 1: what is there ───────────────────────────

/** What the first sync found, as plain data (so the decisions below are pure). */
interface WorkbookSnapshot {
  readonly sheetNames: readonly string[];
  readonly names: readonly NamedTarget[];
  /** The requested sheet: null when it does not exist. */
  readonly sheet: {
    readonly name: string;
    readonly protected: boolean;
    /** Formulas (or constants) of the used range, with its top-left cell; null when empty. */
    readonly used: UsedBlock;
    /** Every conditional format of the sheet (empty when this Excel has none to read). */
    readonly rules: readonly ReadRule[];
  } | null;
  /** The plan the workbook carries (its KPI_PLAN sheet), none, or damaged. */
  readonly carried: EmbeddedPlan;
  /** The used range of the plan sheet ("A1:A3"), to clear before writing it again; null when empty or absent. */
  readonly planSheetUsed: string | null;
}

/**
 * Sync 1. Queues every read, syncs once, and returns plain data — and the sheet's conditional
 * formats as loaded, so that the write can delete the add-in's own by object.
 */
async function readWorkbook(
  context: Excel.RequestContext,
  sheetName: string,
  capabilities: Capabilities,
): Promise<{ snapshot: WorkbookSnapshot; formats: Excel.ConditionalFormatCollection | null }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load(NAME_ITEMS_LOAD);
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("address,formulas");
  const protection = capabilities.features.protection ? sheet.protection.load("protected") : null;
  const formats = capabilities.features.conditionalFormats ? sheet.getRange().conditionalFormats.load(RULE_LOAD) : null;
  // The plan sheet in the same sync: column A of its used range (a null object when there is none).
  const planUsed = context.workbook.worksheets.getItemOrNullObject(PLAN_SHEET_NAME).getUsedRangeOrNullObject(true).load("values,address");
  await context.sync();

  const snapshot: WorkbookSnapshot = {
    sheetNames: worksheets.items.map((w) => w.name),
    names: namedTargetsOf(names),
    sheet: sheet.isNullObject
      ? null
      : {
          name: sheet.name,
          protected: protection ? protection.protected : false,
          used: usedBlockOf(used),
          rules: formats ? readRules(formats) : [],
        },
    carried: worksheets.items.some((w) => w.name === PLAN_SHEET_NAME)
      ? readEmbeddedPlan(planUsed.isNullObject ? [] : planUsed.values.map((row) => row[0]))
      : { kind: "none" },
    planSheetUsed: planUsed.isNullObject ? null : planUsed.address.slice(planUsed.address.lastIndexOf("!") + 1),
  };
  return { snapshot, formats: sheet.isNullObject ? null : formats };
}

// ─────────────────────────── decisions (pure) ───────────────────────────

const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

const prefixNamesCache = new WeakMap<KpiPlan, Map<string, readonly string[]>>();

/** Names a layout with this prefix defines (for the plan's indicators). */
function prefixNames(prefix: string, plan: KpiPlan = BUILTIN_PLAN): readonly string[] {
  let byPrefix = prefixNamesCache.get(plan);
  if (!byPrefix) {
    byPrefix = new Map();
    prefixNamesCache.set(plan, byPrefix);
  }
  let names = byPrefix.get(prefix);
  if (!names) {
    const layout = buildAppendixLayout({ year: PLAN.year, unitName: PLAN.unitName, formulas: "native", namePrefix: prefix, plan });
    names = layout.names.map((n) => n.name);
    byPrefix.set(prefix, names);
  }
  return names;
}

/**
 * A prefix whose names do not clash with another table's: names that point into `sheetName` (or
 * nowhere, #REF!) may be replaced; names pointing into another sheet may not.
 */
export function choosePrefix(requested: string, names: readonly NamedTarget[], sheetName: string | null, plan: KpiPlan = BUILTIN_PLAN): string {
  return firstFreePrefix(requested, (prefix) => {
    const wanted = new Set(prefixNames(prefix, plan).map((n) => n.toUpperCase()));
    return names.some(
      (n) =>
        wanted.has(n.name.toUpperCase()) &&
        (sheetName === null || (n.target !== null && !sameName(n.target.sheetName, sheetName))),
    );
  });
}

/** "Phụ lục 2024 (2)", "(3)", … — the first name no sheet has (at most 31 characters). */
export function nextSheetName(base: string, existing: readonly string[]): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!existing.some((e) => sameName(e, name))) return name;
  }
}

/** The prefix whose table name points into this sheet (the requested one first). */
function prefixOnSheet(names: readonly NamedTarget[], sheetName: string, requested: string): string | undefined {
  const candidates = names
    .filter((n) => /_TABLE$/i.test(n.name) && n.target && sameName(n.target.sheetName, sheetName))
    .map((n) => n.name.replace(/_TABLE$/i, ""));
  return candidates.find((p) => p.toUpperCase() === requested.toUpperCase()) ?? candidates[0];
}

function findName(names: readonly NamedTarget[], name: string, sheetName: string): Rect | undefined {
  const found = names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  return found?.target && sameName(found.target.sheetName, sheetName) ? found.target.rect : undefined;
}

/** Finds the header row ("STT", "Tên nhiệm vụ") in the used range; returns the table's offset. */
function offsetFromHeader(used: UsedBlock): Offset | undefined {
  if (!used) return undefined;
  for (let i = 0; i < used.formulas.length; i++) {
    const row = used.formulas[i];
    for (let j = 0; j + 1 < row.length; j++) {
      if (row[j] === COLUMN_HEADERS.stt && row[j + 1] === COLUMN_HEADERS.name) {
        return { rows: used.origin.row + i - ROWS.headerTop, columns: used.origin.column + j - COLUMNS.stt };
      }
    }
  }
  return undefined;
}

type InputPart = "numerator" | "denominator" | "note";
const INPUT_COLUMNS: Readonly<Record<InputPart, number>> = {
  numerator: COLUMNS.numerator,
  denominator: COLUMNS.denominator,
  note: COLUMNS.note,
};

/**
 * Where each indicator's inputs are now: b and a through their names when these point into the
 * sheet, else where the table found by its headers has them (locateAppendix: the indicator's row
 * by its name, each column by its header — so a sheet whose columns stand in an older order is
 * read right), else the layout's cells moved by the offset. Ghi chú has no name: the column headed
 * "Ghi chú", in b's row.
 */
function inputSources(
  names: readonly NamedTarget[],
  prefix: string | undefined,
  sheetName: string,
  offset: Offset,
  located: LocatedAppendix,
  plan: KpiPlan,
): Map<string, { row: number; column: number }> {
  const rows = appendixRows(plan);
  const sources = new Map<string, { row: number; column: number }>();
  for (const indicator of plan.indicators) {
    const layoutRow = rows.indicators.get(indicator.code)!;
    const foundRow = located.rows.get(indicator.code);
    const byName = (part: "numerator" | "denominator"): { row: number; column: number } | undefined => {
      const rect = prefix ? findName(names, indicatorName(prefix, indicator.code, part), sheetName) : undefined;
      return rect && rectRows(rect) === 1 && rectColumns(rect) === 1 ? { row: rect.top, column: rect.left } : undefined;
    };
    const onTable = (part: InputPart): { row: number; column: number } =>
      foundRow !== undefined
        ? { row: foundRow, column: located.columns[part] }
        : { row: layoutRow + offset.rows, column: INPUT_COLUMNS[part] + offset.columns };
    const b = byName("numerator") ?? onTable("numerator");
    sources.set(key(indicator.code, "numerator"), b);
    sources.set(key(indicator.code, "denominator"), byName("denominator") ?? onTable("denominator"));
    sources.set(key(indicator.code, "note"), { row: b.row, column: located.columns.note });
  }
  return sources;
}

const key = (code: IndicatorCode, part: InputPart): string => `${code}|${part}`;

// ─────────────────────────── the action ───────────────────────────

interface Plan {
  readonly mode: "new" | "fill" | "update";
  readonly sheetName: string;
  readonly prefix: string;
  /** The appendix to write, with the plan's sheet name and prefix. */
  readonly layout: SheetLayout;
  readonly offset: Offset;
  readonly overrides: Map<string, CellInput>;
  readonly keptInputs: number;
  readonly notes: InsertNote[];
  /** Names that exist now and are replaced. */
  readonly replaceNames: Set<string>;
  /** Names of the old plan that exist now and that the new plan does not define (an update to another plan). */
  readonly deleteNames?: ReadonlySet<string>;
  /** An update to another plan: the old plan's indicators left out. */
  readonly dropped?: readonly DroppedIndicator[];
}

function result(
  status: InsertStatus,
  sheetName: string,
  prefix: string,
  formulas: FormulaMode,
  leftOut: readonly AppendixFeature[],
  extra: Partial<
    Pick<InsertAppendixResult, "keptInputs" | "notes" | "conflicts" | "carriedPlan" | "chosenPlan" | "tableSheet" | "dropped">
  > = {},
): InsertAppendixResult {
  return {
    status,
    sheetName,
    namePrefix: prefix,
    formulas,
    leftOut,
    keptInputs: extra.keptInputs ?? 0,
    notes: extra.notes ?? [],
    conflicts: extra.conflicts ?? [],
    ...(extra.carriedPlan ? { carriedPlan: extra.carriedPlan } : {}),
    ...(extra.chosenPlan ? { chosenPlan: extra.chosenPlan } : {}),
    ...(extra.tableSheet ? { tableSheet: extra.tableSheet } : {}),
    ...(extra.dropped ? { dropped: extra.dropped } : {}),
  };
}

/**
 * Queues the plan sheet (in the write sync, planSheet.ts): the plan of the table, written unless
 * the workbook already carries that very plan — also the built-in plan, so that a workbook stays
 * judged by the plan it was made for when a later release brings another built-in plan. A damaged
 * plan sheet is written again: the repair the check asks for.
 */
function writePlanSheet(context: Excel.RequestContext, snapshot: WorkbookSnapshot, plan: KpiPlan): void {
  if (snapshot.carried.kind === "plan" && samePlan(snapshot.carried.plan, plan)) return;
  const exists = snapshot.sheetNames.some((n) => sameName(n, PLAN_SHEET_NAME));
  queuePlanSheetWrite(context, plan, exists ? { stale: snapshot.planSheetUsed } : null);
}

/**
 * Inserts (or, with ifExists "update" / "newSheet", refreshes or adds) the appendix sheet.
 * Must run inside Excel.run; at most two context.sync() calls.
 */
export async function insertAppendix(
  context: Excel.RequestContext,
  options: InsertAppendixOptions = {},
): Promise<InsertAppendixResult> {
  const capabilities = options.capabilities ?? officeCapabilities();
  const year = options.year ?? PLAN.year;
  const unitName = options.unitName ?? PLAN.unitName;
  const requestedSheet = options.sheetName ?? defaultSheetName(year);
  const requestedPrefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const formulas: FormulaMode = options.formulas ?? (capabilities.features.customFunctions ? "kpi" : "native");
  const leftOut = capabilities.leftOut;
  const baseNotes: InsertNote[] = formulas === "native" && !capabilities.features.customFunctions ? ["nativeFormulas"] : [];
  const skipNameComments = options.undoGroup === true && !capabilities.nameCommentsInUndoGroup;
  if (skipNameComments && capabilities.features.names) baseNotes.push("nameCommentsSkipped");
  if (!capabilities.canInsert) return result("unsupported", requestedSheet, requestedPrefix, formulas, leftOut);

  const { snapshot, formats } = await readWorkbook(context, requestedSheet, capabilities);
  const kpiPlan = options.plan ?? BUILTIN_PLAN;
  const ifExists = options.ifExists ?? "ask";
  const otherPlan = planMismatch(snapshot.carried, snapshot.names, kpiPlan);
  const planSwitch = otherPlan ? { from: otherPlan, to: kpiPlan } : undefined;
  if (otherPlan) {
    // Two plans never share a workbook: only an update in place of its one table moves it to another plan.
    const tableSheet = soleTableSheet(snapshot.names, requestedPrefix);
    const inPlace = ifExists === "update" && snapshot.sheet !== null && tableSheet !== undefined && sameName(tableSheet, snapshot.sheet.name);
    if (!inPlace) {
      return result("otherPlan", requestedSheet, requestedPrefix, formulas, leftOut, {
        notes: baseNotes,
        ...planSwitch,
        carriedPlan: otherPlan,
        chosenPlan: kpiPlan,
        ...(tableSheet ? { tableSheet } : {}),
      });
    }
  }
  const plan = decide(snapshot, requestedSheet, requestedPrefix, ifExists, {
    ...(otherPlan ? { fromPlan: otherPlan } : {}),
    dropIndicators: options.dropIndicators === true,
    plan: kpiPlan,
    year,
    unitName,
    formulas,
    document: statedDocumentFields(options.document),
    unit: options.unit,
    ...(options.filledBy !== undefined ? { filledBy: options.filledBy } : {}),
  });
  const switched = otherPlan ? { carriedPlan: otherPlan, chosenPlan: kpiPlan } : {};
  if ("status" in plan) {
    return result(plan.status, plan.sheetName, plan.prefix, formulas, leftOut, {
      notes: [...baseNotes, ...plan.notes],
      conflicts: plan.conflicts,
      ...(plan.status === "droppedData" ? { ...switched, dropped: plan.dropped } : {}),
    });
  }

  const layout = plan.layout;
  const sheet =
    plan.mode === "new" ? context.workbook.worksheets.add(plan.sheetName) : context.workbook.worksheets.getItem(plan.sheetName);
  // An existing sheet (even an empty one) may carry an old appendix's rules and validation: its
  // highlight rules go by object, the add-in's only (a user's own rules on the table stay).
  const replaceRules = plan.mode !== "new" && formats !== null && snapshot.sheet !== null;
  if (replaceRules) {
    // After a change of plan the old rules are the old plan's own.
    const own = new Set([...ownRules(snapshot.sheet.rules, kpiPlan), ...(otherPlan ? ownRules(snapshot.sheet.rules, otherPlan) : [])]);
    for (const index of own) formats.items[index].delete();
  }
  // Names before the contents: Excel refuses a validation or rule that names a name the workbook
  // does not have yet (see monthly.ts), so names always go first.
  if (capabilities.features.names) {
    for (const name of plan.deleteNames ?? []) context.workbook.names.getItem(name).delete();
    for (const name of layout.names) {
      if (plan.replaceNames.has(name.name.toUpperCase())) context.workbook.names.getItem(name.name).delete();
      const reference = `=${qualifiedAddress(plan.sheetName, offsetAddress(name.address, plan.offset.rows, plan.offset.columns))}`;
      if (skipNameComments) context.workbook.names.add(name.name, reference);
      else context.workbook.names.add(name.name, reference, name.comment);
    }
  }
  renderLayout(sheet, layout, {
    features: capabilities.features,
    offset: plan.offset,
    overrides: plan.overrides,
    refresh: plan.mode !== "new",
    clearConditionalFormats: !replaceRules,
  });
  if (options.embedPlan !== false) writePlanSheet(context, snapshot, kpiPlan);
  sheet.activate();
  await context.sync();

  return result(plan.mode === "update" ? "updated" : "inserted", plan.sheetName, plan.prefix, formulas, leftOut, {
    keptInputs: plan.keptInputs,
    notes: [...baseNotes, ...plan.notes],
    ...switched,
    ...(plan.dropped ? { dropped: plan.dropped } : {}),
  });
}

/**
 * The one sheet the workbook's tables stand on: every *_TABLE name that points somewhere, and
 * every name of the prefix, points into it. Undefined when there is none, or more than one
 * (another appendix, a monthly data sheet): then no update may move the workbook to another plan.
 */
function soleTableSheet(names: readonly NamedTarget[], prefix: string): string | undefined {
  const ours = names.filter(
    (n) => n.target !== null && (/_TABLE$/i.test(n.name) || n.name.toUpperCase().startsWith(`${prefix.toUpperCase()}_`)),
  );
  const tables = ours.filter((n) => /_TABLE$/i.test(n.name));
  if (tables.length === 0) return undefined;
  const sheet = tables[0].target!.sheetName;
  return ours.every((n) => sameName(n.target!.sheetName, sheet)) ? sheet : undefined;
}

type Refusal = {
  readonly status: "exists" | "conflict" | "protected" | "droppedData";
  readonly sheetName: string;
  readonly prefix: string;
  readonly notes: InsertNote[];
  readonly conflicts: string[];
  readonly dropped?: readonly DroppedIndicator[];
};

/** What the layout is built from besides the sheet and the prefix. */
interface LayoutChoice {
  readonly year: number;
  readonly unitName: string;
  readonly formulas: FormulaMode;
  /** Frame fields stated now (not blank). */
  readonly document: DocumentFields;
  /** The frame's unit asked for (null: the Sở's); undefined: the host unit that fills the workbook. */
  readonly unit: string | null | undefined;
  /** The "Đơn vị nhập số liệu" stated now. */
  readonly filledBy?: string;
  /** The plan the table is made for. */
  readonly plan: KpiPlan;
  /** An update from another plan: the plan the sheet's table was made for. */
  readonly fromPlan?: KpiPlan;
  /** An update from another plan may drop indicators whose rows hold something. */
  readonly dropIndicators: boolean;
}

/**
 * The frame's input cells and the "Đơn vị nhập số liệu" cell an update finds on the sheet (by their
 * names, with the table's prefix; a sheet made before the frame has the latter on row 4): what
 * they hold, carried to where the layout puts them — unless the field is stated now.
 */
function documentCarry(
  names: readonly NamedTarget[],
  prefix: string | undefined,
  sheet: { readonly name: string; readonly used: UsedBlock },
  layout: SheetLayout,
  choice: Pick<LayoutChoice, "document" | "filledBy">,
): { readonly overrides: Map<string, CellInput>; readonly sources: readonly string[] } {
  const overrides = new Map<string, CellInput>();
  const sources: string[] = [];
  if (!prefix) return { overrides, sources };
  const inputs = [
    ...DOCUMENT_FIELDS.map((spec) => ({ name: documentName(prefix, spec.key), stated: choice.document[spec.key as DocumentFieldKey] !== undefined })),
    { name: filledByName(prefix), stated: choice.filledBy !== undefined },
  ];
  for (const input of inputs) {
    const to = layout.names.find((n) => n.name === input.name);
    const from = findName(names, input.name, sheet.name);
    if (!to || !from) continue;
    // The cell is the user's input: replaced by what is stated now, never a conflict.
    sources.push(`${from.top}:${from.left}`);
    if (input.stated) continue;
    const value = contentAt(sheet.used, from.top, from.left);
    const target = parseRect(to.address)!;
    overrides.set(cellAddress(target.top, target.left), typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : "");
  }
  return { overrides, sources };
}

/**
 * The unit a new frame is the report of: the one asked for; else the host unit that fills the
 * workbook (stated now, or in the "Đơn vị nhập số liệu" cell of the sheet an update refreshes);
 * else null, the Sở's own.
 */
function frameUnit(choice: LayoutChoice, names: readonly NamedTarget[], prefix: string | undefined, sheet: WorkbookSnapshot["sheet"]): string | null {
  if (choice.unit !== undefined) return choice.unit;
  if (choice.filledBy !== undefined) return frameUnitOf(choice.filledBy);
  const from = prefix && sheet ? findName(names, filledByName(prefix), sheet.name) : undefined;
  const found = from && sheet ? contentAt(sheet.used, from.top, from.left) : undefined;
  return frameUnitOf(typeof found === "string" ? found : undefined);
}

/** Decides what to write from what sync 1 found. Pure. */
function decide(
  snapshot: WorkbookSnapshot,
  requestedSheet: string,
  requestedPrefix: string,
  ifExists: IfExists,
  choice: LayoutChoice,
): Plan | Refusal {
  const existingNames = new Set(snapshot.names.map((n) => n.name.toUpperCase()));
  const replaceable = (prefix: string): Set<string> =>
    new Set(prefixNames(prefix, choice.plan).map((n) => n.toUpperCase()).filter((n) => existingNames.has(n)));
  const sheet = snapshot.sheet;
  const { year, unitName, formulas, filledBy } = choice;
  // A new frame starts from the unit's defaults; what is stated now goes over them (and over
  // what an update finds on the sheet, see documentCarry).
  const foundPrefixOnSheet = sheet && ifExists === "update" ? prefixOnSheet(snapshot.names, sheet.name, requestedPrefix) : undefined;
  const unit = frameUnit(choice, snapshot.names, foundPrefixOnSheet, sheet);
  const document: DocumentFields = { ...defaultDocumentFields(unit), ...choice.document };
  const layoutFor = (sheetName: string, namePrefix: string): SheetLayout =>
    buildAppendixLayout({
      year,
      unitName,
      formulas,
      sheetName,
      namePrefix,
      document,
      ...(filledBy ? { filledBy } : {}),
      ...(choice.plan !== BUILTIN_PLAN ? { plan: choice.plan } : {}),
    });
  /**
   * A sheet with nothing of the user's: a prefix whose names point nowhere but `namesSheet` (any
   * sheet for null), no offset, nothing to keep.
   */
  const fresh = (mode: "new" | "fill", sheetName: string, namesSheet: string | null = sheetName): Plan => {
    const notes: InsertNote[] = [];
    const prefix = choosePrefix(requestedPrefix, snapshot.names, namesSheet, choice.plan);
    if (prefix !== requestedPrefix) notes.push("namePrefixChanged");
    return {
      mode,
      sheetName,
      prefix,
      layout: layoutFor(sheetName, prefix),
      offset: { rows: 0, columns: 0 },
      overrides: new Map(),
      keptInputs: 0,
      notes,
      replaceNames: replaceable(prefix),
    };
  };

  if (!sheet) return fresh("new", requestedSheet);
  const refuse = (status: Refusal["status"], prefix = requestedPrefix, notes: InsertNote[] = [], conflicts: string[] = []): Refusal => ({
    status,
    sheetName: sheet.name,
    prefix,
    notes,
    conflicts,
  });
  if (!sheet.used) return sheet.protected ? refuse("protected") : fresh("fill", sheet.name);
  if (ifExists === "ask") return refuse("exists");
  // A new sheet: names pointing into the old one belong to it, so its prefix is one no existing
  // name uses (and no name is replaced).
  if (ifExists === "newSheet") return fresh("new", nextSheetName(requestedSheet, snapshot.sheetNames), null);

  // Update in place.
  if (sheet.protected) return refuse("protected");
  const notes: InsertNote[] = [];
  const foundPrefix = prefixOnSheet(snapshot.names, sheet.name, requestedPrefix);
  const prefix = foundPrefix ?? choosePrefix(requestedPrefix, snapshot.names, sheet.name, choice.plan);
  if (prefix !== requestedPrefix && !foundPrefix) notes.push("namePrefixChanged");
  const layout = layoutFor(sheet.name, prefix);
  // The old rows are the old plan's: an update to another plan finds them with it.
  const fromPlan = choice.fromPlan ?? choice.plan;
  const oldLayout = choice.fromPlan ? buildAppendixLayout({ year, unitName, formulas, sheetName: sheet.name, namePrefix: prefix, plan: fromPlan }) : layout;
  const expectedTable = parseRect(oldLayout.names.find((n) => n.name === tableName(prefix))!.address)!;

  // Where the table stands now.
  let found: Offset;
  const tableRect = foundPrefix ? findName(snapshot.names, tableName(prefix), sheet.name) : undefined;
  if (tableRect) {
    if (rectRows(tableRect) !== rectRows(expectedTable) || rectColumns(tableRect) !== rectColumns(expectedTable)) {
      return refuse("conflict", prefix, ["tableResized"]);
    }
    found = { rows: tableRect.top - expectedTable.top, columns: tableRect.left - expectedTable.left };
  } else {
    const fromHeader = offsetFromHeader(sheet.used);
    found = fromHeader ?? { rows: 0, columns: 0 };
    notes.push(fromHeader ? "locatedByHeader" : "fixedAddresses");
  }
  if (1 + found.columns < 1) return refuse("conflict", prefix, [...notes, "tableResized"]);
  // A sheet made before the document frame has its table too high for the frame above it: the
  // table moves down to where the layout puts it, its figures and notes with it, and what stood
  // where the frame goes (the old titles and header) is the appendix's own to overwrite or clear.
  const relocate = 1 + found.rows < 1;
  const offset: Offset = relocate ? { rows: 0, columns: found.columns } : found;

  // Staff's figures and notes: read where the names (or the headers) say, written where the layout puts them.
  // Read from where the table's name (or header) says it starts: a table moved far (row 1,000,
  // column Z) is still found by its headers, and no note is left behind.
  const grid = gridFromA1(sheet.used) as CellGridRows;
  const located = locateMovedAppendix(grid, found.rows, found.columns, fromPlan);
  const sources = inputSources(snapshot.names, foundPrefix, sheet.name, found, located, fromPlan);
  // After a change of plan the old table's rows are all the appendix's own: its words are the old plan's.
  const own: CellRect | undefined = relocate || choice.fromPlan ? foundRegion(located) : undefined;
  const frame = documentCarry(snapshot.names, foundPrefix, sheet, layout, choice);
  const carried = new Set([...[...sources.values()].map((c) => `${c.row}:${c.column}`), ...frame.sources]);
  const conflicts = overwrittenCells(layout, (row, column) => contentAt(sheet.used, row, column), offset, carried, own);
  if (conflicts.length > 0) {
    return refuse("conflict", prefix, notes, conflicts.slice(0, 20));
  }

  const inputAt = (code: IndicatorCode, part: InputPart): string | number | boolean => {
    const source = sources.get(key(code, part))!;
    const value = contentAt(sheet.used, source.row, source.column);
    return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : "";
  };
  const shared = sharedIndicators(fromPlan, choice.plan);
  const dropped = fromPlan.indicators
    .filter((old) => ![...shared.values()].includes(old.code))
    .map((old) => ({ code: old.code, name: old.name, numerator: inputAt(old.code, "numerator"), denominator: inputAt(old.code, "denominator"), note: inputAt(old.code, "note") }));
  const holdingData = dropped.filter((d) => !isBlank(d.numerator) || !isBlank(d.denominator) || !isBlank(d.note));
  if (holdingData.length > 0 && !choice.dropIndicators) return { ...refuse("droppedData", prefix, notes), dropped: holdingData };

  const rows = appendixRows(choice.plan);
  const overrides = frame.overrides;
  let keptInputs = 0;
  for (const indicator of choice.plan.indicators) {
    const layoutRow = rows.indicators.get(indicator.code)!;
    const oldCode = shared.get(indicator.code);
    for (const part of ["numerator", "denominator", "note"] as const) {
      // An indicator the old plan did not have starts empty, whatever stood in its row before.
      const content = oldCode === undefined ? "" : inputAt(oldCode, part);
      if (!isBlank(content)) keptInputs++;
      const source = oldCode === undefined ? undefined : sources.get(key(oldCode, part))!;
      const target = { row: layoutRow + offset.rows, column: INPUT_COLUMNS[part] + offset.columns };
      // (After a change of plan every input is written: the old table's cells are cleared as stale.)
      if (!choice.fromPlan && source && source.row === target.row && source.column === target.column) continue;
      overrides.set(cellAddress(layoutRow, INPUT_COLUMNS[part]), content);
    }
  }
  if (relocate || choice.fromPlan) {
    for (const address of staleCells(grid, located, layout, offset)) if (!overrides.has(address)) overrides.set(address, "");
  }
  const defined = new Set(layout.names.map((n) => n.name.toUpperCase()));
  const deleteNames = choice.fromPlan
    ? new Set(
        prefixNames(prefix, fromPlan)
          .map((n) => n.toUpperCase())
          .filter((n) => !defined.has(n) && existingNames.has(n)),
      )
    : undefined;

  return {
    mode: "update",
    sheetName: sheet.name,
    prefix,
    layout,
    offset,
    overrides,
    keptInputs,
    notes,
    replaceNames: replaceable(prefix),
    ...(deleteNames ? { deleteNames, dropped } : {}),
  };
}

/**
 * The new plan's indicators that the old one has too, each with its old code: matched by the
 * first line of Tên nhiệm vụ, which survives a renumbering (2024 III.3 is 2025 III.2). Within one
 * plan, every code is its own.
 */
export function sharedIndicators(from: KpiPlan, to: KpiPlan): Map<IndicatorCode, IndicatorCode> {
  const byName = new Map(from.indicators.map((i) => [i.name.normalize("NFC").trim(), i.code]));
  const shared = new Map<IndicatorCode, IndicatorCode>();
  for (const indicator of to.indicators) {
    const old = from === to ? indicator.code : byName.get(indicator.name.normalize("NFC").trim());
    if (old !== undefined) shared.set(indicator.code, old);
  }
  return shared;
}

// ─────────────────────────── protection ───────────────────────────

export interface ProtectionResult {
  readonly sheetName: string;
  /** Whether the sheet is protected now. */
  readonly protected: boolean;
  /** False when the sheet was already in the asked state (nothing changed). */
  readonly changed: boolean;
}

/**
 * What users may still do on the protected appendix: select cells, fill the unlocked input cells,
 * resize rows and columns. No password by default. These options are ExcelApi 1.2.
 */
const APPENDIX_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: false,
  allowDeleteRows: false,
  allowInsertRows: false,
};

/**
 * The options ExcelApi 1.7 adds (Excel.WorksheetProtectionOptions), passed only where the host has
 * it. They state Excel's own defaults, so an older host protects the sheet the same way.
 */
const APPENDIX_PROTECTION_1_7: Excel.WorksheetProtectionOptions = {
  allowEditObjects: false,
  selectionMode: "Normal",
};

/** The protection options this Excel can take. */
export function appendixProtectionOptions(capabilities: Capabilities): Excel.WorksheetProtectionOptions {
  return capabilities.protectionOptions ? { ...APPENDIX_PROTECTION, ...APPENDIX_PROTECTION_1_7 } : { ...APPENDIX_PROTECTION };
}

export interface ProtectOptions {
  /** ExcelApi 1.7. No caller sets one today: the appendix is protected against slips, not people. */
  readonly password?: string;
  /** Defaults to officeCapabilities(). */
  readonly capabilities?: Capabilities;
}

/**
 * Reads the sheet's protection (sync 1) and, unless it is already `wanted`, changes it (sync 2).
 */
async function setProtection(
  context: Excel.RequestContext,
  sheetName: string,
  wanted: boolean,
  change: (protection: Excel.WorksheetProtection) => void,
): Promise<ProtectionResult> {
  const protection = context.workbook.worksheets.getItem(sheetName).protection.load("protected");
  await context.sync();
  if (protection.protected === wanted) return { sheetName, protected: wanted, changed: false };
  change(protection);
  await context.sync();
  return { sheetName, protected: wanted, changed: true };
}

/**
 * Protects the appendix sheet (ExcelApi 1.2; a password and the 1.7 options need ExcelApi 1.7).
 * Two syncs. Excel clears its undo history when a sheet is protected (the pane says so).
 */
export async function protectAppendix(
  context: Excel.RequestContext,
  sheetName: string,
  options: ProtectOptions = {},
): Promise<ProtectionResult> {
  const protectionOptions = appendixProtectionOptions(options.capabilities ?? officeCapabilities());
  return setProtection(context, sheetName, true, (protection) => {
    if (options.password) protection.protect(protectionOptions, options.password);
    else protection.protect(protectionOptions);
  });
}

/** Removes the protection (a password only if one was set). Two syncs; clears Excel's undo history. */
export async function unprotectAppendix(
  context: Excel.RequestContext,
  sheetName: string,
  password?: string,
): Promise<ProtectionResult> {
  return setProtection(context, sheetName, false, (protection) => protection.unprotect(password));
}
