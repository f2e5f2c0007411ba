/**
 * A formula engine for the recording fake Excel: every formula of the fake workbook computed by
 * HyperFormula (configured like Excel, test/helpers/hyperformula.ts), the workbook's names as
 * named expressions, and the KPI.* custom functions registered as a HyperFormula plugin that
 * calls the domain's own functions (kpiRatio, kpiStatus, kpiTarget) with the arguments Excel
 * would pass (a 2-D array per argument, null for a blank cell). So the fake "calculates" for
 * real: a wrong formula in a layout shows a wrong value, as it would in Excel.
 *
 *   const excel = createCalculatingExcel({ sheets: … });   // createFakeExcel + this engine
 *
 * The engine rebuilds itself when the workbook changed (a synced write or a direct helper).
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import { KPI_FUNCTIONS, kpiRatio, kpiStatus, kpiTarget, type KpiError } from "../../src/domain/kpiFunctions";
import { quoteSheetName } from "../../src/domain/layout/a1";
import { rectAddress } from "../../src/excel/references";
import { createFakeExcel, type FakeContent, type FakeExcel, type FakeExcelOptions, type FakeWorkbookState } from "./excelFake";
import { ENGINE_CONFIG } from "../helpers/engineConfig";

type Procedure = Parameters<FunctionPlugin["runFunction"]>[0];
type State = Parameters<FunctionPlugin["runFunction"]>[1];
type Ast = { readonly args: Procedure; readonly procedureName: string };

/** A HyperFormula argument as Excel hands it to a custom function: rows of cells, null for blank. */
function excelArgument(value: unknown): unknown[][] {
  const cell = (v: unknown): unknown => {
    if (v === EmptyValue || v === undefined) return null;
    if (typeof v === "object" && v !== null && "val" in v) return (v as { val: unknown }).val;
    return v;
  };
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(cell));
  return [[cell(value)]];
}

function excelResult(result: number | string | KpiError): number | string | CellError {
  if (typeof result === "number" || typeof result === "string") return result;
  return new CellError(result.error === "na" ? ErrorType.NA : ErrorType.VALUE, result.message);
}

const ANY = { argumentType: FunctionArgumentType.ANY };

/** KPI.* as a HyperFormula plugin: each function's own name, the domain's implementation. */
class KpiPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    KPI_FUNCTIONS.map((spec) => {
      const name = `KPI.${spec.id}`;
      switch (spec.kind) {
        case "target":
          return [name, { method: "target", parameters: [ANY] }];
        case "status":
          return [name, { method: "status", parameters: [ANY, ANY, ANY, { ...ANY, optionalArg: true }] }];
        default:
          return [name, { method: "ratio", parameters: [ANY, ANY] }];
      }
    }),
  );

  ratio(ast: Ast, state: State): ReturnType<FunctionPlugin["runFunction"]> {
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (b: unknown, a: unknown) =>
      excelResult(kpiRatio(excelArgument(b), excelArgument(a))),
    );
  }

  status(ast: Ast, state: State): ReturnType<FunctionPlugin["runFunction"]> {
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (code: unknown, b: unknown, a: unknown, target?: unknown) =>
      excelResult(kpiStatus(excelArgument(code), excelArgument(b), excelArgument(a), target === undefined ? null : excelArgument(target))),
    );
  }

  target(ast: Ast, state: State): ReturnType<FunctionPlugin["runFunction"]> {
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (code: unknown) => excelResult(kpiTarget(excelArgument(code))));
  }
}

let registered = false;

function registerKpiFunctions(): void {
  if (registered) return;
  const names = Object.keys(KpiPlugin.implementedFunctions);
  HyperFormula.registerFunctionPlugin(KpiPlugin, { enGB: Object.fromEntries(names.map((n) => [n, n])) });
  registered = true;
}

/** A value as Excel's Range.values shows it: errors as their text ("#N/A"), blank as "". */
function shownValue(value: CellValue | CellValue[][]): FakeContent {
  if (Array.isArray(value)) return shownValue(value[0]?.[0] ?? null);
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return String((value as { value?: string }).value ?? "#VALUE!");
  return value;
}

/** How a fake cell is written into HyperFormula: formulas as they are, text kept as text. */
function rawContent(content: FakeContent): RawCellContent {
  if (content === "") return null;
  if (typeof content === "string" && !content.startsWith("=")) return `'${content}`;
  return content;
}

/** The arguments of the call whose "(" is at `open`, split at top-level commas, and the index of its ")". */
function callArguments(formula: string, open: number): { args: string[]; close: number } | undefined {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      i = formula.indexOf('"', i + 1);
      if (i < 0) return undefined;
    } else if (ch === "(") depth++;
    else if (ch === ")") {
      if (depth === 0) {
        args.push(formula.slice(start, i).trim());
        return { args, close: i };
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      args.push(formula.slice(start, i).trim());
      start = i + 1;
    }
  }
  return undefined;
}

/**
 * HyperFormula resolves OFFSET while parsing: its first argument must be a cell reference and the
 * others constants. Excel computes OFFSET(name, expr, …) at run time. This rewrites each such call
 * into the static form with the values the expressions have now (a name becomes its top-left
 * cell), so the result is what Excel shows for the workbook as it is.
 */
function staticOffsets(formula: string, state: FakeWorkbookState, evaluate: (expression: string) => FakeContent): string {
  let out = "";
  let from = 0;
  const pattern = /(^|[^A-Za-z0-9_.])OFFSET\(/gi;
  for (let match = pattern.exec(formula); match; match = pattern.exec(formula)) {
    const open = match.index + match[0].length - 1;
    const call = callArguments(formula, open);
    if (!call || call.args.length < 3) continue;
    const [base, ...rest] = call.args;
    const named = state.names.get(base.toUpperCase());
    const reference =
      named && named.sheetName !== null && named.rect !== null
        ? `${quoteSheetName(named.sheetName)}!${rectAddress({ ...named.rect, bottom: named.rect.top, right: named.rect.left }, true)}`
        : base;
    const numbers = rest.map((arg) => (/^-?\d+$/.test(arg) ? arg : String(evaluate(`=${arg}`))));
    out += `${formula.slice(from, open + 1)}${[reference, ...numbers].join(",")})`;
    from = call.close + 1;
    pattern.lastIndex = from;
  }
  return out + formula.slice(from);
}

/** Builds HyperFormula from the fake workbook: every sheet, every name that points at cells. */
function buildEngine(state: FakeWorkbookState): HyperFormula {
  registerKpiFunctions();
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of state.sheets) {
    const rows: RawCellContent[][] = [];
    for (const [k, cell] of sheet.cells) {
      if (cell.content === "") continue;
      const [row, column] = k.split(":").map(Number);
      while (rows.length < row) rows.push([]);
      const line = rows[row - 1];
      while (line.length < column) line.push(null);
      line[column - 1] = rawContent(cell.content);
    }
    sheets[sheet.name] = rows;
  }
  const hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
  for (const named of state.names.values()) {
    if (named.sheetName === null || named.rect === null || !state.hasSheet(named.sheetName)) continue;
    hf.addNamedExpression(named.name, `=${quoteSheetName(named.sheetName)}!${rectAddress(named.rect, true)}`);
  }
  // Second pass: OFFSET with computed arguments, made static with the values of the first pass.
  for (const sheet of state.sheets) {
    const sheetId = hf.getSheetId(sheet.name)!;
    for (const [k, cell] of sheet.cells) {
      if (typeof cell.content !== "string" || !/OFFSET\(/i.test(cell.content)) continue;
      const rewritten = staticOffsets(cell.content, state, (expression) => shownValue(hf.calculateFormula(expression, sheetId)));
      if (rewritten === cell.content) continue;
      const [row, column] = k.split(":").map(Number);
      hf.setCellContents({ sheet: sheetId, row: row - 1, col: column - 1 }, rewritten);
    }
  }
  return hf;
}

export type Calculate = NonNullable<FakeExcelOptions["calculate"]>;

/**
 * A `calculate` for createFakeExcel that computes with HyperFormula: a formula that is the cell's
 * own content shows the cell's value; any other formula (a validation rule moved to its cell) is
 * evaluated on its own in the cell's sheet.
 */
export function formulaEngine(state: () => FakeWorkbookState, changes: () => string): Calculate {
  let engine: { key: string; hf: HyperFormula } | null = null;
  return (sheetName, row, column, formula) => {
    const key = changes();
    if (!engine || engine.key !== key) {
      engine?.hf.destroy();
      engine = { key, hf: buildEngine(state()) };
    }
    const hf = engine.hf;
    const sheet = hf.getSheetId(sheetName);
    if (sheet === undefined) return "#REF!";
    const own = state().findSheet(sheetName)?.cells.get(`${row}:${column}`)?.content;
    if (own === formula) return shownValue(hf.getCellValue({ sheet, row: row - 1, col: column - 1 }));
    return shownValue(hf.calculateFormula(formula, sheet));
  };
}

/** createFakeExcel whose formula cells compute (formulaEngine), unless `calculate` wraps it. */
export function createCalculatingExcel(
  options: Omit<FakeExcelOptions, "calculate"> & {
    /** Wraps the engine, e.g. to answer "#BUSY!" or a wrong value for chosen cells. */
    readonly wrap?: (engine: Calculate, excel: () => FakeExcel) => Calculate;
  } = {},
): FakeExcel {
  // The engine reads the fake's state, which exists once createFakeExcel has returned.
  const holder: { excel?: FakeExcel } = {};
  const current = (): FakeExcel => holder.excel!;
  const engine = formulaEngine(
    () => current().state,
    () => `${current().state.mutations}:${current().state.revision}`,
  );
  holder.excel = createFakeExcel({ ...options, calculate: options.wrap ? options.wrap(engine, current) : engine });
  return holder.excel;
}
