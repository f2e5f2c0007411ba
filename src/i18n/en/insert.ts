/**
 * English strings of inserting the appendix, shown when Office's display language is English.
 * Typed against the Vietnamese strings so that neither language can miss a string.
 */
import type { InsertStrings } from "../vi/insert";

export const insertEn: InsertStrings = {
  action: "Insert the appendix",
  features: {
    customFunctions: "KPI.* functions (Kết quả and Đánh giá use ordinary Excel formulas with the same rules)",
    names: "Defined names (KPI_…) that let the add-in find its cells after rows or columns are inserted",
    validation: "Input checks (whole numbers ≥ 0 only, b ≤ a)",
    conditionalFormats: "Colours for Đạt / Không đạt results and wrong inputs",
    protection: "Locking the cells that are not inputs",
    freeze: "Frozen header rows while scrolling",
    print: "Print setup (A4 landscape, one page wide, header rows on every page)",
  },
  leftOutIntro: "This version of Excel does not support the following, so the appendix lacks:",
  status: {
    inserted: "Inserted the sheet “{sheet}”.",
    updated: "Updated the sheet “{sheet}”; kept the {kept} figures and notes already entered.",
    exists:
      "The sheet “{sheet}” already holds data. Choose “Update in place” (keeps the b, a figures and notes entered) or “New sheet”.",
    conflict:
      "Could not update “{sheet}”: cells {cells} hold content that is not part of the appendix and would be overwritten. Move that content elsewhere, or choose “New sheet”.",
    tableResized:
      "Could not update “{sheet}” in place because rows or columns were inserted or deleted inside the table. Choose “New sheet” (the old figures stay on the old sheet).",
    protected:
      "The sheet “{sheet}” is protected. Unprotect it (the “Unprotect” button, or Review › Unprotect Sheet), then update again.",
    otherPlan:
      "This workbook was made for the {carried} plan, not the chosen one ({chosen}): nothing was inserted. Choose the workbook's own plan again, or make the appendix for the new plan in a new workbook.",
    unsupported:
      "This version of Excel is too old to insert the appendix (ExcelApi 1.4 is needed). Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web.",
  },
  planChange: {
    askTitle: "Move “{sheet}” to the {chosen} plan?",
    ask: "This workbook was made for the {carried} plan. “Update in place” moves the table “{sheet}” to the {chosen} plan: the b, a figures and notes of the indicators both plans share are kept and follow their indicator (also when its number changed); indicators the new plan no longer has are dropped from the table. Two plans never share a workbook, so no new sheet can be added to this one.",
    askDropped:
      "These indicators are not in the {chosen} plan but hold data: {dropped}. Updating drops their rows from the table “{sheet}”: copy the figures if you need them (the list is shown again after the update). Choose “Update in place” to drop these indicators and go on.",
    droppedData:
      "“{sheet}” was not updated: these indicators are not in the {chosen} plan but hold data: {dropped}. Copy the figures if you need them, then update again and confirm dropping these indicators.",
    changed: "Moved the table to the {chosen} plan (before: the {carried} plan).",
    dropped: "Dropped indicator {indicator} (not in the {year} plan).",
    indicator: "{code} “{name}”",
    figures: "old figures: {figures}",
    droppedFigures: "Old figures of {code}: {figures}.",
    numerator: "b = {value}",
    denominator: "a = {value}",
    note: "note: “{value}”",
  },
  notes: {
    nativeFormulas:
      "This Excel does not run custom functions, so Kết quả and Đánh giá use ordinary Excel formulas with the same rules.",
    locatedByHeader: "The table's defined names were missing; the add-in found the table by its header row and recreated them.",
    fixedAddresses: "The table's defined names were missing; the add-in used the appendix's default position and recreated them.",
    namePrefixChanged: "The workbook already has another appendix table, so this table's names start with {prefix}_.",
    tableResized: "Rows or columns were inserted or deleted inside the table.",
    nameCommentsSkipped: "So that one Ctrl+Z undoes the insert, the defined names were created without comments.",
  },
  protection: {
    protect: "Protect sheet",
    unprotect: "Unprotect",
    protected: "Protected “{sheet}”: only the Tử số (b), Mẫu số (a) and Ghi chú cells can be edited. No password was set.",
    alreadyProtected: "The sheet “{sheet}” was already protected.",
    unprotected: "Unprotected “{sheet}”.",
    notProtected: "The sheet “{sheet}” is not protected.",
  },
  errors: {
    AccessDenied:
      "Excel refused to write because the sheet is protected or the workbook is read-only. Unprotect the sheet (Review › Unprotect Sheet) or open the workbook for editing, then try again.",
    InvalidOperationInCellEditMode:
      "A cell is being edited, so Excel did not take the command. Press Enter or Esc to leave the cell, then try again.",
    InvalidOperation:
      "Excel refused this operation (usually because the sheet is protected or the cells are locked). Unprotect the sheet, then try again.",
    InvalidArgument: "Excel did not accept a value the add-in sent ({detail}). Please report this to the add-in's administrator.",
    ItemNotFound: "The sheet or defined name needed was not found; it may have been renamed or deleted. Insert the appendix again.",
    ItemAlreadyExists: "A sheet or defined name with the same name already exists. Rename the old sheet or choose “New sheet”.",
    ApiNotFound: "This version of Excel does not support an operation needed. Update Excel or use Excel on the web.",
    UnsupportedFeature: "This version of Excel does not support an operation needed. Update Excel or use Excel on the web.",
    NotImplemented: "This version of Excel does not support an operation needed. Update Excel or use Excel on the web.",
    MergedRangeConflict: "Merged cells differ from the appendix's layout. Unmerge the cells in the table area or choose “New sheet”.",
    InsertDeleteConflict: "Excel could not insert because of merged cells or a table in the way. Choose “New sheet”.",
    Conflict: "The workbook is being changed by someone or something else. Wait a moment and try again.",
    RequestAborted: "Excel cancelled the operation (perhaps you were working in the workbook). Try again.",
    ActivityLimitReached: "Excel is busy with too many operations. Wait a moment and try again.",
    UndoNotSupported: "The changes could not be grouped into one undo step. Try again; if it fails again, report it to the add-in's administrator.",
    GeneralException: "Excel hit an error ({detail}). Save the workbook, close and reopen Excel, then try again.",
    unknown: "Something went wrong while working with Excel ({detail}). Try again; if it fails again, report it to the add-in's administrator.",
  },
};
