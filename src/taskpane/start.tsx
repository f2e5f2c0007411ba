/**
 * The pane's start, loaded by index.tsx once the first view is painted. The page already shows the
 * pane's first view (rendered at build time by firstView.tsx, Vietnamese, light theme, every action
 * waiting): this hydrates it at once, without waiting for Office, then, when Office has answered,
 * gives the pane its actions (Excel's, or the read-only preview's in a plain browser), its language
 * and its theme. A page built without the first view (the dev server's first build) is rendered.
 * The actions are a chunk of their own ("actions"), loaded once Office has said which host this
 * is, together with the language and the theme: the first view needs none of them.
 */
import { useEffect, useState } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { languageFor, type Language } from "../i18n/language";
import { App } from "./App";
import type { PaneActions } from "./actions";
import { STARTING_ACTIONS } from "./startingActions";
import { loadLocale } from "./strings";
import { applyTheme, type OfficeThemeColors } from "./theme";

/** The attribute firstView.tsx's build step puts on #root when it holds the first view. */
export const FIRST_VIEW_ATTRIBUTE = "data-first-view";

interface Environment {
  readonly actions: PaneActions;
  readonly language: Language;
  readonly colors: OfficeThemeColors | undefined;
}

/** What the first view was rendered with; hydration must start from the same. */
const FIRST_VIEW: Environment = { actions: STARTING_ACTIONS, language: "vi", colors: undefined };

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function officeContext(): { displayLanguage?: string; officeTheme?: OfficeThemeColors } | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context : undefined;
  } catch {
    return undefined;
  }
}

/** What Office said, with the host's actions still loading (the "actions" chunk). */
interface Answer extends Omit<Environment, "actions"> {
  readonly actions: Promise<PaneActions>;
}

function preview(): Answer {
  const actions = import(/* webpackChunkName: "actions" */ "./previewActions").then((m) => m.createPreviewActions());
  return { actions, language: "vi", colors: undefined };
}

async function environment(): Promise<Answer> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return preview();
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return preview();
  const context = officeContext();
  const language = languageFor(context?.displayLanguage);
  const actions = import(/* webpackChunkName: "actions" */ "./excelActions").then((m) => m.createExcelActions(language));
  return { actions, language, colors: context?.officeTheme };
}

/**
 * The environment once Office has answered, with its actions, strings and theme loaded (English
 * strings and the dark theme are chunks of their own; without them the pane stays Vietnamese, in
 * the light theme). Until the actions have loaded, every action waits (the first view's).
 */
async function ready(): Promise<Environment> {
  let answer: Answer;
  try {
    answer = await environment();
  } catch (error: unknown) {
    console.error("Office did not start:", error);
    answer = preview();
  }
  const [actions] = await Promise.all([
    answer.actions.catch((error: unknown) => {
      console.error("The pane's actions did not load:", error);
      return STARTING_ACTIONS;
    }),
    applyTheme(answer.colors, prefersDark()),
    loadLocale(answer.language).catch((error: unknown) => console.error("Strings did not load:", error)),
  ]);
  document.documentElement.lang = answer.language;
  return { ...answer, actions };
}

/** The pane with the first view's environment, then Office's. */
function Root({ environment: next }: { readonly environment: Promise<Environment> }) {
  const [env, setEnv] = useState(FIRST_VIEW);
  useEffect(() => {
    let mounted = true;
    void next.then((value) => mounted && setEnv(value));
    return () => {
      mounted = false;
    };
  }, [next]);
  return <App actions={env.actions} language={env.language} />;
}

export function start(): void {
  const rootElement = document.getElementById("root");
  // legacy-check.js found a web view too old for this bundle and has shown its own message.
  if (!rootElement || (window as { kpiLegacyBrowser?: boolean }).kpiLegacyBrowser) return;
  const pane = <Root environment={ready()} />;
  if (rootElement.hasAttribute(FIRST_VIEW_ATTRIBUTE)) {
    hydrateRoot(rootElement, pane, {
      // A first view that does not match is thrown away and rendered again: say so, loudly.
      onRecoverableError: (error: unknown) => console.error("The first view did not match the pane (hydration):", error),
    });
  } else {
    createRoot(rootElement).render(pane);
  }
}

