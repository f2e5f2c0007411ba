/**
 * The plain appendix (no monthly option) must stay exactly as it was before monthly reporting:
 * other parts of the add-in build on it. The fixture was generated from the code before the
 * monthly option existed; regenerate it (UPDATE_APPENDIX_FIXTURE=1) only for a deliberate change
 * of the plain appendix or of the native formulas it embeds.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildAppendixLayout, DEFAULT_APPENDIX_OPTIONS, type AppendixOptions } from "../../src/domain/layout/appendixLayout";

const FIXTURE = join(__dirname, "__fixtures__", "appendix-default.json");

const VARIANTS: Readonly<Record<string, AppendixOptions>> = {
  kpi: DEFAULT_APPENDIX_OPTIONS,
  native: { ...DEFAULT_APPENDIX_OPTIONS, formulas: "native" },
  custom: { year: 2025, unitName: "Sở Văn hóa", formulas: "native", sheetName: "Báo cáo", namePrefix: "X" },
};

function serialise(options: AppendixOptions): unknown {
  const layout = buildAppendixLayout(options);
  return JSON.parse(JSON.stringify({ ...layout, rowHeights: [...layout.rowHeights.entries()] }));
}

describe("the plain appendix is unchanged by monthly reporting", () => {
  const current = Object.fromEntries(Object.entries(VARIANTS).map(([key, options]) => [key, serialise(options)]));
  if (process.env.UPDATE_APPENDIX_FIXTURE === "1") writeFileSync(FIXTURE, JSON.stringify(current, null, 1) + "\n");
  const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, unknown>;

  it.each(Object.keys(VARIANTS))("%s options give the fixture's layout", (key) => {
    expect(current[key]).toEqual(fixture[key]);
  });

  it("builds the same layout when called without options", () => {
    expect(serialise(DEFAULT_APPENDIX_OPTIONS)).toEqual(JSON.parse(JSON.stringify(serialiseNoArgs())));
  });
});

function serialiseNoArgs(): unknown {
  const layout = buildAppendixLayout();
  return { ...layout, rowHeights: [...layout.rowHeights.entries()] };
}
