/**
 * A recording fake of the Excel JavaScript API, for tests and benchmarks of code that takes an
 * `Excel.RequestContext`.
 *
 * Why not office-addin-mock alone: it accepts any method name, so a call Office.js does not have
 * would pass. Here every fake class lists only members that exist on the matching Office.js class
 * (checked at compile time by `FakeApiCheck` at the end of this file), and members with plain types
 * are declared with Office.js's own types (`implements Pick<Excel.Range, "values" | …>`).
 *
 * Usage:
 *   const excel = createFakeExcel({ requirementSets: { ExcelApi: "1.9" }, sheets: { Data: { A1: 5 } } });
 *   await insertAppendix(excel.context, …);            // excel.context is an Excel.RequestContext
 *   excel.syncCount;                                     // context.sync() calls so far
 *   excel.state.content("Phụ lục 2024", "G8");           // what a cell holds ("" when empty)
 *   excel.state.cell("Phụ lục 2024", "I8").numberFormat; // formats, fonts, fills, borders, locked
 *   excel.state.sheet("Phụ lục 2024").merges / .validations / .conditionalFormats / .pageLayout
 *   excel.state.name("KPI_TABLE");                       // { sheetName, address: "$A$5:$L$22", comment }
 *   excel.state.insertRows("Phụ lục 2024", 1, 1);        // what a user's row insert does (names move)
 *   excel.requirements.isSetSupported("ExcelApi", "1.8");
 *
 * Office.js semantics it enforces (cheaply):
 * - Commands queue and run in order at context.sync(); an error stops the batch there (commands
 *   before it stay applied, as in Excel) and rejects sync() with an Office-like error
 *   ({ name: "RichApi.Error", code, message, debugInfo }).
 * - Reading a property that was not loaded, or before the sync that loads it, throws
 *   PropertyNotLoaded; isNullObject is known only after a sync.
 * - *OrNullObject returns null objects; methods on a null object give null objects; loads on them
 *   load nothing.
 * - `null` inside a 2-D values/formulas/numberFormat array leaves that cell unchanged; "" clears.
 * - An API whose requirement set the fake host lacks fails the batch with ApiNotFound.
 * - Writes to a protected sheet fail with AccessDenied (content writes to unlocked cells pass);
 *   data-validation and conditional-format texts over Excel's limits fail with InvalidArgument,
 *   and so do their formulas when they name a defined name that does not exist when they run;
 *   setting a validation rule over cells that already have another range's rule fails
 *   (InvalidOperation) — clear it first, as the add-in does.
 * Formula cells have no computed value unless `calculate` is given (their .values read as "");
 * test/fakes/formulaEngine.ts gives one that computes every formula (HyperFormula and KPI.*).
 * DataValidation.valid evaluates custom rules through the same `calculate`.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  mapFormulaReferences,
  parseQualified,
  parseRect,
  qualifiedAddress,
  rectAddress,
  rectColumns,
  rectRows,
  type Rect,
} from "../../src/excel/references";

// ───────────────────────────── state ─────────────────────────────

/** What a cell holds: "" (empty), a number, a boolean, text, or a formula (text starting "="). */
export type FakeContent = string | number | boolean;

export interface FakeBorder {
  style: string;
  weight: string;
  color: string;
}

export type FakeEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface FakeCell {
  content: FakeContent;
  numberFormat: string;
  font: { name: string; size: number; bold: boolean; italic: boolean; underline: string; color: string };
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  locked: boolean;
  borders: Partial<Record<FakeEdge, FakeBorder>>;
}

export interface FakeValidation {
  rect: Rect;
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
  ignoreBlanks: boolean;
}

export interface FakeConditionalFormatState {
  rect: Rect;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface FakePageLayoutState {
  paperSize: string | null;
  orientation: string | null;
  zoom: Excel.PageLayoutZoomOptions | null;
  centerHorizontally: boolean;
  printErrors: string | null;
  /** Points. */
  margins: { top: number; bottom: number; left: number; right: number } | null;
  printArea: string | null;
  printTitleRows: string | null;
  /** PageLayout.headersFooters.defaultForAllPages.centerFooter (ExcelApi 1.9). */
  centerFooter: string | null;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  /** Points, by column number. */
  columnWidths: Map<number, number>;
  /** Points, by row number. */
  rowHeights: Map<number, number>;
  merges: Rect[];
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormatState[];
  freeze: { rows: number; columns: number };
  pageLayout: FakePageLayoutState;
  protection: { protected: boolean; password: string | null; options: Excel.WorksheetProtectionOptions };
}

export interface FakeName {
  name: string;
  /** The sheet and rectangle it refers to; null when the reference is broken (#REF!). */
  sheetName: string | null;
  rect: Rect | null;
  comment: string;
}

const key = (row: number, column: number): string => `${row}:${column}`;

function defaultCell(): FakeCell {
  return {
    content: "",
    numberFormat: "General",
    font: { name: "Calibri", size: 11, bold: false, italic: false, underline: "None", color: "#000000" },
    fill: null,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    locked: true,
    borders: {},
  };
}

function newSheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 0 },
    pageLayout: {
      paperSize: null,
      orientation: null,
      zoom: null,
      centerHorizontally: false,
      printErrors: null,
      margins: null,
      printArea: null,
      printTitleRows: null,
      centerFooter: null,
    },
    protection: { protected: false, password: null, options: {} },
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;
}

function mustParse(address: string): Rect {
  const rect = parseRect(address);
  if (!rect) throw officeError("InvalidArgument", `The argument is invalid or missing: "${address}" is not an address.`);
  return rect;
}

/** The workbook behind the fake: sheets, names and cells, with helpers for tests. */
export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  activeSheetName: string | null = null;
  /** The cell or range Range.select() selected last: { sheetName, address: "G8" }. */
  selection: { sheetName: string; address: string } | null = null;
  /** Commands that changed the workbook (a write of any kind), counted as they run. */
  mutations = 0;
  /** Changes made directly through these helpers (setContents, setName, …), which bypass the session. */
  revision = 0;
  /** Calculations asked for: Application.calculate and Range.calculate, counted as they run. */
  calculations = 0;
  /** What Application.calculationState reports (ExcelApi 1.9); a test sets it to simulate a busy Excel. */
  calculationState: "Done" | "Calculating" | "Pending" = "Done";

  hasSheet(name: string): boolean {
    return this.findSheet(name) !== undefined;
  }

  findSheet(name: string): FakeSheet | undefined {
    const wanted = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === wanted);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet "${name}" in the fake workbook`);
    return sheet;
  }

  addSheet(name: string): FakeSheet {
    if (this.hasSheet(name)) throw officeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
      throw officeError("InvalidArgument", `"${name}" is not a valid sheet name.`);
    }
    const sheet = newSheet(name);
    this.sheets.push(sheet);
    this.revision++;
    this.activeSheetName ??= name;
    return sheet;
  }

  /** The cell's state (a default cell when nothing was ever written there). */
  cell(sheetName: string, address: string): FakeCell {
    const rect = mustParse(address);
    return this.sheet(sheetName).cells.get(key(rect.top, rect.left)) ?? defaultCell();
  }

  /** What one cell holds: "" when empty, a formula as "=…". */
  content(sheetName: string, address: string): FakeContent {
    return this.cell(sheetName, address).content;
  }

  /** Contents of a rectangle, row by row. */
  grid(sheetName: string, address: string): FakeContent[][] {
    const rect = mustParse(address);
    const sheet = this.sheet(sheetName);
    const rows: FakeContent[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: FakeContent[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(sheet.cells.get(key(r, c))?.content ?? "");
      rows.push(row);
    }
    return rows;
  }

  /** Writes contents directly (no sync, no protection check): to seed a test. */
  setContents(sheetName: string, address: string, contents: FakeContent | readonly (readonly FakeContent[])[]): void {
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    const rect = mustParse(address);
    this.revision++;
    const grid: readonly (readonly FakeContent[])[] = Array.isArray(contents)
      ? (contents as readonly (readonly FakeContent[])[])
      : [[contents as FakeContent]];
    grid.forEach((row, i) =>
      row.forEach((value, j) => {
        touch(sheet, rect.top + i, rect.left + j).content = value;
      }),
    );
  }

  /** Adds a workbook-scoped name directly (no sync). */
  setName(name: string, sheetName: string | null, address: string | null, comment = ""): void {
    this.revision++;
    this.names.set(name.toUpperCase(), {
      name,
      sheetName,
      rect: address === null ? null : mustParse(address),
      comment,
    });
  }

  /** A name's target: { sheetName, address: "$G$8" } (absolute), or undefined when absent. */
  name(name: string): { sheetName: string | null; address: string | null; comment: string } | undefined {
    const found = this.names.get(name.toUpperCase());
    if (!found) return undefined;
    return {
      sheetName: found.sheetName,
      address: found.rect ? rectAddress(found.rect, true) : null,
      comment: found.comment,
    };
  }

  /** Protects a sheet directly, as a user would. */
  protect(sheetName: string, password: string | null = null): void {
    const sheet = this.sheet(sheetName);
    sheet.protection = { protected: true, password, options: {} };
  }

  /** Inserts whole rows before `beforeRow`, as a user would: cells, merges, rules and names move. */
  insertRows(sheetName: string, beforeRow: number, count: number): void {
    this.shift(sheetName, "rows", beforeRow, count);
  }

  /**
   * Deletes whole rows from `fromRow`, as a user would: their cells, merges, rules and validation go;
   * what is below moves up; names that pointed into them become #REF!.
   */
  deleteRows(sheetName: string, fromRow: number, count: number): void {
    const sheet = this.sheet(sheetName);
    const last = fromRow + count - 1;
    const gone = (r: Rect): boolean => r.top >= fromRow && r.bottom <= last;
    for (const k of [...sheet.cells.keys()]) {
      const row = Number(k.split(":")[0]);
      if (row >= fromRow && row <= last) sheet.cells.delete(k);
    }
    sheet.merges = sheet.merges.filter((r) => !gone(r));
    sheet.validations = sheet.validations.filter((v) => !gone(v.rect));
    sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !gone(f.rect));
    sheet.rowHeights = new Map([...sheet.rowHeights].filter(([row]) => row < fromRow || row > last));
    for (const n of this.names.values()) {
      if (n.sheetName === sheet.name && n.rect && gone(n.rect)) {
        n.sheetName = null;
        n.rect = null;
      }
    }
    this.shift(sheetName, "rows", last + 1, -count);
  }

  /** Inserts whole columns before `beforeColumn`. */
  insertColumns(sheetName: string, beforeColumn: number, count: number): void {
    this.shift(sheetName, "columns", beforeColumn, count);
  }

  /**
   * Cuts column `from` and inserts it before column `before` (from < before), as a user does with
   * Cut and Insert Cut Cells: the columns between move left by one; cells, formulas, merges,
   * rules, validation and names follow.
   */
  moveColumn(sheetName: string, from: number, before: number): void {
    if (!(from < before)) throw new Error("moveColumn moves a column to the right only");
    const column = (c: number): number => (c === from ? before - 1 : c > from && c < before ? c - 1 : c);
    this.remap(sheetName, (row, c) => ({ row, column: column(c) }));
  }

  /** Deletes a sheet as a user would: names that pointed into it become #REF!. */
  deleteSheet(sheetName: string): void {
    const sheet = this.sheet(sheetName);
    this.revision++;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const n of this.names.values()) {
      if (n.sheetName === sheet.name) {
        n.sheetName = null;
        n.rect = null;
      }
    }
  }

  private shift(sheetName: string, axis: "rows" | "columns", at: number, count: number): void {
    const rows = axis === "rows";
    this.remap(
      sheetName,
      (row, column) => (rows ? { row: row >= at ? row + count : row, column } : { row, column: column >= at ? column + count : column }),
      rows ? (heights) => new Map([...heights].map(([index, size]) => [index >= at ? index + count : index, size])) : undefined,
      rows ? undefined : (widths) => new Map([...widths].map(([index, size]) => [index >= at ? index + count : index, size])),
    );
  }

  /** Moves every cell of a sheet, and whatever refers to it, through `move`. */
  private remap(
    sheetName: string,
    move: (row: number, column: number) => { row: number; column: number },
    rowHeights?: (map: Map<number, number>) => Map<number, number>,
    columnWidths?: (map: Map<number, number>) => Map<number, number>,
  ): void {
    const sheet = this.sheet(sheetName);
    this.revision++;
    const moveRect = (r: Rect): Rect => {
      const a = move(r.top, r.left);
      const b = move(r.bottom, r.right);
      // A rectangle that spans the insertion point grows, as in Excel.
      return { top: a.row, left: a.column, bottom: b.row, right: b.column };
    };
    const moved = new Map<string, FakeCell>();
    for (const [k, cell] of sheet.cells) {
      const [row, column] = k.split(":").map(Number);
      const to = move(row, column);
      const content = typeof cell.content === "string" && cell.content.startsWith("=")
        ? mapFormulaReferences(cell.content, (ref) => move(ref.row, ref.column))
        : cell.content;
      moved.set(key(to.row, to.column), { ...cell, content });
    }
    sheet.cells = moved;
    sheet.merges = sheet.merges.map(moveRect);
    sheet.validations = sheet.validations.map((v) => ({ ...v, rect: moveRect(v.rect) }));
    sheet.conditionalFormats = sheet.conditionalFormats.map((f) => ({
      ...f,
      rect: moveRect(f.rect),
      formula: f.formula === null ? null : mapFormulaReferences(f.formula, (ref) => move(ref.row, ref.column)),
    }));
    if (rowHeights) sheet.rowHeights = rowHeights(sheet.rowHeights);
    if (columnWidths) sheet.columnWidths = columnWidths(sheet.columnWidths);
    for (const n of this.names.values()) {
      if (n.sheetName === sheet.name && n.rect) n.rect = moveRect(n.rect);
    }
  }
}

/** The sheet whose conditional formats include this record, or undefined once it is deleted. */
function formatSheet(state: FakeWorkbookState, record: FakeConditionalFormatState): FakeSheet | undefined {
  return state.sheets.find((sheet) => sheet.conditionalFormats.includes(record));
}

function touch(sheet: FakeSheet, row: number, column: number): FakeCell {
  const k = key(row, column);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = defaultCell();
    sheet.cells.set(k, cell);
  }
  return cell;
}

function cellsOf(rect: Rect): Array<{ row: number; column: number }> {
  if (rectRows(rect) * rectColumns(rect) > 1_000_000) {
    throw officeError("NotImplemented", "The fake does not iterate over more than a million cells.");
  }
  const out: Array<{ row: number; column: number }> = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) out.push({ row, column });
  }
  return out;
}

function isEmptyCell(cell: FakeCell): boolean {
  return cell.content === "";
}

function isDefaultFormat(cell: FakeCell): boolean {
  const d = defaultCell();
  return JSON.stringify({ ...cell, content: "" }) === JSON.stringify(d);
}

// ───────────────────────────── errors ─────────────────────────────

/** An error shaped like OfficeExtension.Error. */
export interface FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
}

export function officeError(code: string, message: string, errorLocation?: string): FakeOfficeError {
  const error = new Error(message) as Error & { code: string; debugInfo: FakeOfficeError["debugInfo"] };
  error.name = "RichApi.Error";
  error.code = code;
  error.debugInfo = { code, message, errorLocation };
  return error;
}

function propertyNotLoaded(property: string): FakeOfficeError {
  return officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      "containing object and call \"context.sync()\" on the associated request context.",
  );
}

// ───────────────────────────── session ─────────────────────────────

type Op = () => void;

/** Version strings compare numerically part by part ("1.10" > "1.9"). */
function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

class Session {
  queue: Op[] = [];
  syncCount = 0;
  private failure: FakeOfficeError | null = null;

  constructor(
    readonly state: FakeWorkbookState,
    readonly sets: ReadonlyMap<string, string>,
    readonly calculate: FakeExcelOptions["calculate"],
  ) {}

  supports(name: string, version: string): boolean {
    const have = this.sets.get(name);
    return have !== undefined && versionAtLeast(have, version);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** A command that changes the workbook. */
  mutate(op: Op): void {
    this.queue.push(() => {
      op();
      this.state.mutations++;
    });
  }

  /** Queues an ApiNotFound failure when the host lacks ExcelApi `version`; true when it has it. */
  need(version: string, what: string): boolean {
    if (this.supports("ExcelApi", version)) return true;
    this.queue.push(() => {
      throw officeError("ApiNotFound", `${what} needs ExcelApi ${version}, which this host does not support.`, what);
    });
    return false;
  }

  failNextSync(error: FakeOfficeError): void {
    this.failure = error;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      throw failure;
    }
    for (const op of ops) op();
  }
}

// ───────────────────────────── proxies ─────────────────────────────

/**
 * Loads into a proxy now (inside a running command). Kept outside the classes so that the fakes'
 * public members stay exactly Office.js's.
 */
const loaders = new WeakMap<object, (names: readonly string[] | null) => void>();
/** The cells a FakeRange stands for, for names.add(name, range). */
const rangeTargets = new WeakMap<object, () => RangeTarget | null>();

function loadNow(proxy: object, names: readonly string[] | null): void {
  loaders.get(proxy)!(names);
}

/**
 * Base of every fake proxy: load/read bookkeeping, null-object state, and the commands that change
 * what the proxy stands for. `locator` finds that (a cell range, a sheet, a name, a rule…) when a
 * command runs; null for a null object.
 */
abstract class FakeObject<T = unknown> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly session: Session,
    protected readonly locator: () => T | null,
  ) {
    loaders.set(this, (names) => this.applyLoad(names));
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** Null when this object is a null object (or hangs off one); throws when it must exist. */
  protected locate(): T | null {
    return this.locator();
  }

  /** The value of a scalar property right now. Without scalar properties: none exists. */
  protected snapshot(property: string, _target: T): unknown {
    throw officeError("InvalidArgument", `The fake ${this.constructor.name.replace(/^Fake/, "")} has no property '${property}'.`);
  }

  /** Scalar properties a bare load() loads. */
  protected scalarNames(): readonly string[] {
    return [];
  }

  /** A navigation property, for load paths like "format/font/name". */
  protected child(_name: string): FakeObject | undefined {
    return undefined;
  }

  /** Queues the null-object check, for objects from *OrNullObject (and ranges). */
  protected trackNull(): void {
    this.session.enqueue(() => {
      this.nullState = this.locate() === null;
    });
  }

  /** Queues the existence check of an object that must exist (getItem): ItemNotFound when it does not. */
  protected mustExist(errorLocation: string): void {
    this.session.enqueue(() => {
      if (this.locator() === null) throw officeError("ItemNotFound", "The requested resource doesn't exist.", errorLocation);
    });
  }

  /** Queues a command that changes what the proxy stands for; on a null object it does nothing. */
  protected change(apply: (target: T) => void): void {
    this.session.mutate(() => {
      const target = this.locate();
      if (target) apply(target);
    });
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as V;
  }

  protected queueLoad(propertyNames?: string | string[]): void {
    const names = normalizeNames(propertyNames);
    this.session.enqueue(() => this.applyLoad(names));
  }

  private applyLoad(names: readonly string[] | null): void {
    const target = this.locate();
    this.nullState = target === null;
    if (target === null) return;
    for (const name of names ?? this.scalarNames()) {
      const slash = name.indexOf("/");
      if (slash >= 0) {
        const child = this.child(name.slice(0, slash));
        if (!child) throw officeError("InvalidArgument", `Unknown navigation property '${name.slice(0, slash)}'.`);
        loadNow(child, [name.slice(slash + 1)]);
        continue;
      }
      const nav = this.child(name);
      if (nav) {
        loadNow(nav, null);
        continue;
      }
      this.loaded.set(name, this.snapshot(name, target));
    }
  }
}

/** A proxy whose Office.js class has load() (not every one has: WorksheetFreezePanes has none). */
abstract class FakeLoadable<T> extends FakeObject<T> {
  load(propertyNames?: string | string[]): this {
    this.queueLoad(propertyNames);
    return this;
  }
}

/**
 * A collection proxy: `items` after a load and a sync, one item proxy per record, each loaded with
 * the load's "items/…" paths (all its scalar properties without any).
 */
abstract class FakeCollection<T, R, I extends FakeObject> extends FakeObject<T> {
  private loadedItems: I[] | null = null;

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames?: string | string[]): this {
    const names = normalizeNames(propertyNames);
    this.session.enqueue(() => {
      const itemProps = names === null ? null : names.filter((n) => n.startsWith("items/")).map((n) => n.slice(6));
      this.loadedItems = this.records().map((record) => {
        const item = this.itemOf(record);
        loadNow(item, itemProps === null || itemProps.length === 0 ? null : itemProps);
        return item;
      });
    });
    return this;
  }

  /** What the collection holds now (inside a running command). */
  protected abstract records(): readonly R[];

  /** The proxy of one record. */
  protected abstract itemOf(record: R): I;
}

function normalizeNames(propertyNames?: string | string[]): string[] | null {
  if (propertyNames === undefined) return null;
  const list = Array.isArray(propertyNames) ? propertyNames : [propertyNames];
  return list
    .flatMap((n) => n.split(","))
    .map((n) => n.trim())
    .filter((n) => n !== "");
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function assertWritable(target: RangeTarget, what: "content" | "format" | "structure", cells?: Array<{ row: number; column: number }>): void {
  const protection = target.sheet.protection;
  if (!protection.protected) return;
  if (what === "format" && protection.options.allowFormatCells) return;
  if (what === "content" && cells && cells.every(({ row, column }) => !(target.sheet.cells.get(key(row, column))?.locked ?? true))) return;
  throw officeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
}

/** Changes every cell of the range, once the sheet's protection allows it. */
function changeEachCell(target: RangeTarget, what: "format" | "structure", apply: (cell: FakeCell) => void): void {
  assertWritable(target, what);
  for (const { row, column } of cellsOf(target.rect)) apply(touch(target.sheet, row, column));
}

function grid2d(value: unknown, rect: Rect, property: string): unknown[][] {
  if (!Array.isArray(value) || value.some((row) => !Array.isArray(row))) {
    throw officeError("InvalidArgument", `${property} must be a 2-D array.`);
  }
  const rows = value as unknown[][];
  if (rows.length !== rectRows(rect) || rows.some((row) => row.length !== rectColumns(rect))) {
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`,
    );
  }
  return rows;
}

function uniform<T>(target: RangeTarget, pick: (cell: FakeCell) => T): T | null {
  let first: T | undefined;
  let same = true;
  for (const { row, column } of cellsOf(target.rect)) {
    const value = pick(target.sheet.cells.get(key(row, column)) ?? defaultCell());
    if (first === undefined) first = value;
    else if (JSON.stringify(value) !== JSON.stringify(first)) same = false;
  }
  return same ? (first ?? null) : null;
}

/**
 * A range: a rectangle of a sheet. Its absence (a null object, a deleted sheet) shows in
 * isNullObject; commands on it then do nothing.
 */
export class FakeRange
  extends FakeLoadable<RangeTarget>
  implements
    Pick<
      Excel.Range,
      "values" | "formulas" | "numberFormat" | "address" | "rowCount" | "columnCount" | "rowIndex" | "columnIndex" | "merge" | "unmerge" | "calculate"
    >
{
  readonly format: FakeRangeFormat;

  constructor(session: Session, target: () => RangeTarget | null) {
    super(session, target);
    rangeTargets.set(this, target);
    this.format = new FakeRangeFormat(session, () => this.locate());
    this.trackNull();
  }

  protected scalarNames(): readonly string[] {
    return ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "values", "formulas", "numberFormat"];
  }

  protected child(name: string): FakeObject | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected snapshot(property: string, target: RangeTarget): unknown {
    const { sheet, rect } = target;
    const map = (pick: (cell: FakeCell, row: number, column: number) => unknown): unknown[][] => {
      const rows: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(pick(sheet.cells.get(key(r, c)) ?? defaultCell(), r, c));
        rows.push(row);
      }
      return rows;
    };
    switch (property) {
      case "address":
        return qualifiedAddress(sheet.name, rectAddress(rect));
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectColumns(rect);
      case "rowIndex":
        return rect.top - 1;
      case "columnIndex":
        return rect.left - 1;
      case "formulas":
        return map((cell) => cell.content);
      case "values":
        return map((cell, row, column) => {
          const content = cell.content;
          if (typeof content === "string" && content.startsWith("=")) {
            return this.session.calculate ? this.session.calculate(sheet.name, row, column, content) : "";
          }
          return content;
        });
      case "numberFormat":
        return map((cell) => cell.numberFormat);
      default:
        throw officeError("InvalidArgument", `The fake Range has no property '${property}'.`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get values(): Excel.Range["values"] {
    return this.read("values");
  }
  set values(values: Excel.Range["values"]) {
    this.writeContents(values, "values");
  }

  get formulas(): Excel.Range["formulas"] {
    return this.read("formulas");
  }
  set formulas(formulas: Excel.Range["formulas"]) {
    this.writeContents(formulas, "formulas");
  }

  get numberFormat(): Excel.Range["numberFormat"] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: Excel.Range["numberFormat"]) {
    this.change((target) => {
      const rows = grid2d(formats, target.rect, "numberFormat");
      assertWritable(target, "format");
      rows.forEach((row, i) =>
        row.forEach((format, j) => {
          if (format === null || format === undefined) return;
          touch(target.sheet, target.rect.top + i, target.rect.left + j).numberFormat = format === "" ? "General" : String(format);
        }),
      );
    });
  }

  private writeContents(values: unknown, property: string): void {
    this.change((target) => {
      const rows = grid2d(values, target.rect, property);
      const written: Array<{ row: number; column: number }> = [];
      rows.forEach((row, i) =>
        row.forEach((value, j) => {
          if (value !== null && value !== undefined) written.push({ row: target.rect.top + i, column: target.rect.left + j });
        }),
      );
      assertWritable(target, "content", written);
      rows.forEach((row, i) =>
        row.forEach((value, j) => {
          if (value === null || value === undefined) return;
          if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
            throw officeError("InvalidArgument", `Cannot write ${typeof value} into a cell.`);
          }
          touch(target.sheet, target.rect.top + i, target.rect.left + j).content = value;
        }),
      );
    });
  }

  get dataValidation(): FakeDataValidation {
    this.session.need("1.8", "Range.dataValidation");
    return new FakeDataValidation(this.session, () => this.locate());
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.session.need("1.6", "Range.conditionalFormats");
    return new FakeConditionalFormatCollection(this.session, () => this.locate());
  }

  merge(across?: boolean): void {
    this.session.need("1.2", "Range.merge");
    this.change((target) => {
      assertWritable(target, "structure");
      const { rect } = target;
      const pieces = across
        ? Array.from({ length: rectRows(rect) }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const piece of pieces) {
        if (rectRows(piece) * rectColumns(piece) === 1) continue;
        target.sheet.merges = target.sheet.merges.filter((m) => !overlaps(m, piece));
        target.sheet.merges.push(piece);
      }
    });
  }

  unmerge(): void {
    this.session.need("1.2", "Range.unmerge");
    this.change((target) => {
      assertWritable(target, "structure");
      target.sheet.merges = target.sheet.merges.filter((m) => !overlaps(m, target.rect));
    });
  }

  /** Clears contents and formats (applyTo "Contents" clears contents only). */
  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    this.change((target) => {
      assertWritable(target, applyTo === "Formats" ? "format" : "content", cellsOf(target.rect));
      for (const { row, column } of cellsOf(target.rect)) {
        const k = key(row, column);
        const cell = target.sheet.cells.get(k);
        if (!cell) continue;
        if (applyTo === "Contents") cell.content = "";
        else if (applyTo === "Formats") target.sheet.cells.set(k, { ...defaultCell(), content: cell.content });
        else target.sheet.cells.delete(k);
      }
    });
  }

  /**
   * Calculates the range (ExcelApi 1.6). The fake's formula values come from `calculate` at each
   * read; this only counts the request in state.calculations (a test's calculate may depend on it).
   */
  calculate(): void {
    this.session.need("1.6", "Range.calculate");
    this.session.enqueue(() => {
      if (this.locate()) this.session.state.calculations++;
    });
  }

  /** Selects the range in the UI; the fake records it in state.selection and activates its sheet. */
  select(): void {
    this.session.enqueue(() => {
      const target = this.locate();
      if (!target) throw officeError("ItemNotFound", "The requested resource doesn't exist.", "Range.select");
      this.session.state.activeSheetName = target.sheet.name;
      this.session.state.selection = { sheetName: target.sheet.name, address: rectAddress(target.rect) };
    });
  }

  /** A cell of this range, by 0-based offsets. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.session, () => {
      const t = this.locate();
      if (!t) return null;
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return { sheet: t.sheet, rect: { top: r, bottom: r, left: c, right: c } };
    });
  }

  /** Inserts cells; the fake supports whole rows shifted down (a user's "Insert rows"). */
  insert(shift: Excel.InsertShiftDirection | "Down" | "Right"): FakeRange {
    this.change((target) => {
      const wholeRows = target.rect.left === 1 && target.rect.right === MAX_COLUMNS;
      const wholeColumns = target.rect.top === 1 && target.rect.bottom === MAX_ROWS;
      if (shift === "Down" && wholeRows) this.session.state.insertRows(target.sheet.name, target.rect.top, rectRows(target.rect));
      else if (shift === "Right" && wholeColumns)
        this.session.state.insertColumns(target.sheet.name, target.rect.left, rectColumns(target.rect));
      else throw officeError("NotImplemented", "The fake inserts whole rows (Down) or whole columns (Right) only.");
    });
    return this;
  }
}

export class FakeRangeFormat
  extends FakeLoadable<RangeTarget>
  implements Pick<Excel.RangeFormat, "horizontalAlignment" | "verticalAlignment" | "wrapText" | "columnWidth" | "rowHeight">
{
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorderCollection;

  constructor(session: Session, target: () => RangeTarget | null) {
    super(session, target);
    this.font = new FakeRangeFont(session, target);
    this.fill = new FakeRangeFill(session, target);
    this.borders = new FakeRangeBorderCollection(session, target);
  }

  get protection(): FakeFormatProtection {
    this.session.need("1.2", "RangeFormat.protection");
    return new FakeFormatProtection(this.session, this.locator);
  }

  protected scalarNames(): readonly string[] {
    return ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight"];
  }
  protected child(name: string): FakeObject | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    if (name === "protection") return new FakeFormatProtection(this.session, this.locator);
    return undefined;
  }
  protected snapshot(property: string, target: RangeTarget): unknown {
    switch (property) {
      case "horizontalAlignment":
        return uniform(target, (c) => c.horizontalAlignment);
      case "verticalAlignment":
        return uniform(target, (c) => c.verticalAlignment);
      case "wrapText":
        return uniform(target, (c) => c.wrapText);
      case "columnWidth": {
        const widths = new Set<number>();
        for (let c = target.rect.left; c <= Math.min(target.rect.right, target.rect.left + 1000); c++) {
          widths.add(target.sheet.columnWidths.get(c) ?? 48);
        }
        return widths.size === 1 ? [...widths][0] : null;
      }
      case "rowHeight": {
        const heights = new Set<number>();
        for (let r = target.rect.top; r <= Math.min(target.rect.bottom, target.rect.top + 1000); r++) {
          heights.add(target.sheet.rowHeights.get(r) ?? 15);
        }
        return heights.size === 1 ? [...heights][0] : null;
      }
      default:
        throw officeError("InvalidArgument", `The fake RangeFormat has no property '${property}'.`);
    }
  }

  private setAll(apply: (cell: FakeCell) => void): void {
    this.change((target) => changeEachCell(target, "format", apply));
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.setAll((c) => (c.horizontalAlignment = value));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.setAll((c) => (c.verticalAlignment = value));
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.setAll((c) => (c.wrapText = value));
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.change((target) => {
      if (target.sheet.protection.protected && !target.sheet.protection.options.allowFormatColumns) assertWritable(target, "structure");
      for (let c = target.rect.left; c <= target.rect.right; c++) target.sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.change((target) => {
      if (target.sheet.protection.protected && !target.sheet.protection.options.allowFormatRows) assertWritable(target, "structure");
      for (let r = target.rect.top; r <= target.rect.bottom; r++) target.sheet.rowHeights.set(r, points);
    });
  }
}

export class FakeRangeFont
  extends FakeLoadable<RangeTarget>
  implements Pick<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "underline" | "color">
{
  protected scalarNames(): readonly string[] {
    return ["name", "size", "bold", "italic", "underline", "color"];
  }
  protected snapshot(property: string, target: RangeTarget): unknown {
    if (!["name", "size", "bold", "italic", "underline", "color"].includes(property)) {
      throw officeError("InvalidArgument", `The fake RangeFont has no property '${property}'.`);
    }
    return uniform(target, (c) => c.font[property as keyof FakeCell["font"]]);
  }
  private set<K extends keyof FakeCell["font"]>(property: K, value: FakeCell["font"][K]): void {
    this.change((target) => changeEachCell(target, "format", (cell) => (cell.font[property] = value)));
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.set("name", value);
  }
  get size(): number {
    return this.read("size");
  }
  set size(value: number) {
    this.set("size", value);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.set("italic", value);
  }
  get underline(): Excel.RangeFont["underline"] {
    return this.read("underline");
  }
  set underline(value: Excel.RangeFont["underline"]) {
    if (!["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"].includes(value)) {
      throw officeError("InvalidArgument", `Not a RangeUnderlineStyle: ${value}`);
    }
    this.set("underline", value);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.set("color", value);
  }
}

export class FakeRangeFill extends FakeLoadable<RangeTarget> implements Pick<Excel.RangeFill, "color" | "clear"> {
  protected scalarNames(): readonly string[] {
    return ["color"];
  }
  protected snapshot(property: string, target: RangeTarget): unknown {
    if (property !== "color") throw officeError("InvalidArgument", `The fake RangeFill has no property '${property}'.`);
    return uniform(target, (c) => c.fill);
  }
  private apply(fill: string | null): void {
    this.change((target) => changeEachCell(target, "format", (cell) => (cell.fill = fill)));
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.apply(value === "" ? null : value);
  }
  clear(): void {
    this.apply(null);
  }
}

type BorderIndex =
  | Excel.BorderIndex
  | "EdgeTop"
  | "EdgeBottom"
  | "EdgeLeft"
  | "EdgeRight"
  | "InsideVertical"
  | "InsideHorizontal"
  | "DiagonalDown"
  | "DiagonalUp";

export class FakeRangeBorderCollection extends FakeObject<RangeTarget> {
  getItem(index: BorderIndex): FakeRangeBorder {
    return new FakeRangeBorder(this.session, this.locator, String(index));
  }
}

export class FakeRangeBorder extends FakeLoadable<RangeTarget> implements Pick<Excel.RangeBorder, "style" | "weight" | "color"> {
  constructor(
    session: Session,
    target: () => RangeTarget | null,
    private readonly index: string,
  ) {
    super(session, target);
  }
  protected scalarNames(): readonly string[] {
    return ["style", "weight", "color"];
  }
  protected snapshot(property: string, target: RangeTarget): unknown {
    const edge = this.index as FakeEdge;
    return uniform(target, (c) => c.borders[edge]?.[property as keyof FakeBorder] ?? null);
  }
  /** The cell edges this border index covers within the range. */
  private edges(rect: Rect): Array<{ row: number; column: number; edge: FakeEdge }> {
    const out: Array<{ row: number; column: number; edge: FakeEdge }> = [];
    for (const { row, column } of cellsOf(rect)) {
      const at = (edge: FakeEdge): void => void out.push({ row, column, edge });
      switch (this.index) {
        case "EdgeTop":
          if (row === rect.top) at("EdgeTop");
          break;
        case "EdgeBottom":
          if (row === rect.bottom) at("EdgeBottom");
          break;
        case "EdgeLeft":
          if (column === rect.left) at("EdgeLeft");
          break;
        case "EdgeRight":
          if (column === rect.right) at("EdgeRight");
          break;
        case "InsideHorizontal":
          if (row > rect.top) at("EdgeTop");
          if (row < rect.bottom) at("EdgeBottom");
          break;
        case "InsideVertical":
          if (column > rect.left) at("EdgeLeft");
          if (column < rect.right) at("EdgeRight");
          break;
        default:
          break;
      }
    }
    return out;
  }
  private apply(property: keyof FakeBorder, value: string): void {
    this.change((target) => {
      assertWritable(target, "format");
      for (const { row, column, edge } of this.edges(target.rect)) {
        const cell = touch(target.sheet, row, column);
        const border = cell.borders[edge] ?? { style: "None", weight: "Thin", color: "#000000" };
        border[property] = value;
        cell.borders[edge] = border;
      }
    });
  }
  get style(): Excel.RangeBorder["style"] {
    return this.read("style");
  }
  set style(value: Excel.RangeBorder["style"]) {
    this.apply("style", value);
  }
  get weight(): Excel.RangeBorder["weight"] {
    return this.read("weight");
  }
  set weight(value: Excel.RangeBorder["weight"]) {
    this.apply("weight", value);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.apply("color", value);
  }
}

export class FakeFormatProtection extends FakeLoadable<RangeTarget> implements Pick<Excel.FormatProtection, "locked"> {
  protected scalarNames(): readonly string[] {
    return ["locked"];
  }
  protected snapshot(property: string, target: RangeTarget): unknown {
    if (property !== "locked") throw officeError("InvalidArgument", `The fake FormatProtection has no property '${property}'.`);
    return uniform(target, (c) => c.locked);
  }
  get locked(): boolean {
    return this.read("locked");
  }
  set locked(value: boolean) {
    this.change((target) => changeEachCell(target, "structure", (cell) => (cell.locked = value)));
  }
}

/**
 * The defined names a formula refers to: identifiers outside string literals and quoted sheet
 * names that are not a function ("SUM("), a sheet ("Data!"), a cell or column reference ("$G$8",
 * "A:A"), a number's exponent ("1E9"), TRUE/FALSE or an error literal ("#REF!").
 */
export function namesInFormula(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!");
  const names: string[] = [];
  for (const match of code.matchAll(/\$?[A-Za-z_\\][A-Za-z0-9_.\\$]*/g)) {
    const token = match[0];
    const start = match.index;
    const before = code[start - 1] ?? "";
    const after = code[start + token.length] ?? "";
    if (after === "(" || after === "!" || before === "!" || before === "#" || /[0-9.]/.test(before)) continue;
    if (/^\$?[A-Z]{1,3}\$?\d+$/i.test(token) || /^(TRUE|FALSE)$/i.test(token)) continue;
    if (/^\$?[A-Z]{1,3}$/i.test(token) && (after === ":" || before === ":")) continue; // a column range
    names.push(token);
  }
  return names;
}

/**
 * Excel refuses a data-validation or conditional-format formula that names a name the workbook
 * does not have (yet): InvalidArgument, when the queued command runs. Add names first.
 */
function assertNamesDefined(state: FakeWorkbookState, formula: string | undefined, what: string): void {
  if (formula === undefined) return;
  for (const name of namesInFormula(formula)) {
    if (!state.names.has(name.toUpperCase())) {
      throw officeError("InvalidArgument", `${what} refers to the name ${name}, which does not exist in the workbook.`);
    }
  }
}

function checkText(value: string | undefined, limit: number, what: string): void {
  if (value !== undefined && value.length > limit) {
    throw officeError("InvalidArgument", `${what} is longer than Excel allows (${value.length} > ${limit} characters).`);
  }
}

export class FakeDataValidation
  extends FakeLoadable<RangeTarget>
  implements Pick<Excel.DataValidation, "rule" | "prompt" | "errorAlert" | "ignoreBlanks" | "clear" | "valid" | "type">
{
  protected scalarNames(): readonly string[] {
    return ["rule", "prompt", "errorAlert", "ignoreBlanks", "type"];
  }
  private covering(target: RangeTarget): FakeValidation | undefined {
    return target.sheet.validations.find((v) => contains(v.rect, target.rect));
  }
  protected snapshot(property: string, target: RangeTarget): unknown {
    const v = this.covering(target);
    switch (property) {
      case "rule":
        return v?.rule ?? {};
      case "prompt":
        return v?.prompt ?? { showPrompt: false, title: "", message: "" };
      case "errorAlert":
        return v?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
      case "ignoreBlanks":
        return v?.ignoreBlanks ?? true;
      case "type":
        return v ? (Object.keys(v.rule)[0] ?? "None").replace(/^./, (ch) => ch.toUpperCase()) : "None";
      case "valid":
        return this.validity(target);
      default:
        throw officeError("InvalidArgument", `The fake DataValidation has no property '${property}'.`);
    }
  }
  /**
   * DataValidation.valid: true when every cell passes its rule, false when none does, null when
   * both occur. A custom rule's formula is relative to its range's top-left cell and is evaluated
   * for each cell through the fake's `calculate` (NotImplemented without one); a blank cell passes
   * when the rule ignores blanks; a cell without a rule passes.
   */
  private validity(target: RangeTarget): boolean | null {
    let passed = 0;
    let failed = 0;
    for (const { row, column } of cellsOf(target.rect)) {
      const v = target.sheet.validations.find((x) => contains(x.rect, { top: row, bottom: row, left: column, right: column }));
      const content = target.sheet.cells.get(key(row, column))?.content ?? "";
      if (!v || Object.keys(v.rule).length === 0 || (content === "" && v.ignoreBlanks)) {
        passed++;
        continue;
      }
      const formula = v.rule.custom?.formula;
      const calculate = this.session.calculate;
      if (typeof formula !== "string" || !calculate) {
        throw officeError("NotImplemented", "The fake evaluates custom validation rules only, and only with `calculate`.");
      }
      const here = mapFormulaReferences(formula, (ref) => ({
        row: ref.rowAbsolute ? ref.row : ref.row + row - v.rect.top,
        column: ref.columnAbsolute ? ref.column : ref.column + column - v.rect.left,
      }));
      const result = calculate(target.sheet.name, row, column, here);
      if (result === true || (typeof result === "number" && result !== 0)) passed++;
      else failed++;
    }
    return failed === 0 ? true : passed === 0 ? false : null;
  }
  get valid(): boolean {
    return this.read("valid");
  }
  get type(): Excel.DataValidation["type"] {
    return this.read("type");
  }
  /** The validation record of exactly this range, created when missing. */
  private record(target: RangeTarget): FakeValidation {
    assertWritable(target, "structure");
    let v = target.sheet.validations.find(
      (x) => x.rect.top === target.rect.top && x.rect.left === target.rect.left && x.rect.bottom === target.rect.bottom && x.rect.right === target.rect.right,
    );
    if (!v) {
      if (target.sheet.validations.some((x) => overlaps(x.rect, target.rect) && Object.keys(x.rule).length > 0)) {
        throw officeError("InvalidOperation", "The range already has data validation; clear it first.");
      }
      v = { rect: target.rect, rule: {}, prompt: null, errorAlert: null, ignoreBlanks: true };
      target.sheet.validations.push(v);
    }
    return v;
  }
  private update(apply: (v: FakeValidation) => void): void {
    this.change((target) => apply(this.record(target)));
  }
  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.update((v) => {
      if (Object.keys(rule).length !== 1) throw officeError("InvalidArgument", "A data-validation rule has exactly one type.");
      const formula = rule.custom?.formula;
      if (typeof formula === "string") checkText(formula, 255, "A data-validation formula");
      const state = this.session.state;
      if (typeof formula === "string") assertNamesDefined(state, formula, "A data-validation formula");
      const source = rule.list?.source;
      if (typeof source === "string" && source.startsWith("=")) assertNamesDefined(state, source, "A data-validation list source");
      v.rule = rule;
    });
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.update((v) => {
      checkText(prompt.title, 32, "A data-validation prompt title");
      checkText(prompt.message, 255, "A data-validation prompt message");
      v.prompt = prompt;
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.update((v) => {
      checkText(alert.title, 32, "A data-validation error title");
      checkText(alert.message, 255, "A data-validation error message");
      v.errorAlert = alert;
    });
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.update((v) => (v.ignoreBlanks = value));
  }
  clear(): void {
    this.change((target) => {
      assertWritable(target, "structure");
      target.sheet.validations = target.sheet.validations.filter((v) => !overlaps(v.rect, target.rect));
    });
  }
}

/** The conditional formats that overlap the range, in the order they were added. */
export class FakeConditionalFormatCollection
  extends FakeCollection<RangeTarget, FakeConditionalFormatState, FakeConditionalFormat>
  implements Pick<Excel.ConditionalFormatCollection, "clearAll">
{
  protected records(): readonly FakeConditionalFormatState[] {
    const target = this.locate();
    return target ? target.sheet.conditionalFormats.filter((f) => overlaps(f.rect, target.rect)) : [];
  }
  protected itemOf(record: FakeConditionalFormatState): FakeConditionalFormat {
    return new FakeConditionalFormat(this.session, () => (formatSheet(this.session.state, record) ? record : null));
  }
  add(
    type:
      | Excel.ConditionalFormatType
      | "Custom"
      | "DataBar"
      | "ColorScale"
      | "IconSet"
      | "TopBottom"
      | "PresetCriteria"
      | "ContainsText"
      | "CellValue",
  ): FakeConditionalFormat {
    const holder: { record: FakeConditionalFormatState | null } = { record: null };
    this.change((target) => {
      assertWritable(target, "structure");
      holder.record = { rect: target.rect, type: String(type), formula: null, fill: null, fontColor: null, stopIfTrue: false };
      target.sheet.conditionalFormats.push(holder.record);
    });
    return new FakeConditionalFormat(this.session, () => holder.record);
  }
  clearAll(): void {
    this.change((target) => {
      assertWritable(target, "structure");
      target.sheet.conditionalFormats = target.sheet.conditionalFormats.filter((f) => !overlaps(f.rect, target.rect));
    });
  }
}

export class FakeConditionalFormat
  extends FakeObject<FakeConditionalFormatState>
  implements Pick<Excel.ConditionalFormat, "stopIfTrue" | "type" | "delete">
{
  readonly custom: FakeCustomConditionalFormat;
  readonly customOrNullObject: FakeCustomConditionalFormat;
  constructor(session: Session, record: () => FakeConditionalFormatState | null) {
    super(session, record);
    this.custom = new FakeCustomConditionalFormat(session, record);
    this.customOrNullObject = new FakeCustomConditionalFormat(session, record, true);
  }
  protected child(name: string): FakeObject | undefined {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }
  get type(): Excel.ConditionalFormat["type"] {
    return this.read("type");
  }
  /** Deletes this conditional format (ExcelApi 1.6). */
  delete(): void {
    this.session.mutate(() => {
      const r = this.locator();
      if (!r) throw officeError("ItemNotFound", "The requested resource doesn't exist.", "ConditionalFormat");
      const sheet = formatSheet(this.session.state, r)!;
      assertWritable({ sheet, rect: r.rect }, "structure");
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(r), 1);
    });
  }
  protected scalarNames(): readonly string[] {
    return ["stopIfTrue", "type"];
  }
  protected snapshot(property: string, record: FakeConditionalFormatState): unknown {
    if (property === "stopIfTrue") return record.stopIfTrue;
    if (property === "type") return record.type;
    throw officeError("InvalidArgument", `The fake ConditionalFormat has no property '${property}'.`);
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.change((r) => (r.stopIfTrue = value));
  }
}

export class FakeCustomConditionalFormat extends FakeObject<FakeConditionalFormatState> {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;
  constructor(
    session: Session,
    record: () => FakeConditionalFormatState | null,
    private readonly nullable = false,
  ) {
    super(session, record);
    this.rule = new FakeConditionalFormatRule(session, record);
    this.format = new FakeConditionalRangeFormat(session, record);
  }
  /** Loading `custom` on another type fails as in Excel (office-js#2180); `customOrNullObject` is null. */
  protected locate(): FakeConditionalFormatState | null {
    const r = this.locator();
    if (r === null || r.type === "Custom") return r;
    if (this.nullable) return null;
    throw officeError("InvalidOperation", "This operation is not permitted for the current object.");
  }
  protected child(name: string): FakeObject | undefined {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return undefined;
  }
  protected snapshot(): unknown {
    return undefined;
  }
}

export class FakeConditionalFormatRule
  extends FakeObject<FakeConditionalFormatState>
  implements Pick<Excel.ConditionalFormatRule, "formula">
{
  protected scalarNames(): readonly string[] {
    return ["formula"];
  }
  protected snapshot(_property: string, record: FakeConditionalFormatState): unknown {
    return record.formula;
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.change((r) => {
      if (r.type !== "Custom") throw officeError("InvalidOperation", "custom applies to Custom conditional formats only.");
      checkText(value, 255, "A conditional-format formula");
      assertNamesDefined(this.session.state, value, "A conditional-format formula");
      r.formula = value;
    });
  }
}

/** The fill or font colour of a conditional format (loadable, like Excel's). */
export class FakeConditionalColor extends FakeObject<FakeConditionalFormatState> implements Pick<Excel.ConditionalRangeFill, "color"> {
  constructor(
    session: Session,
    record: () => FakeConditionalFormatState | null,
    private readonly part: "fill" | "fontColor",
  ) {
    super(session, record);
  }
  protected scalarNames(): readonly string[] {
    return ["color"];
  }
  protected snapshot(_property: string, record: FakeConditionalFormatState): unknown {
    return record[this.part];
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.change((r) => (r[this.part] = value));
  }
}

export class FakeConditionalRangeFormat extends FakeObject<FakeConditionalFormatState> {
  readonly fill: FakeConditionalColor;
  readonly font: FakeConditionalColor;
  constructor(session: Session, record: () => FakeConditionalFormatState | null) {
    super(session, record);
    this.fill = new FakeConditionalColor(session, record, "fill");
    this.font = new FakeConditionalColor(session, record, "fontColor");
  }
  protected child(name: string): FakeObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }
  protected snapshot(): unknown {
    return undefined;
  }
}

export class FakeWorksheetFreezePanes
  extends FakeObject<FakeSheet>
  implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze">
{
  freezeRows(count?: number): void {
    this.change((s) => (s.freeze = { rows: count ?? 1, columns: 0 }));
  }
  freezeColumns(count?: number): void {
    this.change((s) => (s.freeze = { rows: 0, columns: count ?? 1 }));
  }
  unfreeze(): void {
    this.change((s) => (s.freeze = { rows: 0, columns: 0 }));
  }
}

const POINTS_PER_CM = 72 / 2.54;

export class FakePageLayout
  extends FakeLoadable<FakeSheet>
  implements
    Pick<
      Excel.PageLayout,
      | "paperSize"
      | "orientation"
      | "zoom"
      | "centerHorizontally"
      | "printErrors"
      | "setPrintArea"
      | "setPrintTitleRows"
      | "setPrintMargins"
    >
{
  protected scalarNames(): readonly string[] {
    return ["paperSize", "orientation", "zoom", "centerHorizontally", "printErrors"];
  }
  protected snapshot(property: string, sheet: FakeSheet): unknown {
    const layout = sheet.pageLayout;
    switch (property) {
      case "paperSize":
        return layout.paperSize ?? "Letter";
      case "orientation":
        return layout.orientation ?? "Portrait";
      case "zoom":
        return layout.zoom ?? { scale: 100 };
      case "centerHorizontally":
        return layout.centerHorizontally;
      case "printErrors":
        return layout.printErrors ?? "AsDisplayed";
      default:
        throw officeError("InvalidArgument", `The fake PageLayout has no property '${property}'.`);
    }
  }
  private set(apply: (layout: FakePageLayoutState) => void): void {
    this.change((s) => apply(s.pageLayout));
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.read("paperSize");
  }
  set paperSize(value: Excel.PageLayout["paperSize"]) {
    this.set((l) => (l.paperSize = value));
  }
  get orientation(): Excel.PageLayout["orientation"] {
    return this.read("orientation");
  }
  set orientation(value: Excel.PageLayout["orientation"]) {
    this.set((l) => (l.orientation = value));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.set((l) => {
      if (value.scale !== undefined && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) {
        throw officeError("InvalidArgument", "Set either a scale or pages to fit, not both.");
      }
      l.zoom = { ...value };
    });
  }
  get centerHorizontally(): boolean {
    return this.read("centerHorizontally");
  }
  set centerHorizontally(value: boolean) {
    this.set((l) => (l.centerHorizontally = value));
  }
  get printErrors(): Excel.PageLayout["printErrors"] {
    return this.read("printErrors");
  }
  set printErrors(value: Excel.PageLayout["printErrors"]) {
    this.set((l) => {
      if (!["AsDisplayed", "Blank", "Dash", "NotAvailable"].includes(value)) throw officeError("InvalidArgument", `Not a PrintErrorType: ${value}`);
      l.printErrors = value;
    });
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return new FakeHeaderFooterGroup(this.session, this.locator);
  }
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this.set((l) => {
      if (typeof printArea !== "string" || !parseRect(printArea)) throw officeError("InvalidArgument", "The fake takes print areas as A1 text.");
      l.printArea = printArea;
    });
  }
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this.set((l) => {
      if (typeof printTitleRows !== "string" || !/^\$?\d+:\$?\d+$/.test(printTitleRows)) {
        throw officeError("InvalidArgument", "The fake takes print title rows as text like \"$5:$6\".");
      }
      l.printTitleRows = printTitleRows;
    });
  }
  setPrintMargins(
    unit: Excel.PrintMarginUnit | "Points" | "Inches" | "Centimeters",
    marginOptions: Excel.PageLayoutMarginOptions,
  ): void {
    this.set((l) => {
      const factor = unit === "Centimeters" ? POINTS_PER_CM : unit === "Inches" ? 72 : 1;
      const m = l.margins ?? { top: 54, bottom: 54, left: 50.4, right: 50.4 };
      l.margins = {
        top: marginOptions.top !== undefined ? marginOptions.top * factor : m.top,
        bottom: marginOptions.bottom !== undefined ? marginOptions.bottom * factor : m.bottom,
        left: marginOptions.left !== undefined ? marginOptions.left * factor : m.left,
        right: marginOptions.right !== undefined ? marginOptions.right * factor : m.right,
      };
    });
  }
}

/** PageLayout.headersFooters (ExcelApi 1.9): the fake keeps the default pages' centre footer only. */
export class FakeHeaderFooterGroup extends FakeLoadable<FakeSheet> {
  get defaultForAllPages(): FakeHeaderFooter {
    return new FakeHeaderFooter(this.session, this.locator);
  }
  protected child(name: string): FakeObject | undefined {
    return name === "defaultForAllPages" ? this.defaultForAllPages : undefined;
  }
}

export class FakeHeaderFooter extends FakeLoadable<FakeSheet> implements Pick<Excel.HeaderFooter, "centerFooter"> {
  protected scalarNames(): readonly string[] {
    return ["centerFooter"];
  }
  protected snapshot(property: string, sheet: FakeSheet): unknown {
    if (property !== "centerFooter") throw officeError("InvalidArgument", `The fake HeaderFooter has no property '${property}'.`);
    return sheet.pageLayout.centerFooter ?? "";
  }
  get centerFooter(): string {
    return this.read("centerFooter");
  }
  set centerFooter(value: string) {
    this.change((sheet) => {
      // Excel limits a header or footer section to 255 characters, codes included.
      if (value.length > 255) throw officeError("InvalidArgument", "The footer is longer than 255 characters.");
      sheet.pageLayout.centerFooter = value;
    });
  }
}

export class FakeWorksheetProtection
  extends FakeLoadable<FakeSheet>
  implements Pick<Excel.WorksheetProtection, "protected" | "options" | "protect" | "unprotect">
{
  protected scalarNames(): readonly string[] {
    return ["protected", "options"];
  }
  protected snapshot(property: string, sheet: FakeSheet): unknown {
    if (property === "protected") return sheet.protection.protected;
    if (property === "options") return { ...sheet.protection.options };
    throw officeError("InvalidArgument", `The fake WorksheetProtection has no property '${property}'.`);
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.read("options");
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    if (password !== undefined) this.session.need("1.7", "WorksheetProtection.protect(password)");
    // Excel.WorksheetProtectionOptions: these three are ExcelApi 1.7, the others 1.2.
    for (const option of ["allowEditObjects", "allowEditScenarios", "selectionMode"] as const) {
      if (options?.[option] !== undefined) this.session.need("1.7", `WorksheetProtectionOptions.${option}`);
    }
    this.change((s) => {
      if (s.protection.protected) throw officeError("InvalidOperation", "The worksheet is already protected.");
      s.protection = { protected: true, password: password ?? null, options: { ...(options ?? {}) } };
    });
  }
  unprotect(password?: string): void {
    this.change((s) => {
      if (!s.protection.protected) return;
      if (s.protection.password !== null && s.protection.password !== password) {
        throw officeError("InvalidArgument", "The password you supplied is not correct.");
      }
      s.protection = { protected: false, password: null, options: {} };
    });
  }
}

export class FakeWorksheet extends FakeLoadable<FakeSheet> implements Pick<Excel.Worksheet, "name" | "activate" | "delete"> {
  constructor(session: Session, sheet: () => FakeSheet | null, nullable: boolean) {
    super(session, sheet);
    if (nullable) this.trackNull();
    else this.mustExist("Worksheet");
  }
  protected scalarNames(): readonly string[] {
    return ["name", "position", "visibility"];
  }
  protected child(name: string): FakeObject | undefined {
    if (name === "protection") return new FakeWorksheetProtection(this.session, this.locator);
    if (name === "pageLayout") return new FakePageLayout(this.session, this.locator);
    return undefined;
  }
  protected snapshot(property: string, sheet: FakeSheet): unknown {
    switch (property) {
      case "name":
        return sheet.name;
      case "position":
        return this.session.state.sheets.indexOf(sheet);
      case "visibility":
        return "Visible";
      default:
        throw officeError("InvalidArgument", `The fake Worksheet has no property '${property}'.`);
    }
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.change((s) => {
      const old = s.name;
      if (this.session.state.hasSheet(value) && value.toLocaleLowerCase() !== old.toLocaleLowerCase()) {
        throw officeError("ItemAlreadyExists", `A sheet named "${value}" already exists.`);
      }
      s.name = value;
      for (const n of this.session.state.names.values()) if (n.sheetName === old) n.sheetName = value;
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.session, () => {
      const sheet = this.locate();
      if (!sheet) return null;
      const rect = address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } : mustParse(address);
      return { sheet, rect };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.session.need("1.4", "Worksheet.getUsedRangeOrNullObject");
    return new FakeRange(this.session, () => this.usedRange(valuesOnly ?? false));
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.session, () => {
      const sheet = this.locate();
      if (!sheet) return null;
      return this.usedRange(valuesOnly ?? false) ?? { sheet, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  private usedRange(valuesOnly: boolean): RangeTarget | null {
    const sheet = this.locate();
    if (!sheet) return null;
    let rect: Rect | null = null;
    for (const [k, cell] of sheet.cells) {
      if (isEmptyCell(cell) && (valuesOnly || isDefaultFormat(cell))) continue;
      const [row, column] = k.split(":").map(Number);
      rect = rect
        ? {
            top: Math.min(rect.top, row),
            left: Math.min(rect.left, column),
            bottom: Math.max(rect.bottom, row),
            right: Math.max(rect.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return rect ? { sheet, rect } : null;
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    this.session.need("1.7", "Worksheet.freezePanes");
    return new FakeWorksheetFreezePanes(this.session, this.locator);
  }
  get pageLayout(): FakePageLayout {
    this.session.need("1.9", "Worksheet.pageLayout");
    return new FakePageLayout(this.session, this.locator);
  }
  get protection(): FakeWorksheetProtection {
    this.session.need("1.2", "Worksheet.protection");
    return new FakeWorksheetProtection(this.session, this.locator);
  }
  activate(): void {
    this.change((s) => (this.session.state.activeSheetName = s.name));
  }
  /**
   * Copies the sheet (ExcelApi 1.7), named as Excel names copies ("Name (2)"): cells, formats,
   * merges, validation, conditional formats, sizes, freeze panes, page layout and protection.
   * Workbook-scoped names are not copied, as in Excel.
   */
  copy(
    positionType?: Excel.WorksheetPositionType | "None" | "Before" | "After" | "Beginning" | "End",
    relativeTo?: Excel.Worksheet,
  ): FakeWorksheet {
    const holder: { sheet: FakeSheet | null } = { sheet: null };
    if (this.session.need("1.7", "Worksheet.copy")) {
      this.session.mutate(() => {
        const source = this.locate();
        if (!source) throw officeError("ItemNotFound", "The requested resource doesn't exist.", "Worksheet.copy");
        const state = this.session.state;
        let name = "";
        for (let n = 2; name === "" || state.hasSheet(name); n++) name = `${source.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
        const clone: FakeSheet = {
          ...structuredClone({ ...source, cells: new Map(), columnWidths: new Map(), rowHeights: new Map() }),
          name,
          cells: new Map([...source.cells].map(([k, cell]) => [k, structuredClone(cell)])),
          columnWidths: new Map(source.columnWidths),
          rowHeights: new Map(source.rowHeights),
        };
        const anchor = relativeTo ? (relativeTo as unknown as FakeWorksheet).locate() : null;
        const at =
          positionType === "Beginning"
            ? 0
            : (positionType === "Before" || positionType === "After") && anchor
              ? state.sheets.indexOf(anchor) + (positionType === "After" ? 1 : 0)
              : state.sheets.length;
        state.sheets.splice(at, 0, clone);
        holder.sheet = clone;
      });
    }
    return new FakeWorksheet(this.session, () => holder.sheet, true);
  }
  delete(): void {
    this.change((s) => this.session.state.deleteSheet(s.name));
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbookState, FakeSheet, FakeWorksheet> {
  constructor(session: Session) {
    super(session, () => session.state);
  }
  protected records(): readonly FakeSheet[] {
    return this.session.state.sheets;
  }
  protected itemOf(sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.session, () => (this.session.state.sheets.includes(sheet) ? sheet : null), true);
  }
  add(name?: string): FakeWorksheet {
    const holder: { sheet: FakeSheet | null } = { sheet: null };
    this.session.mutate(() => {
      const state = this.session.state;
      let sheetName = name;
      for (let n = state.sheets.length + 1; sheetName === undefined; n++) {
        if (!state.hasSheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
      }
      holder.sheet = state.addSheet(sheetName);
    });
    return new FakeWorksheet(this.session, () => holder.sheet, true);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.session, () => this.session.state.findSheet(key) ?? null, false);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.session.need("1.4", "WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.session, () => this.session.state.findSheet(key) ?? null, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.session,
      () => {
        const state = this.session.state;
        return (state.activeSheetName !== null ? state.findSheet(state.activeSheetName) : state.sheets[0]) ?? null;
      },
      false,
    );
  }
}

function nameTarget(session: Session, named: FakeName): RangeTarget | null {
  if (named.sheetName === null || named.rect === null) return null;
  const sheet = session.state.findSheet(named.sheetName);
  return sheet ? { sheet, rect: named.rect } : null;
}

export class FakeNamedItem
  extends FakeLoadable<FakeName>
  implements Pick<Excel.NamedItem, "name" | "type" | "value" | "formula" | "comment" | "visible" | "delete">
{
  constructor(session: Session, named: () => FakeName | null, nullable: boolean) {
    super(session, named);
    if (nullable) this.trackNull();
    else this.mustExist("NamedItem");
  }
  protected scalarNames(): readonly string[] {
    return ["name", "type", "value", "comment", "visible"];
  }
  protected snapshot(property: string, named: FakeName): unknown {
    const broken = !nameTarget(this.session, named);
    const reference = broken ? "#REF!" : qualifiedAddress(named.sheetName!, rectAddress(named.rect!, true));
    switch (property) {
      case "name":
        return named.name;
      case "type":
        return broken ? "Error" : "Range";
      case "value":
        return reference;
      case "formula":
        if (!this.session.supports("ExcelApi", "1.7")) throw officeError("ApiNotFound", "NamedItem.formula needs ExcelApi 1.7.");
        return `=${reference}`;
      case "comment":
        return named.comment;
      case "visible":
        return true;
      default:
        throw officeError("InvalidArgument", `The fake NamedItem has no property '${property}'.`);
    }
  }
  get name(): string {
    return this.read("name");
  }
  get type(): Excel.NamedItem["type"] {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  get formula(): unknown {
    return this.read("formula");
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(value: string) {
    this.session.need("1.4", "NamedItem.comment");
    this.change((n) => (n.comment = value));
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(_value: boolean) {
    // Hidden names are not modelled.
  }
  delete(): void {
    this.session.need("1.4", "NamedItem.delete");
    this.change((n) => this.session.state.names.delete(n.name.toUpperCase()));
  }
  /** The range the name refers to (ExcelApi 1.1); the batch fails when the name is missing or broken. */
  getRange(): FakeRange {
    const range = new FakeRange(this.session, () => {
      const n = this.locator();
      return n ? nameTarget(this.session, n) : null;
    });
    this.session.enqueue(() => {
      const n = this.locator();
      if (!n) throw officeError("ItemNotFound", "The requested resource doesn't exist.", "NamedItem.getRange");
      if (!nameTarget(this.session, n)) throw officeError("InvalidOperation", "The name does not refer to a range.", "NamedItem.getRange");
    });
    return range;
  }
  getRangeOrNullObject(): FakeRange {
    this.session.need("1.4", "NamedItem.getRangeOrNullObject");
    return new FakeRange(this.session, () => {
      const n = this.locator();
      return n ? nameTarget(this.session, n) : null;
    });
  }
}

const VALID_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class FakeNamedItemCollection extends FakeCollection<FakeWorkbookState, FakeName, FakeNamedItem> {
  constructor(session: Session) {
    super(session, () => session.state);
  }
  protected records(): readonly FakeName[] {
    return [...this.session.state.names.values()];
  }
  protected itemOf(named: FakeName): FakeNamedItem {
    return new FakeNamedItem(this.session, () => (this.session.state.names.get(named.name.toUpperCase()) === named ? named : null), true);
  }
  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    this.session.need("1.4", "NamedItemCollection.add");
    const upper = name.toUpperCase();
    this.session.mutate(() => {
      const state = this.session.state;
      if (!VALID_NAME.test(name) || parseRect(name) || /^[RC]\d*$/i.test(name) || name.length > 255) {
        throw officeError("InvalidArgument", `"${name}" is not a valid name.`);
      }
      if (state.names.has(upper)) throw officeError("ItemAlreadyExists", `The name "${name}" already exists.`);
      let sheetName: string | null;
      let rect: Rect | null;
      if (typeof reference === "string") {
        const parsed = parseQualified(reference);
        if (!parsed) throw officeError("InvalidArgument", `The fake takes sheet-qualified references only: ${reference}`);
        if (!state.hasSheet(parsed.sheetName)) throw officeError("InvalidArgument", `No sheet "${parsed.sheetName}".`);
        sheetName = state.findSheet(parsed.sheetName)!.name;
        rect = parsed.rect;
      } else if (rangeTargets.has(reference)) {
        const target = rangeTargets.get(reference)!();
        if (!target) throw officeError("InvalidArgument", "The range does not exist.");
        sheetName = target.sheet.name;
        rect = target.rect;
      } else {
        throw officeError("InvalidArgument", "Unknown reference.");
      }
      state.names.set(upper, { name, sheetName, rect, comment: comment ?? "" });
    });
    return new FakeNamedItem(this.session, () => this.session.state.names.get(upper) ?? null, true);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.session, () => this.session.state.names.get(name.toUpperCase()) ?? null, false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    this.session.need("1.4", "NamedItemCollection.getItemOrNullObject");
    return new FakeNamedItem(this.session, () => this.session.state.names.get(name.toUpperCase()) ?? null, true);
  }
}

/** The Excel application: calculation (ExcelApi 1.1; calculationState 1.9). */
export class FakeApplication
  extends FakeLoadable<FakeWorkbookState>
  implements Pick<Excel.Application, "calculationState" | "calculate">
{
  constructor(session: Session) {
    super(session, () => session.state);
  }
  protected scalarNames(): readonly string[] {
    return ["calculationState"];
  }
  protected snapshot(property: string, state: FakeWorkbookState): unknown {
    if (property !== "calculationState") throw officeError("InvalidArgument", `The fake Application has no property '${property}'.`);
    if (!this.session.supports("ExcelApi", "1.9")) throw officeError("ApiNotFound", "Application.calculationState needs ExcelApi 1.9.");
    return state.calculationState;
  }
  get calculationState(): Excel.Application["calculationState"] {
    return this.read("calculationState");
  }
  /** Recalculates every open workbook; the fake counts it in state.calculations. */
  calculate(_calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.session.enqueue(() => {
      this.session.state.calculations++;
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  constructor(private readonly session: Session) {
    this.worksheets = new FakeWorksheetCollection(session);
    this.names = new FakeNamedItemCollection(session);
    this.application = new FakeApplication(session);
  }
  /**
   * The selected range (ExcelApi 1.1): the last Range.select() (state.selection), else A1 of the
   * active sheet.
   */
  getSelectedRange(): FakeRange {
    const session = this.session;
    return new FakeRange(session, () => {
      const state = session.state;
      const selection = state.selection;
      const sheetName = selection?.sheetName ?? state.activeSheetName ?? state.sheets[0]?.name;
      const sheet = sheetName !== undefined ? state.findSheet(sheetName) : undefined;
      return sheet ? { sheet, rect: mustParse(selection && selection.sheetName === sheet.name ? selection.address : "A1") } : null;
    });
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  constructor(private readonly session: Session) {
    this.workbook = new FakeWorkbook(session);
  }
  sync<T>(passThroughValue?: T): Promise<T> {
    return this.session.sync().then(() => passThroughValue as T);
  }
}

// ───────────────────────────── factory ─────────────────────────────

export interface FakeExcelOptions {
  /**
   * Highest supported version per requirement set, e.g. { ExcelApi: "1.9" }. Sets not listed are
   * unsupported. Default: ExcelApi 1.20 and CustomFunctionsRuntime 1.1.
   */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Sheets to create, each with cell contents by address (e.g. { A1: "x", G8: 5 }). */
  readonly sheets?: Readonly<Record<string, Readonly<Record<string, FakeContent>>>>;
  /**
   * The value a formula cell shows when .values is read; "" when absent. Also asked for formulas
   * that are not in a cell (a validation rule moved to the cell it judges): `formula` is then not
   * the cell's content.
   */
  readonly calculate?: (sheetName: string, row: number, column: number, formula: string) => FakeContent;
}

export interface FakeExcel {
  /** Pass this wherever an Excel.RequestContext is expected. */
  readonly context: Excel.RequestContext;
  /** The same context with the fake's own types (for tests that reach into it). */
  readonly fakeContext: FakeRequestContext;
  readonly state: FakeWorkbookState;
  /** context.sync() calls so far. */
  readonly syncCount: number;
  /** Office.context.requirements of the fake host. */
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  /** Makes the next context.sync() fail with this Office-like error, before running anything. */
  failNextSync(code: string, message?: string): void;
  /** Commands queued and not yet synced. */
  readonly pendingCommands: number;
}

export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.20",
  CustomFunctionsRuntime: "1.1",
  SharedRuntime: "1.1",
};

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = new FakeWorkbookState();
  for (const [sheetName, cells] of Object.entries(options.sheets ?? {})) {
    state.addSheet(sheetName);
    for (const [address, content] of Object.entries(cells)) state.setContents(sheetName, address, content);
  }
  if (state.sheets.length === 0) state.addSheet("Sheet1");
  const sets = new Map(Object.entries(options.requirementSets ?? DEFAULT_REQUIREMENT_SETS));
  const session = new Session(state, sets, options.calculate);
  const fakeContext = new FakeRequestContext(session);
  return {
    context: fakeContext as unknown as Excel.RequestContext,
    fakeContext,
    state,
    get syncCount() {
      return session.syncCount;
    },
    requirements: {
      isSetSupported: (name: string, minVersion?: string) => session.supports(name, minVersion ?? "1.1"),
    },
    failNextSync: (code: string, message = `Fake failure: ${code}`) => session.failNextSync(officeError(code, message)),
    get pendingCommands() {
      return session.queue.length;
    },
  };
}

// ───────────────────── compile-time check against Office.js ─────────────────────

/** True when every public member of the fake C exists on the Office.js class T. */
type OnlyOfficeMembers<T, C> = Exclude<keyof C, keyof T> extends never ? true : false;
type Assert<T extends true> = T;

/**
 * Fails to compile when a fake class declares a public member its Office.js class lacks, e.g. a
 * misspelt method. (Members with plain types are also typed by Office.js through `implements`.)
 */
export type FakeApiCheck = [
  Assert<OnlyOfficeMembers<Excel.RequestContext, FakeRequestContext>>,
  Assert<OnlyOfficeMembers<Excel.Workbook, FakeWorkbook>>,
  Assert<OnlyOfficeMembers<Excel.Application, FakeApplication>>,
  Assert<OnlyOfficeMembers<Excel.WorksheetCollection, FakeWorksheetCollection>>,
  Assert<OnlyOfficeMembers<Excel.Worksheet, FakeWorksheet>>,
  Assert<OnlyOfficeMembers<Excel.Range, FakeRange>>,
  Assert<OnlyOfficeMembers<Excel.RangeFormat, FakeRangeFormat>>,
  Assert<OnlyOfficeMembers<Excel.RangeFont, FakeRangeFont>>,
  Assert<OnlyOfficeMembers<Excel.HeaderFooterGroup, FakeHeaderFooterGroup>>,
  Assert<OnlyOfficeMembers<Excel.HeaderFooter, FakeHeaderFooter>>,
  Assert<OnlyOfficeMembers<Excel.RangeFill, FakeRangeFill>>,
  Assert<OnlyOfficeMembers<Excel.RangeBorderCollection, FakeRangeBorderCollection>>,
  Assert<OnlyOfficeMembers<Excel.RangeBorder, FakeRangeBorder>>,
  Assert<OnlyOfficeMembers<Excel.FormatProtection, FakeFormatProtection>>,
  Assert<OnlyOfficeMembers<Excel.DataValidation, FakeDataValidation>>,
  Assert<OnlyOfficeMembers<Excel.ConditionalFormatCollection, FakeConditionalFormatCollection>>,
  Assert<OnlyOfficeMembers<Excel.ConditionalFormat, FakeConditionalFormat>>,
  Assert<OnlyOfficeMembers<Excel.CustomConditionalFormat, FakeCustomConditionalFormat>>,
  Assert<OnlyOfficeMembers<Excel.ConditionalFormatRule, FakeConditionalFormatRule>>,
  Assert<OnlyOfficeMembers<Excel.ConditionalRangeFormat, FakeConditionalRangeFormat>>,
  Assert<OnlyOfficeMembers<Excel.ConditionalRangeFill, FakeConditionalColor>>,
  Assert<OnlyOfficeMembers<Excel.ConditionalRangeFont, FakeConditionalColor>>,
  Assert<OnlyOfficeMembers<Excel.WorksheetFreezePanes, FakeWorksheetFreezePanes>>,
  Assert<OnlyOfficeMembers<Excel.PageLayout, FakePageLayout>>,
  Assert<OnlyOfficeMembers<Excel.WorksheetProtection, FakeWorksheetProtection>>,
  Assert<OnlyOfficeMembers<Excel.NamedItemCollection, FakeNamedItemCollection>>,
  Assert<OnlyOfficeMembers<Excel.NamedItem, FakeNamedItem>>,
];
