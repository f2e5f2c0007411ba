/**
 * Fills the document frame of an appendix already in the workbook: each field stated (the pane's
 * number, date, names, recipients) goes into its input cell, found by its workbook name
 * (KPI_DOC_NUMBER …) wherever rows moved it. Blank fields are left alone — nothing a person typed
 * in the sheet is replaced by nothing. Two syncs: find the cells, write them. The input cells are
 * unlocked, so this works on a protected sheet too.
 */
import { DEFAULT_NAME_PREFIX } from "../domain/layout/appendixLayout";
import {
  DOCUMENT_FIELDS,
  documentCellValue,
  documentName,
  statedDocumentFields,
  type DocumentFieldKey,
  type DocumentFields,
} from "../domain/layout/documentFrame";

/** "written"; "frameMissing" (no input cell found: a sheet made before the frame); "nothingToWrite". */
export type DocumentWriteStatus = "written" | "frameMissing" | "nothingToWrite";

export interface DocumentWriteResult {
  readonly status: DocumentWriteStatus;
  /** The fields written, in the frame's order. */
  readonly written: readonly DocumentFieldKey[];
  /** Stated fields the sheet has no cell for (the plain table has no data cut-off date). */
  readonly skipped: readonly DocumentFieldKey[];
}

/** Text that Excel would read as a formula or a number sign stays text ("'=…"). */
function asText(value: string | number | null): string | number | null {
  return typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** Writes the stated fields into the frame's input cells. At most two syncs; none when nothing is stated. */
export async function writeDocumentFields(
  context: Excel.RequestContext,
  fields: DocumentFields,
  options: { readonly namePrefix?: string } = {},
): Promise<DocumentWriteResult> {
  const prefix = options.namePrefix ?? DEFAULT_NAME_PREFIX;
  const stated = statedDocumentFields(fields);
  const specs = DOCUMENT_FIELDS.filter((spec) => stated[spec.key] !== undefined);
  if (specs.length === 0) return { status: "nothingToWrite", written: [], skipped: [] };

  // Sync 1: the cells, by their names.
  const cells = specs.map((spec) => ({
    spec,
    range: context.workbook.names.getItemOrNullObject(documentName(prefix, spec.key)).getRangeOrNullObject().load("address"),
  }));
  await context.sync();
  const found = cells.filter((c) => !c.range.isNullObject);
  const skipped = cells.filter((c) => c.range.isNullObject).map((c) => c.spec.key);
  if (found.length === 0) return { status: "frameMissing", written: [], skipped };

  // Sync 2: the values (dates as Excel dates, the recipients as one "a; b; c" list).
  for (const { spec, range } of found) range.values = [[asText(documentCellValue(spec, stated[spec.key])) ?? ""]];
  await context.sync();
  return { status: "written", written: found.map((c) => c.spec.key), skipped };
}
