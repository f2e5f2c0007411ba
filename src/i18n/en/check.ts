/**
 * English strings of the pre-submission check, the highlighting and the portable copy, typed
 * against the Vietnamese ones so that neither language can miss a string. The sheet keeps the
 * document's Vietnamese verdict words (shown in quotes where a message cites them).
 */
import type { CheckStrings } from "../vi/check";

export const checkEn: CheckStrings = {
  format: { decimalSeparator: "." },
  check: {
    button: "Check before submitting",
    running: "Checking…",
    summary: "{passed}/{total} indicators met",
    counts: "{errors} errors, {warnings} to review, {infos} notes",
    allClear: "No problems found: the table is ready to submit.",
    byVerdictTitle: "By verdict",
    byHostUnitTitle: "By host unit",
    hostUnitLine: "{unit}: {passed}/{total} met",
    unknownVerdict: "Unknown",
    selectHint: "Click an item to select the cell to fix.",
    severity: { error: "Error", warning: "Review", info: "Note" },
    verdicts: {
      pass: "Met (Đạt)",
      fail: "Not met (Không đạt)",
      notApplicable: "Nothing arose (Không phát sinh)",
      noData: "No data yet (Chưa có số liệu)",
      invalid: "Invalid data (Số liệu không hợp lệ)",
    },
    parts: {
      numerator: "numerator (b)",
      denominator: "denominator (a)",
      bothInputs: "numerator (b) and denominator (a)",
      target: "target",
      result: "result",
      verdict: "verdict",
      ytdResult: "year-to-date result",
      ytdVerdict: "year-to-date verdict",
    },
    problems: {
      shapeMismatch: "b and a differ in size",
      notNumber: "not a number",
      negative: "negative",
      fractional: "not a whole number",
      tooLarge: "too large (over 1,000,000,000)",
      numeratorAboveDenominator: "numerator (b) greater than denominator (a)",
    },
    targets: { minimum: "at least {percent}", exact: "{percent}" },
    blank: "(blank)",
    lateDossiers: "; {late} dossiers resolved late (a − b)",
    lateCause: " of the {late} dossiers resolved late",
    documentFields: {
      governingBody: "governing body",
      issuingBody: "reporting body",
      symbol: "document symbol",
      number: "document number",
      place: "place",
      date: "date of issue",
      dataAsOf: "data cut-off date",
      preparer: "prepared by",
      authority: "signing authority",
      signerTitle: "signer's title",
      signer: "signer",
      recipients: "recipients",
      archive: "filing note",
    },
    targetEffects: {
      number: "the table assesses against {found}",
      notNumber: "as the cell is blank or not a number, the table assesses against the plan's target",
    },
    findings: {
      sheetMissing: {
        message: "The sheet “{sheet}” was not found.",
        action: "Insert the appendix table (Insert table) or pick the right sheet, then check again.",
      },
      layoutOutdated: {
        message: "The sheet “{sheet}” was made by an older version of the add-in (Căn cứ thực hiện after Đánh giá): its period results may be judged before every month is entered.",
        action: "Use Insert appendix › Update in place to put the columns in the plan's order (every figure and note is kept), then check again.",
      },
      rowMissing: {
        message: "{code}: the indicator's row was not found in the table.",
        action: "Do not delete or rename indicator rows; undo (Ctrl+Z) or insert the table again.",
      },
      inputMissing: {
        message: "{code}: {part} not entered yet.",
        action: "Enter the figure in cell {address}; if nothing arose in the period, enter 0 for both b and a.",
      },
      monthlyDataMissing: {
        message: "{code}: the monthly figures for the report period are incomplete.",
        action: "Enter b and a for every month on the sheet “Số liệu theo tháng”.",
      },
      inputInvalid: {
        message: "{code}: {part} is invalid ({problem}).",
        action: "Fix cell {address}: whole numbers from 0 up only, and b not greater than a.",
      },
      monthlyDataInvalid: {
        message: "{code}: the monthly figures of the report period are invalid.",
        action: "Fix the cells marked red on the sheet “Số liệu theo tháng” (whole numbers ≥ 0, b not greater than a).",
      },
      belowTarget: {
        message: "{code}: not met — result {found}, target {expected}{late}; explained in the Ghi chú column.",
        action: "The explanation goes into the summary for the written report; check the figures at {address} if in doubt.",
      },
      unexplainedMiss: {
        message: "{code}: not met — result {found}, target {expected}{late} — and not explained.",
        action: "Write the cause{cause} and the remedy in cell {address} (Ghi chú column): the plan requires an explanation of every miss.",
      },
      frameMissing: {
        message: "The sheet “{sheet}” has no document frame (national heading, number, date, signatures): an older version of the add-in made it.",
        action: "Use Insert appendix › Update in place to add the frame (every figure and note is kept).",
      },
      documentIncomplete: {
        message: "The document frame still lacks: {fields} (the printout shows “…”).",
        action: "Fill them in the pane's Document details or in cell {address} beside the table; you may also leave them and write by hand when signing.",
      },
      notApplicable: {
        message: "{code}: nothing arose (denominator a = 0).",
        action: "Confirm there were no dossiers in the period; if there were, re-enter the denominator in cell {address}.",
      },
      formulaReplaced: {
        message: "{code}: the {part} cell ({address}) no longer holds the table's formula (it holds {found}).",
        action: "Insert the table again to restore the formulas; do not type numbers into the Kết quả or Đánh giá columns.",
      },
      targetChanged: {
        message: "{code}: the target is {found}, unlike the plan ({expected}); {effect}.",
        action: "Set cell {address} back to {expected} as in the plan.",
      },
      nameMissing: {
        message: "The name {name} is missing (it should point to {expected}).",
        action: "Insert the table again to recreate the names, or define {name} as {expected} (Formulas › Name Manager).",
      },
      nameWrong: {
        message: "The name {name} points to {found}, not {expected}.",
        action: "Point {name} to {expected} (Formulas › Name Manager), or insert the table again.",
      },
      verdictMismatch: {
        message: "{code}: the verdict cell shows “{found}”; the figures give “{expected}”.",
        action: "Recalculate (press F9); if it stays wrong, insert the table again.",
      },
    },
  },
  highlight: {
    button: "Highlight results",
    done: "Highlighted: {rules} rules; {kept} of your own conditional formats kept as they were.",
    hint: "Colours follow every entry; no need to press again.",
  },
  portable: {
    button: "Prepare the copy to submit",
    modeLabel: "Results in the copy",
    modes: { formulas: "Plain Excel formulas (recalculate)", values: "Fixed values" },
    periodLabel: "Period of the copy",
    done: "Created the sheet “{sheet}”: it opens without the add-in. The working sheet is unchanged.",
    hint: "Recipients do not have the add-in: the copy uses built-in Excel functions only.",
    errors: {
      sheetMissing: "The sheet “{sheet}” to copy was not found.",
      unsupported: "This version of Excel cannot copy sheets (ExcelApi 1.7 needed). Use a newer Excel or Excel on the web.",
    },
  },
};
