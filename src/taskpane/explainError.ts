/**
 * Turns what an action rejected with into one sentence for the user: what went wrong and what to
 * do. Excel's own errors (OfficeExtension.Error, recognised by their code) are described by
 * src/excel/errors.ts, loaded with the Excel modules (the "excel" chunk, usually there already:
 * Excel's errors come from Excel actions), so that its table in both languages stays out of the
 * pane's first load; the pane adds "not available here" and errors that are not Excel's.
 */
import { fillTemplate } from "../domain/template";
import type { Language } from "../i18n/language";
import type { PaneStrings } from "../i18n/vi/pane";
import { NotAvailableError } from "./actions";

/** The code of an Office-like error ({ code: "AccessDenied", message, debugInfo }), if any. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && code) return code;
  }
  return undefined;
}

function errorText(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string" && message) return message;
  }
  return typeof error === "string" && error ? error : String(error);
}

export async function explainError(error: unknown, s: PaneStrings, language: Language): Promise<string> {
  if (error instanceof NotAvailableError) {
    return error.outsideExcel ? s.preview.notInExcel : fillTemplate(s.errors.notAvailable, { what: error.what });
  }
  if (officeErrorCode(error) !== undefined) {
    try {
      const { describeExcelError } = await import(/* webpackChunkName: "excel" */ "../excel/errors");
      return describeExcelError(error, language).message;
    } catch {
      // The chunk did not load (the network is gone): Excel's own message, in the general sentence.
    }
  }
  return fillTemplate(s.errors.unknown, { detail: errorText(error).replace(/[.\s]+$/, "") });
}
