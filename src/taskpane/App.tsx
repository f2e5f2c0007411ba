/**
 * The task pane: where the report stands (the status strip), then the job in steps (choose,
 * insert, fill, consolidate, highlight, check, the document's fields, portable copy, download), the "Hỗ trợ" section (self-test,
 * support information) and the KPI function help. Its state and what its buttons do live in
 * usePane.ts; every Excel call goes through the PaneActions it is given, so the components never
 * touch Excel.
 *
 * The same component renders the first view at build time (firstView.tsx: Vietnamese, actions
 * "starting") and hydrates it in the browser (index.tsx), so it must render the same thing from
 * the same props on both sides: nothing here may depend on the browser during the first render.
 * The theme is not a prop: it is CSS variables (fluentTheme.css, theme.ts), so no FluentProvider
 * (which writes a <style> element the page's CSP refuses) is needed.
 */
import { makeStyles } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo } from "react";
import type { Language } from "../i18n/language";
import type { PaneActions, PaneChoice } from "./actions";
import { ActionStep } from "./components/ActionStep";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { PaneMessage } from "./components/PaneMessage";
import { PaneSpinner } from "./components/PaneSpinner";
import { StatusStrip } from "./components/StatusStrip";
import { Tabs, panelId, tabId } from "./components/Tabs";
import { markFirstRender } from "./perf";
import type { Tab as TabId } from "./state";
import { LocaleContext, localeInfo, useLocale, type LocaleInfo } from "./strings";
import { tokens } from "./tokens";
import { SupportStep } from "./SupportStep";
import { usePane } from "./usePane";
import { WorkSteps } from "./WorkSteps";

/** Shown only outside Excel: loaded on demand, with the sheet layout it reads its headers from. */
const PreviewTable = lazy(() => import(/* webpackChunkName: "preview" */ "./components/PreviewTable"));
/** The KPI function help tab: loaded when it is first opened, with the functions' documentation. */
const HelpPanel = lazy(() => import(/* webpackChunkName: "help" */ "./components/HelpPanel"));

/** The element that marks the first view for the benchmark (Element Timing, bench/pane.ts). */
export const FIRST_VIEW_ELEMENT = "kpi-first-view";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    textAlign: "start",
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
  /** Excel's actions, the preview's outside Excel, or STARTING_ACTIONS until Office answers. */
  readonly actions: PaneActions;
  readonly language: Language;
  readonly initialChoice?: Partial<PaneChoice>;
}

export function App({ actions, language, initialChoice }: AppProps) {
  const styles = useStyles();
  const locale = useMemo<LocaleInfo>(() => localeInfo(language), [language]);
  useEffect(() => markFirstRender(), []);
  return (
    <div className={styles.root} lang={language} dir="ltr">
      <LocaleContext.Provider value={locale}>
        <ErrorBoundary s={locale.s}>
          <Pane actions={actions} initialChoice={initialChoice} />
        </ErrorBoundary>
      </LocaleContext.Provider>
    </div>
  );
}

interface PaneProps {
  readonly actions: PaneActions;
  readonly initialChoice?: Partial<PaneChoice>;
}

function Pane({ actions, initialChoice }: PaneProps) {
  const locale = useLocale();
  const { s } = locale;
  const styles = useStyles();
  const pane = usePane(actions, locale, initialChoice);
  const { state, dispatch, handlers } = pane;
  const preview = actions.host === "preview";
  // Until Office answers, every action waits (its button is disabled, still focusable).
  const busy = actions.host === "starting" ? "starting" : state.busy;
  const { outcomes } = state;

  return (
    <main className={styles.main}>
      <header>
        {/* eslint-disable-next-line react/no-unknown-property -- Element Timing's attribute, typed in elementTiming.d.ts */}
        <h1 className={styles.title} elementtiming={FIRST_VIEW_ELEMENT}>
          {s.app.title}
        </h1>
        <p className={styles.subtitle}>{s.app.subtitle}</p>
      </header>
      {preview ? (
        <PaneMessage intent="info" title={s.preview.title}>
          {s.preview.body}
        </PaneMessage>
      ) : (
        <StatusStrip
          status={state.status}
          connected={actions.host === "excel"}
          busy={busy}
          selectOutcome={outcomes.statusSelect}
          onSelect={(code) => handlers.goTo(code, "status")}
        />
      )}
      <Tabs<TabId>
        label={s.app.tabsLabel}
        idPrefix="pane"
        items={[
          { value: "work", label: preview ? s.preview.tab : s.app.tabWork },
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
                onRun={handlers.download}
                primary
              />
            </>
          ) : (
            <WorkSteps pane={pane} actions={actions} busy={busy} />
          )}
          <SupportStep actions={actions} pane={pane} busy={busy} />
        </div>
      ) : (
        <div id={panelId("pane", "help")} role="tabpanel" aria-labelledby={tabId("pane", "help")} className={styles.panel}>
          <Suspense fallback={<PaneSpinner label={s.app.loading} />}>
            <HelpPanel busy={busy} outcome={outcomes.insertFunction} onInsert={preview ? undefined : handlers.insertFunction} />
          </Suspense>
        </div>
      )}
    </main>
  );
}
