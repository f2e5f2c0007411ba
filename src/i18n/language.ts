/**
 * UI language selection. Vietnamese is the default; English when Office's display language is
 * English. Each language's strings live in one folder (src/i18n/vi, src/i18n/en), split by area;
 * the English files are typed against the Vietnamese ones so neither can miss a string.
 */
export type Language = "vi" | "en";

/** Maps Office's display language ("en-US", "vi-VN", …) to the UI language. */
export function languageFor(displayLanguage: string | undefined | null): Language {
  return displayLanguage && /^en\b/i.test(displayLanguage.trim()) ? "en" : "vi";
}
