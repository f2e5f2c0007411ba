/**
 * The help panel's data and the function documentation (src/domain/functionHelp.ts).
 */
import { cellAddress } from "../../src/domain/layout/a1";
import { COLUMNS, appendixRows } from "../../src/domain/layout/appendixLayout";
import { INDICATORS } from "../../src/domain/catalog";
import { formatPercent, functionDocs, functionHelp, targetText } from "../../src/domain/functionHelp";
import { KPI_FUNCTIONS } from "../../src/domain/kpiFunctions";
import { functionsEn } from "../../src/i18n/en/functions";
import { functionsVi, type FunctionStrings } from "../../src/i18n/vi/functions";

/** Every leaf string of a strings object, with its path. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  return Object.entries(value as object).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
}

describe.each([["vi"], ["en"]] as const)("functionHelp(%s)", (language) => {
  const help = functionHelp(language);

  test("lists every function with a name, an example and a note", () => {
    expect(help.map((h) => h.id)).toEqual(KPI_FUNCTIONS.map((f) => f.id));
    for (const entry of help) {
      expect(entry.name).toBe(`KPI.${entry.id}`);
      expect(entry.example.startsWith(`=${entry.name}(`)).toBe(true);
      expect(entry.exampleNote.length).toBeGreaterThan(10);
      expect(entry.description.length).toBeGreaterThan(10);
      expect(entry.title.length).toBeGreaterThan(3);
      expect(entry.exampleNote).not.toMatch(/\{\w+\}/);
      expect(entry.description).not.toMatch(/\{\w+\}/);
      for (const p of entry.parameters) expect(p.description).not.toMatch(/\{\w+\}/);
    }
  });

  test("each indicator's entry names its code, target and what b and a count", () => {
    const strings: FunctionStrings = language === "vi" ? functionsVi : functionsEn;
    for (const indicator of INDICATORS) {
      const entry = help.find((h) => h.indicatorCode === indicator.code)!;
      expect(entry.id).toBe(indicator.functionName);
      // The example points at the indicator's own b and a on the appendix.
      const row = appendixRows().indicators.get(indicator.code)!;
      const [b, a] = [COLUMNS.numerator, COLUMNS.denominator].map((column) => cellAddress(row, column));
      expect(entry.example).toBe(`=KPI.${indicator.functionName}(${b},${a})`);
      expect(entry.exampleNote.startsWith(`${b}: `)).toBe(true);
      expect(entry.description).toContain(targetText(indicator.target, language));
      expect(entry.description.startsWith(`${indicator.code} ${strings.indicators[indicator.code].shortName}.`)).toBe(true);
      expect(entry.parameters[0].description).toContain(strings.indicators[indicator.code].numerator);
      expect(entry.parameters[1].description).toContain(strings.indicators[indicator.code].denominator);
      expect(entry.exampleNote).toContain(strings.indicators[indicator.code].numerator);
    }
  });

  test("examples of RATIO, TARGET and STATUS", () => {
    const example = (id: string) => help.find((h) => h.id === id)!.example;
    expect(example("RATIO")).toBe("=KPI.RATIO(B5:M5,B6:M6)");
    expect(example("TARGET")).toBe('=KPI.TARGET("IV.1")');
    const row = appendixRows().indicators.get("IV.1")!;
    const [b, a, target] = [COLUMNS.numerator, COLUMNS.denominator, COLUMNS.target].map((column) => cellAddress(row, column));
    expect(example("STATUS")).toBe(`=KPI.STATUS("IV.1",${b},${a},${target})`);
    expect(help.find((h) => h.id === "STATUS")!.exampleNote).toContain(`${b}`);
    expect(help.find((h) => h.id === "STATUS")!.parameters.map((p) => p.optional)).toEqual([false, false, false, true]);
  });
});

describe("targets in words", () => {
  test.each([
    [{ kind: "minimum", fraction: 0.95 } as const, "vi", "tối thiểu 95%"],
    [{ kind: "minimum", fraction: 0.95 } as const, "en", "at least 95%"],
    [{ kind: "exact", fraction: 1 } as const, "vi", "100%"],
    [{ kind: "minimum", fraction: 0.925 } as const, "vi", "tối thiểu 92,5%"],
    [{ kind: "minimum", fraction: 0.925 } as const, "en", "at least 92.5%"],
  ])("%p in %s", (target, language, text) => {
    expect(targetText(target, language as "vi" | "en")).toBe(text);
  });
  test("formatPercent", () => {
    expect(formatPercent(0.45, "vi")).toBe("45%");
    expect(formatPercent(0.9499, "en")).toBe("94.99%");
  });
});

describe("the strings", () => {
  test("English has every Vietnamese string, with the same placeholders", () => {
    const vi = new Map(leaves(functionsVi));
    const en = new Map(leaves(functionsEn));
    expect([...en.keys()]).toEqual([...vi.keys()]);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [path, text] of vi) {
      expect([path, placeholders(en.get(path)!)]).toEqual([path, placeholders(text)]);
      expect(en.get(path)!.trim()).not.toBe("");
    }
  });

  test("descriptions stay short enough for Excel's tooltips (≤ 255 characters)", () => {
    for (const language of ["vi", "en"] as const) {
      for (const doc of functionDocs(language)) {
        expect(doc.description.length).toBeLessThanOrEqual(255);
        for (const p of doc.parameters) expect(p.description.length).toBeLessThanOrEqual(255);
      }
    }
  });
});
