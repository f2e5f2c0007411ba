/**
 * Excel's errors (OfficeExtension.Error: { code, message, debugInfo }) in words that say what
 * happened and what to do, in the pane's language. Works on anything thrown: unknown shapes get
 * the generic message with their text.
 */
import { insertEn } from "../i18n/en/insert";
import type { Language } from "../i18n/language";
import { insertVi, type InsertStrings } from "../i18n/vi/insert";

export interface ExcelErrorDescription {
  /** Excel's error code ("AccessDenied", …), or "unknown". */
  readonly code: string;
  /** What happened and what to do. */
  readonly message: string;
}

type ErrorKey = keyof InsertStrings["errors"];

const STRINGS: Readonly<Record<Language, InsertStrings>> = { vi: insertVi, en: insertEn };

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, debugInfo } = error as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof code === "string" && code) return code;
  if (typeof debugInfo?.code === "string" && debugInfo.code) return debugInfo.code;
  return undefined;
}

function detailOf(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { message, debugInfo } = error as { message?: unknown; debugInfo?: { errorLocation?: unknown } };
    const location = typeof debugInfo?.errorLocation === "string" && debugInfo.errorLocation ? ` — ${debugInfo.errorLocation}` : "";
    if (typeof message === "string" && message) return message + location;
  }
  return typeof error === "string" && error ? error : String(error);
}

/** Describes an error thrown by Excel.run / context.sync in the given language. */
export function describeExcelError(error: unknown, language: Language): ExcelErrorDescription {
  const strings = STRINGS[language].errors;
  let code = codeOf(error);
  // Some hosts report a protected sheet as InvalidOperation with a message that says so.
  if (code === "InvalidOperation" && /protect/i.test(detailOf(error))) code = "AccessDenied";
  const known = code !== undefined && Object.prototype.hasOwnProperty.call(strings, code) && code !== "unknown";
  const template = known ? strings[code as ErrorKey] : strings.unknown;
  return { code: known ? code! : (code ?? "unknown"), message: template.replace("{detail}", detailOf(error)) };
}
