/**
 * The oracle: the plan's rules for one indicator, written from the plan's words and the domain's
 * documented rules — apart from src/domain (nothing of it is imported), with exact arithmetic
 * (BigInt), so that a mistake shared by the TypeScript rules (src/domain/ratio.ts) and the native
 * formulas cannot hide from the tests that judge them.
 *
 * - A ratio is sum(b) / sum(a) over one cell or equal-shaped ranges of cells (KPI.RATIO): b and a
 *   are counts (whole numbers from 0 to 10^9) with b ≤ a in each filled pair. Anything else typed
 *   into a cell (text, a boolean, a negative or fractional number, more than 10^9) makes the data
 *   invalid, wherever it stands. Blank cells are skipped: nothing entered, or a pair with only one
 *   of b and a, is "no data"; all a summing to 0 is "nothing arose" (Không phát sinh).
 * - "Tối thiểu X" (a minimum target): the percentage, rounded half up to 2 decimals as a 0.00%
 *   cell shows it, is at least X. A bare "100" (an exact target): every single one, b = a; a
 *   number typed into the Chỉ tiêu cell replaces the figure and the unrounded ratio must reach it.
 * - The Chỉ tiêu cell: a number there is the target, read as the cell shows it (15 significant
 *   digits, then hundredths of a percent, half up); anything else (blank, text, a boolean) means
 *   the plan's target. The kind (minimum or exact) is always the plan's.
 * - A verdict about several months (KPI.STATUS over ranges, a period): Đạt / Không đạt / Không phát sinh only
 *   when every month has both b and a entered (0 is an entry); otherwise "Chưa có số liệu";
 *   invalid data in any month of the period make it "Số liệu không hợp lệ".
 *
 * The plan's targets are read from the plan's own text (test/fixtures/plan-2024.txt), not from
 * the catalog.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** What a spreadsheet cell hands over; a range is a grid (rows of cells). */
export type OracleCell = unknown;

/** The Đánh giá words, as the plan's users write them. */
export const WORDS = {
  pass: "Đạt",
  fail: "Không đạt",
  notArisen: "Không phát sinh",
  noData: "Chưa có số liệu",
  invalid: "Số liệu không hợp lệ",
} as const;
export type VerdictWord = (typeof WORDS)[keyof typeof WORDS];

export type TargetKind = "minimum" | "exact";

/** A plan's target: its kind and its figure as a fraction (0.95 for "Tối thiểu 95"). */
export interface PlanTarget {
  readonly kind: TargetKind;
  readonly fraction: number;
}

const LIMIT = 1_000_000_000n;

// ---------------------------------------------------------------------------------------------
// The plan's targets, from its text
// ---------------------------------------------------------------------------------------------

const ROMAN = /^<b>(I|II|III|IV|V)\b/;

/** "Tối thiểu 45" → minimum 45%, "100" → exact 100%, for each code ("I.1" … "V.1"). */
function readPlanTargets(): Readonly<Record<string, PlanTarget>> {
  const text = readFileSync(join(__dirname, "../fixtures/plan-2024.txt"), "utf8");
  const appendix = text.slice(text.indexOf("**PHỤ LỤC**"));
  const targets: Record<string, PlanTarget> = {};
  let section = "";
  for (const line of appendix.split("\n")) {
    const heading = ROMAN.exec(line);
    if (heading) {
      section = heading[1];
      continue;
    }
    const cells = line.split("\t");
    if (!/^\d+$/.test(cells[0] ?? "") || section === "") continue;
    const words = cells[5].trim();
    const minimum = /^Tối thiểu (\d+)$/.exec(words);
    const exact = /^(\d+)$/.exec(words);
    if (!minimum && !exact) throw new Error(`Unreadable target "${words}" of ${section}.${cells[0]}`);
    const percent = Number((minimum ?? exact)![1]);
    targets[`${section}.${cells[0]}`] = { kind: minimum ? "minimum" : "exact", fraction: percent / 100 };
  }
  return targets;
}

export const PLAN_TARGETS: Readonly<Record<string, PlanTarget>> = readPlanTargets();

/** The plan's target of an indicator code ("IV.1"). */
export function planTarget(code: string): PlanTarget {
  const target = PLAN_TARGETS[code];
  if (!target) throw new Error(`The plan has no indicator ${code}`);
  return target;
}

// ---------------------------------------------------------------------------------------------
// Cells and data
// ---------------------------------------------------------------------------------------------

export function isBlankCell(value: OracleCell): boolean {
  return value === null || value === undefined || value === "";
}

/** A count: a whole number from 0 to 10^9 (a number, never text or a boolean). */
export function isCount(value: OracleCell): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && BigInt(value) <= LIMIT;
}

/** Filled, but not a count. */
function isJunk(value: OracleCell): boolean {
  return !isBlankCell(value) && !isCount(value);
}

export type DataJudgement =
  | { readonly kind: "ratio"; readonly b: bigint; readonly a: bigint }
  | { readonly kind: "noData"; readonly reason: "blank" | "incomplete" }
  | { readonly kind: "notArisen" }
  | { readonly kind: "invalid" };

/** A single value as a 1×1 grid; a grid as it is; undefined for an array that is not rows. */
function asRows(value: OracleCell): readonly (readonly OracleCell[])[] | undefined {
  if (!Array.isArray(value)) return [[value]];
  return value.every((row) => Array.isArray(row)) ? (value as OracleCell[][]) : undefined;
}

/** The (b, a) pairs of two equal-shaped grids, or undefined when their shapes differ. */
function pairsOf(b: OracleCell, a: OracleCell): [OracleCell, OracleCell][] | undefined {
  const bRows = asRows(b);
  const aRows = asRows(a);
  if (!bRows || !aRows || bRows.length !== aRows.length) return undefined;
  const pairs: [OracleCell, OracleCell][] = [];
  for (let r = 0; r < bRows.length; r++) {
    if (bRows[r].length !== aRows[r].length) return undefined;
    for (let c = 0; c < bRows[r].length; c++) pairs.push([bRows[r][c], aRows[r][c]]);
  }
  return pairs;
}

/** A pair that breaks the data: a cell that is not a count, or b above a. */
function pairInvalid([b, a]: [OracleCell, OracleCell]): boolean {
  return isJunk(b) || isJunk(a) || (isCount(b) && isCount(a) && b > a);
}

/** KPI.RATIO's reading of b and a (single cells or equal-shaped ranges). */
export function judgeData(b: OracleCell, a: OracleCell): DataJudgement {
  const pairs = pairsOf(b, a);
  if (!pairs || pairs.some(pairInvalid)) return { kind: "invalid" };
  const filled = pairs.filter(([x, y]) => !isBlankCell(x) || !isBlankCell(y));
  if (filled.length === 0) return { kind: "noData", reason: "blank" };
  if (filled.some(([x, y]) => isBlankCell(x) || isBlankCell(y))) return { kind: "noData", reason: "incomplete" };
  return sumsJudgement(filled as [number, number][]);
}

function sumsJudgement(pairs: readonly [number, number][]): DataJudgement {
  const b = pairs.reduce((sum, [x]) => sum + BigInt(x), 0n);
  const a = pairs.reduce((sum, [, y]) => sum + BigInt(y), 0n);
  return a === 0n ? { kind: "notArisen" } : { kind: "ratio", b, a };
}

/** What Kết quả shows (KPI.RATIO, the native ratio): the ratio, #N/A (no data, a = 0) or #VALUE!. */
export type ShownRatio = number | "#N/A" | "#VALUE!";

/** The double nearest to b/a (both sums are exact doubles below 2^53, so one division rounds once). */
export function ratioOf(b: bigint, a: bigint): number {
  return Number(b) / Number(a);
}

export function shownRatio(b: OracleCell, a: OracleCell): ShownRatio {
  const data = judgeData(b, a);
  if (data.kind === "ratio") return ratioOf(data.b, data.a);
  return data.kind === "invalid" ? "#VALUE!" : "#N/A";
}

// ---------------------------------------------------------------------------------------------
// Percentages and targets, in hundredths of a percent
// ---------------------------------------------------------------------------------------------

/** ⌊n / d⌋ for d > 0 (BigInt division truncates toward zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** n / d rounded half up (toward +∞ at exactly a half), d > 0. */
function roundHalfUp(n: bigint, d: bigint): bigint {
  return floorDiv(2n * n + d, 2n * d);
}

/** b/a as a percentage with 2 decimals, rounded half up, in hundredths of a percent (9500 = 95.00%). */
export function shownPercentHundredths(b: bigint, a: bigint): bigint {
  return roundHalfUp(b * 10_000n, a);
}

/**
 * A number as a 0.00% cell shows it, in hundredths of a percent: its 15 significant digits (what a
 * spreadsheet keeps of a typed number), then rounded half up to 2 decimals of a percent.
 */
export function cellPercentHundredths(value: number): bigint {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(value.toExponential(14));
  if (!match) throw new Error(`Not a finite number: ${value}`);
  const [, sign, lead, rest = "", exponent] = match;
  const digits = BigInt(`${sign}${lead}${rest}`);
  // value = digits × 10^(exponent − rest.length); in hundredths of a percent: × 10^4.
  const power = Number(exponent) - rest.length + 4;
  return power >= 0 ? digits * 10n ** BigInt(power) : roundHalfUp(digits, 10n ** BigInt(-power));
}

/** The target the Chỉ tiêu cell sets: a number replaces the plan's figure; the kind is the plan's. */
export function judgedTarget(cell: OracleCell, plan: PlanTarget): { readonly kind: TargetKind; readonly hundredths: bigint } {
  const figure = typeof cell === "number" && Number.isFinite(cell) ? cell : plan.fraction;
  return { kind: plan.kind, hundredths: cellPercentHundredths(figure) };
}

/** Whether b/a (a > 0) meets the target. */
export function meets(b: bigint, a: bigint, target: { readonly kind: TargetKind; readonly hundredths: bigint }): boolean {
  return target.kind === "minimum" ? shownPercentHundredths(b, a) >= target.hundredths : b * 10_000n >= target.hundredths * a;
}

// ---------------------------------------------------------------------------------------------
// Verdicts
// ---------------------------------------------------------------------------------------------

function wordOf(data: DataJudgement, targetCell: OracleCell, plan: PlanTarget): VerdictWord {
  switch (data.kind) {
    case "invalid":
      return WORDS.invalid;
    case "noData":
      return WORDS.noData;
    case "notArisen":
      return WORDS.notArisen;
    case "ratio":
      return meets(data.b, data.a, judgedTarget(targetCell, plan)) ? WORDS.pass : WORDS.fail;
  }
}

/**
 * KPI.STATUS's reading of b and a: a verdict about a period, so over several cells (months) every
 * pair must hold both b and a (0 is an entry), else "no data"; for one cell the same as judgeData.
 */
export function judgePeriodData(b: OracleCell, a: OracleCell): DataJudgement {
  const pairs = pairsOf(b, a);
  if (!pairs || pairs.some(pairInvalid)) return { kind: "invalid" };
  if (pairs.every(([x, y]) => isBlankCell(x) && isBlankCell(y))) return { kind: "noData", reason: "blank" };
  if (pairs.some(([x, y]) => isBlankCell(x) || isBlankCell(y))) return { kind: "noData", reason: "incomplete" };
  return sumsJudgement(pairs as [number, number][]);
}

/** Đánh giá (KPI.STATUS, the native verdict) of b and a against the Chỉ tiêu cell and the plan's target. */
export function verdict(b: OracleCell, a: OracleCell, targetCell: OracleCell, plan: PlanTarget): VerdictWord {
  return wordOf(judgePeriodData(b, a), targetCell, plan);
}

/** Kết quả on the appendix: the ratio beside Đạt or Không đạt, else nothing ("") — no error code on paper. */
export function shownResult(b: OracleCell, a: OracleCell, targetCell: OracleCell, plan: PlanTarget): number | "" {
  const data = judgePeriodData(b, a);
  const word = wordOf(data, targetCell, plan);
  return data.kind === "ratio" && (word === WORDS.pass || word === WORDS.fail) ? ratioOf(data.b, data.a) : "";
}

/** The highlight group each verdict shows in: green, red, or grey. */
export const HIGHLIGHT_GROUP: Readonly<Record<VerdictWord, "pass" | "fail" | "neutral">> = {
  [WORDS.pass]: "pass",
  [WORDS.fail]: "fail",
  [WORDS.invalid]: "fail",
  [WORDS.notArisen]: "neutral",
  [WORDS.noData]: "neutral",
};

/** The invalid-input highlight of one cell of a pair: filled but not a count, or b above a. */
export function invalidEntry(cell: OracleCell, b: OracleCell, a: OracleCell): boolean {
  return isJunk(cell) || (typeof b === "number" && typeof a === "number" && b > a);
}

// ---------------------------------------------------------------------------------------------
// A period of months
// ---------------------------------------------------------------------------------------------

const ROMAN_QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * The months (1–12) a period label of the appendix covers, and its year to date (months 1 to the
 * period's last): "Tháng 3" → 3 and 1–3; "Quý II" → 4–6 and 1–6; "6 tháng" → 1–6; "9 tháng" →
 * 1–9; "Cả năm" → 1–12.
 */
export function periodMonths(label: string): { readonly months: readonly number[]; readonly yearToDate: readonly number[] } {
  const range = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const text = label.trim();
  const month = /^Tháng (\d{1,2})$/.exec(text);
  const quarter = /^Quý (I|II|III|IV)$/.exec(text);
  const cumulative = /^(6|9) tháng$/.exec(text);
  let first: number;
  let last: number;
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) [first, last] = [Number(month[1]), Number(month[1])];
  else if (quarter) [first, last] = [3 * ROMAN_QUARTERS[quarter[1]] - 2, 3 * ROMAN_QUARTERS[quarter[1]]];
  else if (cumulative) [first, last] = [1, Number(cumulative[1])];
  else if (text === "Cả năm") [first, last] = [1, 12];
  else throw new Error(`Not a period of the appendix: ${label}`);
  return { months: range(first, last), yearToDate: range(1, last) };
}

export interface MonthFigures {
  readonly b: OracleCell;
  readonly a: OracleCell;
}

export interface PeriodOutcome {
  readonly verdict: VerdictWord;
  /** The period's b and a as the appendix shows them: the sums when every month is entered, else nothing. */
  readonly numerator: bigint | null;
  readonly denominator: bigint | null;
  /** Kết quả: the ratio when there is one, else nothing. */
  readonly ratio: number | null;
}

/**
 * A verdict about several months (a quarter, 6 or 9 months, the year to date): judged on the sums
 * only when every month of it has both b and a; invalid data in any of its months win.
 */
export function periodOutcome(months: readonly MonthFigures[], targetCell: OracleCell, plan: PlanTarget): PeriodOutcome {
  if (months.length === 0) throw new Error("A period has at least one month");
  const nothing = { numerator: null, denominator: null, ratio: null };
  if (months.some(({ b, a }) => pairInvalid([b, a]))) return { verdict: WORDS.invalid, ...nothing };
  if (months.some(({ b, a }) => isBlankCell(b) || isBlankCell(a))) return { verdict: WORDS.noData, ...nothing };
  const data = sumsJudgement(months.map(({ b, a }) => [b as number, a as number]));
  const b = months.reduce((sum, m) => sum + BigInt(m.b as number), 0n);
  const a = months.reduce((sum, m) => sum + BigInt(m.a as number), 0n);
  return {
    verdict: wordOf(data, targetCell, plan),
    numerator: b,
    denominator: a,
    ratio: data.kind === "ratio" ? ratioOf(data.b, data.a) : null,
  };
}
