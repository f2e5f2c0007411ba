/** The pane's English strings, one chunk loaded only when Excel runs in English (strings.ts). */
import { checkEn } from "../i18n/en/check";
import { functionsEn } from "../i18n/en/functions";
import { insertEn } from "../i18n/en/insert";
import { paneEn } from "../i18n/en/pane";
import { periodEn } from "../i18n/en/period";
import type { LocaleInfo } from "./strings";

export const LOCALE_EN: LocaleInfo = {
  language: "en",
  s: paneEn,
  periods: periodEn,
  insert: insertEn,
  check: checkEn,
  functions: functionsEn,
};
