/**
 * The Vietnamese the add-in writes reads like the plan: one word for the add-in ("phần bổ trợ"),
 * "trang tính" (never "sheet"), 0,95 is a "số thập phân" (not a "phân số"), no "số lẻ" (an odd
 * number) for a fractional figure, TTHC (this plan's subject) rather than CCHC, and Excel's menus
 * by the names Vietnamese Excel prints. Scanned: every string literal in src/ (the pane's, the
 * function help's, the messages', the sheets' texts; English tables excepted), the task pane and
 * support pages, and manifest.xml's Vietnamese (default) strings.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { buildAppendixLayout, LEGEND_ENTRIES } from "../../src/domain/layout/appendixLayout";
import { MONTHLY_DATA_HEADERS, buildMonthlyReportLayouts } from "../../src/domain/layout/monthlyLayout";
import { functionDocs } from "../../src/domain/functionHelp";
import { paneVi } from "../../src/i18n/vi/pane";

const ROOT = path.resolve(__dirname, "../..");
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Files whose strings are English by design (typed against the Vietnamese ones). */
const ENGLISH = [path.join("src", "i18n", "en"), path.join("src", "taskpane", "localeEn.ts")];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every string literal (and JSX text) of a source file, with its line. */
function literalsOf(file: string): { text: string; where: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: { text: string; where: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ text: node.text, where: `${path.relative(ROOT, file)}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The visible text of an HTML page (tags, comments and the style block left out). */
function htmlText(file: string): { text: string; where: string }[] {
  const html = readFileSync(file, "utf8")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<style[\s\S]*?<\/style>/g, "");
  return html.split("\n").map((line, index) => ({ text: line.replace(/<[^>]*>/g, " "), where: `${path.relative(ROOT, file)}:${index + 1}` }));
}

/** manifest.xml's default (vi-VN) strings: display name, description, short and long strings. */
function manifestStrings(): { text: string; where: string }[] {
  const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const tags = /<(DisplayName|Description|bt:String)\b[^>]*\bDefaultValue="([^"]*)"/g;
  return [...xml.matchAll(tags)].map((match) => ({ text: match[2], where: `manifest.xml <${match[1]}>` }));
}

/** The Vietnamese parts of a text: bilingual lines are split at " / ", placeholders removed. */
function vietnameseSegments(text: string): string[] {
  return text
    .replace(/\{\w+\}/g, "")
    .split(/\n| \/ /)
    .filter((segment) => VIETNAMESE.test(segment));
}

const sources = filesUnder(path.join(ROOT, "src"))
  .filter((file) => /\.(ts|tsx|js)$/.test(file))
  .filter((file) => !ENGLISH.some((english) => path.relative(ROOT, file).startsWith(english)));

const texts: { text: string; where: string }[] = [
  ...sources.flatMap(literalsOf),
  ...htmlText(path.join(ROOT, "src", "taskpane", "taskpane.html")),
  ...htmlText(path.join(ROOT, "assets", "support.html")),
  ...manifestStrings(),
];
const segments = texts.flatMap(({ text, where }) => vietnameseSegments(text).map((segment) => ({ segment, where })));

/** Words that must not come back, and what to write instead. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/add-?ins?\b/i, "phần bổ trợ"],
  [/tiện ích/i, "phần bổ trợ (one word for the add-in)"],
  [/\bsheets?\b/i, "trang tính"],
  [/phân số/i, "số thập phân (0,95 is not a fraction)"],
  [/số lẻ/i, "không phải số nguyên / số thập phân (số lẻ is an odd number)"],
  [/CCHC/, "TTHC (this plan's subject); CCHC only for the wider reform"],
  [/nhiều tháng là lũy kế/i, "a multi-month period is its months; only Lũy kế is the year to date"],
];

describe("Vietnamese wording", () => {
  test("finds the texts it scans", () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(segments.length).toBeGreaterThan(500);
    expect(segments.some(({ where }) => where.startsWith("manifest.xml"))).toBe(true);
    expect(segments.some(({ where }) => where.startsWith("src/i18n/vi/pane.ts"))).toBe(true);
  });

  test.each(FORBIDDEN.map(([pattern, instead]) => [String(pattern), pattern, instead] as const))(
    "no %s in Vietnamese text",
    (_name, pattern, instead) => {
      const found = segments.filter(({ segment }) => pattern.test(segment)).map(({ segment, where }) => `${where}: ${segment.trim()}`);
      expect({ instead, found }).toEqual({ instead, found: [] });
    },
  );

  test("Excel's menus are named as Vietnamese Excel prints them", () => {
    // Tab › command, as on Vietnamese Excel's ribbon and File menu ("Trình quản lý Tên" is Name
    // Manager), and the add-in's own ribbon button and pane choices.
    const EXCEL = ["Trang đầu", "Xem lại", "Bỏ bảo vệ Trang tính", "Công thức", "Trình quản lý Tên", "Tệp", "Lưu"];
    const OURS = ["Mở bảng chỉ tiêu", "Chèn phụ lục", "Cập nhật tại chỗ", "Kế hoạch", "Mở tệp kế hoạch"];
    const KNOWN = [...EXCEL, ...OURS];
    const paths = segments.flatMap(({ segment, where }) =>
      segment
        .split(/[()]/)
        .filter((piece) => piece.includes("›"))
        .map((piece) => ({ parts: piece.split("›").map((part) => part.trim()), where })),
    );
    expect(paths.length).toBeGreaterThan(3);
    for (const { parts, where } of paths) {
      const [first, ...rest] = parts;
      expect({ where, tab: KNOWN.some((name) => first.endsWith(name)) }).toEqual({ where, tab: true });
      for (const part of rest) expect({ where, part, known: KNOWN.some((name) => part.startsWith(name)) }).toEqual({ where, part, known: true });
    }
  });

  test("the pane says a multi-month period is its months, and only Lũy kế is the year to date", () => {
    expect(paneVi.setup.periodHint).toMatch(/Quý II = tháng 4–6/);
    expect(paneVi.setup.periodHint).toMatch(/chỉ các cột Lũy kế tính từ đầu năm/);
  });

  test("the monthly sheet names its indicator column Tên chỉ tiêu; on the appendix Chỉ tiêu is the target", () => {
    expect(MONTHLY_DATA_HEADERS.name).toBe("Tên chỉ tiêu");
    const [, data] = buildMonthlyReportLayouts({
      year: 2024,
      unitName: "Sở Du lịch tỉnh Kiên Giang",
      formulas: "native",
      monthly: { period: { kind: "quarter", quarter: 2 } },
    });
    expect(data.cells.flat()).toContain("Tên chỉ tiêu");
    expect(data.cells.flat()).not.toContain("Chỉ tiêu");
  });

  test("grey on the monthly sheet is explained as what it marks: the months up to the chosen period's end not yet entered", () => {
    // The rule marks blank cells where the year-to-date mask is 1: months 1 to the period's last.
    expect(MONTHLY_DATA_HEADERS.instructions).toMatch(/Ô màu xám: tháng từ đầu năm đến hết kỳ báo cáo đang chọn mà chưa nhập số liệu/);
  });

  test("the legend and the function help speak of whole numbers and decimals", () => {
    expect(LEGEND_ENTRIES.find((entry) => entry.kind === "invalidInput")!.text).toBe("Ô nhập sai (số âm, không phải số nguyên, chữ, b > a)");
    expect(buildAppendixLayout().cells.flat()).toContain("Ô nhập sai (số âm, không phải số nguyên, chữ, b > a)");
    const ontime = functionDocs("vi").find((doc) => doc.id === "ONTIME")!;
    expect(ontime.description).toContain("dạng số thập phân (0,95 = 95%)");
  });
});
