/**
 * The pre-submission check in Excel: one sync reads the appendix (values and formulas of the
 * table's block) and every workbook name, then the pure check (src/domain/check.ts) lists the
 * problems. Clicking a finding selects its cell: one more sync.
 */
import { checkAppendix, snapshotAddress, type AppendixSnapshot, type CellGridRows, type CheckOptions, type CheckReport } from "../domain/check";

/** Reads everything the check needs in one sync. */
export async function readAppendixSnapshot(context: Excel.RequestContext, sheetName: string): Promise<AppendixSnapshot> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  const block = sheet.getRange(snapshotAddress()).load("values,formulas");
  const names = context.workbook.names.load("items/name,items/type,items/value");
  await context.sync();
  const namedReferences = names.items.map((item) => ({
    name: item.name,
    // A range name's value is its reference ("'Phụ lục 2024'!$G$8"); a broken one is "#REF!".
    reference: typeof item.value === "string" ? item.value : String(item.value),
  }));
  if (sheet.isNullObject) return { sheetName, sheetExists: false, values: [], formulas: [], names: namedReferences };
  return {
    sheetName: sheet.name,
    sheetExists: true,
    values: block.values as CellGridRows,
    formulas: block.formulas as CellGridRows,
    names: namedReferences,
  };
}

/** Reads the sheet (one sync) and checks it. */
export async function checkSheet(context: Excel.RequestContext, sheetName: string, options: CheckOptions = {}): Promise<CheckReport> {
  return checkAppendix(await readAppendixSnapshot(context, sheetName), options);
}

/**
 * Activates the sheet and selects the cell (or range) of a finding, in one sync. Returns false
 * when the sheet or the address no longer exists (the sheet was deleted or renamed meanwhile).
 */
export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  try {
    await context.sync();
    return true;
  } catch (error: unknown) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ItemNotFound" || code === "InvalidArgument") return false;
    throw error;
  }
}
