/**
 * Holds the indicator catalog against the plan's own text (test/fixtures/plan-2024.txt, a copy of
 * the seed document): names, units, targets and legal bases must be the plan's words exactly.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  HOST_UNITS,
  INDICATORS,
  SECTIONS,
  findIndicator,
  indicatorFullName,
  planTargetText,
} from "../../src/domain/catalog";

const planText = readFileSync(join(__dirname, "../fixtures/plan-2024.txt"), "utf8");
const appendix = planText.slice(planText.indexOf("**PHỤ LỤC**"));

const stripTags = (s: string): string => s.replace(/<\/?[bi]>/g, "").replace(/\s+/g, " ").trim();

/** The appendix's table rows: each a list of tab-separated cells with the markup removed. */
const tableRows = appendix
  .split("\n")
  .filter((line) => line.includes("\t"))
  .map((line) => line.split("\t").map(stripTags));

/** Section headings ("I", "II …") and indicator rows ("1", "2", …), in the plan's order. */
const sectionRows = tableRows.filter((cells) => /^(I|II|III|IV|V)\b/.test(cells[0]) && cells[0] !== "");
const indicatorRows = tableRows.filter((cells) => /^\d+$/.test(cells[0]));

describe("the fixture is the plan's text", () => {
  const seedDir = join(__dirname, "../../../shared/seed");
  (existsSync(seedDir) ? it : it.skip)("matches ../shared/seed when that folder is present", () => {
    const seed = readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), "utf8"));
    expect(seed).toContain(planText);
  });
});

describe("catalog against the plan's appendix", () => {
  it("has the plan's 5 sections and 11 indicators in order", () => {
    expect(SECTIONS.map((s) => s.id)).toEqual(["I", "II", "III", "IV", "V"]);
    expect(INDICATORS.map((i) => i.code)).toEqual([
      "I.1", "I.2", "I.3", "II.1", "III.1", "III.2", "III.3", "III.4", "III.5", "IV.1", "V.1",
    ]);
    expect(sectionRows).toHaveLength(5);
    expect(indicatorRows).toHaveLength(11);
  });

  it("copies each section title exactly", () => {
    SECTIONS.forEach((section, index) => {
      const cells = sectionRows[index];
      const text = stripTags(cells.join(" "));
      expect(text).toBe(`${section.id} ${section.title}`);
    });
  });

  it.each(INDICATORS.map((indicator, index) => [indicator.code, indicator, index] as const))(
    "%s: STT, name, units, target and legal basis are the plan's words",
    (_code, indicator, index) => {
      const [stt, name, host, partners, unit, target, basis] = indicatorRows[index];
      expect(Number(stt)).toBe(indicator.stt);
      expect(name).toBe(stripTags(indicatorFullName(indicator)));
      expect(host).toBe(indicator.hostUnit);
      expect(partners).toBe(indicator.partnerUnits);
      expect(unit).toBe(indicator.unit);
      expect(target).toBe(planTargetText(indicator.target));
      expect(basis).toBe(indicator.legalBasis);
    },
  );

  it("reads targets as fractions with their kind", () => {
    const targets = Object.fromEntries(INDICATORS.map((i) => [i.code, [i.target.kind, i.target.fraction]]));
    expect(targets).toEqual({
      "I.1": ["minimum", 0.45],
      "I.2": ["minimum", 0.5],
      "I.3": ["minimum", 0.8],
      "II.1": ["minimum", 0.9],
      "III.1": ["exact", 1],
      "III.2": ["minimum", 0.5],
      "III.3": ["exact", 1],
      "III.4": ["exact", 1],
      "III.5": ["minimum", 0.9],
      "IV.1": ["minimum", 0.95],
      "V.1": ["exact", 1],
    });
  });

  it("names the host units of the domain notes", () => {
    expect(HOST_UNITS).toEqual(["Phòng Quản lý Du lịch", "Văn phòng Sở", "Thanh tra Sở"]);
    const byHost = (unit: string): string[] => INDICATORS.filter((i) => i.hostUnit === unit).map((i) => i.code);
    expect(byHost("Văn phòng Sở")).toEqual(["II.1", "III.3", "V.1"]);
    expect(byHost("Thanh tra Sở")).toEqual(["III.4"]);
  });

  it("gives every indicator a distinct KPI function name, found by code or name", () => {
    const names = INDICATORS.map((i) => i.functionName);
    expect(new Set(names).size).toBe(11);
    for (const indicator of INDICATORS) {
      expect(findIndicator(indicator.code)).toBe(indicator);
      expect(findIndicator(` ${indicator.functionName!.toLowerCase()} `)).toBe(indicator);
    }
    expect(findIndicator("VI.1")).toBeUndefined();
  });
});
