/**
 * Entry of the task pane bundle. Waits for Office, then renders the pane: with the Excel actions
 * inside Excel, with the read-only preview anywhere else (a plain browser, where office.js reports
 * no host or did not load at all). The language and the theme follow Office.
 */
import type { Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { languageFor, type Language } from "../i18n/language";
import { App } from "./App";
import type { PaneActions } from "./actions";
import { createExcelActions } from "./excelActions";
import { createPreviewActions } from "./previewActions";
import { loadLocale } from "./strings";
import { loadTheme, type OfficeThemeColors } from "./theme";

interface Environment {
  readonly actions: PaneActions;
  readonly language: Language;
  readonly colors: OfficeThemeColors | undefined;
}

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

function render(rootElement: HTMLElement, env: Environment, theme: Theme): void {
  document.documentElement.lang = env.language;
  if (env.colors?.bodyBackgroundColor) document.body.style.backgroundColor = theme.colorNeutralBackground1;
  createRoot(rootElement).render(<App actions={env.actions} language={env.language} theme={theme} />);
}

function preview(): Environment {
  return { actions: createPreviewActions(), language: "vi", colors: undefined };
}

async function environment(): Promise<Environment> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return preview();
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return preview();
  const context = officeContext();
  const language = languageFor(context?.displayLanguage);
  return { actions: createExcelActions(language), language, colors: context?.officeTheme };
}

function start(): void {
  const rootElement = document.getElementById("root");
  // legacy-check.js found a web view too old for this bundle and has shown its own message.
  if (!rootElement || (window as { kpiLegacyBrowser?: boolean }).kpiLegacyBrowser) return;
  const show = async (): Promise<void> => {
    let env: Environment;
    try {
      env = await environment();
    } catch (error: unknown) {
      console.error("Office did not start:", error);
      env = preview();
    }
    // English strings and the dark theme are separate chunks; without them the pane speaks
    // Vietnamese, in the light theme.
    const [theme] = await Promise.all([
      loadTheme(env.colors, prefersDark()),
      loadLocale(env.language).catch((error: unknown) => console.error("Strings did not load:", error)),
    ]);
    render(rootElement, env, theme);
  };
  void show();
}

start();
