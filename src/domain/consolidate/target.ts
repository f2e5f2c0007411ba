/**
 * The workbook the figures are consolidated into, as the merge plan takes it: its mode, its own
 * figures and its provenance sheet — read like any unit's file (readKpiWorkbook), so it is found
 * through its names too. Pure.
 */
import { INDICATORS } from "../catalog";
import { cellAddress, columnLetter, parseCell } from "../layout/a1";
import { COLUMNS, MONTHLY_SHEET_NAME, appendixRows, defaultSheetName } from "../layout/appendixLayout";
import { monthlyCellAddress } from "../layout/monthlyLayout";
import { MONTHS } from "../period";
import { PARTS, readKpiWorkbook, type FigureAddresses, type KpiWorkbook, type WorkbookMode } from "./kpiWorkbook";
import { cellKey, type TargetState } from "./merge";
import { PROVENANCE_SHEET_NAME, readProvenance } from "./provenance";
import { findSheet, type WorkbookValues } from "./workbookValues";

/** Each cell's address ("Số liệu theo tháng!F9") from where its indicator's b and a were read. */
export function cellAddresses(mode: WorkbookMode, addresses: FigureAddresses): Map<string, string> {
  const byCell = new Map<string, string>();
  for (const { code } of INDICATORS) {
    for (const part of PARTS) {
      const range = addresses[code]?.[part];
      if (!range) continue;
      const bang = range.lastIndexOf("!");
      const sheet = range.slice(0, bang);
      const start = parseCell(range.slice(bang + 1).split(":")[0]);
      if (mode === "yearly") byCell.set(cellKey({ code, part, month: null }), range);
      else for (const m of MONTHS) byCell.set(cellKey({ code, part, month: m }), `${sheet}!${columnLetter(start.column + m - 1)}${start.row}`);
    }
  }
  return byCell;
}

/** The target as a workbook read (the consolidated file again, or the workbook open in Excel). */
export function targetOf(read: KpiWorkbook, workbook: WorkbookValues): TargetState {
  const provenance = findSheet(workbook, PROVENANCE_SHEET_NAME);
  return {
    mode: read.mode,
    figures: read.figures,
    provenance: provenance ? readProvenance(provenance.values) : [],
    addresses: cellAddresses(read.mode, read.addresses),
  };
}

/** The target read from a workbook's values; undefined when it is not one of ours. */
export function targetStateOf(workbook: WorkbookValues): { target: TargetState; read: KpiWorkbook } | undefined {
  const read = readKpiWorkbook(workbook);
  return read.kind === "kpi" ? { target: targetOf(read, workbook), read } : undefined;
}

/** A new workbook's cells, where the standalone workbook (npm run workbook) puts them. */
export function layoutAddresses(mode: WorkbookMode, year: number): Map<string, string> {
  const byCell = new Map<string, string>();
  const rows = appendixRows();
  for (const { code } of INDICATORS) {
    for (const part of PARTS) {
      if (mode === "monthly") {
        for (const m of MONTHS) byCell.set(cellKey({ code, part, month: m }), `${MONTHLY_SHEET_NAME}!${monthlyCellAddress(code, part, m)}`);
      } else {
        byCell.set(cellKey({ code, part, month: null }), `${defaultSheetName(year)}!${cellAddress(rows.indicators.get(code)!, COLUMNS[part])}`);
      }
    }
  }
  return byCell;
}

/** A new, empty target (the CLI's output when nothing is there yet). */
export function emptyTarget(mode: WorkbookMode, year: number): TargetState {
  return { mode, figures: {}, provenance: [], addresses: layoutAddresses(mode, year) };
}
