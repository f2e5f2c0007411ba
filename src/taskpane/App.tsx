/**
 * The task pane: the whole job in order (choose, insert, fill, highlight, check, portable copy,
 * download) and the KPI function help. The pane holds its state in one reducer; every Excel call
 * goes through the PaneActions it is given, so the components never touch Excel.
 */
import { FluentProvider, makeStyles, webLightTheme, type Theme } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { IndicatorCode } from "../domain/catalog";
import type { Language } from "../i18n/language";
import { periodUiLabel } from "../domain/period";
import type { DocumentFields, Finding, IfExists, PaneActions, PaneChoice, SheetRequest } from "./actions";
import { ActionStep } from "./components/ActionStep";
import { DocumentStep } from "./components/DocumentStep";
import { ConsolidateStep } from "./components/ConsolidateStep";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { FillStep } from "./components/FillStep";
import { InsertStep } from "./components/InsertStep";
import { PaneMessage } from "./components/PaneMessage";
import { PaneSpinner } from "./components/PaneSpinner";
import { SetupStep } from "./components/SetupStep";
import { ShareStep } from "./components/ShareStep";
import { Tabs, panelId, tabId } from "./components/Tabs";
import { checkOutcomeText } from "./checkText";
import { explainError } from "./explainError";
import { markFirstRender } from "./perf";
import { monthlyInsertOutcome, otherPlanOutcome } from "./monthlyText";
import { initialState, paneReducer, type ActionId, type InsertKind, type Outcome, type Tab as TabId } from "./state";
import { LocaleContext, fill, localeInfo, useLocale, type LocaleInfo } from "./strings";
import { tokens } from "./tokens";

/** Shown only outside Excel: loaded on demand, with the sheet layout it reads its headers from. */
const PreviewTable = lazy(() => import(/* webpackChunkName: "preview" */ "./components/PreviewTable"));
/** The KPI function help tab: loaded when it is first opened, with the functions' documentation. */
const HelpPanel = lazy(() => import(/* webpackChunkName: "help" */ "./components/HelpPanel"));
/** Shown after a check: loaded with the check's wording of findings (src/domain/check.ts). */
const CheckResults = lazy(() => import(/* webpackChunkName: "check-results" */ "./components/CheckResults"));
/** "Hỗ trợ": the self-test and the support information, with their strings (own chunk). */
const SupportSection = lazy(() => import(/* webpackChunkName: "support" */ "./components/SupportSection"));
/** The paragraph for the written report, after a check: in the same chunk as the check's results. */
const ReportSummary = lazy(() => import(/* webpackChunkName: "check-results" */ "./components/ReportSummary"));

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "1100px",
    marginInline: "auto",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  panel: { display: "flex", flexDirection: "column" },
});

export interface AppProps {
  readonly actions: PaneActions;
  readonly language: Language;
  /** Fluent theme following Office's theme; light by default. */
  readonly theme?: Theme;
  readonly initialChoice?: Partial<PaneChoice>;
}

export function App({ actions, language, theme, initialChoice }: AppProps) {
  const styles = useStyles();
  const locale = useMemo<LocaleInfo>(() => localeInfo(language), [language]);
  useEffect(() => markFirstRender(), []);
  return (
    <FluentProvider theme={theme ?? webLightTheme} className={styles.provider} lang={language}>
      <LocaleContext.Provider value={locale}>
        <ErrorBoundary s={locale.s}>
          <Pane actions={actions} initialChoice={initialChoice} />
        </ErrorBoundary>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}

/** The frame's fields to send with an insert: only when something is filled in. */
function documentOf(fields: DocumentFields): { document?: DocumentFields } {
  return Object.values(fields).some((value) => (value ?? "").trim() !== "") ? { document: fields } : {};
}

interface PaneProps {
  readonly actions: PaneActions;
  readonly initialChoice?: Partial<PaneChoice>;
}

function Pane({ actions, initialChoice }: PaneProps) {
  const locale = useLocale();
  const { s, language, insert: insertStrings, check: checkStrings, periods: periodWords } = locale;
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, initialChoice, initialState);
  // One action at a time, also between a click and the re-render that disables the buttons.
  const running = useRef(false);
  const preview = actions.host === "preview";

  const run = useCallback(
    async <T,>(action: ActionId, work: () => Promise<T>, describe: (result: T) => Outcome | null): Promise<void> => {
      if (running.current) return;
      running.current = true;
      dispatch({ type: "start", action });
      let outcome: Outcome | null;
      try {
        outcome = describe(await work());
      } catch (error) {
        outcome = { intent: "error", text: await explainError(error, s, language) };
      } finally {
        running.current = false;
      }
      dispatch({ type: "finish", action, outcome });
    },
    [s, language],
  );

  const request: SheetRequest = {
    choice: state.choice,
    sheetName: state.sheetName,
    namePrefix: state.namePrefix,
    dataSheetName: state.dataSheetName,
  };

  const insertPlain = (ifExists: IfExists): Promise<void> =>
    run(
      "insert",
      () => actions.insert({ choice: state.choice, ifExists, ...documentOf(state.document) }),
      (result): Outcome | null => {
        const sheet = result.sheetName;
        const m = insertStrings.status;
        switch (result.status) {
          case "exists":
            dispatch({ type: "ask", ask: { kind: "plain", sheetName: sheet } });
            return null;
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
          case "inserted":
          case "updated": {
            dispatch({ type: "sheet", sheetName: sheet, namePrefix: result.namePrefix, dataSheetName: null });
            const done =
              result.status === "updated"
                ? fill(m.updated, { sheet, kept: String(result.keptInputs) })
                : fill(m.inserted, { sheet });
            // "nameCommentsSkipped" is a technical detail of one-step undo: not worth a staff member's time.
            const notes = result.notes
              .filter((note) => note !== "nameCommentsSkipped")
              .map((note) => fill(insertStrings.notes[note], { prefix: result.namePrefix }));
            const leftOut =
              result.leftOut.length > 0
                ? [`${insertStrings.leftOutIntro} ${result.leftOut.map((f) => insertStrings.features[f]).join("; ")}.`]
                : [];
            return {
              intent: leftOut.length > 0 ? "warning" : "success",
              text: [done, ...notes, ...leftOut, s.insert.next].join(" "),
            };
          }
        }
      },
    );

  const insertMonthly = (ifExists: IfExists): Promise<void> =>
    run(
      "insert",
      () => actions.insertMonthly({ choice: state.choice, ifExists, ...documentOf(state.document) }),
      (result): Outcome | null => {
        const { appendix, data, chart } = result.sheetNames;
        if (result.status === "exists") {
          dispatch({ type: "ask", ask: { kind: "monthly", sheetName: appendix, dataSheetName: data, chartSheetName: chart } });
          return null;
        }
        if (result.status === "inserted" || result.status === "updated") {
          dispatch({ type: "sheet", sheetName: appendix, namePrefix: result.namePrefix, dataSheetName: data });
        }
        return monthlyInsertOutcome(result, locale);
      },
    );

  const insert = (ifExists: IfExists, kind: InsertKind = state.insertKind): Promise<void> =>
    kind === "monthly" ? insertMonthly(ifExists) : insertPlain(ifExists);

  const answer = (choice: "update" | "newSheet" | "cancel"): void => {
    // The question belongs to the insert that asked it.
    const kind = state.askExisting?.kind ?? state.insertKind;
    dispatch({ type: "closeAsk" });
    if (choice === "cancel") dispatch({ type: "finish", action: "insert", outcome: { intent: "info", text: s.insert.cancelled } });
    else void insert(choice, kind);
  };

  const goTo = (code: IndicatorCode): Promise<void> =>
    run(
      "goTo",
      () => actions.goToIndicator(request, code),
      (result) => ({ intent: "success", text: fill(s.fill.wentTo, { code, address: result.address }) }),
    );

  const protection = (protect: boolean): Promise<void> =>
    run(
      protect ? "protect" : "unprotect",
      () => (protect ? actions.protect(request) : actions.unprotect(request)),
      (result) => {
        const p = insertStrings.protection;
        const template = result.protected
          ? result.changed
            ? p.protected
            : p.alreadyProtected
          : result.changed
            ? p.unprotected
            : p.notProtected;
        return { intent: "success", text: fill(template, { sheet: result.sheetName }) };
      },
    );

  const highlight = (): Promise<void> =>
    run(
      "highlight",
      () => actions.highlight(request),
      (result): Outcome => {
        const sheet = result.sheetName;
        switch (result.status) {
          case "applied":
            return {
              intent: "success",
              text: `${fill(checkStrings.highlight.done, { rules: String(result.rules), kept: String(result.kept) })} ${checkStrings.highlight.hint}`,
            };
          case "sheetMissing": {
            const missing = checkStrings.check.findings.sheetMissing;
            return { intent: "warning", text: `${fill(missing.message, { sheet })} ${missing.action}` };
          }
          case "protected":
            return { intent: "warning", text: fill(insertStrings.status.protected, { sheet }) };
          case "unsupported":
            return { intent: "error", text: s.highlight.unsupported };
          case "outdated":
            return { intent: "warning", text: fill(s.errors.outdated, { sheet }) };
          default:
            return { intent: "warning", text: fill(s.errors.tableMissing, { sheet }) };
        }
      },
    );

  const check = (): Promise<void> =>
    run(
      "check",
      () => actions.check(request),
      (result) => {
        dispatch({ type: "checked", result });
        const { errors, warnings, infos } = result.summary;
        return {
          intent: errors + warnings > 0 ? "warning" : infos > 0 ? "info" : "success",
          text: checkOutcomeText(result.summary, checkStrings),
        };
      },
    );

  const select = (finding: Finding): Promise<void> => {
    const sheetName = state.check?.sheetName ?? state.sheetName ?? "";
    return run(
      "select",
      () => actions.selectFinding(sheetName, finding),
      (result) => ({
        intent: result.found ? "success" : "warning",
        text: fill(result.found ? s.check.selected : s.check.selectMissing, {
          address: result.address,
          sheet: result.sheetName,
        }),
      }),
    );
  };

  const portableCopy = (): Promise<void> =>
    run(
      "portableCopy",
      () => actions.portableCopy({ ...request, mode: state.portableMode }),
      (result): Outcome => {
        const p = checkStrings.portable;
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
      },
    );

  const applyPeriod = (): Promise<void> =>
    run(
      "period",
      () => actions.applyPeriod(request),
      (result): Outcome => {
        const period = periodUiLabel(result.period, periodWords);
        switch (result.status) {
          case "switched":
            return { intent: "success", text: fill(s.setup.periodSwitched, { period }) };
          case "unchanged":
            return { intent: "info", text: fill(s.setup.periodUnchanged, { period }) };
          case "notFound":
            return { intent: "info", text: s.setup.periodNotFound };
        }
      },
    );

  const fillDocument = (): Promise<void> =>
    run(
      "document",
      () => actions.fillDocument({ ...request, document: state.document }),
      (result): Outcome => {
        const t = s.document;
        const names = (keys: readonly string[]): string =>
          keys.map((k) => checkStrings.check.documentFields[k as keyof typeof checkStrings.check.documentFields]).join(", ");
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
      },
    );

  const download = (): Promise<void> =>
    run(
      "download",
      () => actions.downloadWorkbook(state.choice),
      (result) => ({
        intent: "success",
        text:
          result.how === "newWorkbook"
            ? s.download.opened
            : fill(s.download.downloaded, { file: result.fileName, size: String(Math.max(1, Math.round(result.bytes / 1024))) }),
      }),
    );

  const insertFunction = (formula: string): Promise<void> =>
    run(
      "insertFunction",
      () => actions.insertFunctionAtSelection(formula),
      (result) => ({ intent: "success", text: fill(s.help.inserted, { formula: result.formula, address: result.address }) }),
    );

  const { busy, outcomes } = state;
  const workTab = preview ? s.preview.tab : s.app.tabWork;

  return (
    <main className={styles.main}>
      <header>
        <h1 className={styles.title}>{s.app.title}</h1>
        <p className={styles.subtitle}>{s.app.subtitle}</p>
      </header>
      {preview ? (
        <PaneMessage intent="info" title={s.preview.title}>
          {s.preview.body}
        </PaneMessage>
      ) : null}
      <Tabs<TabId>
        label={s.app.tabsLabel}
        idPrefix="pane"
        items={[
          { value: "work", label: workTab },
          { value: "help", label: s.app.tabHelp },
        ]}
        selected={state.tab}
        onSelect={(tab) => dispatch({ type: "tab", tab })}
      />
      {state.tab === "work" ? (
        <div id={panelId("pane", "work")} role="tabpanel" aria-labelledby={tabId("pane", "work")} className={styles.panel}>
          {preview ? (
            <>
              <Suspense fallback={<PaneSpinner label={s.app.loading} />}>
                <PreviewTable year={state.choice.year} />
              </Suspense>
              <ActionStep
                action="download"
                text={{ ...s.download, heading: s.preview.downloadHeading }}
                busy={busy}
                outcome={outcomes.download}
                onRun={() => void download()}
                primary
              />
            </>
          ) : (
            <>
              <SetupStep
                choice={state.choice}
                busy={busy}
                periodOutcome={outcomes.period}
                onChange={(choice) => dispatch({ type: "choose", choice })}
                onApplyPeriod={() => void applyPeriod()}
              />
              <InsertStep
                kind={state.insertKind}
                busy={busy}
                outcome={outcomes.insert}
                askExisting={state.askExisting}
                onKind={(kind) => dispatch({ type: "insertKind", kind })}
                onInsert={() => void insert("ask")}
                onAnswer={answer}
              />
              <FillStep
                myUnit={state.choice.myUnit}
                myUnitOnly={state.myUnitOnly}
                busy={busy}
                goToOutcome={outcomes.goTo}
                protectOutcome={outcomes.protect ?? outcomes.unprotect}
                onMyUnitOnly={(value) => dispatch({ type: "myUnitOnly", value })}
                onGoTo={(code) => void goTo(code)}
                onProtect={() => void protection(true)}
                onUnprotect={() => void protection(false)}
              />
              <ActionStep
                action="highlight"
                text={s.highlight}
                busy={busy}
                outcome={outcomes.highlight}
                onRun={() => void highlight()}
              />
              <ActionStep
                action="check"
                text={s.check}
                busy={busy}
                outcome={outcomes.check}
                onRun={() => void check()}
              >
                {state.check ? (
                  <Suspense fallback={<PaneSpinner size="tiny" label={s.app.loading} />}>
                    <CheckResults
                      result={state.check}
                      busy={busy}
                      selectOutcome={outcomes.select}
                      onSelect={(finding) => void select(finding)}
                    />
                    <ReportSummary result={state.check} period={state.choice.period} onCopy={(text) => actions.copyText(text)} />
                  </Suspense>
                ) : null}
              </ActionStep>
              <DocumentStep
                fields={state.document}
                busy={busy}
                outcome={outcomes.document}
                onChange={(fields) => dispatch({ type: "document", fields })}
                onWrite={() => void fillDocument()}
              />
              <ShareStep
                mode={state.portableMode}
                busy={busy}
                outcome={outcomes.portableCopy}
                onMode={(mode) => dispatch({ type: "portableMode", mode })}
                onRun={() => void portableCopy()}
              />
              <ActionStep
                action="download"
                text={s.download}
                busy={busy}
                outcome={outcomes.download}
                onRun={() => void download()}
              />
              <ConsolidateStep
                actions={actions}
                request={request}
                busy={busy}
                previewOutcome={outcomes.consolidatePreview}
                writeOutcome={outcomes.consolidate}
                run={run}
              />
            </>
          )}
          <Suspense fallback={null}>
            <SupportSection
              actions={actions}
              busy={busy !== null}
              onRunning={(running) =>
                dispatch(running ? { type: "start", action: "selfTest" } : { type: "finish", action: "selfTest", outcome: null })
              }
            />
          </Suspense>
        </div>
      ) : (
        <div id={panelId("pane", "help")} role="tabpanel" aria-labelledby={tabId("pane", "help")} className={styles.panel}>
          <Suspense fallback={<PaneSpinner label={s.app.loading} />}>
            <HelpPanel
              busy={busy}
              outcome={outcomes.insertFunction}
              onInsert={preview ? undefined : (formula) => void insertFunction(formula)}
            />
          </Suspense>
        </div>
      )}
    </main>
  );
}
