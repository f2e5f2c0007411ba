/**
 * The words of an update in place from one plan to another (insertAppendix with ifExists
 * "update" on a workbook made for another plan): the question the pane asks first, the one it asks
 * when dropped indicators hold data (with their figures, to copy), and what the update did. Pure;
 * strings in src/i18n/{vi,en}/insert.ts (planChange).
 */
import type { DroppedIndicator } from "../excel/insertAppendix";
import type { Plan } from "../domain/plan/plan";
import { fill, type LocaleInfo } from "./strings";

export type PlanNamed = Pick<Plan, "year" | "planNumber">;

/** "2025 (05/KH-SDL)": a plan's year and number, the same in both languages. */
export function planLabel(plan: PlanNamed | undefined): string {
  return plan ? `${plan.year}${plan.planNumber ? ` (${plan.planNumber})` : ""}` : "";
}

const blank = (value: unknown): boolean => value === "" || value === null || value === undefined;

/** "b = 15; a = 105; ghi chú: “…”": what a dropped indicator's row held (empty when nothing). */
function figuresText(dropped: DroppedIndicator, { insert }: LocaleInfo): string {
  return (["numerator", "denominator", "note"] as const)
    .filter((part) => !blank(dropped[part]))
    .map((part) => fill(insert.planChange[part], { value: String(dropped[part]) }))
    .join("; ");
}

/** III.2 “Tỷ lệ …” (số liệu cũ: b = 15; a = 105; ghi chú: “…”) — the figures only when it held any. */
export function droppedIndicatorText(dropped: DroppedIndicator, locale: LocaleInfo): string {
  const words = locale.insert.planChange;
  const indicator = fill(words.indicator, { code: dropped.code, name: dropped.name });
  const figures = figuresText(dropped, locale);
  return figures ? `${indicator} (${fill(words.figures, { figures })})` : indicator;
}

/** The dropped indicators, one after another. */
export function droppedListText(dropped: readonly DroppedIndicator[], locale: LocaleInfo): string {
  return dropped.map((d) => droppedIndicatorText(d, locale)).join("; ");
}

export interface PlanChangeQuestion {
  readonly sheetName: string;
  readonly carried: PlanNamed;
  readonly chosen: PlanNamed;
  /** Set when the update stopped because these dropped indicators hold data. */
  readonly dropped?: readonly DroppedIndicator[];
}

/** The dialog's title and body. */
export function planChangeQuestion(ask: PlanChangeQuestion, locale: LocaleInfo): { title: string; body: string } {
  const words = locale.insert.planChange;
  const values = { sheet: ask.sheetName, carried: planLabel(ask.carried), chosen: planLabel(ask.chosen) };
  return {
    title: fill(words.askTitle, values),
    body: ask.dropped
      ? fill(words.askDropped, { ...values, dropped: droppedListText(ask.dropped, locale) })
      : fill(words.ask, values),
  };
}

/** What an update to another plan adds to "updated": the change of plan, then each dropped indicator. */
export function planChangeDone(
  result: { readonly carriedPlan?: PlanNamed; readonly chosenPlan?: PlanNamed; readonly dropped?: readonly DroppedIndicator[] },
  locale: LocaleInfo,
): string[] {
  if (!result.carriedPlan || !result.chosenPlan) return [];
  const words = locale.insert.planChange;
  const changed = fill(words.changed, { carried: planLabel(result.carriedPlan), chosen: planLabel(result.chosenPlan) });
  const year = String(result.chosenPlan.year);
  const dropped = (result.dropped ?? []).flatMap((d) => {
    const figures = figuresText(d, locale);
    const done = fill(words.dropped, { indicator: fill(words.indicator, { code: d.code, name: d.name }), year });
    return figures ? [done, fill(words.droppedFigures, { code: d.code, figures })] : [done];
  });
  return [changed, ...dropped];
}
