/**
 * The pane's state and what its buttons do: one reducer (state.ts), one action at a time, every
 * Excel call through the PaneActions given (never from a component), each result worded by
 * outcomes.ts. After every action, and when the pane becomes usable, the status strip reads the
 * sheet again (PaneActions.readStatus, one sync).
 */
import { useCallback, useEffect, useReducer, useRef, type Dispatch } from "react";
import type { IndicatorCode } from "../domain/catalog";
import { suggestedPeriod } from "../domain/period";
import type { DocumentFields, Finding, IfExists, PaneActions, PaneChoice, SheetRequest } from "./actions";
import { explainError } from "./explainError";
import { initialState, paneReducer, type ActionId, type InsertKind, type Outcome, type PaneEvent, type PaneState } from "./state";
import type { LocaleInfo } from "./strings";

type Words = typeof import("./outcomes");

/** Where a plain insert goes besides the year's default sheet: an update to another plan's table sheet. */
type PlainTarget = { readonly sheetName?: string; readonly dropIndicators?: boolean };

/**
 * How results are worded (outcomes.ts): needed once an action has run, not by the first view, so
 * it comes with the actions' chunk, which start.tsx loads as soon as Office has answered.
 */
const loadWords = (): Promise<Words> => import(/* webpackChunkName: "actions" */ "./outcomes");

export interface PaneHandlers {
  insert(ifExists: IfExists, kind?: InsertKind): void;
  answer(choice: "update" | "newSheet" | "cancel"): void;
  goTo(code: IndicatorCode, from?: "fill" | "status"): void;
  protection(protect: boolean): void;
  highlight(): void;
  check(): void;
  select(finding: Finding): void;
  portableCopy(): void;
  applyPeriod(): void;
  download(): void;
  insertFunction(formula: string): void;
  /** Writes the document frame's fields typed in the pane into the appendix's frame now. */
  fillDocument(): void;
}

/**
 * Runs an action through the pane: one at a time, its outcome worded by `describe` (with the
 * outcomes' words, loaded with the actions' chunk), its failure explained.
 */
export type RunAction = <T>(action: ActionId, work: () => Promise<T>, describe: (result: T, words: Words) => Outcome | null) => Promise<void>;

/** The frame's fields to send with an insert: only when something is filled in. */
function documentOf(fields: DocumentFields): { document?: DocumentFields } {
  return Object.values(fields).some((value) => (value ?? "").trim() !== "") ? { document: fields } : {};
}

export interface Pane {
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneEvent>;
  readonly handlers: PaneHandlers;
  /** The state's sheet and choice, as every action on the sheet asks for it. */
  readonly request: SheetRequest;
  readonly run: RunAction;
}

export function usePane(actions: PaneActions, locale: LocaleInfo, initialChoice?: Partial<PaneChoice>): Pane {
  const { s, language } = locale;
  const [state, dispatch] = useReducer(paneReducer, initialChoice, initialState);
  // One action at a time, also between a click and the re-render that disables the buttons.
  const running = useRef(false);
  const request: SheetRequest = {
    choice: state.choice,
    sheetName: state.sheetName,
    namePrefix: state.namePrefix,
    dataSheetName: state.dataSheetName,
  };

  // The period that fits today (the first render, shared with the build, cannot know the date).
  const suggestPeriod = !initialChoice?.period;
  useEffect(() => {
    if (suggestPeriod) dispatch({ type: "choose", choice: { period: suggestedPeriod(new Date(), state.choice.year) } });
    // Once, when the pane is first on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Reads the table the pane works on: another names' prefix (a second report) reads again.
  const { choice, sheetName, namePrefix, dataSheetName } = state;
  const refreshStatus = useCallback(async (): Promise<void> => {
    if (actions.host !== "excel") return;
    try {
      const reading = await actions.readStatus({ choice, sheetName, namePrefix, dataSheetName });
      dispatch({ type: "status", status: { kind: "read", reading } });
    } catch (error) {
      dispatch({ type: "status", status: { kind: "failed", text: await explainError(error, s, language) } });
    }
  }, [actions, s, language, choice, sheetName, namePrefix, dataSheetName]);

  // When the pane becomes usable (Office answered) and when the user comes back to it from the sheet.
  useEffect(() => {
    const again = (): void => void refreshStatus();
    window.addEventListener("focus", again);
    return () => window.removeEventListener("focus", again);
  }, [refreshStatus]);
  // … and after every action, once its result (a new sheet, another names' prefix) is in the state.
  useEffect(() => {
    void refreshStatus();
  }, [refreshStatus, state.finished]);

  const run: RunAction = async (action, work, describe) => {
    if (running.current) return;
    running.current = true;
    dispatch({ type: "start", action });
    let outcome: Outcome | null;
    try {
      const result = await work();
      outcome = describe(result, await loadWords());
    } catch (error) {
      outcome = { intent: "error", text: await explainError(error, s, language) };
    } finally {
      running.current = false;
    }
    dispatch({ type: "finish", action, outcome });
  };

  const insertPlain = (ifExists: IfExists, target: PlainTarget = {}): Promise<void> =>
    run(
      "insert",
      () => actions.insert({ choice: state.choice, ifExists, ...target, ...documentOf(state.document) }),
      (result, w) => {
        if (result.status === "exists") {
          dispatch({ type: "ask", ask: { kind: "plain", sheetName: result.sheetName } });
          return null;
        }
        // A workbook made for another plan: its one table may be moved to the chosen plan in place
        // (asked first), and dropping indicators that hold data is asked again, with their figures.
        const plans = result.carriedPlan && result.chosenPlan ? { carried: result.carriedPlan, chosen: result.chosenPlan } : null;
        if (plans && result.status === "otherPlan" && ifExists === "ask" && result.tableSheet) {
          dispatch({ type: "ask", ask: { kind: "plain", sheetName: result.tableSheet, planChange: plans } });
          return null;
        }
        if (plans && result.status === "droppedData" && !target.dropIndicators) {
          dispatch({ type: "ask", ask: { kind: "plain", sheetName: result.sheetName, planChange: { ...plans, dropped: result.dropped ?? [] } } });
          return null;
        }
        if (result.status === "inserted" || result.status === "updated") {
          dispatch({ type: "sheet", sheetName: result.sheetName, namePrefix: result.namePrefix, dataSheetName: null });
        }
        return w.insertOutcome(result, locale);
      },
    );

  const insertMonthly = (ifExists: IfExists): Promise<void> =>
    run(
      "insert",
      () => actions.insertMonthly({ choice: state.choice, ifExists, ...documentOf(state.document) }),
      (result, w) => {
        const { appendix, data, chart } = result.sheetNames;
        if (result.status === "exists") {
          dispatch({ type: "ask", ask: { kind: "monthly", sheetName: appendix, dataSheetName: data, chartSheetName: chart } });
          return null;
        }
        if (result.status === "inserted" || result.status === "updated") {
          dispatch({ type: "sheet", sheetName: appendix, namePrefix: result.namePrefix, dataSheetName: data });
        }
        return w.monthlyInsertOutcome(result, locale);
      },
    );

  const insert = (ifExists: IfExists, kind: InsertKind = state.insertKind, target: PlainTarget = {}): Promise<void> =>
    kind === "monthly" ? insertMonthly(ifExists) : insertPlain(ifExists, target);

  const handlers: PaneHandlers = {
    insert: (ifExists, kind) => void insert(ifExists, kind),

    answer(choice) {
      // The question belongs to the insert that asked it.
      const kind = state.askExisting?.kind ?? state.insertKind;
      const planChange = state.askExisting?.planChange;
      // A change of plan updates the table's own sheet; a second question (dropped) was the confirmation.
      const target: PlainTarget = planChange
        ? { sheetName: state.askExisting!.sheetName, ...(planChange.dropped ? { dropIndicators: true } : {}) }
        : {};
      dispatch({ type: "closeAsk" });
      if (choice === "cancel") dispatch({ type: "finish", action: "insert", outcome: { intent: "info", text: s.insert.cancelled } });
      else void insert(choice, kind, target);
    },

    goTo: (code, from = "fill") =>
      void run(from === "status" ? "statusSelect" : "goTo", () => actions.goToIndicator(request, code), (result, w) =>
        w.goToOutcome(code, result, locale),
      ),

    protection: (protect) =>
      void run(
        protect ? "protect" : "unprotect",
        () => (protect ? actions.protect(request) : actions.unprotect(request)),
        (result, w) => w.protectionOutcome(result, locale),
      ),

    highlight: () => void run("highlight", () => actions.highlight(request), (result, w) => w.highlightOutcome(result, locale)),

    check: () =>
      void run(
        "check",
        () => actions.check(request),
        (result, w) => {
          dispatch({ type: "checked", result });
          const { errors, warnings, infos } = result.summary;
          return {
            intent: errors + warnings > 0 ? "warning" : infos > 0 ? "info" : "success",
            text: w.checkOutcomeText(result.summary, locale.check),
          };
        },
      ),

    select(finding) {
      const sheetName = state.check?.sheetName ?? state.sheetName ?? "";
      void run("select", () => actions.selectFinding(sheetName, finding), (result, w) => w.selectOutcome(result, locale));
    },

    portableCopy: () =>
      void run(
        "portableCopy",
        () => actions.portableCopy({ ...request, mode: state.portableMode }),
        (result, w) => w.portableOutcome(result, locale),
      ),

    applyPeriod: () => void run("period", () => actions.applyPeriod(request), (result, w) => w.periodOutcome(result, locale)),

    download: () => void run("download", () => actions.downloadWorkbook(state.choice), (result, w) => w.downloadOutcome(result, locale)),

    insertFunction: (formula) =>
      void run("insertFunction", () => actions.insertFunctionAtSelection(formula), (result, w) => w.insertFunctionOutcome(result, locale)),

    fillDocument: () =>
      void run("document", () => actions.fillDocument({ ...request, document: state.document }), (result, w) => w.documentOutcome(result, locale)),
  };

  return { state, dispatch, handlers, request, run };
}
