/**
 * The documentation of the KPI.* functions in one language: the descriptions Excel shows
 * (functions.json is generated from the Vietnamese JSDoc, which test/functions/metadata.test.ts
 * holds equal to functionDocs("vi"); functions.en-us.json is built from functionDocs("en")) and
 * the task pane's help panel (functionHelp). Pure data derived from the catalog and the strings.
 */
import type { IndicatorCode, Target } from "./catalog";
import { cellAddress } from "./layout/a1";
import { COLUMNS, appendixRows } from "./layout/appendixLayout";
import { KPI_FUNCTIONS, functionStrings, kpiFunctionName, type KpiFunctionSpec } from "./kpiFunctions";
import { fillTemplate } from "./template";
import type { Language } from "../i18n/language";
import type { FunctionStrings } from "../i18n/vi/functions";

export interface FunctionParameterDoc {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
}

export interface FunctionDoc {
  /** The custom function id, e.g. "ONTIME". */
  readonly id: string;
  /** As typed in a cell, e.g. "KPI.ONTIME". */
  readonly name: string;
  /** The indicator's code ("IV.1") for an indicator's own function, undefined for RATIO/TARGET/STATUS. */
  readonly indicatorCode?: string;
  /** The indicator's short name, or the function's name for the others. */
  readonly title: string;
  readonly description: string;
  readonly parameters: readonly FunctionParameterDoc[];
}

export interface FunctionHelpEntry extends FunctionDoc {
  /** An example formula, e.g. "=KPI.ONTIME(H20,I20)", the indicator's own cells on the appendix (comma-separated, as Range.formulas takes it). */
  readonly example: string;
  /** What the example's cells hold and what it returns. */
  readonly exampleNote: string;
}

/** 0.95 → "95%", 0.925 → "92,5%" (vi) / "92.5%" (en). */
export function formatPercent(fraction: number, language: Language): string {
  const percent = Math.round(fraction * 1e6) / 1e4;
  return `${String(percent).replace(".", functionStrings(language).format.decimalSeparator)}%`;
}

/** "tối thiểu 95%" / "at least 95%" for a minimum target, "100%" for an exact one. */
export function targetText(target: Target, language: Language): string {
  const d = functionStrings(language).descriptions;
  const template = target.kind === "minimum" ? d.targetMinimum : d.targetExact;
  return fillTemplate(template, { percent: formatPercent(target.fraction, language) });
}

function docOf(spec: KpiFunctionSpec, s: FunctionStrings, language: Language): FunctionDoc {
  const d = s.descriptions;
  const name = kpiFunctionName(spec.id);
  const param = (paramName: string, description: string, optional = false): FunctionParameterDoc => ({
    name: paramName,
    description,
    optional,
  });
  switch (spec.kind) {
    case "indicator": {
      const indicator = spec.indicator;
      const texts = s.indicators[indicator.code];
      return {
        id: spec.id,
        name,
        indicatorCode: indicator.code,
        title: texts.shortName,
        description: fillTemplate(d.indicator, {
          code: indicator.code,
          name: texts.shortName,
          target: targetText(indicator.target, language),
        }),
        parameters: [
          param("b", fillTemplate(d.indicatorNumerator, { what: texts.numerator })),
          param("a", fillTemplate(d.indicatorDenominator, { what: texts.denominator })),
        ],
      };
    }
    case "ratio":
      return {
        id: spec.id,
        name,
        title: name,
        description: d.ratio,
        parameters: [param("b", d.ratioNumerator), param("a", d.ratioDenominator)],
      };
    case "target":
      return { id: spec.id, name, title: name, description: d.target, parameters: [param("code", d.code)] };
    case "status":
      return {
        id: spec.id,
        name,
        title: name,
        description: d.status,
        parameters: [
          param("code", d.code),
          param("b", d.ratioNumerator),
          param("a", d.ratioDenominator),
          param("target", d.statusTarget, true),
        ],
      };
  }
}

/** The description and parameter texts of every KPI.* function, in KPI_FUNCTIONS order. */
export function functionDocs(language: Language): readonly FunctionDoc[] {
  const s = functionStrings(language);
  return KPI_FUNCTIONS.map((spec) => docOf(spec, s, language));
}

/** The cells of an indicator's b, a and Chỉ tiêu on the appendix, where the examples point. */
function appendixCells(code: IndicatorCode): { b: string; a: string; target: string } {
  const row = appendixRows().indicators.get(code)!;
  return { b: cellAddress(row, COLUMNS.numerator), a: cellAddress(row, COLUMNS.denominator), target: cellAddress(row, COLUMNS.target) };
}

function exampleOf(doc: FunctionDoc, s: FunctionStrings): Pick<FunctionHelpEntry, "example" | "exampleNote"> {
  const h = s.help;
  if (doc.indicatorCode !== undefined) {
    const code = doc.indicatorCode as IndicatorCode;
    const texts = s.indicators[code];
    const cells = appendixCells(code);
    return {
      example: `=${doc.name}(${cells.b},${cells.a})`,
      exampleNote: fillTemplate(h.indicatorExample, { ...cells, numerator: texts.numerator, denominator: texts.denominator }),
    };
  }
  switch (doc.id) {
    case "RATIO":
      return { example: `=${doc.name}(B5:M5,B6:M6)`, exampleNote: h.ratioExample };
    case "TARGET":
      return { example: `=${doc.name}("IV.1")`, exampleNote: h.targetExample };
    default: {
      const cells = appendixCells("IV.1");
      return { example: `=${doc.name}("IV.1",${cells.b},${cells.a},${cells.target})`, exampleNote: fillTemplate(h.statusExample, cells) };
    }
  }
}

/** The task pane's help panel: every KPI.* function with its description and an example. */
export function functionHelp(language: Language): readonly FunctionHelpEntry[] {
  const s = functionStrings(language);
  return functionDocs(language).map((doc) => ({ ...doc, ...exampleOf(doc, s) }));
}
