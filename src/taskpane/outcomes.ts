/**
 * What each action's result means for the user, in the pane's words: the Outcome (a message bar)
 * its step shows. Pure; usePane.ts runs the actions and hands their results here. Loaded with the
 * actions' chunk, after the first view (usePane.ts), together with the check's and the monthly
 * report's wording.
 */
import type { IndicatorCode } from "../domain/catalog";
import { periodUiLabel } from "../domain/period";
import type {
  DocumentResult,
  DownloadResult,
  HighlightResult,
  InsertFunctionResult,
  InsertResult,
  PeriodResult,
  PortableCopyResult,
  ProtectResult,
  SelectResult,
} from "./actions";
import type { Outcome } from "./state";
import { fill, type LocaleInfo } from "./strings";
import { otherPlanOutcome } from "./monthlyText";
import { droppedListText, planChangeDone, planLabel } from "./planChangeText";

export { checkOutcomeText } from "./checkText";
export { monthlyInsertOutcome } from "./monthlyText";

/** The outcome of inserting the plain appendix ("exists" is asked in a dialog instead). */
export function insertOutcome(result: InsertResult, locale: LocaleInfo): Outcome {
  const { s, insert } = locale;
  const sheet = result.sheetName;
  const m = insert.status;
  switch (result.status) {
    case "exists":
      return { intent: "info", text: fill(m.exists, { sheet }) };
    case "conflict":
      return {
        intent: "warning",
        text: result.notes.includes("tableResized")
          ? fill(m.tableResized, { sheet })
          : fill(m.conflict, { sheet, cells: result.conflicts.join(", ") }),
      };
    case "protected":
      return { intent: "warning", text: fill(m.protected, { sheet }) };
    case "unsupported":
      return { intent: "error", text: m.unsupported };
    case "otherPlan":
      return otherPlanOutcome(result.carriedPlan, result.chosenPlan, locale);
    case "droppedData":
      return {
        intent: "warning",
        text: fill(insert.planChange.droppedData, {
          sheet,
          chosen: planLabel(result.chosenPlan),
          dropped: droppedListText(result.dropped ?? [], locale),
        }),
      };
    case "inserted":
    case "updated": {
      const done =
        result.status === "updated" ? fill(m.updated, { sheet, kept: String(result.keptInputs) }) : fill(m.inserted, { sheet });
      // "nameCommentsSkipped" is a technical detail of one-step undo: not worth a staff member's time.
      const notes = result.notes
        .filter((note) => note !== "nameCommentsSkipped")
        .map((note) => fill(insert.notes[note], { prefix: result.namePrefix }));
      const leftOut =
        result.leftOut.length > 0 ? [`${insert.leftOutIntro} ${result.leftOut.map((f) => insert.features[f]).join("; ")}.`] : [];
      // An update to another plan says so, and lists what it dropped (with the old figures, to copy).
      const planChange = result.status === "updated" ? planChangeDone(result, locale) : [];
      return {
        intent: leftOut.length > 0 ? "warning" : "success",
        text: [done, ...planChange, ...notes, ...leftOut, s.insert.next].join(" "),
      };
    }
  }
}

export function protectionOutcome(result: ProtectResult, { insert }: LocaleInfo): Outcome {
  const p = insert.protection;
  const template = result.protected
    ? result.changed
      ? p.protected
      : p.alreadyProtected
    : result.changed
      ? p.unprotected
      : p.notProtected;
  return { intent: "success", text: fill(template, { sheet: result.sheetName }) };
}

export function highlightOutcome(result: HighlightResult, { s, insert, check }: LocaleInfo): Outcome {
  const sheet = result.sheetName;
  switch (result.status) {
    case "applied":
      return {
        intent: "success",
        text: `${fill(check.highlight.done, { rules: String(result.rules), kept: String(result.kept) })} ${check.highlight.hint}`,
      };
    case "sheetMissing": {
      const missing = check.check.findings.sheetMissing;
      return { intent: "warning", text: `${fill(missing.message, { sheet })} ${missing.action}` };
    }
    case "protected":
      return { intent: "warning", text: fill(insert.status.protected, { sheet }) };
    case "unsupported":
      return { intent: "error", text: s.highlight.unsupported };
    case "outdated":
      return { intent: "warning", text: fill(s.errors.outdated, { sheet }) };
    default:
      return { intent: "warning", text: fill(s.errors.tableMissing, { sheet }) };
  }
}

export function portableOutcome(result: PortableCopyResult, { s, check }: LocaleInfo): Outcome {
  const p = check.portable;
  switch (result.status) {
    case "created":
      return { intent: "success", text: fill(p.done, { sheet: result.sheetName ?? "" }) };
    case "sheetMissing":
      return { intent: "warning", text: fill(p.errors.sheetMissing, { sheet: result.sourceSheet }) };
    case "unsupported":
      return { intent: "error", text: p.errors.unsupported };
    case "outdated":
      return { intent: "warning", text: fill(s.errors.outdated, { sheet: result.sourceSheet }) };
    default:
      return { intent: "warning", text: fill(s.errors.tableMissing, { sheet: result.sourceSheet }) };
  }
}

export function periodOutcome(result: PeriodResult, { s, periods }: LocaleInfo): Outcome {
  const period = periodUiLabel(result.period, periods);
  switch (result.status) {
    case "switched":
      return { intent: "success", text: fill(s.setup.periodSwitched, { period }) };
    case "unchanged":
      return { intent: "info", text: fill(s.setup.periodUnchanged, { period }) };
    case "notFound":
      return { intent: "info", text: s.setup.periodNotFound };
  }
}

export function downloadOutcome(result: DownloadResult, { s }: LocaleInfo): Outcome {
  return {
    intent: "success",
    text:
      result.how === "newWorkbook"
        ? s.download.opened
        : fill(s.download.downloaded, { file: result.fileName, size: String(Math.max(1, Math.round(result.bytes / 1024))) }),
  };
}

/** Where the pane selected an indicator's input cells. */
export function goToOutcome(code: IndicatorCode, result: SelectResult, { s }: LocaleInfo): Outcome {
  return result.found
    ? { intent: "success", text: fill(s.fill.wentTo, { code, address: result.address }) }
    : { intent: "warning", text: fill(s.errors.tableMissing, { sheet: result.sheetName }) };
}

/** Where the pane selected a finding's cell. */
export function selectOutcome(result: SelectResult, { s }: LocaleInfo): Outcome {
  return {
    intent: result.found ? "success" : "warning",
    text: fill(result.found ? s.check.selected : s.check.selectMissing, { address: result.address, sheet: result.sheetName }),
  };
}

export function insertFunctionOutcome(result: InsertFunctionResult, { s }: LocaleInfo): Outcome {
  return { intent: "success", text: fill(s.help.inserted, { formula: result.formula, address: result.address }) };
}

/** The outcome of "Ghi vào phụ lục": which of the frame's fields were written, and which left as they were. */
export function documentOutcome(result: DocumentResult, { s, check }: LocaleInfo): Outcome {
  const t = s.document;
  const names = (keys: readonly string[]): string =>
    keys.map((k) => check.check.documentFields[k as keyof typeof check.check.documentFields]).join(", ");
  switch (result.status) {
    case "written": {
      const skipped = result.skipped.length > 0 ? ` ${fill(t.skipped, { fields: names(result.skipped) })}` : "";
      return { intent: "success", text: `${fill(t.written, { fields: names(result.written) })}${skipped}` };
    }
    case "frameMissing":
      return { intent: "warning", text: t.frameMissing };
    case "nothingToWrite":
      return { intent: "info", text: t.nothing };
  }
}
