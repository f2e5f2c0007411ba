/**
 * src/excel/monthly.ts against the recording fake Excel (test/fakes/excelFake.ts): the monthly
 * report's sheets, names and drop-down, the period switch that writes only the period cell, the
 * check of the monthly data, and the sync budget (at most two per action). The fake has no charts,
 * so the chart renderer is held against a small recording stand-in of the chart API.
 */
import { buildChartModel, CHART_SHEET_NAME } from "../../src/domain/chart";
import { MONTHLY_COLUMNS, MONTHLY_SHEET_NAME, PERIOD_CELLS, ROWS, appendixRows, filledByCellOf } from "../../src/domain/layout/appendixLayout";
import { cellAddress, parseCell, toAbsolute } from "../../src/domain/layout/a1";
import { frameBottomRows } from "../../src/domain/layout/documentFrame";
import { detectCapabilities } from "../../src/excel/capabilities";
import {
  YTD_CHART_NAME,
  checkMonthlyReport,
  insertMonthlyReport,
  readReportPeriod,
  renderYearToDateChart,
  switchReportPeriod,
} from "../../src/excel/monthly";
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";

const APPENDIX = "Phụ lục 2024";
const PERIOD = PERIOD_CELLS.period;
const PERIOD_AT = parseCell(PERIOD);
const rowOf = (code: string): number => appendixRows().indicators.get(code as never)!;
/** A cell of an indicator's row on the monthly appendix. */
const at = (code: string, column: number): string => cellAddress(rowOf(code), column);

function setup(sheets?: Record<string, Record<string, string | number>>): { excel: FakeExcel; capabilities: ReturnType<typeof detectCapabilities> } {
  const excel = createFakeExcel(sheets ? { sheets } : {});
  const capabilities = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
  return { excel, capabilities };
}

/** Every cell of every sheet, to compare before and after. */
function everything(excel: FakeExcel): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const sheet of excel.state.sheets) for (const [key, cell] of sheet.cells) all.set(`${sheet.name}|${key}`, cell.content);
  return all;
}

describe("monthly reporting in Excel", () => {
  it("inserts the three sheets with names and the period drop-down in two syncs", async () => {
    const { excel, capabilities } = setup();
    const result = await insertMonthlyReport(excel.context, { capabilities, charts: false, period: { kind: "quarter", quarter: 1 } });
    expect(result).toMatchObject({ status: "inserted", formulas: "kpi", chart: false, period: { kind: "quarter", quarter: 1 } });
    expect(excel.syncCount).toBe(2);
    for (const name of [APPENDIX, MONTHLY_SHEET_NAME, CHART_SHEET_NAME]) expect(excel.state.hasSheet(name)).toBe(true);
    expect(excel.state.content(APPENDIX, PERIOD)).toBe("Quý I");
    expect(excel.state.content(MONTHLY_SHEET_NAME, "A26")).toBe("IV.1");
    expect(excel.state.name("KPI_PERIOD")).toMatchObject({ sheetName: APPENDIX, address: toAbsolute(PERIOD) });
    expect(excel.state.name("KPI_M_IV_1_B")).toMatchObject({ sheetName: MONTHLY_SHEET_NAME, address: "$D$26:$O$26" });
    expect(excel.state.name("KPI_IV_1_YTD_VERDICT")).toMatchObject({
      sheetName: APPENDIX,
      address: toAbsolute(at("IV.1", MONTHLY_COLUMNS.ytdVerdict)),
    });
    const onPeriodCell = (v: { rect: { top: number; left: number } }): boolean => v.rect.top === PERIOD_AT.row && v.rect.left === PERIOD_AT.column;
    const list = excel.state.sheet(APPENDIX).validations.find(onPeriodCell);
    expect(list?.rule).toEqual({ list: { inCellDropDown: true, source: "=KPI_PERIOD_LIST" } });
    expect(list?.ignoreBlanks).toBe(false);
    // renderLayout writes the drop-down itself: one rule on the period cell.
    expect(excel.state.sheet(APPENDIX).validations.filter(onPeriodCell)).toHaveLength(1);
    expect(list?.prompt?.title).toBe("Chọn kỳ báo cáo");
    // Without charts the chart sheet shows text bars.
    expect(String(excel.state.content(CHART_SHEET_NAME, "H5"))).toContain("REPT(");
    expect(String(excel.state.content(APPENDIX, at("IV.1", MONTHLY_COLUMNS.result)))).toContain("KPI.ONTIME(OFFSET(KPI_M_IV_1_B");
  });

  it("adds every name before the drop-down and rules that name it: fresh, update and second report", async () => {
    // Excel refuses a validation whose source names a name that does not exist yet (the fake too).
    const { excel, capabilities } = setup();
    const fresh = await insertMonthlyReport(excel.context, { capabilities, charts: false });
    expect(fresh.status).toBe("inserted");
    const updated = await insertMonthlyReport(excel.context, { capabilities, charts: false, ifExists: "update" });
    expect(updated.status).toBe("updated");
    const second = await insertMonthlyReport(excel.context, { capabilities, charts: false, ifExists: "newSheet" });
    expect(second).toMatchObject({ status: "inserted", namePrefix: "KPI2" });
    // The period's drop-down (the unit cell's lists its items and names nothing).
    const list = excel.state.sheet(second.sheetNames.appendix).validations.find((v) => String(v.rule.list?.source ?? "").startsWith("="));
    expect(list?.rule.list?.source).toBe("=KPI2_PERIOD_LIST");
    expect(excel.state.name("KPI2_PERIOD_LIST")?.sheetName).toBe(second.sheetNames.data);
  });

  it("switches the period by writing the period cell only, in two syncs", async () => {
    const { excel, capabilities } = setup();
    await insertMonthlyReport(excel.context, { capabilities, charts: false, formulas: "native", period: { kind: "month", month: 3 } });
    excel.state.setContents(MONTHLY_SHEET_NAME, "D26", [[5, 6, 7], [10, 10, 10]]);
    const before = everything(excel);
    const syncs = excel.syncCount;
    const mutations = excel.state.mutations;
    const result = await switchReportPeriod(excel.context, { kind: "year" });
    expect(result).toEqual({ status: "switched", previous: { kind: "month", month: 3 } });
    expect(excel.syncCount - syncs).toBe(2);
    expect(excel.state.mutations - mutations).toBe(1);
    const after = everything(excel);
    const changed = [...after].filter(([key, value]) => before.get(key) !== value).map(([key]) => key);
    expect(changed).toEqual([`${APPENDIX}|${PERIOD_AT.row}:${PERIOD_AT.column}`]);
    expect(excel.state.content(APPENDIX, PERIOD)).toBe("Cả năm");
    expect(excel.state.grid(MONTHLY_SHEET_NAME, "D26:F27")).toEqual([[5, 6, 7], [10, 10, 10]]);

    const again = excel.syncCount;
    expect(await switchReportPeriod(excel.context, { kind: "year" })).toEqual({ status: "unchanged", previous: { kind: "year" } });
    expect(excel.syncCount - again).toBe(1);
    expect(await readReportPeriod(excel.context)).toEqual({ kind: "year" });
  });

  it("finds the period cell by its name after rows were inserted above it", async () => {
    const { excel, capabilities } = setup();
    await insertMonthlyReport(excel.context, { capabilities, charts: false, period: { kind: "month", month: 1 } });
    excel.state.insertRows(APPENDIX, 1, 2);
    await switchReportPeriod(excel.context, { kind: "quarter", quarter: 4 });
    expect(excel.state.content(APPENDIX, cellAddress(PERIOD_AT.row + 2, PERIOD_AT.column))).toBe("Quý IV");
    expect(await switchReportPeriod(excel.context, { kind: "year" }, { namePrefix: "OTHER" })).toEqual({ status: "notFound" });
  });

  it("keeps the months, the period and the notes on an update; asks first by default", async () => {
    const { excel, capabilities } = setup();
    await insertMonthlyReport(excel.context, { capabilities, charts: false, period: { kind: "month", month: 2 } });
    excel.state.setContents(MONTHLY_SHEET_NAME, "D8", [[1, 2], [3, 4]]);
    excel.state.setContents(APPENDIX, PERIOD, "Quý II");
    excel.state.setContents(APPENDIX, at("I.1", MONTHLY_COLUMNS.note), "ghi chú");
    const asked = await insertMonthlyReport(excel.context, { capabilities, charts: false });
    expect(asked.status).toBe("exists");
    const syncs = excel.syncCount;
    const updated = await insertMonthlyReport(excel.context, { capabilities, charts: false, ifExists: "update" });
    expect(excel.syncCount - syncs).toBe(2);
    expect(updated).toMatchObject({ status: "updated", kept: 6, period: { kind: "quarter", quarter: 2 } });
    expect(excel.state.grid(MONTHLY_SHEET_NAME, "D8:E9")).toEqual([[1, 2], [3, 4]]);
    expect(excel.state.content(APPENDIX, PERIOD)).toBe("Quý II");
    expect(excel.state.content(APPENDIX, at("I.1", MONTHLY_COLUMNS.note))).toBe("ghi chú");
  });

  it("updates a report made with the older column order: every month, the period and the notes kept, columns in the plan's order", async () => {
    const { excel, capabilities } = setup();
    await insertMonthlyReport(excel.context, { capabilities, charts: false, formulas: "native", period: { kind: "month", month: 2 } });
    excel.state.setContents(MONTHLY_SHEET_NAME, "D8", [[1, 2], [3, 4]]);
    excel.state.setContents(APPENDIX, PERIOD, "Quý II");
    excel.state.setContents(APPENDIX, at("I.1", MONTHLY_COLUMNS.note), "ghi chú I.1");
    excel.state.setContents(APPENDIX, at("IV.1", MONTHLY_COLUMNS.note), "ghi chú IV.1");
    // The older order: Căn cứ thực hiện after the year to date's Đánh giá (G cut, inserted before N).
    excel.state.moveColumn(APPENDIX, 7, 14);
    expect(excel.state.content(APPENDIX, `M${ROWS.headerTop}`)).toBe("Căn cứ thực hiện");
    expect(excel.state.content(APPENDIX, `G${ROWS.period}`)).toBe("Quý II");
    const updated = await insertMonthlyReport(excel.context, { capabilities, charts: false, formulas: "native", ifExists: "update" });
    expect(updated).toMatchObject({ status: "updated", period: { kind: "quarter", quarter: 2 } });
    expect(excel.state.content(APPENDIX, `G${ROWS.headerTop}`)).toBe("Căn cứ thực hiện");
    expect(excel.state.content(APPENDIX, PERIOD)).toBe("Quý II");
    expect(excel.state.content(APPENDIX, `G${ROWS.period}`)).toBe("Kỳ báo cáo:");
    expect([excel.state.content(APPENDIX, at("I.1", MONTHLY_COLUMNS.note)), excel.state.content(APPENDIX, at("IV.1", MONTHLY_COLUMNS.note))]).toEqual([
      "ghi chú I.1",
      "ghi chú IV.1",
    ]);
    expect(excel.state.grid(MONTHLY_SHEET_NAME, "D8:E9")).toEqual([[1, 2], [3, 4]]);
    expect(excel.state.name("KPI_PERIOD")).toMatchObject({ sheetName: APPENDIX, address: toAbsolute(PERIOD) });
    // The legal basis column no longer carries the old period drop-down or number formats: the
    // drop-down is on the period cell, the other rules are the notes' and the frame's inputs.
    const validations = excel.state.sheet(APPENDIX).validations.map((v) => `${v.rect.top}:${v.rect.left}`);
    expect(validations).toContain(`${PERIOD_AT.row}:${PERIOD_AT.column}`);
    expect(validations.filter((v) => v.endsWith(":7"))).toEqual([]);
    expect(excel.state.cell(APPENDIX, at("IV.1", 7)).numberFormat).toBe("General");
  });

  /**
   * The report as a version before the frame wrote it: titles on rows 1–3, the period on row 4,
   * the header on row 5, no frame rows, no signatures, no input block or frame names.
   */
  function toReportBeforeTheFrame(excel: FakeExcel): void {
    const state = excel.state;
    const below = frameBottomRows(appendixRows().lastRow);
    for (const key of [...state.names.keys()].filter((k) => k.includes("_DOC_") || k.endsWith("_FILLED_BY"))) {
      const { top, left } = state.names.get(key)!.rect!;
      state.setContents(APPENDIX, cellAddress(top, left - 1) + ":" + cellAddress(top, left), [["", ""]]);
      state.names.delete(key);
    }
    state.deleteRows(APPENDIX, appendixRows().lastRow + 1, below.last - appendixRows().lastRow);
    state.deleteRows(APPENDIX, ROWS.dataAsOf, 1);
    state.deleteRows(APPENDIX, ROWS.attachedTo, 1);
    state.deleteRows(APPENDIX, 1, ROWS.gap);
    expect([state.content(APPENDIX, "A1"), state.content(APPENDIX, "H4"), state.content(APPENDIX, "A5")]).toEqual(["PHỤ LỤC", "Quý II", "STT"]);
  }

  it("updates a report made before the document frame: the frame added, every month, the period and the notes kept", async () => {
    const { excel, capabilities } = setup();
    await insertMonthlyReport(excel.context, { capabilities, charts: false, formulas: "native", period: { kind: "month", month: 2 } });
    excel.state.setContents(MONTHLY_SHEET_NAME, "D8", [[1, 2], [3, 4]]);
    excel.state.setContents(APPENDIX, PERIOD, "Quý II");
    excel.state.setContents(APPENDIX, at("IV.1", MONTHLY_COLUMNS.note), "ghi chú IV.1");
    toReportBeforeTheFrame(excel);

    const syncs = excel.syncCount;
    const updated = await insertMonthlyReport(excel.context, { capabilities, charts: false, formulas: "native", ifExists: "update" });
    expect(excel.syncCount - syncs).toBe(2);
    expect(updated).toMatchObject({ status: "updated", period: { kind: "quarter", quarter: 2 }, kept: 6 });
    expect(excel.state.content(APPENDIX, PERIOD)).toBe("Quý II");
    expect(excel.state.content(APPENDIX, at("IV.1", MONTHLY_COLUMNS.note))).toBe("ghi chú IV.1");
    expect(excel.state.grid(MONTHLY_SHEET_NAME, "D8:E9")).toEqual([[1, 2], [3, 4]]);
    // Where the old header stood, the frame; nothing of the old table left above the new one.
    expect(excel.state.content(APPENDIX, `A${ROWS.label}`)).toBe("PHỤ LỤC");
    expect(excel.state.content(APPENDIX, `A${ROWS.headerTop}`)).toBe("STT");
    expect(excel.state.grid(APPENDIX, `A${ROWS.gap}:N${ROWS.gap}`).flat().every((v) => v === "")).toBe(true);
    expect(excel.state.content(APPENDIX, `G${ROWS.period}`)).toBe("Kỳ báo cáo:");
    expect(excel.state.name("KPI_PERIOD")).toMatchObject({ address: toAbsolute(PERIOD) });
    expect(excel.state.name("KPI_DOC_NUMBER")?.sheetName).toBe(APPENDIX);
  });

  it("updates a report that had the unit cell on row 4 (before the frame): the unit kept in the frame's input block, by its name", async () => {
    const { excel, capabilities } = setup();
    await insertMonthlyReport(excel.context, { capabilities, charts: false, formulas: "native", period: { kind: "month", month: 2 } });
    excel.state.setContents(APPENDIX, PERIOD, "Quý II");
    toReportBeforeTheFrame(excel);
    // That version's unit cell: C4:D4, named, left of the period.
    excel.state.setContents(APPENDIX, "B4:C4", [["Đơn vị nhập số liệu:", "Văn phòng Sở"]]);
    excel.state.setName("KPI_FILLED_BY", APPENDIX, "$C$4", "Đơn vị nhập số liệu");

    const updated = await insertMonthlyReport(excel.context, { capabilities, charts: false, formulas: "native", ifExists: "update" });
    expect(updated).toMatchObject({ status: "updated", period: { kind: "quarter", quarter: 2 } });
    const unitCell = filledByCellOf({ monthly: { period: { kind: "year" } } });
    expect(excel.state.name("KPI_FILLED_BY")).toMatchObject({ sheetName: APPENDIX, address: toAbsolute(unitCell) });
    expect(excel.state.content(APPENDIX, unitCell)).toBe("Văn phòng Sở");
    expect([excel.state.content(APPENDIX, "B4"), excel.state.content(APPENDIX, "C4")]).toEqual(["", ""]);
    // The new frame is that unit's report.
    const issuer = excel.state.name("KPI_DOC_ISSUER")!.address!.replace(/\$/g, "");
    expect(excel.state.content(APPENDIX, issuer)).toBe("Văn phòng Sở");
  });

  it("never turns a plain appendix (typed b and a) into a monthly one", async () => {
    const { excel, capabilities } = setup({ [APPENDIX]: { A5: "STT", G8: 12, H8: 20 } });
    const result = await insertMonthlyReport(excel.context, { capabilities, charts: false, ifExists: "update" });
    expect(result).toMatchObject({ status: "conflict", conflicts: [APPENDIX] });
    expect(excel.state.content(APPENDIX, "G8")).toBe(12);
    expect(excel.state.hasSheet(MONTHLY_SHEET_NAME)).toBe(false);
  });

  it("checks the monthly data for the period in the period cell, in one sync", async () => {
    const { excel, capabilities } = setup();
    await insertMonthlyReport(excel.context, { capabilities, charts: false, period: { kind: "quarter", quarter: 1 } });
    excel.state.setContents(MONTHLY_SHEET_NAME, "D26", [[5, 6, 7], [10, 4, 10]]);
    const syncs = excel.syncCount;
    const result = await checkMonthlyReport(excel.context);
    expect(excel.syncCount - syncs).toBe(1);
    expect(result.found).toBe(true);
    expect(result.period).toEqual({ kind: "quarter", quarter: 1 });
    const iv1 = result.findings.filter((f) => f.code === "IV.1");
    expect(iv1.map((f) => [f.kind, f.address, f.months])).toEqual([["monthlyDataInvalid", "E26", [2]]]);
    expect(result.findings.filter((f) => f.kind === "monthlyDataMissing")).toHaveLength(10);
    const empty = setup();
    expect(await checkMonthlyReport(empty.excel.context)).toEqual({ found: false, findings: [] });
  });
});

describe("the year-to-date chart in Office.js", () => {
  it("adds overlapped verdict-coloured columns and target markers from the model", () => {
    const calls: string[] = [];
    const record =
      (path: string) =>
      (...args: unknown[]): void => {
        calls.push(`${path}(${args.map((a) => JSON.stringify(a)).join(",")})`);
      };
    const settable = (path: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
      new Proxy(extra, {
        set(_target, property, value) {
          calls.push(`${path}.${String(property)}=${JSON.stringify(value)}`);
          return true;
        },
      });
    const seriesObject = (index: number): Record<string, unknown> =>
      settable(`series[${index}]`, {
        setValues: (range: { address: string }) => calls.push(`series[${index}].setValues(${range.address})`),
        setXAxisValues: (range: { address: string }) => calls.push(`series[${index}].setXAxisValues(${range.address})`),
        format: {
          fill: { setSolidColor: record(`series[${index}].fill.setSolidColor`) },
          line: settable(`series[${index}].line`),
        },
      });
    let added = 0;
    const chart = settable("chart", {
      title: settable("title"),
      legend: settable("legend"),
      axes: { valueAxis: settable("valueAxis") },
      setPosition: record("chart.setPosition"),
      series: {
        getItemAt: (i: number) => seriesObject(i),
        add: (name: string) => {
          calls.push(`series.add(${name})`);
          return seriesObject(++added);
        },
      },
    });
    const sheet = {
      getRange: (address: string) => ({ address }),
      charts: {
        add: (type: string, source: { address: string }, by: string) => {
          calls.push(`charts.add(${type},${source.address},${by})`);
          return chart;
        },
      },
    };
    renderYearToDateChart(sheet as unknown as Excel.Worksheet, buildChartModel());
    expect(calls).toEqual(
      expect.arrayContaining([
        "charts.add(ColumnClustered,F5:F15,Columns)",
        `chart.name="${YTD_CHART_NAME}"`,
        'valueAxis.numberFormat="0%"',
        "series[0].fill.setSolidColor(\"#C6EFCE\")",
        "series.add(Không đạt)",
        "series[1].setValues(G5:G15)",
        "series[1].fill.setSolidColor(\"#FFC7CE\")",
        "series.add(Chỉ tiêu)",
        "series[2].setValues(D5:D15)",
        'series[2].chartType="LineMarkers"',
        'series[2].markerStyle="Dash"',
        'series[2].line.lineStyle="None"',
        "series[0].setXAxisValues(A5:A15)",
        "series[0].overlap=100",
      ]),
    );
  });
});

describe("names of another table", () => {
  it("are never taken over: the report's names get another prefix", async () => {
    const { excel, capabilities } = setup({ [APPENDIX]: { A5: "STT", G8: 12 } });
    excel.state.setName("KPI_I_1_B", APPENDIX, "G8");
    const result = await insertMonthlyReport(excel.context, {
      capabilities,
      charts: false,
      sheetNames: { appendix: "Phụ lục theo tháng" },
    });
    expect(result).toMatchObject({ status: "inserted", namePrefix: "KPI2" });
    expect(excel.state.name("KPI_I_1_B")).toMatchObject({ sheetName: APPENDIX, address: "$G$8" });
    expect(excel.state.name("KPI2_PERIOD")).toMatchObject({ sheetName: "Phụ lục theo tháng", address: toAbsolute(PERIOD) });
    expect(String(excel.state.content("Phụ lục theo tháng", at("I.1", MONTHLY_COLUMNS.numerator)))).toContain("KPI2_M_I_1_B");
    expect(await readReportPeriod(excel.context, { namePrefix: "KPI2" })).toBeDefined();
  });
});
