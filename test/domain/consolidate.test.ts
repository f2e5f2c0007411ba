/**
 * The consolidation's merge plan (src/domain/consolidate): the rules on hand-made workbooks as the
 * readers hand them over — units' figures, the target's own, its provenance, every conflict kind.
 */
import { INDICATORS, type IndicatorCode } from "../../src/domain/catalog";
import {
  buildProvenanceLayout,
  cellKey,
  emptyTarget,
  planConsolidation,
  readProvenance,
  resultFigures,
  summaryLines,
  type ConsolidationInput,
  type ConsolidationPlan,
  type FigureRows,
  type KpiWorkbook,
  type ProvenanceRecord,
  type ReadWorkbook,
  type TargetState,
} from "../../src/domain/consolidate";
import { parseFilledBy, type FilledBy } from "../../src/domain/filledBy";
import type { MonthNumber } from "../../src/domain/period";
import type { CellInput } from "../../src/domain/ratio";
import { consolidateEn } from "../../src/i18n/en/consolidate";
import { consolidateVi } from "../../src/i18n/vi/consolidate";

const PQLDL = "Phòng Quản lý Du lịch";
const VPS = "Văn phòng Sở";
const TTS = "Thanh tra Sở";
const hosted = (unit: string): IndicatorCode[] => INDICATORS.filter((i) => i.hostUnit === unit).map((i) => i.code);

type Months = Partial<Record<MonthNumber, [CellInput, CellInput]>>;

function rows(months: Months): FigureRows {
  const numerator: CellInput[] = Array(12).fill(null);
  const denominator: CellInput[] = Array(12).fill(null);
  for (const [m, [b, a]] of Object.entries(months)) {
    numerator[Number(m) - 1] = b;
    denominator[Number(m) - 1] = a;
  }
  return { numerator, denominator };
}

function unitFile(fileName: string, filledBy: FilledBy, figures: Partial<Record<IndicatorCode, Months>>, extra: Partial<KpiWorkbook> = {}): KpiWorkbook {
  return {
    kind: "kpi",
    fileName,
    lastModified: "2024-04-05T07:30:00.000Z",
    mode: "monthly",
    filledBy,
    figures: Object.fromEntries(Object.entries(figures).map(([code, months]) => [code, rows(months!)])),
    addresses: {},
    foundBy: "names",
    year: 2024,
    namePrefix: "KPI",
    ...extra,
  };
}

const unit = (name: string): FilledBy => ({ kind: "unit", unit: name });
const Q1 = (b: number, a: number): Months => ({ 1: [b, a], 2: [b + 1, a + 1], 3: [b + 2, a + 2] });

function plan(files: ReadWorkbook[], overrides: Partial<ConsolidationInput> = {}): ConsolidationPlan {
  return planConsolidation({ target: emptyTarget("monthly", 2024), files, unresolved: "blank", period: { kind: "quarter", quarter: 1 }, ...overrides });
}

const at = (p: ConsolidationPlan, code: IndicatorCode, part: "numerator" | "denominator", month: MonthNumber | null) =>
  p.cells.find((c) => c.key === cellKey({ code, part, month }))!;

/** The three host units' files, each with its own indicators for the first quarter. */
function threeUnits(): KpiWorkbook[] {
  const of = (u: string, base: number) => Object.fromEntries(hosted(u).map((code, n) => [code, Q1(base + n, 100)]));
  return [
    unitFile("PQLDL.xlsx", unit(PQLDL), of(PQLDL, 80)),
    unitFile("VPS.xlsx", unit(VPS), of(VPS, 90)),
    unitFile("TTS.xlsx", unit(TTS), of(TTS, 95)),
  ];
}

describe("planConsolidation", () => {
  it("merges the three units' files: every figure from its host unit's file, no conflict, nothing missing", () => {
    const p = plan(threeUnits());
    expect(p.counts).toMatchObject({ conflicts: 0, ignored: 0, refusedFiles: 0, filled: 11 * 2 * 3, changed: 66 });
    expect(p.missing).toEqual([]);
    expect(at(p, "IV.1", "numerator", 2)).toMatchObject({ result: 87, changed: true });
    expect(at(p, "IV.1", "numerator", 2).from.map((c) => c.origin)).toEqual([
      { kind: "file", fileName: "PQLDL.xlsx", unit: PQLDL, lastModified: "2024-04-05T07:30:00.000Z" },
    ]);
    expect(at(p, "III.4", "denominator", 3).result).toBe(102);
    expect(p.files.map((f) => [f.fileName, f.status, f.offered, f.contributed])).toEqual([
      ["PQLDL.xlsx", "used", 42, 42],
      ["VPS.xlsx", "used", 18, 18],
      ["TTS.xlsx", "used", 6, 6],
    ]);
    expect(p.provenance).toHaveLength(66);
    expect(resultFigures(p)["V.1"]?.numerator.slice(0, 4)).toEqual([92, 93, 94, null]);
  });

  it("ignores and lists a marked unit's figures of another unit's indicators", () => {
    const files = threeUnits();
    const misplaced = unitFile("VPS.xlsx", unit(VPS), { "II.1": Q1(90, 100), "III.3": Q1(91, 100), "V.1": Q1(92, 100), "I.1": Q1(1, 2) });
    const p = plan([files[0], misplaced, files[2]]);
    expect(p.counts.conflicts).toBe(0);
    expect(at(p, "I.1", "numerator", 1).result).toBe(80);
    const ignored = p.ignored.filter((i) => i.reason === "otherUnit");
    expect(ignored).toHaveLength(6);
    expect(ignored[0]).toMatchObject({ code: "I.1", file: 1, hostUnit: PQLDL, value: 1 });
    const lines = summaryLines(p, consolidateVi, { unresolved: "blank" });
    expect(lines).toContain("- VPS.xlsx (Văn phòng Sở) có số liệu I.1 tháng 1–3, chỉ tiêu do Phòng Quản lý Du lịch chủ trì: bỏ qua.");
  });

  it("takes any figure from an unmarked or whole-department file, and leaves a disagreement blank (CLI) or as it was (pane), listing it", () => {
    const a = unitFile("A.xlsx", { kind: "unmarked" }, { "I.1": { 1: [50, 100] } });
    const b = unitFile("B.xlsx", { kind: "whole" }, { "I.1": { 1: [48, 100] } });
    const cli = plan([a, b]);
    const b1 = at(cli, "I.1", "numerator", 1);
    expect(b1.decision).toEqual({ kind: "conflict" });
    expect(b1.result).toBeNull();
    expect(b1.candidates.map((c) => c.value)).toEqual([50, 48]);
    // The denominators agree: filled.
    expect(at(cli, "I.1", "denominator", 1)).toMatchObject({ result: 100, decision: { kind: "agreed", value: 100 } });
    expect(cli.counts).toMatchObject({ conflicts: 1, unresolved: 1 });
    // Both candidates are kept on the provenance sheet, so neither is lost.
    expect(cli.provenance.filter((r) => r.status === "conflict").map((r) => r.value)).toEqual([50, 48]);
    expect(summaryLines(cli, consolidateVi, { unresolved: "blank" })).toContain(
      "- I.1 tháng 1, tử số (b): 50 (chưa ghi đơn vị (lấy mọi chỉ tiêu), A.xlsx) ≠ 48 (Cả Sở (tổng hợp), B.xlsx) — để trống",
    );
    expect(summaryLines(cli, consolidateEn, { unresolved: "blank" }).join("\n")).toContain("— left blank");

    const target: TargetState = { ...emptyTarget("monthly", 2024), figures: { "I.1": rows({ 1: [49, 100] }) } };
    const pane = plan([a, b], { target, unresolved: "keep" });
    expect(at(pane, "I.1", "numerator", 1)).toMatchObject({ result: 49, changed: false });
    expect(at(pane, "I.1", "numerator", 1).candidates.map((c) => [c.value, c.origin.kind])).toEqual([
      [49, "here"],
      [50, "file"],
      [48, "file"],
    ]);
    const chosen = plan([a, b], { target, unresolved: "keep", resolutions: new Map([[cellKey({ code: "I.1", part: "numerator", month: 1 }), 48]]) });
    expect(at(chosen, "I.1", "numerator", 1)).toMatchObject({ result: 48, changed: true, decision: { kind: "conflict", chosen: 48 } });
    expect(chosen.counts.unresolved).toBe(0);
    expect(chosen.provenance.find((r) => r.code === "I.1" && r.part === "numerator")).toMatchObject({ status: "filled", value: 48 });
  });

  it("never loses a figure typed into the target: it is a source, a file that agrees is fine, one that differs is a conflict", () => {
    const target: TargetState = {
      ...emptyTarget("monthly", 2024),
      figures: { "II.1": rows({ 1: [7, 9] }), "V.1": rows({ 2: [3, 3] }) },
    };
    const vps = unitFile("VPS.xlsx", unit(VPS), { "II.1": { 1: [7, 10] } });
    const p = plan([vps], { target, unresolved: "keep" });
    expect(at(p, "II.1", "numerator", 1)).toMatchObject({ result: 7, changed: false, decision: { kind: "agreed" } });
    expect(at(p, "II.1", "denominator", 1)).toMatchObject({ result: 9, changed: false, decision: { kind: "conflict" } });
    // Nothing offered for V.1: the typed figure stays, recorded as typed here.
    expect(at(p, "V.1", "numerator", 2)).toMatchObject({ result: 3, changed: false });
    expect(p.provenance.find((r) => r.code === "V.1")?.origin).toEqual({ kind: "here" });
  });

  it("a blank never overwrites a number", () => {
    const target: TargetState = { ...emptyTarget("monthly", 2024), figures: { "I.2": rows({ 1: [5, 10] }) } };
    const p = plan([unitFile("PQLDL.xlsx", unit(PQLDL), { "I.2": { 2: [6, 10] } })], { target, unresolved: "keep" });
    expect(at(p, "I.2", "numerator", 1)).toMatchObject({ result: 5, changed: false });
    expect(at(p, "I.2", "numerator", 2)).toMatchObject({ result: 6, changed: true });
  });

  it("a corrected resend replaces that unit's earlier figures and nothing else", () => {
    const first = plan(threeUnits(), { unresolved: "keep" });
    // The consolidated workbook after the first run, then a figure typed at Văn phòng Sở.
    const figures = { ...resultFigures(first) } as Record<IndicatorCode, { numerator: CellInput[]; denominator: CellInput[] }>;
    figures["III.3"] = { numerator: [...figures["III.3"].numerator], denominator: [...figures["III.3"].denominator] };
    figures["III.3"].numerator[3] = 12;
    figures["III.3"].denominator[3] = 12;
    const target: TargetState = { ...emptyTarget("monthly", 2024), figures, provenance: first.provenance };

    const corrected = unitFile("PQLDL-sua.xlsx", unit(PQLDL), { "IV.1": { 1: [81, 100], 2: [85, 101], 3: [88, 102] } });
    const second = plan([corrected], { target, unresolved: "keep" });
    expect(second.counts.conflicts).toBe(0);
    // Only what the corrected file says differently changes.
    expect(second.cells.filter((c) => c.changed).map((c) => `${c.code}|${c.part}|${c.month}:${c.current}→${c.result}`)).toEqual([
      "IV.1|numerator|1:86→81",
      "IV.1|numerator|2:87→85",
    ]);
    // Its other indicators stay (the new file has nothing there), as do the other units' and the typed ones.
    expect(at(second, "I.1", "numerator", 1)).toMatchObject({ result: 80, changed: false });
    expect(at(second, "II.1", "numerator", 1)).toMatchObject({ result: 90, changed: false });
    expect(at(second, "III.3", "numerator", 4)).toMatchObject({ result: 12, changed: false });
    const iv1 = second.provenance.filter((r) => r.code === "IV.1" && r.part === "numerator" && r.month === 1);
    expect(iv1).toEqual([{ code: "IV.1", part: "numerator", month: 1, value: 81, status: "filled", origin: expect.objectContaining({ fileName: "PQLDL-sua.xlsx" }) }]);
  });

  it("a figure changed by hand after a consolidation counts as typed here: a later file that differs is a conflict", () => {
    const first = plan(threeUnits(), { unresolved: "keep" });
    const figures = resultFigures(first) as Record<IndicatorCode, { numerator: CellInput[]; denominator: CellInput[] }>;
    figures["I.3"].numerator[0] = 1;
    const target: TargetState = { ...emptyTarget("monthly", 2024), figures, provenance: first.provenance };
    const again = plan([threeUnits()[0]], { target, unresolved: "keep" });
    const cell = at(again, "I.3", "numerator", 1);
    expect(cell.decision.kind).toBe("conflict");
    expect(cell.candidates.map((c) => [c.value, c.origin.kind])).toEqual([
      [1, "here"],
      [82, "file"],
    ]);
    expect(cell.result).toBe(1);
  });

  it("keeps an undecided conflict's candidates for the next run, which can settle it", () => {
    const a = unitFile("A.xlsx", { kind: "unmarked" }, { "I.1": { 1: [50, 100] } });
    const b = unitFile("B.xlsx", { kind: "unmarked" }, { "I.1": { 1: [48, 100] } });
    const first = plan([a, b]);
    const target: TargetState = { ...emptyTarget("monthly", 2024), figures: resultFigures(first), provenance: first.provenance };
    // B sends a corrected file that agrees with A.
    const fixed = unitFile("B.xlsx", { kind: "unmarked" }, { "I.1": { 1: [50, 100] } });
    const second = plan([fixed], { target });
    expect(at(second, "I.1", "numerator", 1)).toMatchObject({ result: 50, decision: { kind: "agreed" } });
    // Without any file, the conflict stays open, its candidates still recorded.
    const still = plan([], { target });
    expect(at(still, "I.1", "numerator", 1).decision.kind).toBe("conflict");
    expect(still.provenance.filter((r) => r.status === "conflict")).toHaveLength(2);
  });

  it("ignores figures that are not counts, and lists them", () => {
    const p = plan([unitFile("PQLDL.xlsx", unit(PQLDL), { "I.1": { 1: ["abc", 10], 2: [-1, 10], 3: [2.5, 10] } })]);
    expect(p.ignored.map((i) => [i.month, i.reason, i.problem])).toEqual([
      [1, "notCount", "notNumber"],
      [2, "notCount", "negative"],
      [3, "notCount", "fractional"],
    ]);
    expect(at(p, "I.1", "numerator", 1).result).toBeNull();
    expect(at(p, "I.1", "denominator", 1).result).toBe(10);
    expect(summaryLines(p, consolidateVi, { unresolved: "blank" })).toContain("- PQLDL.xlsx: I.1 tháng 1, tử số (b) ghi “abc”, không phải số đếm: bỏ qua.");
  });

  it("lists what is missing up to the period's end (or the last month with a figure)", () => {
    const p = plan([unitFile("PQLDL.xlsx", unit(PQLDL), { "IV.1": { 1: [9, 10], 3: [9, null] } })]);
    expect(p.missing.find((m) => m.code === "IV.1")).toEqual({ code: "IV.1", months: [2, 3] });
    expect(p.missing.find((m) => m.code === "I.1")).toEqual({ code: "I.1", months: [1, 2, 3] });
    const noPeriod = plan([unitFile("PQLDL.xlsx", unit(PQLDL), { "IV.1": { 1: [9, 10] } })], { period: undefined });
    expect(noPeriod.dueThrough).toBe(1);
    expect(noPeriod.missing.find((m) => m.code === "IV.1")).toBeUndefined();
  });

  it("refuses files that cannot be used, one sentence each: unreadable, not ours, a plain table for months, another year", () => {
    const files: ReadWorkbook[] = [
      { kind: "unreadable", fileName: "hong.xlsx", detail: "Corrupted zip" },
      { kind: "notOurs", fileName: "khac.xlsx" },
      unitFile("canam.xlsx", unit(PQLDL), { "I.1": { 1: [1, 2] } }, { mode: "yearly", figures: { "I.1": { numerator: [5], denominator: [9] } } }),
      unitFile("2023.xlsx", unit(PQLDL), { "I.1": { 1: [1, 2] } }, { year: 2023 }),
    ];
    const p = plan(files, { year: 2024 });
    expect(p.files.map((f) => f.refusal)).toEqual(["unreadable", "notOurs", "plainForMonthly", "otherYear"]);
    expect(p.counts.filled).toBe(0);
    const lines = summaryLines(p, consolidateVi, { unresolved: "blank", targetYear: 2024 });
    expect(lines).toContain("- Tệp hong.xlsx không đọc được: không phải tệp Excel .xlsx hoặc tệp bị hỏng.");
    expect(lines).toContain(
      "- Tệp khac.xlsx không phải sổ chỉ tiêu cải cách TTHC: không có bảng phụ lục hay trang số liệu theo tháng của phần bổ trợ.",
    );
    expect(lines.some((l) => l.startsWith("- Tệp canam.xlsx là bảng phụ lục nhập số cả kỳ"))).toBe(true);
    expect(lines).toContain("- Tệp 2023.xlsx là số liệu năm 2023, khác năm của sổ tổng hợp (2024): không dùng.");
  });

  it("fills the plain table from monthly files with the period's sums, only where every month is entered", () => {
    const file = unitFile("PQLDL.xlsx", unit(PQLDL), { "I.1": Q1(10, 20), "I.2": { 1: [1, 2], 3: [1, 2] } });
    const p = planConsolidation({ target: emptyTarget("yearly", 2024), files: [file], unresolved: "blank", period: { kind: "quarter", quarter: 1 } });
    expect(at(p, "I.1", "numerator", null).result).toBe(10 + 11 + 12);
    expect(at(p, "I.1", "denominator", null).result).toBe(20 + 21 + 22);
    expect(at(p, "I.2", "numerator", null).result).toBeNull();
    expect(p.ignored.filter((i) => i.code === "I.2").map((i) => [i.reason, i.months])).toEqual([
      ["incomplete", [2]],
      ["incomplete", [2]],
    ]);
    expect(summaryLines(p, consolidateVi, { unresolved: "blank" })).toContain(
      "- PQLDL.xlsx: I.2 chưa đủ b và a các tháng 2 của kỳ: không cộng vào bảng cả kỳ.",
    );
    expect(p.missing.find((m) => m.code === "I.2")).toEqual({ code: "I.2", months: [null] });
  });

  it("says so when two files are marked with the same unit, and compares them like any two sources", () => {
    const p = plan([unitFile("a.xlsx", unit(TTS), { "III.4": { 1: [3, 3] } }), unitFile("b.xlsx", unit(TTS), { "III.4": { 1: [2, 3] } })]);
    expect(p.files.map((f) => f.sameUnitAs)).toEqual(["b.xlsx", "a.xlsx"]);
    expect(at(p, "III.4", "numerator", 1).decision.kind).toBe("conflict");
  });

  it("takes a file whose unit cell names no unit of the plan as unmarked, and says so", () => {
    expect(parseFilledBy(" phòng quản lý  du lịch ")).toEqual({ kind: "unit", unit: PQLDL });
    expect(parseFilledBy("Cả Sở (tổng hợp)")).toEqual({ kind: "whole" });
    expect(parseFilledBy(null)).toEqual({ kind: "unmarked" });
    const typed = parseFilledBy("Phòng QLDL");
    expect(typed).toEqual({ kind: "unknown", text: "Phòng QLDL" });
    const p = plan([unitFile("X.xlsx", typed, { "II.1": { 1: [1, 2] } })]);
    expect(at(p, "II.1", "numerator", 1).result).toBe(1);
    expect(summaryLines(p, consolidateVi, { unresolved: "blank" })[1]).toMatch(
      /^- X\.xlsx — “Phòng QLDL” \(không phải đơn vị của kế hoạch: lấy mọi chỉ tiêu\), sửa lúc .*: 2 số liệu, dùng 2\.$/,
    );
  });

  it("is safe to repeat: consolidating the same files again changes nothing", () => {
    const first = plan(threeUnits(), { unresolved: "keep" });
    const target: TargetState = { ...emptyTarget("monthly", 2024), figures: resultFigures(first), provenance: first.provenance };
    const again = plan(threeUnits(), { target, unresolved: "keep" });
    expect(again.counts).toMatchObject({ changed: 0, conflicts: 0 });
    expect(again.provenance).toEqual(first.provenance);
  });
});

describe("the provenance sheet", () => {
  it("writes one line per figure and candidate, and reads back the same records", () => {
    const a = unitFile("A.xlsx", { kind: "unmarked" }, { "I.1": { 1: [50, 100] } });
    const b = unitFile("B.xlsx", unit(PQLDL), { "I.1": { 1: [48, 100] }, "IV.1": { 4: [9, 10] } });
    const typed: TargetState = { ...emptyTarget("monthly", 2024), figures: { "V.1": rows({ 1: [4, 4] }) } };
    const p = plan([a, b], { target: typed });
    const layout = buildProvenanceLayout(p, { time: "2024-04-06T02:00:00.000Z", addresses: typed.addresses });
    expect(layout.sheetName).toBe("Nguồn số liệu");
    const header = layout.cells[3];
    expect(header).toEqual(["STT", "Mã", "Chỉ tiêu", "Số liệu", "Tháng", "Giá trị", "Ô", "Trạng thái", "Đơn vị", "Tệp", "Tệp sửa lần cuối"]);
    const first = layout.cells[4];
    expect(first.slice(1, 10)).toEqual([
      "I.1",
      "Tỷ lệ thanh toán trực tuyến",
      "Tử số (b)",
      1,
      50,
      "Số liệu theo tháng!D8",
      "Chưa thống nhất",
      "(chưa ghi đơn vị)",
      "A.xlsx",
    ]);
    const back = readProvenance(layout.cells);
    const strip = (r: ProvenanceRecord) => ({ ...r, origin: r.origin.kind === "file" ? { ...r.origin, lastModified: undefined } : r.origin });
    const sortKey = (r: ProvenanceRecord) => `${r.code}|${r.part}|${r.month}|${r.value}|${r.status}`;
    expect(back.map(strip).map(sortKey).sort()).toEqual(p.provenance.map(strip).map(sortKey).sort());
    expect(back.find((r) => r.code === "V.1")?.origin).toEqual({ kind: "here" });
    expect(back.find((r) => r.code === "IV.1")?.origin).toMatchObject({ kind: "file", fileName: "B.xlsx", unit: PQLDL });
  });
});
