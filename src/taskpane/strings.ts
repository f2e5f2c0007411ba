/**
 * The pane's strings in the language Excel runs in, through a React context so every component
 * reads the same table (src/i18n/vi/pane.ts or src/i18n/en/pane.ts).
 */
import { createContext, useContext } from "react";
import { paneEn } from "../i18n/en/pane";
import type { Language } from "../i18n/language";
import { paneVi, type PaneStrings } from "../i18n/vi/pane";
import { checkEn } from "../i18n/en/check";
import { insertEn } from "../i18n/en/insert";
import { periodEn } from "../i18n/en/period";
import { checkVi, type CheckStrings } from "../i18n/vi/check";
import { insertVi, type InsertStrings } from "../i18n/vi/insert";
import { periodVi, type PeriodStrings } from "../i18n/vi/period";

export function paneStrings(language: Language): PaneStrings {
  return language === "en" ? paneEn : paneVi;
}

export function periodStrings(language: Language): PeriodStrings {
  return language === "en" ? periodEn : periodVi;
}

export interface LocaleInfo {
  readonly language: Language;
  readonly s: PaneStrings;
  /** Report-period words of the pane (src/i18n/{vi,en}/period.ts). */
  readonly periods: PeriodStrings;
  /** What inserting and protecting the appendix says (src/i18n/{vi,en}/insert.ts). */
  readonly insert: InsertStrings;
  /** What the check, the highlighting and the portable copy say (src/i18n/{vi,en}/check.ts). */
  readonly check: CheckStrings;
}

export function localeInfo(language: Language): LocaleInfo {
  return {
    language,
    s: paneStrings(language),
    periods: periodStrings(language),
    insert: language === "en" ? insertEn : insertVi,
    check: language === "en" ? checkEn : checkVi,
  };
}

export const LocaleContext = createContext<LocaleInfo>(localeInfo("vi"));

export function useLocale(): LocaleInfo {
  return useContext(LocaleContext);
}

export { fillTemplate as fill } from "../domain/kpiFunctions";
