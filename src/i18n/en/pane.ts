/**
 * English strings of the task pane, shown when Excel runs in English. Typed against the
 * Vietnamese strings (src/i18n/vi/pane.ts) so neither language can miss a string.
 */
import type { PaneStrings } from "../vi/pane";

export const paneEn: PaneStrings = {
  app: {
    title: "Reform indicators 2024",
    subtitle: "Indicator appendix of the administrative-procedure reform plan – Kiên Giang Department of Tourism",
    loading: "Loading…",
    tabsLabel: "Task pane content",
    tabWork: "Steps",
    tabHelp: "KPI functions",
    busy: "Working, please wait…",
  },
  status: {
    heading: "Where the report stands",
    starting: "Connecting to Excel…",
    loading: "Reading the figures in the workbook…",
    sheet: "Sheet “{sheet}”",
    sheetPeriod: "Sheet “{sheet}”, reporting period {period}",
    passed: "{passed}/{total} met",
    noSheet: "Appendix not inserted yet",
    noSheetHint: "Insert the appendix in step 2, then enter the figures.",
    failed: "Could not read where the report stands. {detail}",
    hint: "Click an indicator to select its input cells.",
    listLabel: "Assessment of each indicator",
    noBadge: "—",
  },
  steps: {
    setupSummary: "Year {year} · {unit} · {period}",
    insertSummary: "Sheet “{sheet}” is there",
    fillSummary: "{count}/{total} indicators have figures",
    /** The section with the self-test and the support information (not a numbered step). */
    supportHeading: "Support",
    consolidateHeading: "Consolidate the units' figures",
  },
  setup: {
    heading: "1. Choose year, unit and reporting period",
    year: "Year",
    yearHint: "The year of the plan and of the appendix.",
    unit: "My unit",
    unitHint: "The host unit whose figures you enter; the Office (Văn phòng Sở) consolidates the whole department.",
    allUnits: "Whole department (consolidated)",
    period: "Reporting period",
    periodHint:
      "A period of several months is exactly its months (Q2 = months 4–6; 9 months = months 1–9); only the year-to-date columns count from January.",
    applyRunning: "Changing the report period…",
    periodSwitched: "Changed the report period to “{period}”; the figures entered are unchanged.",
    periodUnchanged: "The workbook's report period is already “{period}”.",
    periodNotFound:
      "The workbook has no Report period cell (monthly reporting). The chosen period is still used for the copy to submit.",
  },
  insert: {
    heading: "2. Insert the appendix",
    explain:
      "Creates the appendix sheet as the plan prints it: 11 indicators, with Numerator (b), Denominator (a), Result and Assessment computed for you.",
    button: "Insert appendix",
    running: "Inserting the appendix…",
    next: "Next: enter the numerator (b) and denominator (a) in the yellow cells.",
    cancelled: "Cancelled: the workbook was not changed.",
    askTitle: "The sheet “{sheet}” already exists",
    askUpdate: "Update in place",
    askNewSheet: "New sheet",
    askCancel: "Cancel",
    kindLabel: "What to insert",
    kindPlain: "Appendix table (enter the period's figures)",
    kindMonthly: "Monthly report: enter each month once, see the period and the year to date",
    kindMonthlyHint:
      "Inserts three sheets: the appendix, computing the report period chosen in step 1 and the year to date; a sheet to enter each month's figures (each month once); and a year-to-date chart against the targets.",
  },
  monthly: {
    running: "Inserting the monthly report…",
    inserted:
      "Inserted the monthly report, report period “{period}”: the sheet “{data}” takes each month's figures, “{appendix}” computes the period and the year to date, “{chart}” holds the year-to-date chart.",
    updated:
      "Updated the monthly report (report period “{period}”); kept {kept} cells of monthly figures, report period and notes.",
    next:
      "Next: enter each month's numerator (b) and denominator (a) in the yellow cells of the sheet “{data}”. For another period, choose it in step 1 and press “Change report period”.",
    textChart: "This Excel cannot draw charts (ExcelApi 1.8 is needed), so the sheet “{chart}” shows the results as text bars.",
    askTitle: "The workbook already has a monthly report",
    exists:
      "The workbook already has the sheet “{appendix}”, “{data}” or “{chart}”. Choose “Update in place” (keeps the monthly figures, the report period and the notes entered) or “New sheet” (adds another report; the old sheets stay as they are).",
    conflict:
      "Cannot update in place: the content of {sheets} is not the monthly report's (for example the plain appendix table) and would be overwritten. Choose “New sheet”, or rename that sheet and insert again.",
    protected:
      "One of the sheets “{appendix}”, “{data}”, “{chart}” is protected. Unprotect it (Review › Unprotect Sheet), then insert again.",
  },
  fill: {
    heading: "3. Enter the figures",
    explain:
      "Type whole numbers into the yellow cells: Numerator (b) and Denominator (a). Leave them empty when there is no data yet; a denominator of 0 means “nothing arose” (Không phát sinh).",
    myUnitOnly: "Show only my unit's indicators",
    countMine: "{unit} hosts {count} indicators:",
    countAll: "Whole department: {count} indicators.",
    listLabel: "Indicators to fill in",
    target: "Target: {target}",
    hostUnit: "Host: {unit}",
    numerator: "Numerator (b): {what}",
    denominator: "Denominator (a): {what}",
    goTo: "Go to input",
    goToLabel: "Go to input: indicator {code}",
    wentTo: "Selected the input cells of indicator {code} ({address}).",
    protectButton: "Protect sheet",
    unprotectButton: "Unprotect",
    unprotectRunning: "Removing the protection…",
    protectExplain: "Locks the sheet so that only the figures and Notes can be typed; formulas cannot be deleted by mistake.",
    protectRunning: "Protecting the sheet…",
    protectUndoNote:
      "Note: protecting or unprotecting the sheet clears Excel's undo history; what you did before can no longer be undone (Ctrl+Z).",
  },
  highlight: {
    heading: "4. Highlight the results",
    explain: "Colours met indicators green, unmet ones and wrong inputs red; the colours follow the figures.",
    button: "Highlight results",
    running: "Highlighting…",
    unsupported:
      "This version of Excel cannot add conditional highlighting (ExcelApi 1.6 is needed). Use a newer Excel, Excel on the web, or the standalone workbook (step 7).",
  },
  check: {
    heading: "5. Check before submitting",
    explain: "Reviews the figures: empty cells, wrong numbers, numerator above denominator, unmet targets, overwritten formulas.",
    button: "Check",
    running: "Checking…",
    findingsHeading: "Points to review",
    findingGoTo: "Go to cell {address}",
    findingGoToSheet: "Go to cell {address} on the sheet “{sheet}”",
    selected: "Selected cell {address} on the sheet “{sheet}”.",
    selectMissing: "Cell {address} on the sheet “{sheet}” no longer exists (was the sheet renamed or deleted?). Check again.",
  },
  share: {
    heading: "6. Prepare the copy to submit",
    explain:
      "The recipients do not have this add-in. The copy is a new sheet that replaces the KPI.* functions with ordinary Excel formulas (or fixed values), so it is right on any computer.",
    running: "Making the copy…",
    undoNote:
      "Note: making the copy (a copy of the worksheet) clears Excel's undo history; what you did before can no longer be undone (Ctrl+Z).",
  },
  download: {
    heading: "7. Download the standalone workbook",
    explain:
      "An Excel file (.xlsx) with the appendix and ordinary formulas, usable without the add-in and in older Excel.",
    button: "Download workbook",
    running: "Creating the file…",
    downloaded: "Downloaded “{file}” ({size} KB). Look for it in your Downloads folder.",
    opened: "Opened the standalone workbook in a new Excel window. Save it (File › Save).",
  },
  help: {
    heading: "KPI functions for any cell",
    intro:
      "Type these functions into any cell, or select a cell and choose “Insert at the selected cell”. b is the numerator, a the denominator; each may be one cell or a range of months.",
    listLabel: "KPI functions",
    example: "Example",
    parameters: "Parameters",
    optional: "(optional)",
    insert: "Insert at the selected cell",
    insertLabel: "Insert at the selected cell: {example}",
    running: "Inserting the function…",
    inserted: "Inserted {formula} in cell {address}. Change G12 and H12 to the cells of your figures.",
  },
  preview: {
    tab: "Appendix",
    downloadHeading: "Download the standalone workbook",
    title: "Viewing outside Excel",
    body:
      "This page is the task pane of the Excel add-in “Reform indicators 2024”. Open it in Excel (Home tab › Open indicators) to insert and check the appendix. Below is a read-only preview of the appendix.",
    tableLabel: "Preview of the appendix (read-only)",
    tableCaption: "Appendix: {title} – year {year}",
    notInExcel: "This works only when the pane is opened in Excel.",
  },
  results: {
    successTitle: "Done",
    warningTitle: "Done, with a note",
    errorTitle: "Could not do it",
    infoTitle: "Note",
  },
  document: {
    heading: "Number, date and signatures of the document",
    explain:
      "The appendix prints in an official document frame (national heading, number, date, signatures). A field left blank prints as “…” to write by hand. The reporting body follows “My unit” in step 1. The fields are written when the appendix is inserted, or with “Write into the appendix”.",
    number: "Document number",
    numberHint: "Prints as “Số: 12/BC-SDL”.",
    date: "Date of issue",
    dataAsOf: "Data as of",
    dataAsOfHint: "Only the monthly report prints this line.",
    preparer: "Prepared by",
    signer: "Signed by",
    recipients: "Recipients",
    recipientsHint: "One per line (or separated by ;); the printout adds the “Lưu: VT” line.",
    button: "Write into the appendix",
    running: "Writing the document details…",
    written: "Written into the document frame: {fields}.",
    skipped: "This table has no line for: {fields}.",
    frameMissing:
      "The appendix in the workbook has no document frame (an older version made it). Use Insert appendix › Update in place (every figure is kept), then write again.",
    nothing: "Nothing filled in to write.",
  },
  summary: {
    heading: "Summary for the written report",
    explain: "Paste it into the report (Word). The causes come from the Ghi chú column; a miss not yet explained shows “…”.",
    label: "Summary of the results",
    copy: "Copy",
    copied: "Summary copied: paste it into the report with Ctrl+V.",
    selected: "Automatic copying is not allowed here: the text is selected, press Ctrl+C.",
  },
  errors: {
    tableMissing: "The appendix table was not found on the sheet “{sheet}”. Insert the appendix again (step 2), then try again.",
    outdated:
      "The sheet “{sheet}” was made by an older version of the add-in (columns not yet in the plan's order). Use Insert appendix › Update in place (every figure is kept), then try again.",
    notAvailable: "This is not available in this version of the add-in: {what}.",
    unknown: "Something went wrong: {detail}. Try again; if it persists, close and reopen the task pane.",
    boundaryTitle: "The task pane ran into a problem",
    boundaryBody:
      "Part of the task pane could not be shown. The figures in the workbook are not affected. Choose “Try again”; if it persists, close and reopen the task pane.",
    boundaryRetry: "Try again",
  },
};
