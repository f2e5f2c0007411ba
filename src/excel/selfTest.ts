/**
 * "Tự kiểm tra": proves, with this Excel doing the work, that the add-in works here — and says
 * exactly what failed when it does not. It runs the production functions (insertAppendix,
 * applyHighlighting, checkSheet, preparePortableCopy, insertMonthlyReport, switchReportPeriod) on
 * temporary sheets and names of its own, reads back what Excel calculated and holds it against
 * the domain's rules (src/domain/selfTest.ts). Every temporary sheet and name is removed at the
 * end, also after a failure, and the user's active sheet and selection are restored; nothing of
 * the user's is read beyond the sheet and name lists, the active sheet and the selection, and
 * nothing of the user's is written. The calculation mode is never changed.
 *
 * Round trips: one per read or write, no per-cell sync (selftest.syncs in the bench); a read of
 * calculated values may repeat a few times while Excel finishes (calculation.ts).
 */
import { PLAN, type IndicatorCode } from "../domain/catalog";
import { locateAppendix, snapshotAddress, type CellGridRows, type Finding, type FindingKind } from "../domain/check";
import { cellAddress } from "../domain/layout/a1";
import { buildAppendixLayout, indicatorName, monthlyDataName, periodName, tableName, type FormulaMode } from "../domain/layout/appendixLayout";
import { periodLabel, samePeriod } from "../domain/period";
import { portableSheetName } from "../domain/portable";
import { VERDICT_WORDS, type CellInput, type Verdict } from "../domain/ratio";
import {
  SELF_TEST_FIGURES,
  SELF_TEST_MONTHS,
  SELF_TEST_PERIODS,
  SELF_TEST_STEPS,
  VALIDATION_PROBE,
  chooseSelfTestNames,
  expectedRows,
  isTemporaryName,
  isTemporarySheet,
  mismatchProblem,
  mismatchesOf,
  periodRows,
  randomToken,
  type CheckedCell,
  type Mismatch,
  type SelfTestCleanup,
  type SelfTestNames,
  type SelfTestReport,
  type SelfTestStepId,
  type SetRequirement,
  type StepProblem,
  type StepResult,
} from "../domain/selfTest";
import { CALCULATION_DELAYS_MS, readCalculated, sleep, type CalculationWait, type Judgement } from "./calculation";
import { officeCapabilities, type Capabilities, type IsSetSupported } from "./capabilities";
import { checkSheet } from "./check";
import { RULE_LOAD, applyHighlighting, readRules, recogniseRule } from "./highlight";
import { insertAppendix } from "./insertAppendix";
import { insertMonthlyReport, switchReportPeriod } from "./monthly";
import { preparePortableCopy } from "./portableCopy";
import { parseQualified } from "./references";
import {
  anyBusy,
  formulaCells,
  namedRange,
  queueRows,
  readRows,
  resultCells,
  targetsOf,
  type ReadCell,
  type ReadRows,
  type RowCellPart,
} from "./selfTestReads";
import { periodCellRange, periodCellText } from "./workbookReads";

export interface SelfTestOptions {
  /** Default officeCapabilities() (Office.context.requirements). */
  readonly capabilities?: Capabilities;
  /** For the sets the capabilities do not name (Range.calculate, Worksheet.copy, calculationState). */
  readonly isSetSupported?: IsSetSupported;
  /** The year of the temporary tables (default the plan's). */
  readonly year?: number;
  /** Milliseconds, for the steps' durations (default performance.now). */
  readonly now?: () => number;
  /** The wait between reads while Excel calculates (tests pass one that does not wait). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The pauses between reads of calculated values; their number bounds the reads. */
  readonly delaysMs?: readonly number[];
  /** Tokens for the temporary names (default random): "KPI Tự kiểm tra K7QF". */
  readonly token?: () => string;
}

const CORE: SetRequirement = { set: "ExcelApi", version: "1.4" };
const CUSTOM_FUNCTIONS: SetRequirement = { set: "CustomFunctionsRuntime", version: "1.1" };
const CONDITIONAL_FORMATS: SetRequirement = { set: "ExcelApi", version: "1.6" };
const SHEET_COPY: SetRequirement = { set: "ExcelApi", version: "1.7" };
const VALIDATION: SetRequirement = { set: "ExcelApi", version: "1.8" };
const RANGE_CALCULATE: SetRequirement = { set: "ExcelApi", version: "1.6" };
const CALCULATION_STATE: SetRequirement = { set: "ExcelApi", version: "1.9" };

/** What the user has now and gets back: read once, before anything is written. */
interface UserState {
  readonly sheetNames: readonly string[];
  /** Workbook names, upper case. */
  readonly names: ReadonlySet<string>;
  readonly activeSheet: string | null;
  readonly selection: { readonly sheetName: string; readonly address: string } | null;
}

interface Table {
  readonly sheetName: string;
  readonly prefix: string;
  readonly mode: FormulaMode;
}

/** The run's state, shared by the steps. */
interface Run {
  readonly context: Excel.RequestContext;
  readonly names: SelfTestNames;
  readonly capabilities: Capabilities;
  readonly supports: (requirement: SetRequirement) => boolean;
  readonly year: number;
  readonly wait: CalculationWait;
  readonly user: UserState;
  readonly results: Map<SelfTestStepId, StepResult>;
  readonly tables: { kpi?: Table; native?: Table };
  /** The Chỉ tiêu values read from the table (the verdicts' targets). */
  targets?: Partial<Record<IndicatorCode, CellInput>>;
  /** The portable copy's name (predicted before the copy, so it is removed even after a failure). */
  portableSheet?: string;
}

type Outcome =
  | { readonly status: "passed" }
  | { readonly status: "failed"; readonly problem: StepProblem }
  | { readonly status: "skipped"; readonly requirement?: SetRequirement; readonly dependsOn?: SelfTestStepId };

const PASSED: Outcome = { status: "passed" };
const failed = (problem: StepProblem): Outcome => ({ status: "failed", problem });
const needs = (requirement: SetRequirement): Outcome => ({ status: "skipped", requirement });
const after = (dependsOn: SelfTestStepId): Outcome => ({ status: "skipped", dependsOn });
const fromMismatches = (mismatches: readonly Mismatch[]): Outcome => {
  const problem = mismatchProblem(mismatches);
  return problem ? failed(problem) : PASSED;
};

/** An error's code and message, as Office.js gives them (OfficeExtension.Error) or as thrown. */
export function errorDetails(error: unknown): { code: string; message: string } {
  const e = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
    debugInfo?: { code?: unknown; errorLocation?: unknown };
  };
  const code = typeof e.code === "string" && e.code ? e.code : typeof e.debugInfo?.code === "string" ? e.debugInfo.code : "unknown";
  const location = typeof e.debugInfo?.errorLocation === "string" && e.debugInfo.errorLocation ? ` (${e.debugInfo.errorLocation})` : "";
  const message = typeof e.message === "string" && e.message ? e.message : String(error);
  return { code, message: message + location };
}

function passedStep(run: Run, id: SelfTestStepId): boolean {
  return run.results.get(id)?.status === "passed";
}

/** The table most steps use: the KPI.* one, else the native one. */
function mainTable(run: Run): Table | undefined {
  return run.tables.kpi ?? run.tables.native;
}

/** Why there is no table: this Excel cannot insert one (ExcelApi 1.4), or the insert failed. */
function noTable(run: Run, mode: FormulaMode = "native"): Outcome {
  return run.capabilities.canInsert ? after(mode === "kpi" ? "insertKpi" : "insertNative") : needs(CORE);
}

/** Skips a step that needs a table and the figures in it. */
function needsTableAndFigures(run: Run): Outcome | Table {
  const table = mainTable(run);
  if (!table) return noTable(run);
  if (!passedStep(run, "figures")) return after("figures");
  return table;
}

const isOutcome = (value: Outcome | Table): value is Outcome => "status" in value;

// ─────────────────────────── the steps ───────────────────────────

async function insertTable(run: Run, mode: FormulaMode): Promise<Outcome> {
  if (!run.capabilities.canInsert) return needs(CORE);
  if (mode === "kpi" && !run.capabilities.features.customFunctions) return needs(CUSTOM_FUNCTIONS);
  const sheetName = mode === "kpi" ? run.names.kpiSheet : run.names.nativeSheet;
  const prefix = mode === "kpi" ? run.names.prefixes.kpi : run.names.prefixes.native;
  const result = await insertAppendix(run.context, {
    year: run.year,
    sheetName,
    namePrefix: prefix,
    formulas: mode,
    ifExists: "ask",
    capabilities: run.capabilities,
  });
  if (result.status !== "inserted") return failed({ kind: "status", expected: "inserted", found: result.status });
  run.tables[mode] = { sheetName, prefix, mode };
  return PASSED;
}

/** Writes the known figures into every table inserted: one sync, through the tables' names. */
async function enterFigures(run: Run): Promise<Outcome> {
  const tables = [run.tables.kpi, run.tables.native].filter((t): t is Table => t !== undefined);
  if (tables.length === 0) return noTable(run);
  for (const table of tables) {
    for (const [code, [b, a]] of Object.entries(SELF_TEST_FIGURES) as [IndicatorCode, readonly [CellInput, CellInput]][]) {
      run.context.workbook.names.getItem(indicatorName(table.prefix, code, "numerator")).getRange().values = [[b ?? ""]];
      run.context.workbook.names.getItem(indicatorName(table.prefix, code, "denominator")).getRange().values = [[a ?? ""]];
    }
  }
  await run.context.sync();
  return PASSED;
}

/** What a calculated read ended with, as an outcome. */
function calculatedOutcome(judgement: Judgement, mismatches: readonly Mismatch[], waitedMs: number): Outcome {
  if (judgement === "busy") {
    const problem = mismatchProblem(mismatches);
    return failed({
      kind: "notCalculated",
      waitedMs,
      mismatches: problem?.kind === "mismatch" ? problem.mismatches : [],
      total: mismatches.length,
    });
  }
  return fromMismatches(mismatches);
}

function judged(busy: boolean, mismatches: readonly Mismatch[]): Judgement {
  return busy ? "busy" : mismatches.length > 0 ? "differs" : "ok";
}

/** Reads a table's results (every KPI.* or native formula) and holds them against the domain. */
async function calculateTable(run: Run, mode: FormulaMode): Promise<Outcome> {
  if (mode === "kpi" && !run.capabilities.features.customFunctions) return needs(CUSTOM_FUNCTIONS);
  const table = run.tables[mode];
  if (!table) return noTable(run, mode);
  if (!passedStep(run, "figures")) return after("figures");
  const cellsOf = (rows: ReadRows): CheckedCell[] => [
    ...resultCells(rows, expectedRows(SELF_TEST_FIGURES, targetsOf(rows))),
    ...formulaCells(rows, mode),
  ];
  const read = await readCalculated(
    run.context,
    {
      calculate: () => [namedRange(run.context, tableName(table.prefix))],
      queue: () => {
        const rows = queueRows(run.context, table.prefix, ["target", "result", "verdict"]);
        return () => readRows(rows);
      },
    },
    (rows) => judged(anyBusy(rows), mismatchesOf(cellsOf(rows))),
    run.wait,
  );
  run.targets ??= targetsOf(read.value);
  return calculatedOutcome(read.judgement, mismatchesOf(cellsOf(read.value)), read.waitedMs);
}

async function highlight(run: Run): Promise<Outcome> {
  if (!run.capabilities.features.conditionalFormats) return needs(CONDITIONAL_FORMATS);
  const table = needsTableAndFigures(run);
  if (isOutcome(table)) return table;
  const result = await applyHighlighting(run.context, table.sheetName, { namePrefix: table.prefix, capabilities: run.capabilities });
  if (result.status !== "applied") return failed({ kind: "status", expected: "applied", found: result.status });
  const formats = run.context.workbook.worksheets.getItem(table.sheetName).getRange().conditionalFormats.load(RULE_LOAD);
  await run.context.sync();
  const present = readRules(formats).filter((rule) => recogniseRule(rule) !== undefined).length;
  const layout = buildAppendixLayout({ year: run.year, unitName: PLAN.unitName, formulas: table.mode, sheetName: table.sheetName, namePrefix: table.prefix });
  const expected = layout.conditionalFormats.length;
  if (present !== expected) return failed({ kind: "count", what: "rules", expected, found: present });
  return PASSED;
}

/**
 * The input validation: the rule is there, Excel judges a bad value invalid (DataValidation.valid,
 * ExcelApi 1.8) and the good one valid again. Writing through the API is not stopped by the rule
 * ("Add data validation to Excel ranges": validation is triggered only when a user enters a value),
 * which is what lets the value be judged. One sync: reads and writes run in the order queued.
 */
async function validation(run: Run): Promise<Outcome> {
  if (!run.capabilities.features.validation) return needs(VALIDATION);
  const table = needsTableAndFigures(run);
  if (isOutcome(table)) return table;
  const name = indicatorName(table.prefix, VALIDATION_PROBE.code, VALIDATION_PROBE.part);
  const good = SELF_TEST_FIGURES[VALIDATION_PROBE.code][0];
  const cell = (): Excel.Range => run.context.workbook.names.getItem(name).getRange();
  const rule = cell().dataValidation.load("type,rule");
  cell().values = [[VALIDATION_PROBE.badValue]];
  const withBad = cell().dataValidation.load("valid");
  cell().values = [[good ?? ""]];
  const withGood = cell().dataValidation.load("valid");
  const restored = cell().load("address,values");
  await run.context.sync();
  const at = restored.address;
  const text = (value: string) => ({ kind: "text", value }) as const;
  const formula = rule.rule.custom?.formula;
  const checks: CheckedCell[] = [
    { code: VALIDATION_PROBE.code, part: "validationRule", cell: at, expected: text("Custom"), found: typeof formula === "string" && formula ? String(rule.type) : "" },
    { code: VALIDATION_PROBE.code, part: "rejectsBadValue", cell: at, expected: text("false"), found: String(withBad.valid) },
    { code: VALIDATION_PROBE.code, part: "acceptsGoodValue", cell: at, expected: text("true"), found: String(withGood.valid) },
    { code: VALIDATION_PROBE.code, part: "restored", cell: at, expected: { kind: "number", value: Number(good) }, found: restored.values[0]?.[0] as CellInput },
  ];
  return fromMismatches(mismatchesOf(checks));
}

/**
 * The findings each verdict must bring in the plain table's check. The self-test writes no Ghi
 * chú, so a miss is an unexplained one (the plan demands the explanation).
 */
const FINDING_OF_VERDICT: Readonly<Partial<Record<Verdict, FindingKind>>> = {
  fail: "unexplainedMiss",
  invalid: "inputInvalid",
  noData: "inputMissing",
  notApplicable: "notApplicable",
};

/**
 * The findings about the sheet rather than a row that the temporary appendix must bring: its
 * document frame is inserted blank (no number, date or names), which the check recalls.
 */
const SHEET_FINDINGS: readonly FindingKind[] = ["documentIncomplete"];

/**
 * Waits until the table's results are calculated (no #BUSY!): the validation step has just written
 * into a row, and the check reads what the Đánh giá cells show.
 */
async function calculatedTable(run: Run, table: Table): Promise<Outcome | undefined> {
  const read = await readCalculated(
    run.context,
    {
      calculate: () => [namedRange(run.context, tableName(table.prefix))],
      queue: () => {
        const rows = queueRows(run.context, table.prefix, ["result", "verdict"]);
        return () => readRows(rows);
      },
    },
    (rows) => (anyBusy(rows) ? "busy" : "ok"),
    run.wait,
  );
  return read.judgement === "busy" ? failed({ kind: "notCalculated", waitedMs: read.waitedMs, mismatches: [], total: 0 }) : undefined;
}

async function check(run: Run): Promise<Outcome> {
  const table = needsTableAndFigures(run);
  if (isOutcome(table)) return table;
  const busy = await calculatedTable(run, table);
  if (busy) return busy;
  const report = await checkSheet(run.context, table.sheetName, { namePrefix: table.prefix, dataSheetName: run.names.monthly.data });
  const expected = expectedRows(SELF_TEST_FIGURES, run.targets ?? {});
  const cells: CheckedCell[] = expected.map((row) => {
    const found = report.indicators.find((i) => i.code === row.code)?.verdict;
    return { code: row.code, part: "checkVerdict", expected: { kind: "text", value: VERDICT_WORDS[row.verdict] }, found: found ? VERDICT_WORDS[found] : "" };
  });
  // The findings: exactly those the figures call for, and the blank frame's reminder (none about
  // the table itself).
  const key = (code: string | undefined, kind: string): string => `${code ?? ""}|${kind}`;
  const wanted = new Set([
    ...expected.flatMap((row) => (FINDING_OF_VERDICT[row.verdict] ? [key(row.code, FINDING_OF_VERDICT[row.verdict]!)] : [])),
    ...SHEET_FINDINGS.map((kind) => key(undefined, kind)),
  ]);
  const found = new Set(report.findings.map((f: Finding) => key(f.code, f.kind)));
  for (const k of wanted) if (!found.has(k)) cells.push(findingCell(k, k, ""));
  for (const k of found) if (!wanted.has(k)) cells.push(findingCell(k, "", k));
  return fromMismatches(mismatchesOf(cells));
}

function findingCell(k: string, expected: string, found: string): CheckedCell {
  const code = k.split("|")[0] as IndicatorCode;
  const kind = (value: string): string => value.split("|")[1] ?? "";
  return { ...(code ? { code } : {}), part: "finding", expected: { kind: "text", value: kind(expected) }, found: kind(found) };
}

/** The portable copy's rows, found the way the check finds them, as read cells. */
function copyRows(formulas: CellGridRows, values: CellGridRows, sheetName: string): ReadRows {
  const located = locateAppendix(formulas);
  const cell = (row: number, column: number): ReadCell => ({
    value: values[row - 1]?.[column - 1] ?? null,
    formula: formulas[row - 1]?.[column - 1] ?? null,
    address: `'${sheetName}'!${cellAddress(row, column)}`,
  });
  return new Map(
    [...located.rows].map(([code, row]) => [
      code,
      new Map<RowCellPart, ReadCell>([
        ["target", cell(row, located.columns.target)],
        ["result", cell(row, located.columns.result)],
        ["verdict", cell(row, located.columns.verdict)],
      ]),
    ]),
  );
}

async function portable(run: Run): Promise<Outcome> {
  if (!run.supports(SHEET_COPY)) return needs(SHEET_COPY);
  const table = needsTableAndFigures(run);
  if (isOutcome(table)) return table;
  const period = { kind: "year" } as const;
  const sheetsNow = [...run.user.sheetNames, ...[run.tables.kpi, run.tables.native].flatMap((t) => (t ? [t.sheetName] : []))];
  run.portableSheet = portableSheetName(period, run.year, sheetsNow);
  const result = await preparePortableCopy(run.context, table.sheetName, {
    mode: "formulas",
    period,
    year: run.year,
    namePrefix: table.prefix,
    canCopySheets: true,
  });
  if (result.sheetName) run.portableSheet = result.sheetName;
  if (result.status !== "created" || !result.sheetName) return failed({ kind: "status", expected: "created", found: result.status });
  const copyName = result.sheetName;
  const cellsOf = (rows: ReadRows): CheckedCell[] => [
    ...resultCells(rows, expectedRows(SELF_TEST_FIGURES, targetsOf(rows))),
    ...formulaCells(rows, "native"),
  ];
  const block = () => run.context.workbook.worksheets.getItem(copyName).getRange(snapshotAddress());
  const read = await readCalculated(
    run.context,
    {
      calculate: () => [block()],
      queue: () => {
        const range = block().load("values,formulas");
        return () => copyRows(range.formulas as CellGridRows, range.values as CellGridRows, copyName);
      },
    },
    (rows) => judged(anyBusy(rows), mismatchesOf(cellsOf(rows))),
    run.wait,
  );
  return calculatedOutcome(read.judgement, mismatchesOf(cellsOf(read.value)), read.waitedMs);
}

const MONTHLY_PARTS: readonly RowCellPart[] = ["target", "numerator", "denominator", "result", "verdict", "ytdResult", "ytdVerdict"];

/** Monthly reporting: insert for Tháng 1, enter the months, switch to Quý II, read what follows. */
async function period(run: Run): Promise<Outcome> {
  if (!run.capabilities.canInsert) return needs(CORE);
  const prefix = run.names.prefixes.monthly;
  const formulas: FormulaMode = run.capabilities.features.customFunctions ? "kpi" : "native";
  const inserted = await insertMonthlyReport(run.context, {
    year: run.year,
    namePrefix: prefix,
    formulas,
    period: SELF_TEST_PERIODS.inserted,
    ifExists: "ask",
    sheetNames: run.names.monthly,
    capabilities: run.capabilities,
    // The switch is what is tested; the chart sheet gets its text bars, no chart object.
    charts: false,
  });
  if (inserted.status !== "inserted") return failed({ kind: "status", expected: "inserted", found: inserted.status });

  for (const [code, months] of Object.entries(SELF_TEST_MONTHS) as [IndicatorCode, (typeof SELF_TEST_MONTHS)[IndicatorCode]][]) {
    for (const part of ["numerator", "denominator"] as const) {
      run.context.workbook.names.getItem(monthlyDataName(prefix, code, part)).getRange().values = [months[part].map((v) => v ?? "")];
    }
  }
  await run.context.sync();

  const switched = await switchReportPeriod(run.context, SELF_TEST_PERIODS.switchedTo, { namePrefix: prefix });
  if (switched.status !== "switched" || !switched.previous || !samePeriod(switched.previous, SELF_TEST_PERIODS.inserted)) {
    return failed({ kind: "status", expected: "switched", found: switched.status });
  }

  const label = periodLabel(SELF_TEST_PERIODS.switchedTo);
  const cellsOf = (read: { rows: ReadRows; period: ReadCell }): CheckedCell[] => {
    const expected = periodRows(SELF_TEST_PERIODS.switchedTo, targetsOf(read.rows));
    return [
      { part: "period", cell: read.period.address, expected: { kind: "text", value: label }, found: read.period.value },
      ...resultCells(read.rows, expected.period),
      ...resultCells(read.rows, expected.yearToDate, { result: "ytdResult", verdict: "ytdVerdict" }, false),
      ...formulaCells(read.rows, formulas, ["result", "verdict", "ytdResult", "ytdVerdict"]),
    ];
  };
  const read = await readCalculated(
    run.context,
    {
      // Precedents first: the period's first and last month, the month masks, then the table.
      calculate: () => [
        namedRange(run.context, periodName(prefix, "start")),
        namedRange(run.context, periodName(prefix, "end")),
        namedRange(run.context, periodName(prefix, "monthlyTable")),
        namedRange(run.context, periodName(prefix, "mask")),
        namedRange(run.context, periodName(prefix, "ytdMask")),
        namedRange(run.context, tableName(prefix)),
      ],
      queue: () => {
        const cell = periodCellRange(run.context, prefix).load("address,values");
        const rows = queueRows(run.context, prefix, MONTHLY_PARTS);
        return () => ({
          rows: readRows(rows),
          period: cell.isNullObject
            ? { value: null, formula: null, address: "" }
            : { value: periodCellText(cell), formula: null, address: cell.address },
        });
      },
    },
    (value) => judged(anyBusy(value.rows), mismatchesOf(cellsOf(value))),
    run.wait,
  );
  return calculatedOutcome(read.judgement, mismatchesOf(cellsOf(read.value)), read.waitedMs);
}

const STEP_BODIES: Readonly<Record<SelfTestStepId, (run: Run) => Promise<Outcome>>> = {
  insertKpi: (run) => insertTable(run, "kpi"),
  insertNative: (run) => insertTable(run, "native"),
  figures: enterFigures,
  calculateKpi: (run) => calculateTable(run, "kpi"),
  calculateNative: (run) => calculateTable(run, "native"),
  highlight,
  validation,
  check,
  portable,
  period,
};

// ─────────────────────────── before and after ───────────────────────────

/** Reads what the user has: sheets, names, the active sheet and the selection (one sync). */
async function readUserState(context: Excel.RequestContext): Promise<UserState> {
  const queue = (withSelection: boolean) => ({
    sheets: context.workbook.worksheets.load("items/name"),
    names: context.workbook.names.load("items/name"),
    active: context.workbook.worksheets.getActiveWorksheet().load("name"),
    selection: withSelection ? context.workbook.getSelectedRange().load("address") : null,
  });
  let reads = queue(true);
  try {
    await context.sync();
  } catch {
    // The selection is not a range (a chart, a shape): everything but the selection.
    reads = queue(false);
    await context.sync();
  }
  const selection = reads.selection ? parseQualified(reads.selection.address) : undefined;
  return {
    sheetNames: reads.sheets.items.map((s) => s.name),
    names: new Set(reads.names.items.map((n) => n.name.toUpperCase())),
    activeSheet: reads.active.name,
    selection: selection && reads.selection ? { sheetName: selection.sheetName, address: reads.selection.address.split("!").pop()! } : null,
  };
}

/**
 * Removes every sheet and name the run made (never one the user had before: those are in
 * `user`), then activates the user's sheet and selects the user's selection again.
 */
async function cleanUp(run: Run): Promise<SelfTestCleanup> {
  const { context, user, names } = run;
  const knownSheets = new Set(user.sheetNames.map((s) => s.toLocaleLowerCase()));
  const ours = (sheet: string): boolean =>
    !knownSheets.has(sheet.toLocaleLowerCase()) &&
    (isTemporarySheet(sheet, names) || (run.portableSheet !== undefined && sheet.toLocaleLowerCase() === run.portableSheet.toLocaleLowerCase()));
  const oursName = (name: string): boolean => isTemporaryName(name, names) && !user.names.has(name.toUpperCase());
  const leftovers = async (): Promise<{ sheets: string[]; names: string[] }> => {
    const sheets = context.workbook.worksheets.load("items/name");
    const workbookNames = context.workbook.names.load("items/name");
    await context.sync();
    return { sheets: sheets.items.map((s) => s.name).filter(ours), names: workbookNames.items.map((n) => n.name).filter(oursName) };
  };
  try {
    const found = await leftovers();
    for (const name of found.names) context.workbook.names.getItem(name).delete();
    for (const sheet of found.sheets) context.workbook.worksheets.getItem(sheet).delete();
    if (user.activeSheet) context.workbook.worksheets.getItem(user.activeSheet).activate();
    if (user.selection) context.workbook.worksheets.getItem(user.selection.sheetName).getRange(user.selection.address).select();
    await context.sync();
    return { complete: true, sheetsLeft: [], namesLeft: 0 };
  } catch (error: unknown) {
    const details = errorDetails(error);
    try {
      const left = await leftovers();
      return { complete: false, sheetsLeft: left.sheets, namesLeft: left.names.length, error: details };
    } catch {
      return { complete: false, sheetsLeft: [], namesLeft: 0, error: details };
    }
  }
}

function defaultNow(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/**
 * Runs the self-test in the caller's Excel.run. Never throws for a failing step (the report says
 * which); throws only when even the user's sheet list cannot be read, before anything is written.
 */
export async function runSelfTest(context: Excel.RequestContext, options: SelfTestOptions = {}): Promise<SelfTestReport> {
  const now = options.now ?? defaultNow;
  const started = now();
  const capabilities = options.capabilities ?? officeCapabilities();
  const isSetSupported: IsSetSupported =
    options.isSetSupported ??
    ((set, version) => (typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version)) === true);
  const supports = (requirement: SetRequirement): boolean => {
    try {
      return isSetSupported(requirement.set, requirement.version);
    } catch {
      return false;
    }
  };

  const user = await readUserState(context);
  const names = chooseSelfTestNames(options.token ?? randomToken, user.sheetNames, [...user.names]);
  if (!names) throw new Error("No free name for the self-test's temporary sheet.");
  const run: Run = {
    context,
    names,
    capabilities,
    supports,
    year: options.year ?? PLAN.year,
    wait: {
      canCalculateRanges: supports(RANGE_CALCULATE),
      canReadState: supports(CALCULATION_STATE),
      sleep: options.sleep ?? sleep,
      delaysMs: options.delaysMs ?? CALCULATION_DELAYS_MS,
    },
    user,
    results: new Map(),
    tables: {},
  };

  for (const id of SELF_TEST_STEPS) {
    const stepStarted = now();
    let outcome: Outcome;
    try {
      outcome = await STEP_BODIES[id](run);
    } catch (error: unknown) {
      outcome = failed({ kind: "error", ...errorDetails(error) });
    }
    run.results.set(id, { id, ...outcome, durationMs: Math.max(0, now() - stepStarted) });
  }

  const cleanup = await cleanUp(run);
  return { steps: SELF_TEST_STEPS.map((id) => run.results.get(id)!), totalMs: Math.max(0, now() - started), sheetName: names.kpiSheet, cleanup };
}
