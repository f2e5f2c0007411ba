/**
 * The consolidation's words in the pane's language. Not part of the pane's LocaleInfo: only the
 * consolidation's step body and preview need them, and they load with that chunk ("consolidation")
 * when the step is first opened, both languages together (the first view carries only the heading).
 */
import { consolidateEn } from "../i18n/en/consolidate";
import { consolidateVi, type ConsolidateStrings } from "../i18n/vi/consolidate";
import { useLocale } from "./strings";

export function useConsolidateStrings(): ConsolidateStrings {
  return useLocale().language === "en" ? consolidateEn : consolidateVi;
}
