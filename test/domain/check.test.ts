/**
 * The pre-submission check on a fault corpus: a clean filled table gives no finding, and each
 * fault kind is found, named, located and described in both languages.
 */
import { HOST_UNITS, INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import {
  checkAppendix,
  countsText,
  describeFinding,
  formatPercent,
  locateAppendix,
  moveFormula,
  normalizeFormula,
  relativeForm,
  snapshotAddress,
  summaryText,
  usesCustomFunctions,
  type Finding,
  type FindingKind,
} from "../../src/domain/check";
import {
  appendixRows,
  COLUMNS,
  inputValueColumn,
  MONTHLY_COLUMNS,
  ROWS,
} from "../../src/domain/layout/appendixLayout";
import { columnLetter, parseCell } from "../../src/domain/layout/a1";
import { defaultDocumentFields, documentName } from "../../src/domain/layout/documentFrame";
import { FILLED_DOCUMENT } from "../helpers/document";
import { SHEET, rowOf, set, snapshot, tableSheet, recalc, type Grid, type TestSheet } from "../helpers/appendixSheet";
import { VERDICT_WORDS, type CellInput } from "../../src/domain/ratio";
import { checkVi } from "../../src/i18n/vi/check";
import { checkEn } from "../../src/i18n/en/check";

/**
 * The sheet as the version before the plan's column order wrote it: Căn cứ thực hiện after Đánh
 * giá (A–F, b, a, Kết quả, Đánh giá, Căn cứ thực hiện, Ghi chú). Its formulas are left as they are.
 */
function olderOrder(sheet: TestSheet): TestSheet {
  const order = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 7, 12];
  const permute = (grid: Grid): Grid => grid.map((row) => [...order.map((c) => row[c - 1] ?? ""), ...row.slice(order.length)]);
  const moved: TestSheet = { formulas: permute(sheet.formulas), values: [], names: sheet.names };
  recalc(moved);
  return moved;
}

/** Inserts whole rows as Excel does: cells below move down, formulas and names follow. */
function insertRows(sheet: TestSheet, before: number, count: number): void {
  const move = (f: CellInput): CellInput =>
    typeof f === "string" && f.startsWith("=")
      ? f.replace(/(?<![A-Za-z0-9_.$"])(\$?[A-Z]{1,3}\$?)(\d+)(?![A-Za-z0-9_(])/g, (m, col: string, r: string) =>
          Number(r) >= before ? `${col}${Number(r) + count}` : m,
        )
      : f;
  sheet.formulas = sheet.formulas.map((row) => row.map(move));
  sheet.formulas.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
  sheet.names = sheet.names.map((n) => ({
    name: n.name,
    reference: n.reference.replace(/\$(\d+)/g, (m, r: string) => (Number(r) >= before ? `$${Number(r) + count}` : m)),
  }));
  recalc(sheet);
}

/** Deletes one whole row: names that pointed into it become #REF!. */
function deleteRow(sheet: TestSheet, row: number): void {
  sheet.formulas.splice(row - 1, 1);
  sheet.names = sheet.names.map((n) => {
    if (new RegExp(`\\$${row}$`).test(n.reference) && !n.reference.includes(":")) return { name: n.name, reference: "=#REF!" };
    return { name: n.name, reference: n.reference.replace(/\$(\d+)/g, (m, r: string) => (Number(r) > row ? `$${Number(r) - 1}` : m)) };
  });
  recalc(sheet);
}

const kinds = (findings: readonly Finding[]): FindingKind[] => findings.map((f) => f.kind);
const cell = (code: IndicatorCode, column: number): string => `${String.fromCharCode(64 + column)}${rowOf(code)}`;

describe("checkAppendix on a clean table", () => {
  it.each(["kpi", "native"] as const)("finds nothing in a filled table with %s formulas: 11/11 đạt", (formulas) => {
    const report = checkAppendix(snapshot(tableSheet({ formulas })));
    expect(report.findings).toEqual([]);
    expect(report.mode).toBe("plain");
    expect(report.summary.passed).toBe(11);
    expect(summaryText(report.summary, checkVi)).toBe("11/11 chỉ tiêu đạt");
    expect(countsText(report.summary, checkVi)).toBe(checkVi.check.allClear);
    expect(report.summary.byHostUnit.map((u) => [u.unit, u.passed, u.total])).toEqual([
      ["Phòng Quản lý Du lịch", 7, 7],
      ["Văn phòng Sở", 3, 3],
      ["Thanh tra Sở", 1, 1],
    ]);
  });

  it("still finds nothing when rows were inserted above and inside the table", () => {
    const sheet = tableSheet();
    insertRows(sheet, 2, 3);
    insertRows(sheet, rowOf("III.1") + 3, 2);
    const report = checkAppendix(snapshot(sheet));
    expect(report.findings).toEqual([]);
    expect(report.indicators.find((i) => i.code === "I.1")!.row).toBe(rowOf("I.1") + 3);
    expect(report.indicators.find((i) => i.code === "V.1")!.row).toBe(rowOf("V.1") + 5);
  });

  it("still finds nothing when a column was inserted left of the table", () => {
    const sheet = tableSheet();
    const shiftColumn = (f: CellInput): CellInput =>
      typeof f === "string" && f.startsWith("=")
        ? f.replace(/(?<![A-Za-z0-9_.$"])(\$?)([A-Z]{1,3})(\$?\d+)(?![A-Za-z0-9_(])/g, (_m, d: string, col: string, rest: string) =>
            `${d}${String.fromCharCode(col.charCodeAt(0) + 1)}${rest}`,
          )
        : f;
    sheet.formulas = sheet.formulas.map((row) => ["", ...row.map(shiftColumn)]);
    sheet.names = sheet.names.map((n) => ({
      name: n.name,
      reference: n.reference.replace(/\$([A-Z])\$/g, (_m, col: string) => `$${String.fromCharCode(col.charCodeAt(0) + 1)}$`),
    }));
    recalc(sheet);
    const report = checkAppendix(snapshot(sheet));
    expect(report.findings).toEqual([]);
    expect(locateAppendix(sheet.formulas).columnOffset).toBe(1);
    set(sheet, `L${rowOf("I.1")}`, 0.5); // the result column moved from J to K… and the verdict to L
    expect(checkAppendix(snapshot(sheet)).findings.map((f) => [f.kind, f.params.part, f.address])).toEqual([
      ["formulaReplaced", "verdict", `L${rowOf("I.1")}`],
    ]);
  });

  it("reads a sheet whose columns stand in an older order by their headers, and asks for an update", () => {
    const sheet = olderOrder(tableSheet());
    set(sheet, `G${rowOf("IV.1")}`, 90); // b of IV.1, where the older order had it
    const located = locateAppendix(sheet.formulas);
    expect(located.outdated).toBe(true);
    expect([located.columns.numerator, located.columns.verdict, located.columns.legalBasis, located.columns.note]).toEqual([7, 10, 11, 12]);
    const report = checkAppendix(snapshot(sheet));
    // One finding that says what to do, not one per formula or name.
    expect(report.findings.map((f) => [f.kind, f.severity, f.address])).toEqual([
      ["layoutOutdated", "error", `K${ROWS.headerTop}`],
      ["unexplainedMiss", "error", `L${rowOf("IV.1")}`],
    ]);
    expect(report.summary.passed).toBe(10);
    expect(locateAppendix(tableSheet().formulas).outdated).toBe(false);
  });

  it("reads the snapshot block wide enough for both tables, also when columns were inserted left of them", () => {
    expect(snapshotAddress()).toBe(`A1:AM${appendixRows().lastRow + 40}`);
    // A monthly table whose header stands as far right as the header search reaches still fits,
    // and so do the document frame's input values beside it.
    const monthly = tableSheet({ monthly: { period: { kind: "year" } } });
    const shifted = monthly.formulas.map((row) => [...Array<CellInput>(19).fill(""), ...row]);
    expect(locateAppendix(shifted)).toMatchObject({ mode: "monthly", columnOffset: 19 });
    expect(locateAppendix(shifted).columns.note).toBeLessThanOrEqual(39);
    expect(19 + inputValueColumn({ monthly: { period: { kind: "year" } } })).toBeLessThanOrEqual(39);
  });
});

describe("checkAppendix fault corpus", () => {
  it("sheetMissing: a single error and no verdicts", () => {
    const report = checkAppendix({ sheetName: "Không có", sheetExists: false, values: [], formulas: [], names: [] });
    expect(kinds(report.findings)).toEqual(["sheetMissing"]);
    expect(report.summary.byVerdict.unknown).toBe(11);
    expect(describeFinding(report.findings[0], checkVi, "vi").message).toBe("Không tìm thấy trang tính “Không có”.");
  });

  it("inputMissing: both blank, then only a", () => {
    const sheet = tableSheet();
    set(sheet, cell("I.2", COLUMNS.numerator), "");
    set(sheet, cell("I.2", COLUMNS.denominator), "");
    set(sheet, cell("I.3", COLUMNS.denominator), null);
    const report = checkAppendix(snapshot(sheet));
    const missing = report.findings.filter((f) => f.kind === "inputMissing");
    expect(missing.map((f) => [f.code, f.params.part, f.address, f.severity])).toEqual([
      ["I.2", "bothInputs", cell("I.2", COLUMNS.numerator), "warning"],
      ["I.3", "denominator", cell("I.3", COLUMNS.denominator), "warning"],
    ]);
    expect(report.summary.byVerdict.noData).toBe(2);
    expect(describeFinding(missing[1], checkVi, "vi").action).toContain(`ô ${cell("I.3", COLUMNS.denominator)}`);
  });

  it("inputInvalid: negative, fractional, text and b > a, each at its cell", () => {
    const sheet = tableSheet();
    set(sheet, cell("I.1", COLUMNS.numerator), -5);
    set(sheet, cell("I.2", COLUMNS.denominator), 12.5);
    set(sheet, cell("I.3", COLUMNS.numerator), "mười");
    set(sheet, cell("II.1", COLUMNS.numerator), 1001);
    const invalid = checkAppendix(snapshot(sheet)).findings.filter((f) => f.kind === "inputInvalid");
    expect(invalid.map((f) => [f.code, f.params.part, f.params.problem, f.address, f.severity])).toEqual([
      ["I.1", "numerator", "negative", cell("I.1", COLUMNS.numerator), "error"],
      ["I.2", "denominator", "fractional", cell("I.2", COLUMNS.denominator), "error"],
      ["I.3", "numerator", "notNumber", cell("I.3", COLUMNS.numerator), "error"],
      ["II.1", "numerator", "numeratorAboveDenominator", cell("II.1", COLUMNS.numerator), "error"],
    ]);
    expect(describeFinding(invalid[0], checkVi, "vi").message).toBe("I.1 Tỷ lệ thanh toán trực tuyến: tử số (b) không hợp lệ (số âm).");
  });

  it("unexplainedMiss: a miss without Ghi chú blocks submission; the 2-decimal rule (37997/40000 fails, 37998/40000 passes)", () => {
    const sheet = tableSheet();
    set(sheet, cell("IV.1", COLUMNS.numerator), 37997);
    set(sheet, cell("IV.1", COLUMNS.denominator), 40000);
    set(sheet, cell("V.1", COLUMNS.numerator), 999);
    const report = checkAppendix(snapshot(sheet));
    const missed = report.findings.filter((f) => f.kind === "unexplainedMiss");
    // Each at its Ghi chú cell, the cell to fill; IV.1 with its late dossiers, a − b.
    expect(missed.map((f) => [f.code, f.severity, f.address, f.params.late])).toEqual([
      ["IV.1", "error", cell("IV.1", COLUMNS.note), 2003],
      ["V.1", "error", cell("V.1", COLUMNS.note), undefined],
    ]);
    expect(describeFinding(missed[0], checkVi, "vi")).toEqual({
      message:
        "IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn: không đạt — kết quả 94,99%, chỉ tiêu tối thiểu 95%; " +
        "2.003 hồ sơ giải quyết trễ hạn (a − b) — nhưng chưa có giải trình.",
      action:
        `Ghi nguyên nhân của 2.003 hồ sơ giải quyết trễ hạn và giải pháp vào ô ${cell("IV.1", COLUMNS.note)} (cột Ghi chú): ` +
        "kế hoạch yêu cầu giải trình mọi chỉ tiêu không đạt.",
    });
    expect(describeFinding(missed[1], checkEn, "en").message).toBe(
      "V.1 Documents and work files handled online: not met — result 99.9%, target 100% — and not explained.",
    );
    expect(report.summary.errors).toBe(2);
    expect(summaryText(report.summary, checkVi)).toBe("9/11 chỉ tiêu đạt");
    set(sheet, cell("IV.1", COLUMNS.numerator), 37998);
    expect(checkAppendix(snapshot(sheet)).findings.filter((f) => f.kind === "unexplainedMiss")).toHaveLength(1);
  });

  it("belowTarget: a miss explained in Ghi chú is a note, with the explanation in the report", () => {
    const sheet = tableSheet();
    set(sheet, cell("IV.1", COLUMNS.numerator), 187);
    set(sheet, cell("IV.1", COLUMNS.denominator), 200);
    set(sheet, cell("IV.1", COLUMNS.note), "  Hồ sơ phải xác minh\nthêm tại cơ sở  ");
    const report = checkAppendix(snapshot(sheet));
    expect(report.findings.map((f) => [f.kind, f.severity, f.address, f.params.late])).toEqual([
      ["belowTarget", "info", cell("IV.1", COLUMNS.result), 13],
    ]);
    expect(describeFinding(report.findings[0], checkVi, "vi").message).toBe(
      "IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn: không đạt — kết quả 93,5%, chỉ tiêu tối thiểu 95%; " +
        "13 hồ sơ giải quyết trễ hạn (a − b); đã có giải trình ở cột Ghi chú.",
    );
    expect(report.indicators.find((i) => i.code === "IV.1")).toMatchObject({
      verdict: "fail",
      numerator: 187,
      denominator: 200,
      note: "Hồ sơ phải xác minh thêm tại cơ sở",
    });
    expect(report.year).toBe(2024);
    expect(report.summary.errors).toBe(0);
  });

  it("notApplicable: a = 0 is a note", () => {
    const sheet = tableSheet();
    set(sheet, cell("III.4", COLUMNS.numerator), 0);
    set(sheet, cell("III.4", COLUMNS.denominator), 0);
    const [finding] = checkAppendix(snapshot(sheet)).findings;
    expect([finding.kind, finding.severity, finding.code, finding.address]).toEqual([
      "notApplicable",
      "info",
      "III.4",
      cell("III.4", COLUMNS.denominator),
    ]);
  });

  it("formulaReplaced: a typed number, another formula, a blank", () => {
    const sheet = tableSheet();
    set(sheet, cell("I.1", COLUMNS.result), 0.97);
    set(sheet, cell("I.2", COLUMNS.verdict), `=IF(G${rowOf("I.2")}>0,"Đạt","")`);
    set(sheet, cell("I.3", COLUMNS.verdict), "");
    const report = checkAppendix(snapshot(sheet));
    const replaced = report.findings.filter((f) => f.kind === "formulaReplaced");
    expect(replaced.map((f) => [f.code, f.params.part, f.address, f.params.found])).toEqual([
      ["I.1", "result", cell("I.1", COLUMNS.result), 0.97],
      ["I.2", "verdict", cell("I.2", COLUMNS.verdict), `=IF(G${rowOf("I.2")}>0,"Đạt","")`],
      ["I.3", "verdict", cell("I.3", COLUMNS.verdict), null],
    ]);
    expect(describeFinding(replaced[0], checkVi, "vi").message).toContain("(đang là 0,97)");
    expect(describeFinding(replaced[2], checkEn, "en").message).toContain("(it holds (blank))");
    // A replaced verdict is not judged from what it shows.
    expect(report.findings.some((f) => f.kind === "verdictMismatch")).toBe(false);
  });

  it("targetChanged: another percentage, or text", () => {
    const sheet = tableSheet();
    set(sheet, cell("I.1", COLUMNS.target), 0.4);
    set(sheet, cell("III.1", COLUMNS.target), "100%");
    const report = checkAppendix(snapshot(sheet));
    const changed = report.findings.filter((f) => f.kind === "targetChanged");
    expect(changed.map((f) => [f.code, f.address, f.severity])).toEqual([
      ["I.1", cell("I.1", COLUMNS.target), "error"],
      ["III.1", cell("III.1", COLUMNS.target), "error"],
    ]);
    expect(describeFinding(changed[0], checkVi, "vi").message).toBe(
      "I.1 Tỷ lệ thanh toán trực tuyến: chỉ tiêu đang là 40%, khác kế hoạch (tối thiểu 45%); bảng đang đánh giá theo 40%.",
    );
    expect(describeFinding(changed[1], checkVi, "vi").message).toBe(
      "III.1 Tỷ lệ kết quả giải quyết TTHC điện tử: chỉ tiêu đang là “100%”, khác kế hoạch (100%); " +
        "ô trống hoặc không phải là số nên bảng đánh giá theo chỉ tiêu của kế hoạch.",
    );
    expect(describeFinding(changed[1], checkEn, "en").message).toBe(
      "III.1 Electronic results rate: the target is “100%”, unlike the plan (100%); " +
        "as the cell is blank or not a number, the table assesses against the plan's target.",
    );
    // A text target is the plan's target (targetFromCell), as KPI.STATUS, the native formulas and
    // the highlight rules read it: the data are judged, never made invalid by the target.
    expect(report.indicators.find((i) => i.code === "III.1")!.verdict).toBe("pass");
    set(sheet, cell("III.1", COLUMNS.numerator), 999);
    expect(checkAppendix(snapshot(sheet)).indicators.find((i) => i.code === "III.1")!.verdict).toBe("fail");
    // A blank target too, and the finding stays: it is how the user learns the cell is wrong.
    set(sheet, cell("III.1", COLUMNS.target), "");
    const blank = checkAppendix(snapshot(sheet));
    expect(blank.indicators.find((i) => i.code === "III.1")!.verdict).toBe("fail");
    const blankChanged = blank.findings.find((f) => f.kind === "targetChanged" && f.code === "III.1")!;
    expect(blankChanged.params.found).toBeNull();
    expect(describeFinding(blankChanged, checkVi, "vi").message).toContain("đang là (trống)");
    // A number is the target: 40% for I.1 (plan 45%), so 41% passes and belowTarget cites 40%.
    set(sheet, cell("I.1", COLUMNS.numerator), 410);
    const report2 = checkAppendix(snapshot(sheet));
    expect(report2.indicators.find((i) => i.code === "I.1")!.verdict).toBe("pass");
    set(sheet, cell("I.1", COLUMNS.numerator), 399);
    const below = checkAppendix(snapshot(sheet)).findings.find((f) => f.kind === "unexplainedMiss" && f.code === "I.1")!;
    expect(below.params.target).toEqual({ kind: "minimum", fraction: 0.4 });
    expect(describeFinding(below, checkEn, "en").message).toContain("target at least 40%");
    set(sheet, cell("I.1", COLUMNS.target), 0.4);
    // A target equal to the plan's to the hundredth of a percent is the plan's.
    set(sheet, cell("I.1", COLUMNS.target), 0.45000000001);
    expect(checkAppendix(snapshot(sheet)).findings.filter((f) => f.kind === "targetChanged")).toHaveLength(1);
  });

  it("rowMissing: a deleted indicator row, and its names broken", () => {
    const sheet = tableSheet();
    deleteRow(sheet, rowOf("III.3"));
    const report = checkAppendix(snapshot(sheet));
    const missing = report.findings.filter((f) => f.kind === "rowMissing");
    expect(missing.map((f) => [f.code, f.severity])).toEqual([["III.3", "error"]]);
    const broken = report.findings.filter((f) => f.kind === "nameWrong");
    expect(broken.map((f) => f.params.name)).toEqual(["KPI_III_3_B", "KPI_III_3_A", "KPI_III_3_TARGET", "KPI_III_3_RESULT", "KPI_III_3_VERDICT"]);
    expect(broken[0].params.reference).toBe("#REF!");
    expect(report.summary.byVerdict.unknown).toBe(1);
    expect(report.summary.passed).toBe(10);
    // The other rows moved up and are found with their names.
    expect(report.indicators.find((i) => i.code === "V.1")!.row).toBe(rowOf("V.1") - 1);
  });

  it("nameMissing and nameWrong", () => {
    const sheet = tableSheet();
    sheet.names = sheet.names
      .filter((n) => n.name !== "KPI_IV_1_RESULT")
      .map((n) => (n.name === "KPI_I_2_A" ? { ...n, reference: `='${SHEET}'!$H$99` } : n));
    const report = checkAppendix(snapshot(sheet));
    expect(report.findings.map((f) => [f.kind, f.params.name, f.address, f.severity])).toEqual([
      ["nameWrong", "KPI_I_2_A", cell("I.2", COLUMNS.denominator), "warning"],
      ["nameMissing", "KPI_IV_1_RESULT", cell("IV.1", COLUMNS.result), "warning"],
    ]);
    expect(describeFinding(report.findings[1], checkVi, "vi").message).toBe(
      `Thiếu tên KPI_IV_1_RESULT (trỏ tới ô '${SHEET}'!$J$${rowOf("IV.1")}).`,
    );
    // Another prefix: the table's names are then others.
    expect(checkAppendix(snapshot(sheet), { namePrefix: "KPI2" }).findings.filter((f) => f.kind === "nameMissing")).toHaveLength(56);
  });

  it("verdictMismatch: the verdict cell shows something else (#NAME? without the add-in)", () => {
    const sheet = tableSheet();
    sheet.values[rowOf("I.1") - 1][COLUMNS.verdict - 1] = "#NAME?";
    const [finding] = checkAppendix(snapshot(sheet)).findings;
    expect([finding.kind, finding.address, finding.params.found, finding.params.verdict]).toEqual([
      "verdictMismatch",
      cell("I.1", COLUMNS.verdict),
      "#NAME?",
      "pass",
    ]);
  });

  it("monthly table: data missing and invalid per period, below target, formulas", () => {
    const sheet = tableSheet({ monthly: { period: { kind: "quarter", quarter: 1 } } });
    const v = (code: IndicatorCode, column: number, value: CellInput): void => {
      sheet.values[rowOf(code) - 1][column - 1] = value;
    };
    for (const i of INDICATORS) v(i.code, MONTHLY_COLUMNS.verdict, VERDICT_WORDS.pass);
    v("I.1", MONTHLY_COLUMNS.verdict, VERDICT_WORDS.noData);
    v("I.2", MONTHLY_COLUMNS.verdict, VERDICT_WORDS.invalid);
    v("I.3", MONTHLY_COLUMNS.verdict, VERDICT_WORDS.fail);
    v("I.3", MONTHLY_COLUMNS.result, 0.5);
    sheet.formulas[rowOf("II.1") - 1][MONTHLY_COLUMNS.ytdResult - 1] = 0.9;
    const report = checkAppendix(snapshot(sheet));
    expect(report.mode).toBe("monthly");
    expect(report.findings.map((f) => [f.kind, f.code])).toEqual([
      ["monthlyDataInvalid", "I.2"],
      ["unexplainedMiss", "I.3"],
      ["formulaReplaced", "II.1"],
      ["monthlyDataMissing", "I.1"],
    ]);
    expect(report.findings[1].address).toBe(`${columnLetter(MONTHLY_COLUMNS.note)}${rowOf("I.3")}`);
    expect(report.findings[2].params.part).toBe("ytdResult");
    expect(report.summary.passed).toBe(8);
    expect(summaryText(report.summary, checkEn)).toBe("8/11 indicators met");
  });
});

describe("the document frame's reminders", () => {
  /** The frame's input cell of a field, where the names say. */
  const inputCell = (sheet: TestSheet, key: Parameters<typeof documentName>[1]): string =>
    sheet.names.find((n) => n.name === documentName("KPI", key))!.reference.replace(/^.*!/, "").replace(/\$/g, "");

  it("reminds (a note, never blocking) of the number, date and names the printout shows as dots", () => {
    const sheet = tableSheet({ document: defaultDocumentFields(null) });
    const report = checkAppendix(snapshot(sheet));
    expect(report.findings.map((f) => [f.kind, f.severity, f.params.fields, f.address])).toEqual([
      ["documentIncomplete", "info", ["number", "date", "preparer", "signer"], inputCell(sheet, "number")],
    ]);
    expect(report.summary.errors).toBe(0);
    expect(describeFinding(report.findings[0], checkVi, "vi").message).toBe(
      "Khung văn bản còn để trống: số văn bản, ngày ban hành, người lập biểu, người ký (bản in hiện dấu “…”).",
    );
    // Filled in: nothing left; a date typed as text is no date.
    set(sheet, inputCell(sheet, "number"), "12");
    set(sheet, inputCell(sheet, "date"), "05/04/2024");
    set(sheet, inputCell(sheet, "preparer"), "Trần Thị B");
    set(sheet, inputCell(sheet, "signer"), "Nguyễn Văn A");
    expect(checkAppendix(snapshot(sheet)).findings.map((f) => f.params.fields)).toEqual([["date"]]);
    set(sheet, inputCell(sheet, "date"), 45387);
    expect(checkAppendix(snapshot(sheet)).findings).toEqual([]);
  });

  it("asks the monthly report for its data cut-off date too", () => {
    const sheet = tableSheet({ monthly: { period: { kind: "month", month: 3 } }, document: { ...FILLED_DOCUMENT, dataAsOf: "" } });
    for (const i of INDICATORS) sheet.values[rowOf(i.code) - 1][MONTHLY_COLUMNS.verdict - 1] = VERDICT_WORDS.pass;
    const finding = checkAppendix(snapshot(sheet)).findings.find((f) => f.kind === "documentIncomplete")!;
    expect(finding.params.fields).toEqual(["dataAsOf"]);
    expect(parseCell(finding.address!).column).toBe(inputValueColumn({ monthly: { period: { kind: "year" } } }));
  });

  it("says once that a sheet made before the frame needs an update, not one missing name per field", () => {
    const sheet = tableSheet();
    sheet.names = sheet.names.filter((n) => !n.name.includes("_DOC_"));
    const report = checkAppendix(snapshot(sheet));
    expect(report.findings.map((f) => [f.kind, f.severity])).toEqual([["frameMissing", "info"]]);
    expect(describeFinding(report.findings[0], checkVi, "vi").action).toContain("Cập nhật tại chỗ");
  });
});

describe("summary and words", () => {
  it("counts per verdict and per host unit: 8/11 chỉ tiêu đạt", () => {
    const sheet = tableSheet();
    set(sheet, cell("I.1", COLUMNS.numerator), 1); // fail
    set(sheet, cell("III.4", COLUMNS.denominator), ""); // no data (half filled)
    set(sheet, cell("V.1", COLUMNS.numerator), 0);
    set(sheet, cell("V.1", COLUMNS.denominator), 0); // nothing arose
    const { summary } = checkAppendix(snapshot(sheet));
    expect(summaryText(summary, checkVi)).toBe("8/11 chỉ tiêu đạt");
    expect(summary.byVerdict).toEqual({ pass: 8, fail: 1, notApplicable: 1, noData: 1, invalid: 0, unknown: 0 });
    expect(summary.byHostUnit.map((u) => [u.unit, u.passed, u.total, u.byVerdict.fail])).toEqual([
      [HOST_UNITS[0], 6, 7, 1],
      [HOST_UNITS[1], 2, 3, 0],
      [HOST_UNITS[2], 0, 1, 0],
    ]);
    // I.1's miss is not explained yet: an error.
    expect([summary.errors, summary.warnings, summary.infos]).toEqual([1, 1, 1]);
    expect(countsText(summary, checkVi)).toBe("1 lỗi, 1 cần xem lại, 1 lưu ý");
  });

  it("orders errors before warnings before notes", () => {
    const sheet = tableSheet();
    set(sheet, cell("I.1", COLUMNS.numerator), 0);
    set(sheet, cell("I.1", COLUMNS.denominator), 0);
    set(sheet, cell("I.2", COLUMNS.numerator), 1);
    set(sheet, cell("I.3", COLUMNS.denominator), "");
    set(sheet, cell("V.1", COLUMNS.numerator), -1);
    expect(checkAppendix(snapshot(sheet)).findings.map((f) => [f.severity, f.code])).toEqual([
      ["error", "I.2"],
      ["error", "V.1"],
      ["warning", "I.3"],
      ["info", "I.1"],
    ]);
  });

  it("describes every kind in both languages without a placeholder left", () => {
    const sheet = tableSheet();
    set(sheet, cell("I.1", COLUMNS.numerator), -1);
    set(sheet, cell("I.2", COLUMNS.numerator), "");
    set(sheet, cell("I.3", COLUMNS.numerator), 1);
    set(sheet, cell("II.1", COLUMNS.numerator), 0);
    set(sheet, cell("II.1", COLUMNS.denominator), 0);
    set(sheet, cell("III.1", COLUMNS.result), 1);
    set(sheet, cell("III.2", COLUMNS.target), 0.3);
    sheet.values[rowOf("III.3") - 1][COLUMNS.verdict - 1] = "#BUSY!";
    sheet.names = sheet.names.filter((n) => n.name !== "KPI_TABLE").map((n) => (n.name === "KPI_I_1_B" ? { ...n, reference: "=#REF!" } : n));
    const findings = [
      ...checkAppendix(snapshot(sheet)).findings,
      ...checkAppendix({ sheetName: "X", sheetExists: false, values: [], formulas: [], names: [] }).findings,
    ];
    const monthly = tableSheet({ monthly: { period: { kind: "year" } } });
    monthly.values[rowOf("I.1") - 1][MONTHLY_COLUMNS.verdict - 1] = VERDICT_WORDS.noData;
    monthly.values[rowOf("I.2") - 1][MONTHLY_COLUMNS.verdict - 1] = VERDICT_WORDS.invalid;
    findings.push(...checkAppendix(snapshot(monthly)).findings);
    deleteRow(sheet, rowOf("V.1"));
    findings.push(...checkAppendix(snapshot(sheet)).findings);
    findings.push(...checkAppendix(snapshot(olderOrder(tableSheet()))).findings);
    // An explained miss, a frame with blanks, a sheet without the frame.
    const framed = tableSheet({ document: defaultDocumentFields(null) });
    set(framed, cell("I.1", COLUMNS.numerator), 1);
    set(framed, cell("I.1", COLUMNS.note), "Chưa triển khai thanh toán trực tuyến");
    findings.push(...checkAppendix(snapshot(framed)).findings);
    const unframed = tableSheet();
    unframed.names = unframed.names.filter((n) => !n.name.includes("_DOC_"));
    findings.push(...checkAppendix(snapshot(unframed)).findings);
    const seen = new Set(findings.map((f) => f.kind));
    expect([...seen].sort()).toEqual(Object.keys(checkVi.check.findings).sort());
    for (const finding of findings) {
      for (const [strings, language] of [[checkVi, "vi"], [checkEn, "en"]] as const) {
        const { message, action } = describeFinding(finding, strings, language);
        expect(`${message} ${action}`).not.toMatch(/\{\w+\}/);
        expect(message.length).toBeGreaterThan(10);
        if (finding.code && !finding.kind.startsWith("name")) expect(message).toContain(finding.code);
      }
    }
  });

  it("formats percentages with the language's decimal separator", () => {
    expect(formatPercent(0.9499, checkVi)).toBe("94,99%");
    expect(formatPercent(0.95, checkEn)).toBe("95%");
    expect(formatPercent(0.905, checkEn)).toBe("90.5%");
    expect(formatPercent(37998 / 40000, checkVi)).toBe("95%");
  });
});

describe("formula text helpers", () => {
  it("compares formulas wherever they stand", () => {
    expect(normalizeFormula(' =kpi.ontime( G8 , H8 ) & " a b"')).toBe('KPI.ONTIME(G8,H8)&" a b"');
    expect(relativeForm("=SUM(G8:H8)+$F$8", 8, 9)).toBe(relativeForm("=SUM(G11:H11)+$F$8", 11, 9));
    expect(relativeForm("=G8", 8, 9)).not.toBe(relativeForm("=G8", 9, 9));
    expect(moveFormula('=IF($G8>H8,"A1",$F$4)', 2)).toBe('=IF($G10>H10,"A1",$F$6)');
    expect(normalizeFormula("=_xlfn.IFS(@A1)")).toBe("IFS(A1)");
  });

  it("spots KPI.* calls outside string literals only", () => {
    expect(usesCustomFunctions("=KPI.ONTIME(G8,H8)")).toBe(true);
    expect(usesCustomFunctions('=1+kpi.ratio(A1,B1)')).toBe(true);
    expect(usesCustomFunctions('="KPI.ONTIME là hàm"')).toBe(false);
    expect(usesCustomFunctions("=KPI_IV_1_RESULT*2")).toBe(false);
    expect(usesCustomFunctions("=MYKPI.X(A1)")).toBe(false);
  });
});
