import { INDICATORS } from "../../src/domain/catalog";
import { SEVERITY } from "../../src/domain/check";
import { CHART_COLUMNS, CHART_SHEET_NAME, buildChartModel, buildChartSheetLayout, chartPoints, textBar, textBarFormula } from "../../src/domain/chart";
import { parseCell, toAbsolute } from "../../src/domain/layout/a1";
import { documentFieldsOf, frameBottomRows } from "../../src/domain/layout/documentFrame";
import {
  MONTHLY_COLUMNS,
  MONTHLY_SHEET_NAME,
  PERIOD_CELLS,
  ROWS,
  appendixColumns,
  legendColumnOf,
  appendixRows,
  buildAppendixLayout,
  filledByCellOf,
  isListValidation,
  listItems,
  type AppendixOptions,
} from "../../src/domain/layout/appendixLayout";
import type { SheetLayout } from "../../src/domain/layout/model";
import {
  MONTHLY_DATA_ROWS,
  MONTHLY_SEVERITY,
  buildMonthlyLayout,
  buildMonthlyReportLayouts,
  checkMonthlyData,
  describeMonthlyFinding,
  monthlyCellAddress,
  monthlyDataRows,
  monthlySnapshotAddress,
  readMonthlySnapshot,
  type MonthlyReportOptions,
} from "../../src/domain/layout/monthlyLayout";
import { HIGHLIGHT_COLORS } from "../../src/domain/layout/palette";
import { ALL_PERIODS, periodLabel, type MonthlySnapshot } from "../../src/domain/period";
import type { CellInput } from "../../src/domain/ratio";
import { periodEn } from "../../src/i18n/en/period";
import { periodVi } from "../../src/i18n/vi/period";
import { MONTHLY_OPTIONS } from "../helpers/monthly";

const OPTIONS = MONTHLY_OPTIONS;

const cellOf =
  (layout: SheetLayout) =>
  (address: string): unknown => {
    const { row, column } = parseCell(address);
    return layout.cells[row - 1]?.[column - 1];
  };

const formulasOf = (layout: SheetLayout): string[] =>
  layout.cells.flat().filter((c): c is string => typeof c === "string" && c.startsWith("="));

describe("the monthly data sheet", () => {
  const layout = buildMonthlyLayout(OPTIONS);
  const cell = cellOf(layout);

  it("has the title, quarters over their months and the label columns", () => {
    expect(layout.sheetName).toBe(MONTHLY_SHEET_NAME);
    expect(cell("A1")).toBe("SỐ LIỆU THEO THÁNG CÁC CHỈ TIÊU CẢI CÁCH THỦ TỤC HÀNH CHÍNH NĂM 2024");
    expect(cell("A2")).toBe("SỞ DU LỊCH TỈNH KIÊN GIANG");
    expect(["A4", "B4", "C4", "P4"].map(cell)).toEqual(["Mã", "Tên chỉ tiêu", "Số liệu", "Nội dung số liệu"]);
    expect(["D4", "G4", "J4", "M4"].map(cell)).toEqual(["Quý I", "Quý II", "Quý III", "Quý IV"]);
    expect(layout.merges).toEqual(expect.arrayContaining(["D4:F4", "G4:I4", "J4:L4", "M4:O4", "A4:A5", "P4:P5"]));
    const months = layout.cells[MONTHLY_DATA_ROWS.headerBottom - 1].slice(3, 15);
    expect(months).toEqual(Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`));
    expect(layout.frozenRows).toBe(MONTHLY_DATA_ROWS.ytdMask);
    expect(layout.print).toMatchObject({ orientation: "landscape", titleRows: "$4:$5", printArea: "$A$1:$P$29" });
  });

  it("marks the period's and the year to date's months from the appendix's period cell", () => {
    expect(cell("A6")).toBe('="Kỳ báo cáo: "&KPI_PERIOD');
    expect(cell("A7")).toBe('="Lũy kế từ đầu năm đến hết tháng "&KPI_PERIOD_END');
    expect(cell("D6")).toBe("=IF(AND(1>=KPI_PERIOD_START,1<=KPI_PERIOD_END),1,0)");
    expect(cell("O6")).toBe("=IF(AND(12>=KPI_PERIOD_START,12<=KPI_PERIOD_END),1,0)");
    expect(cell("F7")).toBe("=IF(AND(3>=1,3<=KPI_PERIOD_END),1,0)");
  });

  it("has two rows per indicator, b above a, with what each counts", () => {
    const rows = monthlyDataRows();
    expect([...rows.keys()]).toEqual(INDICATORS.map((i) => i.code));
    const iv1 = rows.get("IV.1")!;
    expect(iv1).toEqual({ numerator: 26, denominator: 27 });
    expect(cell("A26")).toBe("IV.1");
    expect(cell("B26")).toBe("Tỷ lệ hồ sơ giải quyết đúng hạn");
    expect([cell("C26"), cell("C27")]).toEqual(["Tử số (b)", "Mẫu số (a)"]);
    expect(String(cell("P26"))).toMatch(/^b: /);
    expect(String(cell("P27"))).toMatch(/^a: /);
    expect(layout.merges).toEqual(expect.arrayContaining(["A26:A27", "B26:B27"]));
    expect(monthlyCellAddress("IV.1", "denominator", 3)).toBe("F27");
    // Month cells are empty inputs: unlocked, input-filled.
    for (const [, { numerator, denominator }] of rows) {
      for (const r of [numerator, denominator]) expect(layout.cells[r - 1].slice(3, 15).every((c) => c === null)).toBe(true);
    }
    const unlocked = layout.styles.filter((s) => s.style.locked === false).map((s) => s.address);
    expect(unlocked).toHaveLength(11);
    expect(unlocked[0]).toBe("D8:O9");
  });

  it("names each indicator's months, the masks and the period list", () => {
    const names = new Map(layout.names.map((n) => [n.name, n.address]));
    expect(names.get("KPI_M_IV_1_B")).toBe("$D$26:$O$26");
    expect(names.get("KPI_M_IV_1_A")).toBe("$D$27:$O$27");
    expect(names.get("KPI_M_I_1_B")).toBe("$D$8:$O$8");
    expect(names.get("KPI_PERIOD_MASK")).toBe("$D$6:$O$6");
    expect(names.get("KPI_YTD_MASK")).toBe("$D$7:$O$7");
    expect(names.get("KPI_PERIOD_LIST")).toBe("$R$6:$R$24");
    expect(names.get("KPI_PERIOD_STARTS")).toBe("$S$6:$S$24");
    expect(names.get("KPI_PERIOD_ENDS")).toBe("$T$6:$T$24");
    expect(names.get("KPI_M_TABLE")).toBe("$A$4:$P$29");
    expect(layout.names).toHaveLength(1 + 22 + 5);
    const list = layout.cells.slice(5, 24).map((r) => r.slice(17, 20));
    expect(list.map((r) => r[0])).toEqual(ALL_PERIODS.map(periodLabel));
    expect(list[12]).toEqual(["Quý I", 1, 3]);
    expect(list[18]).toEqual(["Cả năm", 1, 12]);
    const other = buildMonthlyLayout({ ...OPTIONS, namePrefix: "KPI2", monthly: { ...OPTIONS.monthly, dataSheetName: "Tháng" } });
    expect(other.sheetName).toBe("Tháng");
    expect(other.names.every((n) => n.name.startsWith("KPI2_"))).toBe(true);
  });

  it("validates each month's cells like the appendix: whole numbers ≥ 0, b ≤ a in the month", () => {
    expect(layout.validations).toHaveLength(11);
    const first = layout.validations[0];
    expect(first.address).toBe("D8:O9");
    expect(first.formula).toBe('=AND(ISNUMBER(D8),D8>=0,D8=INT(D8),D8<=1000000000,OR(D$8="",D$9="",D$8<=D$9))');
    expect(first.prompt.message).toMatch(/số nguyên/);
  });

  it("highlights invalid cells and the blank months of the year to date, in short rules", () => {
    expect(layout.conditionalFormats).toHaveLength(22);
    const [invalid, due] = layout.conditionalFormats;
    expect(invalid).toMatchObject({ address: "D8:O9", kind: "invalidInput", style: HIGHLIGHT_COLORS.invalidInput });
    expect(invalid.formula).toContain("D$8>D$9");
    expect(due).toMatchObject({ address: "D8:O9", kind: "neutral", verdicts: ["noData"], formula: "=AND(D$7=1,ISBLANK(D8))" });
    for (const rule of layout.conditionalFormats) expect(rule.formula.length).toBeLessThanOrEqual(255);
  });
});

describe("the appendix in monthly mode", () => {
  const native = buildAppendixLayout(OPTIONS);
  const kpi = buildAppendixLayout({ ...OPTIONS, formulas: "kpi" });
  const cell = cellOf(native);
  const row = appendixRows().indicators.get("IV.1")!;

  const P = ROWS.period;
  const H = ROWS.headerTop;
  const period = (address: string): string => toAbsolute(address);

  it("has the period cell with its drop-down on the period row, and its first and last month", () => {
    expect(["G", "H", "I", "J", "K"].map((c) => cell(`${c}${P}`))).toEqual([
      "Kỳ báo cáo:",
      "Quý I",
      "từ tháng",
      `=INDEX(KPI_PERIOD_STARTS,MATCH(${period(PERIOD_CELLS.period)},KPI_PERIOD_LIST,0))`,
      "đến tháng",
    ]);
    expect(cell(`L${P}`)).toBe(`=INDEX(KPI_PERIOD_ENDS,MATCH(${period(PERIOD_CELLS.period)},KPI_PERIOD_LIST,0))`);
    // The period's drop-down and the "Đơn vị nhập số liệu" one (items written out); the Ghi chú
    // input messages and the document frame's dates are no lists.
    const lists = native.validations.filter(isListValidation);
    expect(lists.map((v) => v.address)).toEqual([filledByCellOf(OPTIONS), PERIOD_CELLS.period]);
    const list = lists[1];
    expect(list).toMatchObject({
      address: PERIOD_CELLS.period,
      list: "=KPI_PERIOD_LIST",
      formula: `=ISNUMBER(MATCH(${PERIOD_CELLS.period},KPI_PERIOD_LIST,0))`,
    });
    expect(listItems(lists[0])).toEqual(["Phòng Quản lý Du lịch", "Văn phòng Sở", "Thanh tra Sở", "Cả Sở (tổng hợp)"]);
    expect(native.styles.find((s) => s.address === PERIOD_CELLS.period)?.style.locked).toBe(false);
    const other = buildAppendixLayout({ ...OPTIONS, monthly: { period: { kind: "sixMonths" } } });
    expect(other.cells[P - 1][MONTHLY_COLUMNS.numerator - 1]).toBe("6 tháng");
  });

  it("keeps the plan's columns, then groups the period's b, a, Kết quả, Đánh giá and the year to date's Kết quả, Đánh giá", () => {
    expect(appendixColumns(OPTIONS)).toBe(MONTHLY_COLUMNS);
    expect([`H${H}`, `L${H}`].map(cell)).toEqual([
      `="Kỳ báo cáo: "&${period(PERIOD_CELLS.period)}`,
      `="Lũy kế từ đầu năm đến hết tháng "&${period(PERIOD_CELLS.end)}`,
    ]);
    expect(native.cells[ROWS.headerBottom - 1].slice(4, 13)).toEqual([
      "Đơn vị tính",
      "Chỉ tiêu",
      null,
      "Tử số (b)",
      "Mẫu số (a)",
      "Kết quả",
      "Đánh giá",
      "Kết quả",
      "Đánh giá",
    ]);
    expect([`G${H}`, `N${H}`].map(cell)).toEqual(["Căn cứ thực hiện", "Ghi chú"]);
    expect(native.merges).toEqual(
      expect.arrayContaining([`H${H}:K${H}`, `L${H}:M${H}`, `G${H}:G${H + 1}`, `N${H}:N${H + 1}`, `E${H}:F${H}`, `A${ROWS.label}:N${ROWS.label}`]),
    );
    expect(native.cells[H - 1][legendColumnOf(OPTIONS) - 1]).toBe("Chú thích màu");
    // The table's 14 columns, a gap, the legend, and the document frame's input values.
    expect(native.columnWidths).toHaveLength(17);
    expect(native.print.printArea).toBe(`$A$1:$N$${frameBottomRows(appendixRows().lastRow).last}`);
  });

  it("computes b and a of the period from the months, shown only when the period has data: formulas, locked", () => {
    const verdictIs = `OR(K${row}="Đạt",K${row}="Không đạt",K${row}="Không phát sinh")`;
    expect(cell(`H${row}`)).toBe(`=IF(${verdictIs},SUMIF(KPI_PERIOD_MASK,1,KPI_M_IV_1_B),"")`);
    expect(cell(`I${row}`)).toBe(`=IF(${verdictIs},SUMIF(KPI_PERIOD_MASK,1,KPI_M_IV_1_A),"")`);
    const unlocked = native.styles.filter((s) => s.style.locked === false).map((s) => s.address);
    const frameInputs = native.names.filter((n) => n.name.includes("_DOC_")).map((n) => n.address.replace(/\$/g, ""));
    expect([...unlocked].sort()).toEqual(
      [PERIOD_CELLS.period, ...INDICATORS.map((i) => `N${appendixRows().indicators.get(i.code)}`), ...frameInputs, filledByCellOf(OPTIONS)].sort(),
    );
  });

  it("uses the range form of KPI.* over OFFSET in kpi mode, native masked formulas otherwise", () => {
    const k = cellOf(kpi);
    const start = period(PERIOD_CELLS.start);
    const end = period(PERIOD_CELLS.end);
    const months = `OFFSET(KPI_M_IV_1_B,0,${start}-1,1,${end}-${start}+1),OFFSET(KPI_M_IV_1_A,0,${start}-1,1,${end}-${start}+1)`;
    expect(k(`J${row}`)).toBe(`=IF(OR(K${row}="Đạt",K${row}="Không đạt"),KPI.ONTIME(${months}),"")`);
    expect(k(`K${row}`)).toBe(`=KPI.STATUS("IV.1",${months},F${row})`);
    expect(k(`L${row}`)).toBe(
      `=IF(OR(M${row}="Đạt",M${row}="Không đạt"),KPI.ONTIME(OFFSET(KPI_M_IV_1_B,0,0,1,${end}),OFFSET(KPI_M_IV_1_A,0,0,1,${end})),"")`,
    );
    expect(formulasOf(native).some((f) => f.includes("KPI."))).toBe(false);
    expect(cell(`J${row}`)).toBe(`=IF(OR(K${row}="Đạt",K${row}="Không đạt"),H${row}/I${row},"")`);
    expect(String(cell(`K${row}`))).toContain("KPI_PERIOD_MASK");
    expect(String(cell(`L${row}`))).toContain("KPI_YTD_MASK");
    expect(String(cell(`M${row}`))).toMatch(/^=IFERROR\(/);
  });

  it("highlights by the row's Đánh giá cells, within 255 characters", () => {
    // Per indicator: the period's and the year to date's three groups, the empty Ghi chú of a miss.
    expect(native.conditionalFormats).toHaveLength(11 * 7);
    const rules = native.conditionalFormats.filter((r) => r.address === `J${row}:K${row}` || r.address === `L${row}:M${row}`);
    expect(rules.map((r) => [r.kind, r.formula])).toEqual([
      ["fail", `=OR($K${row}="Không đạt",$K${row}="Số liệu không hợp lệ")`],
      ["pass", `=$K${row}="Đạt"`],
      ["neutral", `=OR($K${row}="Không phát sinh",$K${row}="Chưa có số liệu")`],
      ["fail", `=OR($M${row}="Không đạt",$M${row}="Số liệu không hợp lệ")`],
      ["pass", `=$M${row}="Đạt"`],
      ["neutral", `=OR($M${row}="Không phát sinh",$M${row}="Chưa có số liệu")`],
    ]);
    for (const rule of [...native.conditionalFormats, ...kpi.conditionalFormats]) expect(rule.formula.length).toBeLessThanOrEqual(255);
  });

  it("names the period cells and each indicator's year-to-date results", () => {
    const names = new Map(native.names.map((n) => [n.name, n.address]));
    expect(names.get("KPI_TABLE")).toBe(`$A$${H}:$N$${appendixRows().lastRow}`);
    expect(names.get("KPI_PERIOD")).toBe(period(PERIOD_CELLS.period));
    expect(names.get("KPI_PERIOD_START")).toBe(period(PERIOD_CELLS.start));
    expect(names.get("KPI_PERIOD_END")).toBe(period(PERIOD_CELLS.end));
    expect(names.get("KPI_IV_1_B")).toBe(`$H$${row}`);
    expect(names.get("KPI_IV_1_YTD_RESULT")).toBe(`$L$${row}`);
    expect(names.get("KPI_IV_1_YTD_VERDICT")).toBe(`$M$${row}`);
    expect(names.get("KPI_FILLED_BY")).toBe(toAbsolute(filledByCellOf(OPTIONS)));
    expect(native.names).toHaveLength(1 + 11 * 7 + 3 + documentFieldsOf(true).length + 1);
  });
});

describe("monthly reporting as a whole", () => {
  const layouts = buildMonthlyReportLayouts(OPTIONS);

  it("has the appendix, the monthly data and the chart sheet, with every name a formula uses defined once", () => {
    expect(layouts.map((l) => l.sheetName)).toEqual(["Phụ lục 2024", MONTHLY_SHEET_NAME, CHART_SHEET_NAME]);
    const defined = layouts.flatMap((l) => l.names.map((n) => n.name));
    expect(new Set(defined).size).toBe(defined.length);
    const used = new Set(
      layouts.flatMap((l) => [...formulasOf(l), ...l.conditionalFormats.map((r) => r.formula), ...l.validations.flatMap((v) => [v.formula, isListValidation(v) ? v.list : ""])])
        .flatMap((f) => f.match(/\bKPI_[A-Z0-9_]+/g) ?? []),
    );
    for (const name of used) expect(defined).toContain(name);
    expect(used.size).toBeGreaterThan(50);
  });

  it("builds with another prefix and sheet names without clashing", () => {
    const options: AppendixOptions = { ...OPTIONS, namePrefix: "B2", sheetName: "PL", monthly: { ...OPTIONS.monthly, dataSheetName: "SL" } };
    const other = buildMonthlyReportLayouts(options as MonthlyReportOptions);
    const formulas = other.flatMap(formulasOf);
    expect(formulas.some((f) => /\bKPI_/.test(f))).toBe(false);
    expect(formulas.some((f) => f.includes("B2_PERIOD_MASK"))).toBe(true);
  });
});

describe("the year-to-date chart", () => {
  it("models two verdict-coloured bar series and a target series from the chart sheet", () => {
    const model = buildChartModel();
    expect(model.sheetName).toBe(CHART_SHEET_NAME);
    expect(model.categories).toBe("A5:A15");
    expect(model.categoryLabels).toEqual(INDICATORS.map((i) => i.code));
    expect(model.series.map((s) => [s.name, s.role, s.kind, s.values, s.fill])).toEqual([
      ["Đạt", "pass", "bar", "F5:F15", HIGHLIGHT_COLORS.pass.fill],
      ["Không đạt", "fail", "bar", "G5:G15", HIGHLIGHT_COLORS.fail.fill],
      ["Chỉ tiêu", "target", "marker", "D5:D15", HIGHLIGHT_COLORS.neutral.fontColor],
    ]);
    expect(model.valueAxis).toEqual({ minimum: 0, maximum: 1, numberFormat: "0%" });
    expect(model.overlap).toBe(100);
  });

  it("colours each point by its verdict; no bar without a ratio", () => {
    const points = chartPoints([
      { code: "I.1", ratio: 0.5, verdict: "pass" },
      { code: "I.2", ratio: 0.2, verdict: "fail" },
      { code: "I.3", ratio: undefined, verdict: "noData" },
      { code: "II.1", ratio: undefined, verdict: "notApplicable" },
      { code: "III.1", ratio: undefined, verdict: "invalid" },
    ]);
    expect(points.map((p) => [p.series, p.value, p.style?.fill])).toEqual([
      ["pass", 0.5, HIGHLIGHT_COLORS.pass.fill],
      ["fail", 0.2, HIGHLIGHT_COLORS.fail.fill],
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
  });

  it("lays out the chart's data linked to the appendix, with text bars where no chart can be drawn", () => {
    const withBars = buildChartSheetLayout(OPTIONS, { textBars: true });
    const without = buildChartSheetLayout(OPTIONS, { textBars: false });
    const cell = cellOf(withBars);
    expect(cell("A5")).toBe("I.1");
    expect(cell("C14")).toBe('=IF(ISNUMBER(KPI_IV_1_YTD_RESULT),KPI_IV_1_YTD_RESULT,"")');
    expect(cell("D14")).toBe("=KPI_IV_1_TARGET");
    expect(cell("E14")).toBe('=IFERROR(KPI_IV_1_YTD_VERDICT,"")');
    expect(cell("F14")).toBe('=IF(E14="Đạt",C14,"")');
    expect(cell("H14")).toBe(textBarFormula("C14", "D14"));
    expect(withBars.cells[3]).toHaveLength(CHART_COLUMNS.bar);
    expect(without.cells[3]).toHaveLength(CHART_COLUMNS.failSeries);
    expect(withBars.conditionalFormats.map((r) => r.address)).toEqual(["C5:E15", "C5:E15", "C5:E15", "H5:H15", "H5:H15", "H5:H15"]);
    expect(without.conditionalFormats).toHaveLength(3);
  });

  it("draws text bars of 20 blocks with the target marked", () => {
    expect(textBar(0.6, 0.45)).toBe("█████████│███");
    expect(textBar(0.3, 0.5)).toBe("██████░░░░│");
    expect(textBar(1, 1)).toBe(`${"█".repeat(20)}│`);
    expect(textBar(undefined, 0.5)).toBe("");
  });
});

describe("the check of the monthly data", () => {
  const blank = (): CellInput[] => Array<CellInput>(12).fill(null);
  const full = (b: number, a: number): { numerator: CellInput[]; denominator: CellInput[] } => ({
    numerator: Array<CellInput>(12).fill(b),
    denominator: Array<CellInput>(12).fill(a),
  });

  it("gives the check's severities", () => {
    expect(MONTHLY_SEVERITY).toEqual({ monthlyDataMissing: SEVERITY.monthlyDataMissing, monthlyDataInvalid: SEVERITY.monthlyDataInvalid });
  });

  it("finds nothing when every month up to the period's end is filled", () => {
    const snapshot: MonthlySnapshot = Object.fromEntries(INDICATORS.map((i) => [i.code, full(1, 2)]));
    for (const period of ALL_PERIODS) expect(checkMonthlyData(snapshot, period)).toEqual([]);
  });

  it("reports missing months once per indicator and each invalid cell, with the cell to select", () => {
    const snapshot: Record<string, { numerator: CellInput[]; denominator: CellInput[] }> = Object.fromEntries(
      INDICATORS.map((i) => [i.code, full(1, 2)]),
    );
    const iv1 = { numerator: blank(), denominator: blank() };
    iv1.numerator[0] = 5;
    iv1.denominator[0] = 6;
    iv1.denominator[2] = 4; // March: a only
    iv1.numerator[7] = -2; // August: invalid, after the period
    iv1.denominator[7] = 3;
    snapshot["IV.1"] = iv1;
    snapshot["I.2"] = { numerator: [9, ...Array<CellInput>(11).fill(1)], denominator: Array<CellInput>(12).fill(2) };
    const findings = checkMonthlyData(snapshot as MonthlySnapshot, { kind: "quarter", quarter: 1 });
    expect(findings.map((f) => [f.kind, f.severity, f.code, f.address, f.months, f.params])).toEqual([
      ["monthlyDataInvalid", "error", "I.2", "D10", [1], { sheet: MONTHLY_SHEET_NAME, part: "numerator", problem: "numeratorAboveDenominator", months: [1] }],
      ["monthlyDataInvalid", "error", "IV.1", "K26", [8], { sheet: MONTHLY_SHEET_NAME, part: "numerator", problem: "negative", months: [8] }],
      ["monthlyDataMissing", "warning", "IV.1", "E26", [2, 3], { sheet: MONTHLY_SHEET_NAME, part: "bothInputs", months: [2, 3] }],
    ]);
    const [above, negative, missing] = findings;
    const period = { kind: "quarter", quarter: 1 } as const;
    expect(describeMonthlyFinding(missing, period, periodVi).message).toBe(
      "IV.1: thiếu số liệu tháng 2, 3 (cần đủ số liệu từ tháng 1 đến hết tháng 3 để đánh giá kỳ báo cáo và lũy kế).",
    );
    expect(describeMonthlyFinding(missing, period, periodEn).action).toContain("“Số liệu theo tháng”");
    expect(describeMonthlyFinding(negative, period, periodVi).message).toBe("IV.1: tử số (b) tháng 8 không hợp lệ (số âm).");
    expect(describeMonthlyFinding(above, period, periodEn).message).toBe(
      "I.2: in month 1 the numerator (b) is greater than the denominator (a).",
    );
    expect(describeMonthlyFinding(negative, period, periodEn).action).toContain("K26");
  });

  it("reads the snapshot from the sheet's values, finding rows by code", () => {
    const layout = buildMonthlyLayout(OPTIONS);
    const values: CellInput[][] = layout.cells.map((r) => r.map((c) => (typeof c === "string" && c.startsWith("=") ? 0 : c)));
    values[7][3] = 4; // I.1 b, month 1
    values[8][3] = 5;
    // Two rows inserted above the table: rows move down, codes still found.
    const shifted = [Array<CellInput>(20).fill(null), Array<CellInput>(20).fill(null), ...values];
    for (const grid of [values, shifted]) {
      const snapshot = readMonthlySnapshot(grid);
      expect(snapshot["I.1"]?.numerator[0]).toBe(4);
      expect(snapshot["I.1"]?.denominator[0]).toBe(5);
      expect(snapshot["V.1"]?.numerator).toHaveLength(12);
    }
    expect(monthlySnapshotAddress()).toBe("A1:O29");
  });
});
