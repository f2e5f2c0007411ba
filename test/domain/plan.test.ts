/**
 * The plan file: the built-in 2024 plan is a valid file (by the add-in's validator and by the JSON
 * Schema), equal to the catalog the plan's text holds; a plan round-trips through planToFile; and
 * every kind of bad file is refused with the field's path, in Vietnamese and English, by both the
 * validator and (where a schema can say it) the schema.
 */
import Ajv from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { INDICATORS, SECTIONS } from "../../src/domain/catalog";
import { functionHelp } from "../../src/domain/functionHelp";
import builtin from "../../src/domain/plan/kpi-plan-2024.json";
import schema from "../../src/domain/plan/kpi-plan.schema.json";
import { PLAN_SHEET_MARKER, planSheetColumn, readEmbeddedPlan } from "../../src/domain/plan/embeddedPlan";
import { planFromFile, planToFile } from "../../src/domain/plan/plan";
import type { PlanFile } from "../../src/domain/plan/planFile";
import { describePlanProblem, parsePlanFileText, validatePlanFile, type PlanProblemKind } from "../../src/domain/plan/validatePlan";
import { planEn } from "../../src/i18n/en/plan";
import { planVi } from "../../src/i18n/vi/plan";

const schemaCheck = new Ajv({ allErrors: true }).compile(schema);
const plan2025Text = readFileSync(join(__dirname, "../fixtures/kpi-plan-2025.json"), "utf8");

/** A deep copy of the built-in file to break. */
const copy = (): Record<string, unknown> => JSON.parse(JSON.stringify(builtin)) as Record<string, unknown>;
type Mutable = Record<string, unknown> & { sections: { indicators: Record<string, unknown>[] }[] };

describe("the built-in plan file", () => {
  it("is valid by the validator and by the JSON Schema", () => {
    expect(validatePlanFile(builtin)).toMatchObject({ ok: true });
    expect(schemaCheck(builtin)).toBe(true);
  });

  it("is the catalog the plan's text holds (test/domain/catalog.test.ts), word for word", () => {
    const plan = planFromFile(builtin as PlanFile);
    expect(plan.sections.map((s) => [s.id, s.title])).toEqual(SECTIONS.map((s) => [s.id, s.title]));
    expect(plan.indicators).toEqual(INDICATORS);
  });

  it("carries the words of the pane and the function help (what b and a count) in both languages", () => {
    // The plan file is the one place of these words: the function help is built from them.
    const help = { vi: functionHelp("vi"), en: functionHelp("en") };
    for (const indicator of planFromFile(builtin as PlanFile).indicators) {
      for (const language of ["vi", "en"] as const) {
        const words = indicator.words[language];
        for (const text of Object.values(words)) expect(text.trim()).not.toBe("");
        const entry = help[language].find((e) => e.indicatorCode === indicator.code)!;
        expect(entry.description).toContain(words.shortName);
        expect(entry.parameters[0].description).toContain(words.numerator);
        expect(entry.parameters[1].description).toContain(words.denominator);
      }
      expect(indicator.words.en.shortName).not.toBe(indicator.words.vi.shortName);
    }
  });

  it("round-trips: a plan written back to a file is the same file", () => {
    const { $schema: _s, ...file } = builtin as PlanFile;
    expect(planToFile(planFromFile(builtin as PlanFile))).toEqual(file);
  });
});

describe("the 2025 fixture plan", () => {
  it("is valid: targets raised, one indicator added without a function, one dropped, one unit renamed", () => {
    const result = parsePlanFileText(plan2025Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = planFromFile(result.file);
    expect(plan.year).toBe(2025);
    expect(plan.indicators).toHaveLength(11);
    expect(plan.indicators.find((i) => i.code === "I.4")).toMatchObject({ functionName: null, target: { kind: "minimum", fraction: 0.8 } });
    expect(plan.hostUnits).toContain("Phòng Thanh tra - Pháp chế");
    expect(schemaCheck(JSON.parse(plan2025Text))).toBe(true);
  });
});

describe("bad plan files are refused with the field's path", () => {
  const cases: readonly [string, (f: Mutable) => void, PlanProblemKind, string, boolean][] = [
    // [what, break it, kind, path, the schema can say it too]
    ["an unknown field", (f) => (f.colour = "red"), "unknownField", "colour", true],
    ["an unknown field in an indicator", (f) => (f.sections[0].indicators[1].tagret = 1), "unknownField", "sections[0].indicators[1].tagret", true],
    ["a missing field", (f) => delete f.sections[1].indicators[0].legalBasis, "missing", "sections[1].indicators[0].legalBasis", true],
    ["a duplicate code", (f) => (f.sections[0].indicators[2].code = "I.1"), "duplicateCode", "sections[0].indicators[2].code", false],
    ["a code outside its section", (f) => (f.sections[0].indicators[2].code = "II.9"), "codeOutsideSection", "sections[0].indicators[2].code", false],
    ["a malformed code", (f) => (f.sections[0].indicators[0].code = "1.1"), "badCode", "sections[0].indicators[0].code", true],
    ["a target above 100%", (f) => (f.sections[3].indicators[0].target = { kind: "minimum", percent: 105 }), "targetOutOfRange", "sections[3].indicators[0].target.percent", true],
    ["a negative target", (f) => (f.sections[3].indicators[0].target = { kind: "minimum", percent: -1 }), "targetOutOfRange", "sections[3].indicators[0].target.percent", true],
    ["a target written as text", (f) => (f.sections[3].indicators[0].target = { kind: "minimum", percent: "95%" }), "targetOutOfRange", "sections[3].indicators[0].target.percent", true],
    ["an unknown target kind", (f) => (f.sections[3].indicators[0].target = { kind: "maximum", percent: 5 }), "badTargetKind", "sections[3].indicators[0].target.kind", true],
    ["a function that does not exist", (f) => (f.sections[0].indicators[0].function = "PAYMENTS"), "unknownFunction", "sections[0].indicators[0].function", true],
    ["a function used twice", (f) => (f.sections[0].indicators[1].function = "PAYMENT"), "duplicateFunction", "sections[0].indicators[1].function", false],
    ["a host unit not in the unit list", (f) => (f.sections[1].indicators[0].hostUnit = "Phòng Tổ chức"), "unknownHostUnit", "sections[1].indicators[0].hostUnit", false],
    ["a year out of range", (f) => (f.year = 24), "badYear", "year", true],
    ["a date in another format", (f) => (f.plan = { title: "x", number: null, date: "05/01/2025" }), "badDate", "plan.date", true],
    ["an empty name", (f) => (f.sections[0].indicators[0].name = "  "), "empty", "sections[0].indicators[0].name", true],
    ["another unit than %", (f) => (f.sections[0].indicators[0].unit = "hồ sơ"), "badUnit", "sections[0].indicators[0].unit", true],
    ["no sections", (f) => (f.sections = []), "empty", "sections", true],
    ["a list where a text belongs", (f) => (f.issuingBody = ["Sở"]), "wrongType", "issuingBody", true],
    ["another format version", (f) => (f.format = 2), "badFormatVersion", "format", true],
  ];

  it.each(cases)("%s", (_what, breakIt, kind, path, schemaSaysSo) => {
    const file = copy() as Mutable;
    breakIt(file);
    const result = validatePlanFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ kind, path }));
    // The schema agrees wherever it can express the rule.
    expect(schemaCheck(file)).toBe(!schemaSaysSo);
    for (const problem of result.problems) {
      for (const strings of [planVi, planEn]) {
        const text = describePlanProblem(problem, strings);
        expect(text).not.toMatch(/\{\w+\}/);
        if (problem.path !== "") expect(text.startsWith(`${problem.path}: `)).toBe(true);
      }
    }
  });

  it("says in Vietnamese what is wrong and what to do, then in English", () => {
    const file = copy() as Mutable;
    file.sections[3].indicators[0].target = { kind: "minimum", percent: 105 };
    const result = validatePlanFile(file);
    if (result.ok) throw new Error("accepted");
    expect(describePlanProblem(result.problems[0], planVi)).toBe(
      "sections[3].indicators[0].target.percent: chỉ tiêu phải là số phần trăm từ 0 đến 100 (đang là 105).",
    );
    expect(describePlanProblem(result.problems[0], planEn)).toBe(
      "sections[3].indicators[0].target.percent: the target must be a percentage from 0 to 100 (is 105).",
    );
  });

  it("refuses malformed JSON with its position, and a file that is not an object", () => {
    const malformed = parsePlanFileText('{"format": 1,, }');
    expect(malformed).toMatchObject({ ok: false, problems: [{ kind: "malformedJson", path: "" }] });
    expect(parsePlanFileText("[1, 2]")).toMatchObject({ ok: false, problems: [{ kind: "notObject" }] });
    // A byte-order mark (Notepad's UTF-8) is fine.
    expect(parsePlanFileText(`\uFEFF${JSON.stringify(builtin)}`).ok).toBe(true);
  });

  it("lists every problem of a file, not only the first", () => {
    const file = copy() as Mutable;
    file.year = "2025";
    file.sections[0].indicators[0].function = "X";
    file.sections[2].indicators[4].hostUnit = "Y";
    const result = validatePlanFile(file);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      "year",
      "sections[0].indicators[0].function",
      "sections[2].indicators[4].hostUnit",
    ]);
  });
});

describe("the plan a workbook carries (its hidden plan sheet)", () => {
  const plan2025 = planFromFile((parsePlanFileText(plan2025Text) as { ok: true; file: PlanFile }).file);

  it("round-trips through the sheet's column, in chunks a cell can hold", () => {
    const column = planSheetColumn(plan2025);
    expect(column[0]).toBe(PLAN_SHEET_MARKER);
    expect(column.every((cell) => cell.length <= 32_767)).toBe(true);
    expect(readEmbeddedPlan(column)).toEqual({ kind: "plan", plan: plan2025 });
    // A long plan spreads over several cells and still reads back whole.
    const basis = "Căn cứ ".repeat(270).trim(); // under the 2,000 characters a field may hold
    const long = { ...plan2025, indicators: [], sections: plan2025.sections.map((s) => ({ ...s, indicators: s.indicators.map((i) => ({ ...i, legalBasis: basis, name: basis })) })) };
    const longColumn = planSheetColumn({ ...long, indicators: long.sections.flatMap((s) => s.indicators) });
    expect(longColumn.length).toBeGreaterThanOrEqual(3);
    const read = readEmbeddedPlan(longColumn);
    expect(read.kind).toBe("plan");
    expect(read.kind === "plan" ? read.plan.indicators.every((i) => i.legalBasis === basis) : false).toBe(true);
    // Wherever a chunk would start with what a spreadsheet reads as a formula, the cut moves: every cell stays text.
    const signed = (i: (typeof plan2025.indicators)[number]) => ({ ...i, name: "=+-@".repeat(480), legalBasis: "@-+=".repeat(480) });
    const signs = { ...plan2025, indicators: plan2025.indicators.map(signed), sections: plan2025.sections.map((s) => ({ ...s, indicators: s.indicators.map(signed) })) };
    const signColumn = planSheetColumn(signs);
    expect(signColumn.length).toBeGreaterThanOrEqual(3);
    expect(signColumn.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(readEmbeddedPlan(signColumn)).toMatchObject({ kind: "plan" });
  });

  it("is none without a plan sheet (an older workbook: the built-in plan applies)", () => {
    expect(readEmbeddedPlan(null)).toEqual({ kind: "none" });
  });

  it("is damaged, never silently replaced, when the sheet was edited", () => {
    const column = planSheetColumn(plan2025);
    expect(readEmbeddedPlan(["something else", ...column.slice(1)])).toMatchObject({ kind: "damaged", problems: [{ kind: "unreadablePlanSheet" }] });
    const cut = [column[0], column[1].slice(0, 100)];
    const damaged = readEmbeddedPlan(cut);
    expect(damaged).toMatchObject({ kind: "damaged", problems: [{ kind: "malformedJson" }] });
    const edited = JSON.parse(column.slice(1).join("")) as Mutable;
    edited.sections[0].indicators[0].target = { kind: "minimum", percent: 450 };
    expect(readEmbeddedPlan([column[0], JSON.stringify(edited)])).toMatchObject({
      kind: "damaged",
      problems: [{ kind: "targetOutOfRange", path: "sections[0].indicators[0].target.percent" }],
    });
    if (damaged.kind === "damaged") expect(describePlanProblem({ kind: "unreadablePlanSheet", path: "", params: { where: "KPI_PLAN" } }, planVi)).toContain("KPI_PLAN");
  });
});
