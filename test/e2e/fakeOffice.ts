/**
 * A scripted Office/Excel host for the end-to-end tests, bundled (esbuild) into one script that
 * the tests serve in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It
 * defines the globals office.js would: Office (onReady → host Excel, displayLanguage, officeTheme,
 * requirements), Excel (run, createWorkbook) and CustomFunctions (for the functions bundle; it
 * records what is associated), with Excel.run handing the pane's real actions the recording fake
 * of test/fakes/excelFake.ts, to which this host adds worksheet charts (a recording stand-in).
 * Formula cells calculate the KPI.* functions with the domain's own code, so the check sees the
 * verdicts Excel would show. The test configures it through window.__kpiFakeConfig (an init
 * script) and inspects it through window.__kpiFake.
 */
import { kpiRatio, kpiStatus, kpiTarget } from "../../src/domain/kpiFunctions";
import { FakeWorksheet, createFakeExcel, type FakeContent } from "../fakes/excelFake";
import type { Calculate, formulaEngine } from "../fakes/formulaEngine";

export interface FakeOfficeConfig {
  /** Office.context.displayLanguage; default "vi-VN". */
  readonly displayLanguage?: string;
  readonly officeTheme?: { readonly bodyBackgroundColor: string; readonly bodyForegroundColor: string };
  /** Highest version per requirement set; default the fake's (ExcelApi 1.20, custom functions). */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Sheets to start with, as createFakeExcel takes them. */
  readonly sheets?: Readonly<Record<string, Readonly<Record<string, FakeContent>>>>;
  /**
   * Office.onReady answers only when the test calls __kpiFake.answer() (as a real Excel answers
   * late): the page shows its first view, hydrated, with every action waiting.
   */
  readonly holdReady?: boolean;
  /**
   * Every formula computes (HyperFormula and KPI.*, test/fakes/formulaEngine.ts), not only the
   * KPI.* calls below: the host loads formula-engine.js first and Office.onReady waits for it.
   */
  readonly formulaEngine?: boolean;
}

interface PageWindow {
  __kpiFakeConfig?: FakeOfficeConfig;
  __kpiFormulaEngine?: typeof formulaEngine;
  __kpiFake?: unknown;
  Office?: unknown;
  Excel?: unknown;
  CustomFunctions?: unknown;
}

const page = window as unknown as PageWindow;
const config: FakeOfficeConfig = page.__kpiFakeConfig ?? {};

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** What a cell shows: its constant, or its formula's value; null when blank. */
function shown(sheetName: string, address: string, depth: number): unknown {
  const content = excel.state.content(sheetName, address.replace(/\$/g, ""));
  if (typeof content === "string" && content.startsWith("=")) return calculate(sheetName, content, depth + 1);
  return content === "" ? null : content;
}

/** The value of an argument of a KPI.* call: a string literal, a cell reference or a number. */
function argument(sheetName: string, text: string, depth: number): unknown {
  const literal = /^"(.*)"$/.exec(text);
  if (literal) return literal[1];
  if (CELL.test(text)) return [[shown(sheetName, text, depth)]];
  return Number(text);
}

/** KPI.* formulas as Excel would show them (numbers, verdict words, "#N/A", "#VALUE!"). */
function calculate(sheetName: string, formula: string, depth = 0): FakeContent {
  const call = /^=KPI\.(\w+)\((.*)\)$/.exec(formula.trim());
  if (!call || depth > 3) return "";
  const args = call[2].split(",").map((part) => argument(sheetName, part.trim(), depth));
  const single = (value: unknown): unknown => (Array.isArray(value) ? (value as unknown[][])[0][0] : value);
  let result: unknown;
  if (call[1] === "STATUS") result = kpiStatus(args[0], args[1], args[2], single(args[3]));
  else if (call[1] === "TARGET") result = kpiTarget(args[0]);
  else result = kpiRatio(args[0], args[1]);
  if (typeof result === "number" || typeof result === "string") return result;
  return (result as { error: string }).error === "na" ? "#N/A" : "#VALUE!";
}

/** The full formula engine, once formula-engine.js has loaded (FakeOfficeConfig.formulaEngine). */
let engine: Calculate | undefined;

const excel = createFakeExcel({
  ...(config.requirementSets ? { requirementSets: config.requirementSets } : {}),
  ...(config.sheets ? { sheets: config.sheets } : {}),
  calculate: (sheetName, row, column, formula) => (engine ? engine(sheetName, row, column, formula) : calculate(sheetName, formula)),
});

/** Loads formula-engine.js from the (routed) Office CDN and starts the engine. */
function loadFormulaEngine(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "https://appsforoffice.microsoft.com/lib/1/hosted/formula-engine.js";
    script.onload = () => {
      const make = page.__kpiFormulaEngine;
      if (!make) return reject(new Error("formula-engine.js defined no engine"));
      engine = make(() => excel.state, () => `${excel.state.mutations}:${excel.state.revision}`);
      resolve();
    };
    script.onerror = () => reject(new Error("formula-engine.js did not load"));
    document.head.appendChild(script);
  });
}

const engineReady: Promise<void> = config.formulaEngine ? loadFormulaEngine() : Promise.resolve();

/** The sync that fails next, counted from failSyncAfter (0: none). */
let failAt = 0;
let failCode = "GeneralException";

/** Excel.run's context: the fake's, with one sync made to fail when a test asked (failSyncAfter). */
const runContext = new Proxy(excel.context, {
  get(target, property, receiver) {
    if (property === "sync") {
      return (value?: unknown) => {
        if (failAt > 0 && --failAt === 0) excel.failNextSync(failCode, "Lỗi giả lập của Excel.");
        return target.sync(value);
      };
    }
    return Reflect.get(target, property, receiver) as unknown;
  },
});

// Workbook.getActiveCell (ExcelApi 1.7), which the recording fake leaves out: the top-left cell
// of the last selection, A1 of the active sheet by default.
const workbook = excel.fakeContext.workbook as unknown as Record<string, unknown>;
workbook.getActiveCell = () => {
  const state = excel.state;
  const selection = state.selection ?? { sheetName: state.activeSheetName ?? state.sheets[0].name, address: "A1" };
  return excel.fakeContext.workbook.worksheets.getItem(selection.sheetName).getRange(selection.address).getCell(0, 0);
};

const createdWorkbooks: number[] = [];

// Worksheet.charts (ExcelApi 1.1), which the recording fake leaves out: a stand-in that records
// each chart added (every property set on it; every method does nothing), so the monthly report's
// year-to-date chart can be drawn and found again by its name.
interface ChartRecord {
  /** The chart's sheet, resolved late: a sheet added in the same batch exists only after the sync. */
  readonly sheetName: () => string | null;
  readonly values: Record<PropertyKey, unknown>;
  deleted: boolean;
}

const charts: ChartRecord[] = [];

/** Any object of the chart API: keeps what is set, answers anything else with another one, can be called. */
function recorder(values: Record<PropertyKey, unknown> = {}): unknown {
  return new Proxy(function chartApi() {}, {
    get: (_target, key) => {
      if (key === "then") return undefined; // not a promise
      if (!(key in values)) values[key] = recorder();
      return values[key];
    },
    set: (_target, key, value) => {
      values[key] = value;
      return true;
    },
    apply: () => recorder(),
  });
}

Object.defineProperty(FakeWorksheet.prototype, "charts", {
  get(this: FakeWorksheet) {
    const sheetName = (): string | null => (this as unknown as { locate(): { name: string } | null }).locate()?.name ?? null;
    const own = (): ChartRecord[] => {
      const name = sheetName();
      return name === null ? [] : charts.filter((chart) => !chart.deleted && chart.sheetName() === name);
    };
    return {
      add(type: string) {
        const values: Record<PropertyKey, unknown> = { type };
        charts.push({ sheetName, values, deleted: false });
        return recorder(values);
      },
      load() {
        return this;
      },
      get items() {
        return own().map((chart) => ({ name: String(chart.values.name ?? "") }));
      },
      getItem(name: string) {
        return {
          delete: () => {
            for (const chart of own()) if (chart.values.name === name) chart.deleted = true;
          },
        };
      },
    };
  },
});

const readyInfo = { host: "Excel", platform: "OfficeOnline" };
let answerReady!: () => void;
const ready = new Promise<typeof readyInfo>((resolve) => (answerReady = () => resolve(readyInfo)));
if (!config.holdReady) answerReady();

page.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return Promise.all([ready, engineReady]).then(([info]) => {
      callback?.(info);
      return info;
    });
  },
  context: {
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.18000.10000" },
    displayLanguage: config.displayLanguage ?? "vi-VN",
    officeTheme: config.officeTheme ?? {
      bodyBackgroundColor: "#FFFFFF",
      bodyForegroundColor: "#000000",
      controlBackgroundColor: "#FFFFFF",
      controlForegroundColor: "#000000",
    },
    requirements: excel.requirements,
  },
};

page.Excel = {
  run(first: unknown, second?: unknown) {
    const batch = (typeof first === "function" ? first : second) as (context: Excel.RequestContext) => Promise<unknown>;
    return Promise.resolve().then(() => batch(runContext));
  },
  createWorkbook(base64?: string) {
    createdWorkbooks.push(base64 ? base64.length : 0);
    return Promise.resolve();
  },
};

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

/** The custom functions functions.js associated, by id. */
const associated: string[] = [];

page.CustomFunctions = {
  associate: (id: string) => {
    associated.push(id);
  },
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
};

page.__kpiFake = {
  /** Lets Office.onReady answer (holdReady). */
  answer: () => answerReady(),
  state: excel.state,
  createdWorkbooks,
  associated,
  charts: (sheetName: string) => charts.filter((c) => !c.deleted && c.sheetName() === sheetName).map((c) => String(c.values.name)),
  failNextSync: (code: string, message?: string) => excel.failNextSync(code, message),
  /** Makes the (count + 1)-th sync from now fail with `code`. */
  failSyncAfter: (count: number, code = "GeneralException") => {
    failAt = count + 1;
    failCode = code;
  },
  content: (sheetName: string, address: string) => excel.state.content(sheetName, address),
  setContents: (sheetName: string, address: string, content: FakeContent) => excel.state.setContents(sheetName, address, content),
  sheetNames: () => excel.state.sheets.map((s) => s.name),
  selection: () => excel.state.selection,
  isProtected: (sheetName: string) => excel.state.sheet(sheetName).protection.protected,
  conditionalFormats: (sheetName: string) => excel.state.sheet(sheetName).conditionalFormats.length,
};
