/**
 * The standalone workbook as a file, in the browser: built by src/workbook (exceljs), which is
 * loaded on first use only (a separate chunk), so the pane's first load stays small.
 */
import type { PaneChoice } from "./actions";

export interface WorkbookFile {
  readonly fileName: string;
  readonly buffer: ArrayBuffer;
}

export async function buildWorkbookFile(choice: PaneChoice): Promise<WorkbookFile> {
  const workbook = await import(/* webpackChunkName: "workbook" */ "../workbook/renderWorkbook");
  const buffer = await workbook.buildStandaloneWorkbookBuffer({ year: choice.year });
  return { fileName: workbook.defaultWorkbookFileName(choice.year), buffer };
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hands a file to the browser's download (an <a download> click on a blob URL). */
export function saveFile(file: WorkbookFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.buffer], { type: XLSX_MIME }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.rel = "noopener";
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The bytes as base64, for Excel.createWorkbook. */
export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
