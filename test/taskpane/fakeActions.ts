/**
 * Fake PaneActions for the pane's component tests: every method a jest.fn that resolves with a
 * plausible result; tests override single methods (pending promises, Office-like rejections).
 */
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import type { Finding } from "../../src/domain/check";
import { emptyTarget, planConsolidation, type KpiWorkbook, type ReadWorkbook } from "../../src/domain/consolidate";
import type { CellInput, Verdict } from "../../src/domain/ratio";
import { SELF_TEST_STEPS, type SelfTestReport, type StepResult } from "../../src/domain/selfTest";
import type {
  CheckResult,
  ConsolidationResult,
  IndicatorReading,
  InsertResult,
  MonthlyInsertResult,
  PaneActions,
  StatusResult,
  SupportInfo,
} from "../../src/taskpane/actions";

type Methods = { [K in keyof PaneActions as PaneActions[K] extends (...args: never[]) => unknown ? K : never]: PaneActions[K] };
type Fn = (...args: never[]) => unknown;
type MockOf<F> = F extends Fn ? jest.Mock<ReturnType<F>, Parameters<F>> : never;

export type FakePaneActions = { host: PaneActions["host"] } & { [K in keyof Methods]: MockOf<Methods[K]> };

function mock<K extends keyof Methods>(impl: Methods[K]): MockOf<Methods[K]> {
  return jest.fn(impl as Fn) as unknown as MockOf<Methods[K]>;
}

export const SHEET = "Phụ lục 2024";

export function insertResult(overrides: Partial<InsertResult> = {}): InsertResult {
  return {
    status: "inserted",
    sheetName: SHEET,
    namePrefix: "KPI",
    formulas: "kpi",
    leftOut: [],
    keptInputs: 0,
    notes: [],
    conflicts: [],
    ...overrides,
  };
}

export const MONTHLY_SHEETS = { appendix: SHEET, data: "Số liệu theo tháng", chart: "Biểu đồ lũy kế" } as const;

export function monthlyInsertResult(overrides: Partial<MonthlyInsertResult> = {}): MonthlyInsertResult {
  return {
    status: "inserted",
    sheetNames: MONTHLY_SHEETS,
    formulas: "kpi",
    period: { kind: "quarter", quarter: 1 },
    chart: true,
    kept: 0,
    conflicts: [],
    namePrefix: "KPI",
    leftOut: [],
    ...overrides,
  };
}

export const FINDINGS: readonly Finding[] = [
  { kind: "inputMissing", severity: "warning", code: "I.2", address: "G9", params: { part: "numerator" } },
  {
    kind: "belowTarget",
    severity: "warning",
    code: "IV.1",
    address: "J20",
    params: { ratio: 0.93, target: { kind: "minimum", fraction: 0.95 } },
  },
];

const NO_VERDICTS = { pass: 0, fail: 0, noData: 0, notApplicable: 0, invalid: 0, unknown: 0 };

export function checkResult(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    sheetName: SHEET,
    mode: "plain",
    indicators: [],
    findings: FINDINGS,
    summary: {
      total: 11,
      passed: 8,
      byVerdict: { ...NO_VERDICTS, pass: 8, fail: 1, noData: 2 },
      byHostUnit: [
        { unit: "Phòng Quản lý Du lịch", total: 7, passed: 5, byVerdict: { ...NO_VERDICTS, pass: 5, fail: 1, noData: 1 } },
        { unit: "Văn phòng Sở", total: 3, passed: 2, byVerdict: { ...NO_VERDICTS, pass: 2, noData: 1 } },
        { unit: "Thanh tra Sở", total: 1, passed: 1, byVerdict: { ...NO_VERDICTS, pass: 1 } },
      ],
      errors: 0,
      warnings: 2,
      infos: 0,
    },
    ...overrides,
  };
}

/** No appendix in the workbook: what readStatus answers by default. */
export const NO_SHEET: StatusResult = { sheetExists: false, namePrefix: "KPI" };

/**
 * What readStatus answers for an appendix whose indicators show these verdicts (by code; every
 * other indicator "noData"), with the ratio given (or one that fits the verdict).
 */
export function statusReading(
  verdicts: Partial<Record<IndicatorCode, Verdict | "unknown" | readonly [Verdict, number]>> = {},
  extra: { periodText?: string; sheetName?: string } = {},
): StatusResult {
  const indicators = INDICATORS.map(({ code }): IndicatorReading => {
    const given = verdicts[code] ?? "noData";
    if (Array.isArray(given)) return { code, verdict: given[0], ratio: given[1] };
    const verdict = given as Verdict | "unknown";
    return verdict === "pass" ? { code, verdict, ratio: 1 } : verdict === "fail" ? { code, verdict, ratio: 0.5 } : { code, verdict };
  });
  return { sheetExists: true, namePrefix: "KPI", sheetName: extra.sheetName ?? SHEET, indicators, ...(extra.periodText ? { periodText: extra.periodText } : {}) };
}

const months = (pairs: readonly [number, number][]) => ({
  numerator: [...pairs.map(([b]) => b), ...Array<CellInput>(12 - pairs.length).fill(null)],
  denominator: [...pairs.map(([, a]) => a), ...Array<CellInput>(12 - pairs.length).fill(null)],
});

const unitFile = (fileName: string, unit: string, figures: KpiWorkbook["figures"]): KpiWorkbook => ({
  kind: "kpi",
  fileName,
  lastModified: "2024-04-05T07:30:00.000Z",
  mode: "monthly",
  filledBy: { kind: "unit", unit },
  figures,
  addresses: {},
  foundBy: "names",
  year: 2024,
  namePrefix: "KPI",
});

/** The units' files of the fake consolidation: I.1 for the quarter, II.1 disagreeing with the workbook, a stray workbook. */
export const CONSOLIDATION_FILES: readonly ReadWorkbook[] = [
  unitFile("PQLDL.xlsx", "Phòng Quản lý Du lịch", { "I.1": months([[50, 100], [51, 100], [52, 100]]) }),
  unitFile("VPS.xlsx", "Văn phòng Sở", { "II.1": months([[9, 10]]) }),
  { kind: "notOurs", fileName: "Luong.xlsx" },
];

/** A plausible consolidation result: the domain's own plan of CONSOLIDATION_FILES into a workbook holding II.1 month 1 = 7/10. */
export function consolidationResult(
  status: ConsolidationResult["status"] = "planned",
  resolutions?: ReadonlyMap<string, CellInput>,
): ConsolidationResult {
  const plan = planConsolidation({
    target: { ...emptyTarget("monthly", 2024), figures: { "II.1": months([[7, 10]]) } },
    files: CONSOLIDATION_FILES,
    period: { kind: "quarter", quarter: 1 },
    unresolved: "keep",
    ...(resolutions ? { resolutions } : {}),
  });
  return { status, plan, sheetName: "Nguồn số liệu", year: 2024, written: status === "written" ? plan.counts.changed : 0, filledByChanged: false };
}

/** A self-test report: every step passed in 120 ms, unless a step's result is given. */
export function selfTestReport(overrides: Partial<Record<StepResult["id"], Partial<StepResult>>> = {}): SelfTestReport {
  const steps = SELF_TEST_STEPS.map((id): StepResult => ({ id, status: "passed", durationMs: 120, ...overrides[id] }));
  return {
    steps,
    totalMs: 1450,
    sheetName: "KPI Tự kiểm tra K7QF",
    cleanup: { complete: true, sheetsLeft: [], namesLeft: 0 },
  };
}

export const SUPPORT_INFO: SupportInfo = {
  host: "Excel",
  platform: "PC",
  officeVersion: "16.0.17328.20108",
  displayLanguage: "vi-VN",
  requirementSets: [
    { set: "ExcelApi", highest: "1.17" },
    { set: "CustomFunctionsRuntime", highest: "1.4" },
    { set: "SharedRuntime", highest: "1.1" },
  ],
  addinVersion: "1.0.0",
  buildCommit: "abc1234",
};

export function createFakeActions(host: PaneActions["host"] = "excel"): FakePaneActions {
  return {
    host,
    readStatus: mock<"readStatus">(() => Promise.resolve(NO_SHEET)),
    insert: mock<"insert">(() => Promise.resolve(insertResult())),
    insertMonthly: mock<"insertMonthly">((request) => Promise.resolve(monthlyInsertResult({ period: request.choice.period }))),
    protect: mock<"protect">(() => Promise.resolve({ sheetName: SHEET, protected: true, changed: true })),
    unprotect: mock<"unprotect">(() => Promise.resolve({ sheetName: SHEET, protected: false, changed: true })),
    highlight: mock<"highlight">(() =>
      Promise.resolve({ status: "applied", sheetName: SHEET, rules: 44, replaced: 0, kept: 1 }),
    ),
    check: mock<"check">(() => Promise.resolve(checkResult())),
    selectFinding: mock<"selectFinding">((sheetName, finding) =>
      Promise.resolve({ sheetName: finding.params.sheet ?? sheetName, address: finding.address ?? "", found: true }),
    ),
    goToIndicator: mock<"goToIndicator">(() => Promise.resolve({ sheetName: SHEET, address: "G8:H8", found: true })),
    portableCopy: mock<"portableCopy">((request) =>
      Promise.resolve({
        status: "created",
        sourceSheet: SHEET,
        sheetName: "Bản nộp Cả năm-2024",
        mode: request.mode,
        cellsWritten: 22,
        frozen: [],
        translated: [],
        rulesAdded: 0,
      }),
    ),
    applyPeriod: mock<"applyPeriod">((request) => Promise.resolve({ status: "switched", period: request.choice.period })),
    insertFunctionAtSelection: mock<"insertFunctionAtSelection">((formula) => Promise.resolve({ address: "B3", formula })),
    fillDocument: mock<"fillDocument">((request) =>
      Promise.resolve({
        status: "written",
        written: (["number", "date", "preparer", "signer", "recipients"] as const).filter((k) => (request.document[k] ?? "").trim() !== ""),
        skipped: [],
      }),
    ),
    copyText: mock<"copyText">(() => Promise.resolve()),
    previewConsolidation: mock<"previewConsolidation">(() => Promise.resolve(consolidationResult("planned"))),
    consolidate: mock<"consolidate">((request) => Promise.resolve(consolidationResult("written", request.resolutions))),
    downloadWorkbook: mock<"downloadWorkbook">(() =>
      Promise.resolve({ how: "download", fileName: "PhuLuc-2024.xlsx", bytes: 20480 }),
    ),
    selfTest: mock<"selfTest">(() => Promise.resolve(selfTestReport())),
    supportInfo: mock<"supportInfo">(() => SUPPORT_INFO),
  };
}

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string, message = `Fake ${code}`): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code, debugInfo: { code, message } });
}

/** A promise whose settlement the test controls. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export { LOCALE_EN } from "../../src/taskpane/localeEn";
