/**
 * Highlighting ("Tô màu kết quả"): live conditional formats on the appendix, as the layout
 * describes them — Kết quả and Đánh giá in red (Không đạt, invalid data), green (Đạt) or a neutral
 * grey (Không phát sinh, Chưa có số liệu), and invalid input cells in red — plus the colour legend
 * beside the table. The rules are native formulas (Excel ignores custom functions inside
 * conditional formats), so they follow every keystroke; nothing needs pressing after the insert.
 *
 * Applying again replaces the add-in's own rules and nothing else, in two syncs:
 *   1. read: the table's cells (to find it and its mode), every conditional format of the sheet
 *      (type, custom formula, fill and font colour) and the sheet's protection;
 *   2. write: delete the add-in's rules found, add the rules of the layout where each indicator
 *      row now stands, rewrite the legend.
 * One sync cannot do it: Office.js deletes conditional formats by object (item.delete()) or by
 * range (clearAll()), and clearing our ranges unread would also delete a user's own rules on those
 * cells. So the rules are read first, and recognised (recogniseRule) by their formula's shape —
 * the formula with every cell reference replaced by a placeholder, compared with the layout's
 * rules — and, for the short monthly rules (=$J7="Đạt") whose shape a user might also write, by
 * their colours too.
 */
import { INDICATORS, type Target } from "../domain/catalog";
import {
  formulaTemplate,
  locateAppendix,
  modeLayouts,
  snapshotAddress,
  type AppendixMode,
  type CellGridRows,
  type LocatedAppendix,
} from "../domain/check";
import { columnLetter, parseCell } from "../domain/layout/a1";
import { DEFAULT_NAME_PREFIX, LEGEND_ENTRIES, ROWS, appendixRows, legendColumnOf, tableName } from "../domain/layout/appendixLayout";
import type { CellStyle, ConditionalFormatSpec, HighlightKind } from "../domain/layout/model";
import { HIGHLIGHT_COLORS } from "../domain/layout/palette";
import { targetBasisPoints } from "../domain/ratio";
import { officeCapabilities, type Capabilities } from "./capabilities";
import { renderConditionalFormats } from "./renderConditionalFormats";
import { offsetAddress, offsetFormula, parseQualified } from "./references";
import { locateMovedAppendix } from "./workbookReads";

// ---------------------------------------------------------------------------------------------
// Pure: recognising the add-in's rules, placing the layout's rules and legend
// ---------------------------------------------------------------------------------------------

/** A conditional format as read from the sheet. */
export interface ReadRule {
  /** "Custom", "CellValue", "ColorScale", … */
  readonly type: string;
  /** The custom rule's formula; null for other types. */
  readonly formula: string | null;
  readonly fill: string | null;
  readonly fontColor: string | null;
}

interface Template {
  readonly kind: HighlightKind;
  /** Long formulas no user writes by chance: recognised by shape alone. */
  readonly distinctive: boolean;
}

/** Shapes shorter than this are recognised only with the add-in's colours. */
const DISTINCTIVE_LENGTH = 80;

let templates: ReadonlyMap<string, Template> | undefined;

/**
 * The result rules of the plain table as earlier versions of the add-in wrote them (one rule per
 * group, before the rules were shortened to fit 255 characters wherever the table sits), so that
 * re-applying on an older sheet replaces them instead of stacking new rules on top. Recognised by
 * shape: the references are placeholders, so any cells do.
 */
export function legacyVerdictRuleFormulas(target: Target): { kind: "pass" | "fail" | "neutral"; formula: string }[] {
  const [b, a, t] = ["B1", "C1", "A1"];
  const count = (x: string): string => `IF(ISNUMBER(${x}),${x}=MIN(10^9,ABS(INT(${x}))),${x}="")`;
  const goal = `IF(ISNUMBER(${t}),ROUND(MEDIAN(0,${t},2)*10000,0),${targetBasisPoints(target.fraction)})`;
  const compare = (operator: ">=" | "<"): string =>
    target.kind === "minimum" ? `${b}*20000${operator}(2*${goal}-1)*${a}` : `${b}*10000${operator}${goal}*${a}`;
  const counts = `${count(b)},${count(a)}`;
  return [
    { kind: "pass", formula: `=IFERROR(AND(${counts},${b}<>"",${a}>0,${b}<=${a},${compare(">=")}),FALSE())` },
    {
      kind: "fail",
      formula: `=IFERROR(OR(NOT(AND(${counts},OR(${b}="",${a}="",${b}<=${a}))),AND(${b}<>"",${compare("<")})),TRUE())`,
    },
    { kind: "neutral", formula: `=IFERROR(AND(${counts},OR(${b}="",${a}="",${b}<=${a}),OR(${b}="",${a}="",${a}=0)),FALSE())` },
  ];
}

/** The shapes of every rule either layout writes (plain and monthly table, any prefix), and the older ones. */
function ruleTemplates(): ReadonlyMap<string, Template> {
  if (!templates) {
    const map = new Map<string, Template>();
    const add = (formula: string, kind: HighlightKind): void => {
      const shape = formulaTemplate(formula);
      map.set(shape, { kind, distinctive: shape.length >= DISTINCTIVE_LENGTH });
    };
    for (const indicator of INDICATORS) {
      for (const { kind, formula } of legacyVerdictRuleFormulas(indicator.target)) add(formula, kind);
    }
    for (const mode of ["plain", "monthly"] as const) {
      for (const spec of modeLayouts(mode).kpi.conditionalFormats) add(spec.formula, spec.kind);
    }
    templates = map;
  }
  return templates;
}

const sameColor = (x: string | null, y: string): boolean => (x ?? "").toUpperCase() === y.toUpperCase();

/** The kind of highlight when the rule is one of the add-in's, else undefined (a user's own). */
export function recogniseRule(rule: ReadRule): HighlightKind | undefined {
  if (rule.type !== "Custom" || !rule.formula) return undefined;
  const template = ruleTemplates().get(formulaTemplate(rule.formula));
  if (!template) return undefined;
  if (template.distinctive) return template.kind;
  const colors = HIGHLIGHT_COLORS[template.kind];
  return sameColor(rule.fill, colors.fill) && sameColor(rule.fontColor, colors.fontColor) ? template.kind : undefined;
}

/** Indexes (into the rules read) of the add-in's own highlight rules: the ones to replace. */
export function ownRules(rules: readonly ReadRule[]): number[] {
  const own: number[] = [];
  rules.forEach((rule, index) => {
    if (recogniseRule(rule)) own.push(index);
  });
  return own;
}

/**
 * The layout's highlight rules where the table now stands: each indicator's rules in the row the
 * indicator was found in, columns moved with the table. Rows that were not found get none.
 */
export function placedRules(located: LocatedAppendix, namePrefix = DEFAULT_NAME_PREFIX): ConditionalFormatSpec[] {
  const layout = modeLayouts(located.mode, namePrefix).kpi;
  const modelRows = appendixRows();
  const placed: ConditionalFormatSpec[] = [];
  for (const indicator of INDICATORS) {
    const row = located.rows.get(indicator.code);
    if (row === undefined) continue;
    const modelRow = modelRows.indicators.get(indicator.code)!;
    for (const spec of layout.conditionalFormats) {
      if (parseCell(spec.address.split(":")[0]).row !== modelRow) continue;
      const rows = row - modelRow;
      placed.push({
        ...spec,
        address: offsetAddress(spec.address, rows, located.columnOffset),
        formula: offsetFormula(spec.formula, rows, located.columnOffset),
      });
    }
  }
  return placed;
}

/** One legend cell: its text and look. */
interface LegendCell {
  readonly address: string;
  readonly text: string;
  readonly style: CellStyle;
}

/** The colour legend beside the table, where the table now stands. */
function legendCells(located: LocatedAppendix, namePrefix = DEFAULT_NAME_PREFIX): LegendCell[] {
  const layout = modeLayouts(located.mode, namePrefix).kpi;
  const legendColumn = legendColumnOf(located.mode === "monthly" ? { monthly: { period: { kind: "year" } } } : {});
  const cells: LegendCell[] = [];
  for (let row = ROWS.headerTop; row <= ROWS.headerTop + LEGEND_ENTRIES.length; row++) {
    const content = layout.cells[row - 1]?.[legendColumn - 1];
    if (typeof content !== "string") continue;
    const here = `${columnLetter(legendColumn)}${row}`;
    const style = layout.styles.filter((s) => s.address === here).reduce<CellStyle>((acc, s) => ({ ...acc, ...s.style }), {});
    cells.push({ address: offsetAddress(here, located.offset, located.columnOffset), text: content, style });
  }
  return cells;
}

/** What applying will do, decided from what was read. Pure. */
interface HighlightPlan {
  readonly mode: AppendixMode;
  /** Indicator rows found on the sheet (0: no appendix table there). */
  readonly rowsFound: number;
  /** The sheet was made by an older version (columns in another order): it needs an update first. */
  readonly outdated: boolean;
  /** Indexes (into the rules read) of the add-in's rules, to delete. */
  readonly remove: readonly number[];
  /** Rules read that are not the add-in's: left exactly as they are. */
  readonly kept: number;
  readonly add: readonly ConditionalFormatSpec[];
  readonly legend: readonly LegendCell[];
}

/** The table block its name (KPI_TABLE) points to, as read: where it starts and what it holds. */
export interface NamedTable {
  /** 1-based row and column of the block's top-left cell (the header's STT). */
  readonly row: number;
  readonly column: number;
  readonly formulas: CellGridRows;
}

/**
 * Finds the table: in the block read from A1 (as the check does), else — a table moved further
 * down or right than that block reaches, e.g. to row 1,000 and column Z — through its name, the
 * named block read as if it stood where the layout puts it and the result moved back. Pure.
 */
export function locateTable(formulas: CellGridRows, named?: NamedTable): LocatedAppendix {
  const located = locateAppendix(formulas);
  if (located.rows.size > 0 || !named) return located;
  // The named block (header to last row, STT to Ghi chú) where it stands, read from where the
  // layout's header would be once moved by as much.
  const lead = Array<null>(named.column - 1).fill(null);
  const grid: CellGridRows = [...Array.from({ length: named.row - 1 }, () => []), ...named.formulas.map((row) => [...lead, ...row])];
  const moved = locateMovedAppendix(grid, named.row - ROWS.headerTop, named.column - 1);
  return moved.rows.size > 0 ? moved : located;
}

function planHighlighting(
  formulas: CellGridRows,
  rules: readonly ReadRule[],
  namePrefix = DEFAULT_NAME_PREFIX,
  named?: NamedTable,
): HighlightPlan {
  const located = locateTable(formulas, named);
  const remove = ownRules(rules);
  return {
    mode: located.mode,
    rowsFound: located.rows.size,
    outdated: located.outdated,
    remove,
    kept: rules.length - remove.length,
    add: placedRules(located, namePrefix),
    legend: legendCells(located, namePrefix),
  };
}

// ---------------------------------------------------------------------------------------------
// Office.js
// ---------------------------------------------------------------------------------------------

/**
 * "applied"; "sheetMissing"; "tableMissing" (the sheet holds no appendix table: nothing written);
 * "protected" (nothing written: unprotect first); "unsupported" (no ExcelApi 1.6: no sync).
 */
export type HighlightStatus = "applied" | "sheetMissing" | "tableMissing" | "outdated" | "protected" | "unsupported";

export interface HighlightResult {
  readonly status: HighlightStatus;
  readonly sheetName: string;
  /** Rules written. */
  readonly rules: number;
  /** The add-in's rules found and replaced. */
  readonly replaced: number;
  /** Other conditional formats on the sheet, left as they were. */
  readonly kept: number;
}

export interface HighlightOptions {
  readonly namePrefix?: string;
  /** Defaults to officeCapabilities(). */
  readonly capabilities?: Capabilities;
}

/** Load paths of every conditional format's type, custom formula and colours (ExcelApi 1.6). */
export const RULE_LOAD =
  "items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color,items/customOrNullObject/format/font/color";

/** Plain data of the loaded conditional formats (customOrNullObject is null for other types). */
export function readRules(collection: Excel.ConditionalFormatCollection): ReadRule[] {
  return collection.items.map((item) => {
    const type = String(item.type);
    const custom = item.customOrNullObject;
    if (type !== "Custom" || custom.isNullObject) return { type, formula: null, fill: null, fontColor: null };
    return {
      type,
      formula: custom.rule.formula ?? null,
      fill: custom.format.fill.color ?? null,
      fontColor: custom.format.font.color ?? null,
    };
  });
}

/** The named table block when the name points into `sheetName` (read in sync 1), else undefined. */
function namedTableOf(range: Excel.Range, sheetName: string): NamedTable | undefined {
  if (range.isNullObject) return undefined;
  const where = parseQualified(range.address);
  if (!where || where.sheetName.toLocaleLowerCase() !== sheetName.toLocaleLowerCase()) return undefined;
  return { row: range.rowIndex + 1, column: range.columnIndex + 1, formulas: range.formulas as CellGridRows };
}

/** Queues the legend's text, fill, font colour, boldness and borders. */
function writeLegend(sheet: Excel.Worksheet, legend: readonly LegendCell[]): void {
  for (const cell of legend) {
    const range = sheet.getRange(cell.address);
    range.values = [[cell.text]];
    if (cell.style.bold !== undefined) range.format.font.bold = cell.style.bold;
    if (cell.style.fill) range.format.fill.color = cell.style.fill;
    if (cell.style.fontColor) range.format.font.color = cell.style.fontColor;
    if (cell.style.border) {
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
        const border = range.format.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
      }
    }
  }
}

/**
 * Applies the highlighting to the appendix on `sheetName`: replaces the add-in's own rules (never
 * a user's), adds the layout's rules where each indicator now stands and rewrites the legend.
 * Exactly two syncs (read, write); none when this Excel lacks conditional formats (ExcelApi 1.6).
 */
export async function applyHighlighting(
  context: Excel.RequestContext,
  sheetName: string,
  options: HighlightOptions = {},
): Promise<HighlightResult> {
  const capabilities = options.capabilities ?? officeCapabilities();
  const none = (status: HighlightStatus, kept = 0): HighlightResult => ({ status, sheetName, rules: 0, replaced: 0, kept });
  if (!capabilities.features.conditionalFormats) return none("unsupported");

  // Sync 1: the table (from A1, and where its name points), every conditional format of the
  // sheet, the protection.
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const block = sheet.getRange(snapshotAddress()).load("formulas");
  const namedBlock = context.workbook.names
    .getItemOrNullObject(tableName(options.namePrefix ?? DEFAULT_NAME_PREFIX))
    .getRangeOrNullObject()
    .load("address,formulas,rowIndex,columnIndex");
  const formats = sheet.getRange().conditionalFormats.load(RULE_LOAD);
  const protection = capabilities.features.protection ? sheet.protection.load("protected") : null;
  await context.sync();
  if (sheet.isNullObject) return none("sheetMissing");
  const rules = readRules(formats);
  const plan = planHighlighting(block.formulas as CellGridRows, rules, options.namePrefix, namedTableOf(namedBlock, sheetName));
  if (plan.rowsFound === 0) return none("tableMissing", plan.kept);
  if (plan.outdated) return none("outdated", plan.kept);
  if (protection?.protected) return none("protected", plan.kept);

  // Sync 2: replace the add-in's rules, write the legend.
  for (const index of plan.remove) formats.items[index].delete();
  renderConditionalFormats(sheet, plan.add);
  writeLegend(sheet, plan.legend);
  await context.sync();
  return { status: "applied", sheetName, rules: plan.add.length, replaced: plan.remove.length, kept: plan.kept };
}
