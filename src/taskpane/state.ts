/**
 * The pane's state and its reducer: one object, changed only by dispatched events, so the state
 * flows one way (user → event → reducer → render). Outcomes arrive already worded; the reducer
 * does no I/O and knows no language.
 */
import { PLAN } from "../domain/catalog";
import type { CheckResult, DocumentFields, PaneChoice, PortableMode, StatusResult } from "./actions";
import { FIRST_STEP, nextStepAfter, openOnly, suggestedStep, type StepId } from "./steps";
import type { PlanChangeQuestion } from "./planChangeText";

/** The actions a user can start; at most one runs at a time. */
export type ActionId =
  | "insert"
  | "goTo"
  /** Selecting an indicator's input cells from the status strip. */
  | "statusSelect"
  | "protect"
  | "unprotect"
  | "highlight"
  | "check"
  | "select"
  | "portableCopy"
  | "download"
  | "insertFunction"
  | "period"
  | "document"
  | "consolidatePreview"
  | "consolidate"
  /** "Tự kiểm tra" (components/SupportSection.tsx keeps its own result; the pane only waits). */
  | "selfTest"
  /** Not an action: the pane is on screen but Office is not ready yet, so every action waits. */
  | "starting";

/** The message a finished action leaves: a Fluent MessageBar. */
export interface Outcome {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: string;
}

export type Tab = "work" | "help";

/** What the status strip knows of the sheet: read when the pane opens and after every action. */
export type StatusState =
  | { readonly kind: "loading" }
  | { readonly kind: "read"; readonly reading: StatusResult }
  | { readonly kind: "failed"; readonly text: string };

/** What step 2 inserts: the plain appendix (figures of the whole period) or monthly reporting. */
export type InsertKind = "plain" | "monthly";

/**
 * The "sheet exists" question: which insert asked it, and about which sheets (the appendix's, and
 * for monthly reporting its data and chart sheets).
 */
export interface AskExisting {
  readonly kind: InsertKind;
  readonly sheetName: string;
  readonly dataSheetName?: string;
  readonly chartSheetName?: string;
  /**
   * The question is whether to move the workbook's table (sheetName) to the chosen plan (and,
   * with dropped, whether to drop the indicators that hold data): no new sheet is offered.
   */
  readonly planChange?: Omit<PlanChangeQuestion, "sheetName">;
  readonly open: boolean;
}

export interface PaneState {
  readonly choice: PaneChoice;
  readonly tab: Tab;
  readonly myUnitOnly: boolean;
  /** What the portable copy holds: ordinary formulas or fixed values. */
  readonly portableMode: PortableMode;
  /** The action running now, or null. */
  readonly busy: ActionId | null;
  /** The last outcome of each action, shown beside the button that started it. */
  readonly outcomes: Readonly<Partial<Record<ActionId, Outcome>>>;
  readonly insertKind: InsertKind;
  /**
   * The "sheet exists" question: null until first asked, then kept (open or closed) so the
   * dialog stays mounted and Fluent can close it properly (focus and aria-hidden restored).
   */
  readonly askExisting: AskExisting | null;
  /** The appendix sheet the pane inserted or updated last, and its names' prefix. */
  readonly sheetName: string | null;
  readonly namePrefix: string | null;
  /** The monthly data sheet of the monthly report the pane inserted last (null: none, or the plain table). */
  readonly dataSheetName: string | null;
  readonly check: CheckResult | null;
  readonly status: StatusState;
  /** The steps shown open; the others show one line (their outcome). */
  readonly openSteps: readonly StepId[];
  /** True once the user opened or closed a step: the first status read then leaves the steps alone. */
  readonly stepsTouched: boolean;
  /** How many actions have finished: the status strip reads the sheet again after each. */
  readonly finished: number;
  /** The document frame's fields typed in the pane (written on insert and on "Ghi vào phụ lục"). */
  readonly document: DocumentFields;
}

export type PaneEvent =
  | { readonly type: "choose"; readonly choice: Partial<PaneChoice> }
  | { readonly type: "tab"; readonly tab: Tab }
  | { readonly type: "myUnitOnly"; readonly value: boolean }
  | { readonly type: "portableMode"; readonly mode: PortableMode }
  | { readonly type: "insertKind"; readonly kind: InsertKind }
  | { readonly type: "start"; readonly action: ActionId }
  | { readonly type: "finish"; readonly action: ActionId; readonly outcome: Outcome | null }
  | { readonly type: "ask"; readonly ask: Omit<AskExisting, "open"> }
  | { readonly type: "closeAsk" }
  | {
      readonly type: "sheet";
      readonly sheetName: string;
      readonly namePrefix?: string;
      /** The monthly data sheet of a monthly report; null after inserting the plain table. */
      readonly dataSheetName: string | null;
    }
  | { readonly type: "checked"; readonly result: CheckResult }
  | { readonly type: "status"; readonly status: StatusState }
  | { readonly type: "toggleStep"; readonly step: StepId }
  | { readonly type: "document"; readonly fields: DocumentFields };

/**
 * The state of the first render. It depends on nothing but its argument, so that the first view
 * rendered at build time and its hydration in the browser agree: the period defaults to the whole
 * year until usePane suggests today's (suggestedPeriod) once the pane is on screen.
 */
export function initialState(choice?: Partial<PaneChoice>): PaneState {
  const year = choice?.year ?? PLAN.year;
  return {
    choice: { year, myUnit: null, period: { kind: "year" }, ...choice },
    tab: "work",
    myUnitOnly: true,
    portableMode: "formulas",
    busy: null,
    outcomes: {},
    insertKind: "plain",
    askExisting: null,
    sheetName: null,
    namePrefix: null,
    dataSheetName: null,
    check: null,
    status: { kind: "loading" },
    openSteps: [FIRST_STEP],
    stepsTouched: false,
    finished: 0,
    document: {},
  };
}

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "choose": {
      const choice = { ...state.choice, ...event.choice };
      // Another year means another sheet: forget the sheet and the check of the old one.
      const sameYear = choice.year === state.choice.year;
      return {
        ...state,
        choice,
        sheetName: sameYear ? state.sheetName : null,
        namePrefix: sameYear ? state.namePrefix : null,
        dataSheetName: sameYear ? state.dataSheetName : null,
        check: sameYear ? state.check : null,
      };
    }
    case "tab":
      return { ...state, tab: event.tab };
    case "myUnitOnly":
      return { ...state, myUnitOnly: event.value };
    case "portableMode":
      return { ...state, portableMode: event.mode };
    case "insertKind":
      return { ...state, insertKind: event.kind };
    case "start": {
      if (state.busy) return state;
      const outcomes = { ...state.outcomes };
      delete outcomes[event.action];
      // Protect and unprotect share one message: the newer replaces the older.
      if (event.action === "protect") delete outcomes.unprotect;
      if (event.action === "unprotect") delete outcomes.protect;
      return { ...state, busy: event.action, outcomes };
    }
    case "finish": {
      const outcomes = { ...state.outcomes };
      if (event.outcome) outcomes[event.action] = event.outcome;
      // A step done well closes, and the one that matters next opens.
      const next = event.outcome?.intent === "success" ? nextStepAfter(event.action) : undefined;
      return {
        ...state,
        busy: state.busy === event.action ? null : state.busy,
        outcomes,
        finished: state.finished + 1,
        ...(next ? { openSteps: openOnly(next, state.openSteps) } : {}),
      };
    }
    case "ask":
      return { ...state, askExisting: { ...event.ask, open: true } };
    case "closeAsk":
      return state.askExisting ? { ...state, askExisting: { ...state.askExisting, open: false } } : state;
    case "sheet":
      return {
        ...state,
        sheetName: event.sheetName,
        namePrefix: event.namePrefix ?? state.namePrefix,
        dataSheetName: event.dataSheetName,
      };
    case "checked":
      return { ...state, check: event.result, sheetName: event.result.sheetName };
    case "status": {
      const reading = event.status.kind === "read" ? event.status.reading : undefined;
      // The first read of the sheet decides which step matters, unless the user already chose.
      const first = state.status.kind === "loading" && reading !== undefined && !state.stepsTouched;
      return {
        ...state,
        status: event.status,
        ...(first ? { openSteps: openOnly(suggestedStep(reading), state.openSteps) } : {}),
      };
    }
    case "toggleStep": {
      const open = state.openSteps.includes(event.step);
      return {
        ...state,
        stepsTouched: true,
        openSteps: open ? state.openSteps.filter((step) => step !== event.step) : [...state.openSteps, event.step],
      };
    }
    case "document":
      return { ...state, document: { ...state.document, ...event.fields } };
  }
}
