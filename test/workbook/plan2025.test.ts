/**
 * Next year's plan through the command line: `npm run workbook -- --plan kpi-plan-2025.json` builds
 * the table of the 2025 fixture (I.4 added, III.2 dropped and III.3–III.5 renumbered, targets
 * raised, a unit renamed) and the workbook carries that plan on its very hidden KPI_PLAN sheet;
 * `npm run check` then judges it by that plan. The native formulas of the 2025 workbook are held
 * against the independent oracle (test/oracle/planRules.ts) with the targets read from the fixture
 * JSON itself — never through src/domain — under HyperFormula and under LibreOffice Calc.
 */
import { existsSync, readFileSync } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook, type Cell, type CellValue } from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { runCheckCli } from "../../src/workbook/check/run";
import { runConsolidateCli } from "../../src/workbook/consolidate/run";
import { runWorkbookCli } from "../../src/workbook/runCli";
import { writeMonthlyStandaloneWorkbook } from "../../src/workbook/monthlyWorkbook";
import { writeStandaloneWorkbook } from "../../src/workbook/renderWorkbook";
import { ENGINE_CONFIG, raw, shown, type Shown } from "../helpers/hyperformula";
import { shownResult, verdict, type OracleCell, type PlanTarget } from "../oracle/planRules";
import { convertWithLibreOffice, findSoffice, withFreshProfile } from "./helpers/libreoffice";

const FIXTURE = path.resolve(__dirname, "../fixtures/kpi-plan-2025.json");
const BUILTIN_FILE = path.resolve(__dirname, "../../src/domain/plan/kpi-plan-2024.json");

interface FixtureIndicator {
  readonly code: string;
  readonly name: string;
  readonly hostUnit: string;
  readonly target: { readonly kind: "minimum" | "exact"; readonly percent: number };
  readonly function: string | null;
}

/** The fixture's indicators and targets, read from the JSON text: the oracle's plan, apart from src/domain. */
const FIXTURE_INDICATORS: readonly FixtureIndicator[] = (
  JSON.parse(readFileSync(FIXTURE, "utf8")) as { sections: { indicators: FixtureIndicator[] }[] }
).sections.flatMap((s) => s.indicators);
const TARGETS: ReadonlyMap<string, PlanTarget> = new Map(
  FIXTURE_INDICATORS.map((i) => [i.code, { kind: i.target.kind, fraction: i.target.percent / 100 }]),
);
const SHEET = "Phụ lục 2025";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kpi-plan-2025-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function workbookCli(argv: readonly string[]) {
  let out = "";
  let err = "";
  const code = await runWorkbookCli(argv, {
    cwd: dir,
    stdout: (text) => (out += `${text}\n`),
    stderr: (text) => (err += `${text}\n`),
    fs: fsPromises,
    build: writeStandaloneWorkbook,
    buildMonthly: writeMonthlyStandaloneWorkbook,
  });
  return { code, out, err };
}

async function checkCli(argv: readonly string[]) {
  let out = "";
  let err = "";
  const code = await runCheckCli(argv, {
    cwd: dir,
    stdout: (text) => (out += `${text}\n`),
    stderr: (text) => (err += `${text}\n`),
    fs: fsPromises,
  });
  return { code, out, err };
}

async function open(file: string): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load((await readFile(path.join(dir, file))) as unknown as ArrayBuffer);
  return book;
}

/** The cell a workbook name points to ("'Phụ lục 2025'!$H$18" → sheet and A1 address). */
function named(book: Workbook, name: string): { sheet: string; address: string } {
  const model = (book.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const range = model.find((n) => n.name === name)?.ranges[0];
  if (!range) throw new Error(`No name ${name}`);
  // A single cell, or the first cell of a range ("…!$D$8:$O$8").
  const match = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?[A-Z]+\$?\d+)?$/.exec(range)!;
  return { sheet: match[1].replace(/''/g, "'"), address: `${match[2]}${match[3]}` };
}

/** "H18" → 0-based row and column, as engines address cells. */
function position(address: string): { row: number; col: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, col };
}

/** What a formula cell holds after LibreOffice computed it. */
function computedResult(cell: Cell): unknown {
  return cell.result as unknown;
}

const nameOf = (code: string, part: string): string => `KPI_${code.replace(".", "_")}_${part}`;

type Case = readonly [b: OracleCell, a: OracleCell, target: OracleCell];

/** Cases around an indicator's target: both sides of the boundary, the other verdicts, a target typed over. */
function casesFor(target: PlanTarget): Case[] {
  const cases: Case[] = [];
  for (const a of [7, 400, 10_000, 999_999_937]) {
    const edge = Math.ceil(target.fraction * a);
    for (const b of [edge - 1, edge, Math.min(a, edge + 1), Math.floor(target.fraction * a - 0.00005 * a)]) {
      if (b >= 0 && b <= a) cases.push([b, a, null]);
    }
  }
  cases.push([null, null, null], [0, 0, null], [3, null, null], [5, 4, null], [-1, 4, null], [1.5, 4, null], ["x", 4, null]);
  cases.push([61, 100, 0.6], [59, 100, 0.6], [99, 100, "text"], [100, 100, 1], [40, 100, null]);
  return cases;
}

const CASES: ReadonlyMap<string, Case[]> = new Map([...TARGETS].map(([code, target]) => [code, casesFor(target)]));
const ROUNDS = Math.max(...[...CASES.values()].map((c) => c.length));
const caseOf = (code: string, round: number): Case => {
  const cases = CASES.get(code)!;
  return cases[round % cases.length];
};

describe("npm run workbook -- --plan kpi-plan-2025.json", () => {
  let book: Workbook;

  beforeAll(async () => {
    const result = await workbookCli(["--plan", FIXTURE, "--out", "PhuLuc-2025.xlsx", "--filled-by", "Phòng Thanh tra - Pháp chế"]);
    expect(result).toMatchObject({ code: 0, err: "" });
    book = await open("PhuLuc-2025.xlsx");
  });

  it("builds the 2025 table, in the plan's year, and carries the plan on a very hidden sheet", () => {
    expect(book.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual([SHEET]);
    const planSheet = book.getWorksheet("KPI_PLAN")!;
    expect(planSheet.state).toBe("veryHidden");
    const carried = JSON.parse(
      planSheet
        .getColumn(1)
        .values.slice(2)
        .filter((v): v is string => typeof v === "string")
        .join(""),
    ) as { year: number; sections: { indicators: { code: string }[] }[] };
    expect(carried.year).toBe(2025);
    expect(carried.sections.flatMap((s) => s.indicators.map((i) => i.code))).toEqual(FIXTURE_INDICATORS.map((i) => i.code));
  });

  it("has a row for every indicator of the plan, in its words, with its target, and none for the dropped one", () => {
    const sheet = book.getWorksheet(SHEET)!;
    for (const indicator of FIXTURE_INDICATORS) {
      const target = named(book, nameOf(indicator.code, "TARGET"));
      expect(target.sheet).toBe(SHEET);
      const row = sheet.getCell(target.address).row;
      expect(String(sheet.getCell(row, 2).value).split("\n")[0]).toBe(indicator.name);
      expect(sheet.getCell(target.address).value).toBe(indicator.target.percent / 100);
    }
    const names = (book.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
    expect(names).toContain("KPI_I_4_B");
    expect(names).not.toContain("KPI_III_5_B");
    // The renamed unit: in the table, and as the "Đơn vị nhập số liệu" cell.
    expect(book.getWorksheet(SHEET)!.getCell(named(book, "KPI_FILLED_BY").address).value).toBe("Phòng Thanh tra - Pháp chế");
  });

  it("refuses a unit of the built-in plan that the 2025 plan renamed, and a bad plan file, writing nothing", async () => {
    const renamed = await workbookCli(["--plan", FIXTURE, "--out", "a.xlsx", "--filled-by", "Thanh tra Sở"]);
    expect(renamed.code).toBe(2);
    expect(renamed.err).toContain("Phòng Thanh tra - Pháp chế");
    await writeFile(path.join(dir, "bad.json"), JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE, "utf8")), year: "2025" }));
    const bad = await workbookCli(["--plan", "bad.json", "--out", "b.xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("year");
    expect(bad.err).toContain("npm run plan -- --check bad.json");
    expect(existsSync(path.join(dir, "a.xlsx"))).toBe(false);
    expect(existsSync(path.join(dir, "b.xlsx"))).toBe(false);
  });

  describe("its native formulas agree with the oracle, the targets read from the fixture", () => {
    /** The appendix with every case of one round typed in, as raw contents for an engine. */
    function roundGrid(round: number): RawCellContent[][] {
      const sheet = book.getWorksheet(SHEET)!;
      const grid: RawCellContent[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const value = cell.value as { formula?: string } | string | number | boolean | null;
          const formula = cell.formula || (value !== null && typeof value === "object" ? value.formula : undefined);
          (grid[r - 1] ??= [])[c - 1] = formula ? `=${formula}` : typeof value === "object" && value !== null ? null : raw(value);
        });
      });
      for (const indicator of FIXTURE_INDICATORS) {
        const [b, a, target] = caseOf(indicator.code, round);
        for (const [part, value] of [["B", b], ["A", a], ["TARGET", target ?? indicator.target.percent / 100]] as const) {
          const { address } = named(book, nameOf(indicator.code, part));
          const { row, col } = position(address);
          (grid[row] ??= [])[col] = raw(value as string | number | boolean | null);
        }
      }
      return Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
    }

    it("under HyperFormula, for every case of every indicator", () => {
      let compared = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const hf = HyperFormula.buildFromSheets({ [SHEET]: roundGrid(round) }, ENGINE_CONFIG);
        try {
          const sheetId = hf.getSheetId(SHEET)!;
          const at = (name: string): Shown => {
            return shown(hf.getCellValue({ sheet: sheetId, ...position(named(book, name).address) }));
          };
          for (const indicator of FIXTURE_INDICATORS) {
            const [b, a, targetCell] = caseOf(indicator.code, round);
            const plan = TARGETS.get(indicator.code)!;
            const expected = { verdict: verdict(b, a, targetCell, plan), result: shownResult(b, a, targetCell, plan) };
            const context = { code: indicator.code, b, a, targetCell };
            const result = at(nameOf(indicator.code, "RESULT"));
            expect({ ...context, verdict: at(nameOf(indicator.code, "VERDICT")) }).toEqual({ ...context, verdict: expected.verdict });
            if (typeof expected.result === "number") {
              expect({ ...context, close: typeof result === "number" && Math.abs(result - expected.result) <= 1e-12 }).toEqual({ ...context, close: true });
            } else {
              expect({ ...context, result }).toEqual({ ...context, result: "" });
            }
            compared++;
          }
        } finally {
          hf.destroy();
        }
      }
      expect(compared).toBe(ROUNDS * FIXTURE_INDICATORS.length);
    });

    const SOFFICE = findSoffice();
    (SOFFICE ? it : it.skip)(
      "under LibreOffice Calc, and `npm run check` of the same files agrees",
      async () => {
        // Three rounds of cases, one file each, recalculated in one LibreOffice run.
        const rounds = [0, 1, 2, 3, 4, 5].filter((r) => r < ROUNDS);
        const inputs: string[] = [];
        for (const round of rounds) {
          const filled = await open("PhuLuc-2025.xlsx");
          const sheet = filled.getWorksheet(SHEET)!;
          for (const indicator of FIXTURE_INDICATORS) {
            const [b, a, target] = caseOf(indicator.code, round);
            sheet.getCell(named(filled, nameOf(indicator.code, "B")).address).value = b as CellValue;
            sheet.getCell(named(filled, nameOf(indicator.code, "A")).address).value = a as CellValue;
            if (target !== null) sheet.getCell(named(filled, nameOf(indicator.code, "TARGET")).address).value = target as CellValue;
          }
          const input = path.join(dir, "lo", `round-${round}.xlsx`);
          await fsPromises.mkdir(path.dirname(input), { recursive: true });
          await filled.xlsx.writeFile(input);
          inputs.push(input);
        }
        const outputs = await withFreshProfile((profile) => convertWithLibreOffice(SOFFICE!, profile, inputs, "xlsx", path.join(dir, "lo-out")));
        for (const [n, output] of outputs.entries()) {
          const round = rounds[n];
          const computed = new Workbook();
          await computed.xlsx.load((await readFile(output)) as unknown as ArrayBuffer);
          const sheet = computed.getWorksheet(SHEET)!;
          const resultOf = (name: string): unknown => {
            const value = computedResult(sheet.getCell(named(book, name).address));
            return value === undefined || value === null ? "" : value;
          };
          const check = JSON.parse((await checkCli([inputs[n], "--json"])).out) as { indicators: { code: string; verdict?: string }[] };
          const checkWords: Record<string, string> = { pass: "Đạt", fail: "Không đạt", notApplicable: "Không phát sinh", noData: "Chưa có số liệu", invalid: "Số liệu không hợp lệ" };
          for (const indicator of FIXTURE_INDICATORS) {
            const [b, a, targetCell] = caseOf(indicator.code, round);
            const plan = TARGETS.get(indicator.code)!;
            const expected = verdict(b, a, targetCell, plan);
            const context = { code: indicator.code, b, a, targetCell };
            expect({ ...context, verdict: resultOf(nameOf(indicator.code, "VERDICT")) }).toEqual({ ...context, verdict: expected });
            const result = resultOf(nameOf(indicator.code, "RESULT"));
            const expectedResult = shownResult(b, a, targetCell, plan);
            const close = typeof expectedResult === "number" ? typeof result === "number" && Math.abs(result - expectedResult) <= Math.abs(expectedResult) * 1e-14 : result === "";
            expect({ ...context, result, close }).toEqual({ ...context, result, close: true });
            // The file check judges the same file by the plan it carries: the same verdict.
            const status = check.indicators.find((i) => i.code === indicator.code)!;
            expect({ ...context, check: status.verdict ? checkWords[status.verdict] : undefined }).toEqual({ ...context, check: expected });
          }
        }
      },
      180_000,
    );
  });
});

describe("npm run check judges a file by the plan it carries", () => {
  /** A file made with `plan` (or the built-in plan), its plan sheet replaced by `column` (null: removed). */
  async function variant(file: string, planArgs: readonly string[], column?: readonly string[] | null): Promise<string> {
    expect((await workbookCli([...planArgs, "--out", file, "--force"])).code).toBe(0);
    if (column === undefined) return file;
    const book = await open(file);
    const sheet = book.getWorksheet("KPI_PLAN")!;
    book.removeWorksheet(sheet.id);
    if (column) {
      const again = book.addWorksheet("KPI_PLAN", { state: "veryHidden" });
      column.forEach((text, i) => (again.getCell(i + 1, 1).value = text));
    }
    await book.xlsx.writeFile(path.join(dir, file));
    return file;
  }

  it("embedded: a blank 2025 file is judged by the 2025 plan (no error: exit 0), its renamed unit summed", async () => {
    const file = await variant("e-2025.xlsx", ["--plan", FIXTURE]);
    const result = await checkCli([file, "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { summary: { total: number; errors: number; byHostUnit: { unit: string }[] }; indicators: { code: string }[] };
    expect(report.summary.errors).toBe(0);
    expect(report.summary.total).toBe(FIXTURE_INDICATORS.length);
    expect(report.indicators.map((i) => i.code)).toEqual(FIXTURE_INDICATORS.map((i) => i.code));
    expect(report.summary.byHostUnit.map((u) => u.unit)).toContain("Phòng Thanh tra - Pháp chế");
    // The same file with --plan naming the plan it carries: the same.
    expect((await checkCli([file, "--plan", FIXTURE])).code).toBe(0);
  });

  it("none: an older file without a plan sheet is judged by the built-in plan, or by --plan", async () => {
    const file = await variant("none-2024.xlsx", [], null);
    expect((await checkCli([file])).code).toBe(0);
    expect((await checkCli([file, "--plan", BUILTIN_FILE])).code).toBe(0);
    // Judged by the 2025 plan, the 2024 table misses I.4 and has the old targets: errors (exit 1).
    const by2025 = await checkCli([file, "--plan", FIXTURE, "--json"]);
    expect(by2025.code).toBe(1);
    const kinds = (JSON.parse(by2025.out) as { findings: { kind: string; code: string | null }[] }).findings;
    expect(kinds).toContainEqual(expect.objectContaining({ kind: "rowMissing", code: "I.4" }));
    expect(kinds).toContainEqual(expect.objectContaining({ kind: "targetChanged", code: "I.1" }));
  });

  it("damaged: exit 2, the plan in this workbook is unreadable, with its problems; nothing judged", async () => {
    const file = await variant("damaged.xlsx", ["--plan", FIXTURE], ["KPI plan file v1 (do not edit)", '{"format": 1, "year": '] );
    const result = await checkCli([file]);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toContain("The plan in this workbook damaged.xlsx (hidden sheet KPI_PLAN) is unreadable");
    expect(result.err).toContain("Kế hoạch trong sổ damaged.xlsx");
    expect(result.err).not.toContain("Đạt");
    const marker = await variant("no-marker.xlsx", ["--plan", FIXTURE], ["something else"]);
    expect((await checkCli([marker, "--json"])).code).toBe(2);
    expect(JSON.parse((await checkCli([marker, "--json"])).out).error.kind).toBe("planUnreadable");
  });

  it("another plan: a file carrying the 2025 plan checked with --plan of the 2024 plan is refused (exit 2)", async () => {
    const file = await variant("other.xlsx", ["--plan", FIXTURE]);
    const result = await checkCli([file, "--plan", BUILTIN_FILE]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("was made for the 2025 plan (No. 05/KH-SDL)");
    expect(result.err).toContain("drop --plan");
  });
});

describe("npm run consolidate of 2025 monthly files", () => {
  async function consolidateCli(argv: readonly string[]) {
    let out = "";
    let err = "";
    const code = await runConsolidateCli(argv, {
      cwd: dir,
      stdout: (text) => (out += `${text}\n`),
      stderr: (text) => (err += `${text}\n`),
      fs: fsPromises,
      now: () => "2025-04-06T02:00:00.000Z",
    });
    return { code, out, err };
  }

  /** A unit's 2025 monthly file with b and a of its indicators typed into months 1–3, found by the file's own names. */
  async function unitFile(file: string, unit: string, figure: (code: string, month: number) => [number, number]): Promise<void> {
    expect((await workbookCli(["--plan", FIXTURE, "--period", "Quý I", "--filled-by", unit, "--out", file, "--force"])).code).toBe(0);
    const book = await open(file);
    for (const indicator of FIXTURE_INDICATORS.filter((i) => i.hostUnit === unit)) {
      for (const [part, index] of [["B", 0], ["A", 1]] as const) {
        const { sheet, address } = named(book, `KPI_M_${indicator.code.replace(".", "_")}_${part}`);
        const { row, col } = position(address);
        for (let month = 1; month <= 3; month++) book.getWorksheet(sheet)!.getRow(row + 1).getCell(col + month).value = figure(indicator.code, month)[index];
      }
    }
    await book.xlsx.writeFile(path.join(dir, file));
  }

  it("merges the units' figures into a workbook that carries the 2025 plan, the added I.4 and the renamed unit's included", async () => {
    const figure = (code: string, month: number): [number, number] => [code === "I.4" ? 80 + month : 90 + month, 100];
    await unitFile("PQLDL-2025.xlsx", "Phòng Quản lý Du lịch", figure);
    await unitFile("VPS-2025.xlsx", "Văn phòng Sở", figure);
    await unitFile("TTPC-2025.xlsx", "Phòng Thanh tra - Pháp chế", figure);
    const result = await consolidateCli(["--out", "TongHop-2025.xlsx", "--period", "Quý I", "PQLDL-2025.xlsx", "VPS-2025.xlsx", "TTPC-2025.xlsx"]);
    expect(result).toMatchObject({ code: 0, err: "" });
    const check = await checkCli(["TongHop-2025.xlsx", "--json"]);
    const report = JSON.parse(check.out) as { indicators: { code: string; verdict?: string; numerator?: number; denominator?: number }[] };
    expect(report.indicators.map((i) => i.code)).toEqual(FIXTURE_INDICATORS.map((i) => i.code));
    // Quý I: b = 81 + 82 + 83 of a = 300 for I.4 (80%: pass), 276/300 elsewhere, judged by 2025's targets.
    for (const indicator of FIXTURE_INDICATORS) {
      const status = report.indicators.find((i) => i.code === indicator.code)!;
      const b = indicator.code === "I.4" ? 246 : 276;
      const expected = verdict([[b]], [[300]], null, TARGETS.get(indicator.code)!);
      expect({ code: indicator.code, numerator: status.numerator, denominator: status.denominator }).toEqual({ code: indicator.code, numerator: b, denominator: 300 });
      expect({ code: indicator.code, verdict: status.verdict }).toEqual({ code: indicator.code, verdict: { "Đạt": "pass", "Không đạt": "fail" }[expected as "Đạt" | "Không đạt"] });
    }
    const carried = await open("TongHop-2025.xlsx");
    expect(carried.getWorksheet("KPI_PLAN")?.state).toBe("veryHidden");
  });

  it("refuses a file made for the built-in 2024 plan among 2025 files (exit 2, nothing written), and a --plan the files do not carry", async () => {
    await unitFile("PQLDL-2025.xlsx", "Phòng Quản lý Du lịch", () => [1, 1]);
    expect((await workbookCli(["--period", "Quý I", "--filled-by", "Văn phòng Sở", "--out", "VPS-2024.xlsx", "--force"])).code).toBe(0);
    const mixed = await consolidateCli(["--out", "Mixed.xlsx", "PQLDL-2025.xlsx", "VPS-2024.xlsx"]);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain("VPS-2024.xlsx was made for the 2024 plan");
    expect(mixed.err).toContain("figures of two different plans are never merged");
    expect(existsSync(path.join(dir, "Mixed.xlsx"))).toBe(false);
    const stated = await consolidateCli(["--out", "Mixed.xlsx", "--plan", BUILTIN_FILE, "PQLDL-2025.xlsx"]);
    expect(stated.code).toBe(2);
    expect(stated.err).toContain("PQLDL-2025.xlsx was made for the 2025 plan (No. 05/KH-SDL)");
    expect(existsSync(path.join(dir, "Mixed.xlsx"))).toBe(false);
  });
});
