/**
 * The pane's strings in the language Excel runs in, through a React context so every component
 * reads the same table. Vietnamese (the default) is built in; English is loaded on demand
 * (loadLocale, before the first render in English Excel) so Vietnamese users never download it.
 */
import { createContext, useContext } from "react";
import type { Language } from "../i18n/language";
import { checkVi, type CheckStrings } from "../i18n/vi/check";
import { functionsVi, type FunctionStrings } from "../i18n/vi/functions";
import { insertVi, type InsertStrings } from "../i18n/vi/insert";
import { paneVi, type PaneStrings } from "../i18n/vi/pane";
import { periodVi, type PeriodStrings } from "../i18n/vi/period";

export interface LocaleInfo {
  readonly language: Language;
  readonly s: PaneStrings;
  /** Report-period words of the pane (src/i18n/{vi,en}/period.ts). */
  readonly periods: PeriodStrings;
  /** What inserting and protecting the appendix says (src/i18n/{vi,en}/insert.ts). */
  readonly insert: InsertStrings;
  /** What the check, the highlighting and the portable copy say (src/i18n/{vi,en}/check.ts). */
  readonly check: CheckStrings;
  /** The indicators' names, what b and a count, targets (src/i18n/{vi,en}/functions.ts). */
  readonly functions: FunctionStrings;
}

const VIETNAMESE: LocaleInfo = {
  language: "vi",
  s: paneVi,
  periods: periodVi,
  insert: insertVi,
  check: checkVi,
  functions: functionsVi,
};

const locales = new Map<Language, LocaleInfo>([["vi", VIETNAMESE]]);

/** Makes a language available (its strings are a separate chunk; see localeEn.ts). */
export function registerLocale(locale: LocaleInfo): void {
  locales.set(locale.language, locale);
}

/** Loads the strings of a language; Vietnamese is always there. */
export async function loadLocale(language: Language): Promise<LocaleInfo> {
  if (!locales.has(language) && language === "en") {
    const { LOCALE_EN } = await import(/* webpackChunkName: "locale-en" */ "./localeEn");
    registerLocale(LOCALE_EN);
  }
  return localeInfo(language);
}

/** The strings of a language already loaded (Vietnamese when it is not). */
export function localeInfo(language: Language): LocaleInfo {
  return locales.get(language) ?? VIETNAMESE;
}

export const LocaleContext = createContext<LocaleInfo>(VIETNAMESE);

export function useLocale(): LocaleInfo {
  return useContext(LocaleContext);
}

export { fillTemplate as fill } from "../domain/template";
