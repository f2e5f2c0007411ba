/**
 * What inserting monthly reporting said, in the pane's words: the status, the period written
 * (src/i18n/{vi,en}/period.ts names it), the notes (native formulas, another names' prefix, text
 * bars instead of a chart) and what this Excel left out (src/i18n/{vi,en}/insert.ts).
 */
import { periodUiLabel } from "../domain/period";
import { planLabel, type PlanNamed } from "./planChangeText";
import type { MonthlyInsertResult } from "./actions";
import type { Outcome } from "./state";
import { fill, type LocaleInfo } from "./strings";

/**
 * The names' prefix insertMonthlyReport asks for (DEFAULT_NAME_PREFIX, which the pane leaves as
 * it is); another one in the result means another table had it. Not imported: that would bring
 * the sheet layout into the pane's first load.
 */
const REQUESTED_PREFIX = "KPI";

/** “A”, “B”: sheet names as the messages quote them. */
function quoted(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join(", ");
}


/** An insert refused because the workbook was made for another plan: nothing was written. */
export function otherPlanOutcome(carried: PlanNamed | undefined, chosen: PlanNamed | undefined, locale: LocaleInfo): Outcome {
  return { intent: "warning", text: fill(locale.insert.status.otherPlan, { carried: planLabel(carried), chosen: planLabel(chosen) }) };
}

/** The outcome of a monthly insert ("exists" is asked in a dialog instead; its text is the question). */
export function monthlyInsertOutcome(result: MonthlyInsertResult, locale: LocaleInfo): Outcome {
  const m = locale.s.monthly;
  const { appendix, data, chart } = result.sheetNames;
  const sheets = { appendix, data, chart };
  switch (result.status) {
    case "exists":
      return { intent: "info", text: fill(m.exists, sheets) };
    case "conflict":
      return { intent: "warning", text: fill(m.conflict, { sheets: quoted(result.conflicts) }) };
    case "protected":
      return { intent: "warning", text: fill(m.protected, sheets) };
    case "unsupported":
      return { intent: "error", text: locale.insert.status.unsupported };
    case "otherPlan":
      return otherPlanOutcome(result.carriedPlan, result.chosenPlan, locale);
    case "inserted":
    case "updated": {
      const period = periodUiLabel(result.period, locale.periods);
      const done =
        result.status === "updated"
          ? fill(m.updated, { period, kept: String(result.kept) })
          : fill(m.inserted, { ...sheets, period });
      const notes = [
        ...(result.formulas === "native" ? [locale.insert.notes.nativeFormulas] : []),
        ...(result.namePrefix !== REQUESTED_PREFIX ? [fill(locale.insert.notes.namePrefixChanged, { prefix: result.namePrefix })] : []),
        ...(result.chart ? [] : [fill(m.textChart, sheets)]),
      ];
      const leftOutText =
        result.leftOut.length > 0
          ? [`${locale.insert.leftOutIntro} ${result.leftOut.map((feature) => locale.insert.features[feature]).join("; ")}.`]
          : [];
      return {
        intent: leftOutText.length > 0 ? "warning" : "success",
        text: [done, ...notes, ...leftOutText, fill(m.next, sheets)].join(" "),
      };
    }
  }
}
