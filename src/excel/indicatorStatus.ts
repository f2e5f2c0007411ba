/**
 * Where the report stands, for the pane's status strip: each indicator's verdict (Đánh giá) and
 * result (Kết quả) as the appendix shows them, read through the workbook names KPI_<code>_VERDICT
 * and KPI_<code>_RESULT (never fixed addresses: rows and columns move), with the monthly report's
 * period cell (KPI_PERIOD) when there is one. One sync, whatever the table's size.
 *
 * A name that is missing (or no longer points at a range) reads as a null object; when no
 * indicator's verdict name is left, the appendix is not there ("Chưa chèn phụ lục"). The plan the
 * workbook carries is read in the same sync: the pane registers it for KPI.STATUS (planSheet.ts).
 */
import { BUILTIN_PLAN, type IndicatorCode, type Plan } from "../domain/catalog";
import { DEFAULT_NAME_PREFIX, indicatorName, periodName } from "../domain/layout/appendixLayout";
import { VERDICT_WORDS, type Verdict } from "../domain/ratio";
import type { EmbeddedPlan } from "../domain/plan/embeddedPlan";
import { embeddedPlanOf, queuePlanSheetRead } from "./planSheet";
import { parseQualified } from "./references";

/** One indicator as the sheet shows it; "unknown" when its verdict cell is missing or shows no verdict word. */
export interface IndicatorReading {
  readonly code: IndicatorCode;
  readonly verdict: Verdict | "unknown";
  /** The ratio b/a the Kết quả cell shows, when it shows a number. */
  readonly ratio?: number;
}

export type StatusReading =
  | { readonly sheetExists: false; readonly namePrefix: string; readonly plan?: Plan; readonly carriedPlan?: EmbeddedPlan }
  | {
      readonly sheetExists: true;
      readonly namePrefix: string;
      /** The plan whose indicators were read (their names: KPI_<code>_VERDICT …); absent: the built-in plan. */
      readonly plan?: Plan;
      /** The plan the workbook carries (its very hidden plan sheet), read in the same sync. */
      readonly carriedPlan?: EmbeddedPlan;
      /** The appendix's sheet, from where the names point. */
      readonly sheetName: string;
      /** The monthly report's period cell as written ("Quý I"); undefined for the plain table. */
      readonly periodText?: string;
      /** In the plan's order, every indicator of it. */
      readonly indicators: readonly IndicatorReading[];
    };

export interface StatusOptions {
  /** Prefix of the table's names ("KPI", "KPI2" …); default "KPI". */
  readonly namePrefix?: string;
  /** The plan whose indicators to read (the workbook's, once known); default the built-in plan. */
  readonly plan?: Plan;
}

const VERDICT_BY_WORD: ReadonlyMap<string, Verdict> = new Map(
  (Object.keys(VERDICT_WORDS) as Verdict[]).map((verdict) => [VERDICT_WORDS[verdict], verdict]),
);

/** The verdict a displayed Đánh giá shows, or "unknown" (blank, #NAME?, a typed word …). */
export function verdictOfCell(value: unknown): Verdict | "unknown" {
  return (typeof value === "string" && VERDICT_BY_WORD.get(value.trim())) || "unknown";
}

/** The cell a name refers to, queued for loading; a null object when the name is missing. */
function namedCell(context: Excel.RequestContext, name: string, properties: string): Excel.Range {
  return context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject().load(properties);
}

function firstValue(range: Excel.Range): unknown {
  return range.values[0]?.[0];
}

/** Reads every indicator's verdict and result, and the period cell, in one sync. */
export async function readIndicatorStatus(context: Excel.RequestContext, options: StatusOptions = {}): Promise<StatusReading> {
  const namePrefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const plan = options.plan ?? BUILTIN_PLAN;
  const cells = plan.indicators.map(({ code }) => ({
    code,
    verdict: namedCell(context, indicatorName(namePrefix, code, "verdict"), "values,address"),
    result: namedCell(context, indicatorName(namePrefix, code, "result"), "values"),
  }));
  const period = namedCell(context, periodName(namePrefix, "period"), "values");
  const planRead = queuePlanSheetRead(context);
  await context.sync();

  const carriedPlan = embeddedPlanOf(planRead);
  const found = cells.find((cell) => !cell.verdict.isNullObject);
  if (!found) return { sheetExists: false, namePrefix, plan, carriedPlan };
  const sheetName = parseQualified(found.verdict.address)?.sheetName ?? "";
  const indicators = cells.map(({ code, verdict, result }): IndicatorReading => {
    const ratio = result.isNullObject ? undefined : firstValue(result);
    return {
      code,
      verdict: verdict.isNullObject ? "unknown" : verdictOfCell(firstValue(verdict)),
      ...(typeof ratio === "number" && Number.isFinite(ratio) ? { ratio } : {}),
    };
  });
  return {
    sheetExists: true,
    namePrefix,
    plan,
    carriedPlan,
    sheetName,
    ...(period.isNullObject ? {} : { periodText: String(firstValue(period) ?? "") }),
    indicators,
  };
}
