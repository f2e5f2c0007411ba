/**
 * Checks of the standalone workbook's parameters, shared by the CLI and the builder. Pure and
 * browser-safe. Messages come in Vietnamese (for the people who use the file) and English.
 */
import { PLAN } from "../domain/catalog";
import { documentFieldSpec, parseDocumentDate, type DocumentFieldKey } from "../domain/layout/documentFrame";

/** A user-facing message: Vietnamese first, English for maintainers. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** Long enough for any unit name; a cell holds 32767 characters but a title line should not. */
const MAX_UNIT_NAME_LENGTH = 200;

/** Why a year cannot be used, or undefined when it can. */
export function checkYear(year: number): Message | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return {
      vi: `Năm phải là số có 4 chữ số từ ${MIN_YEAR} đến ${MAX_YEAR} (nhận được: ${String(year)}).`,
      en: `The year must be a 4-digit year from ${MIN_YEAR} to ${MAX_YEAR} (got: ${String(year)}).`,
    };
  }
  return undefined;
}

/** Parses a year typed on the command line: exactly four digits, nothing else. */
export function parseYear(text: string): { ok: true; year: number } | { ok: false; message: Message } {
  if (!/^\d{4}$/.test(text)) {
    return {
      ok: false,
      message: {
        vi: `--year phải là năm có 4 chữ số từ ${MIN_YEAR} đến ${MAX_YEAR} (nhận được: "${text}").`,
        en: `--year must be a 4-digit year from ${MIN_YEAR} to ${MAX_YEAR} (got: "${text}").`,
      },
    };
  }
  const year = Number(text);
  const problem = checkYear(year);
  return problem ? { ok: false, message: problem } : { ok: true, year };
}

/** Why a unit name cannot be used, or undefined when it can. */
export function checkUnitName(unitName: string): Message | undefined {
  const trimmed = unitName.trim();
  if (trimmed === "") {
    return {
      vi: "Tên đơn vị (--unit) không được để trống.",
      en: "The unit name (--unit) must not be empty.",
    };
  }
  if (trimmed.length > MAX_UNIT_NAME_LENGTH) {
    return {
      vi: `Tên đơn vị (--unit) dài quá ${MAX_UNIT_NAME_LENGTH} ký tự.`,
      en: `The unit name (--unit) is longer than ${MAX_UNIT_NAME_LENGTH} characters.`,
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    return {
      vi: "Tên đơn vị (--unit) không được chứa ký tự điều khiển (xuống dòng, tab…).",
      en: "The unit name (--unit) must not contain control characters (line breaks, tabs…).",
    };
  }
  return undefined;
}

/** The message as the CLI prints it: Vietnamese, then English on the next line. */
export function formatMessage(message: Message): string {
  return `${message.vi}\n${message.en}`;
}

/** The file name the CLI suggests and the task pane downloads: "PhuLuc-2024.xlsx". */
export function defaultWorkbookFileName(year: number = PLAN.year): string {
  return `PhuLuc-${year}.xlsx`;
}

/** The file name the CLI suggests for monthly reporting (--period): "BaoCao-2024.xlsx". */
export function defaultMonthlyWorkbookFileName(year: number = PLAN.year): string {
  return `BaoCao-${year}.xlsx`;
}

/** Long enough for a name, a title or a body; the recipients' list may hold several. */
const MAX_FIELD_LENGTH = 200;
const MAX_RECIPIENTS_LENGTH = 1000;

/**
 * Why a document frame field cannot be used, or undefined when it can: a date must be a real day
 * (2024-04-05 or 05/04/2024, 2000–2100); text has no control characters and a sane length.
 * `option` names it in the message (the CLI's "--date").
 */
export function checkDocumentField(key: DocumentFieldKey, value: string, option: string): Message | undefined {
  const spec = documentFieldSpec(key);
  const text = value.trim();
  if (spec.kind === "date") {
    return parseDocumentDate(text)
      ? undefined
      : {
          vi: `${option} phải là một ngày dạng năm-tháng-ngày (2024-04-05) hoặc ngày/tháng/năm (05/04/2024), từ năm 2000 đến 2100 (nhận được: "${value}").`,
          en: `${option} must be a date as 2024-04-05 or 05/04/2024, from 2000 to 2100 (got: "${value}").`,
        };
  }
  if (text === "") return { vi: `${option} không được để trống.`, en: `${option} must not be empty.` };
  const max = spec.kind === "list" ? MAX_RECIPIENTS_LENGTH : MAX_FIELD_LENGTH;
  if (text.length > max) return { vi: `${option} dài quá ${max} ký tự.`, en: `${option} is longer than ${max} characters.` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) {
    return {
      vi: `${option} không được chứa ký tự điều khiển (xuống dòng, tab…); nơi nhận cách nhau bằng dấu ;.`,
      en: `${option} must not contain control characters (line breaks, tabs…); separate recipients with ;.`,
    };
  }
  return undefined;
}
