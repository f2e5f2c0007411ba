/** parseWorkbookArgs: pure parsing of `npm run workbook -- …`, every message bilingual. */
import { PLAN } from "../../src/domain/catalog";
import { USAGE, parseWorkbookArgs, type ParsedWorkbookArgs } from "../../src/workbook/args";
import { checkUnitName, checkYear, formatMessage, parseYear } from "../../src/workbook/options";

function failure(result: ParsedWorkbookArgs): string {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.options)}`);
  return result.message;
}

/** Vietnamese on the first line, English on the second, the help hint after. */
function expectBilingual(message: string, vi: RegExp, en: RegExp): void {
  const lines = message.split("\n");
  expect(lines[0]).toMatch(vi);
  expect(lines[1]).toMatch(en);
  expect(lines.slice(2).join("\n")).toMatch(/--help/);
}

describe("parseWorkbookArgs", () => {
  it("takes --out with the plan's defaults, protected, no overwrite", () => {
    expect(parseWorkbookArgs(["--out", "PhuLuc-2024.xlsx"])).toEqual({
      ok: true,
      options: { help: false, out: "PhuLuc-2024.xlsx", year: PLAN.year, unitName: PLAN.unitName, force: false, protect: true },
    });
  });

  it("takes every option, in either spelling", () => {
    expect(
      parseWorkbookArgs(["-o", "out/Phụ lục.XLSX", "--year=2025", "--unit", "  Sở Văn hóa ", "-f", "--no-protect"]),
    ).toEqual({
      ok: true,
      options: { help: false, out: "out/Phụ lục.XLSX", year: 2025, unitName: "Sở Văn hóa", force: true, protect: false },
    });
  });

  it("takes --filled-by as one of the plan's host units or the whole department, in the plan's spelling", () => {
    const parsed = parseWorkbookArgs(["--out", "a.xlsx", "--filled-by", "Phòng Quản lý Du lịch"]);
    expect(parsed).toMatchObject({ ok: true, options: { filledBy: "Phòng Quản lý Du lịch" } });
    expect(parseWorkbookArgs(["--out", "a.xlsx", "--filled-by", " thanh tra sở "])).toMatchObject({ ok: true, options: { filledBy: "Thanh tra Sở" } });
    expect(parseWorkbookArgs(["--out", "a.xlsx", "--filled-by", "Cả Sở (tổng hợp)"])).toMatchObject({ ok: true, options: { filledBy: "Cả Sở (tổng hợp)" } });
    const message = failure(parseWorkbookArgs(["--out", "a.xlsx", "--filled-by", "Phòng QLDL"]));
    expectBilingual(message, /--filled-by không phải đơn vị của kế hoạch: "Phòng QLDL".*"Phòng Quản lý Du lịch", "Văn phòng Sở", "Thanh tra Sở", "Cả Sở \(tổng hợp\)"/, /Use exactly one of/);
    expect(USAGE).toMatch(/--filled-by/);
  });

  it("answers --help whatever else is there", () => {
    expect(parseWorkbookArgs(["--help"])).toEqual({ ok: true, options: { help: true } });
    expect(parseWorkbookArgs(["-h", "--year", "1"])).toEqual({ ok: true, options: { help: true } });
    expect(USAGE).toMatch(/--out/);
    expect(USAGE).toMatch(/--force/);
    expect(USAGE).toMatch(/Mã thoát \/ Exit codes/);
  });

  it("rejects an unknown flag or a stray argument", () => {
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--bogus"])), /^Tham số không hợp lệ: --bogus$/, /^Unknown option: --bogus$/);
    expectBilingual(failure(parseWorkbookArgs(["-x"])), /-x/, /Unknown option: -x/);
    expectBilingual(failure(parseWorkbookArgs(["a.xlsx"])), /Thừa tham số: "a.xlsx"/, /Unexpected argument: "a.xlsx"/);
    expectBilingual(failure(parseWorkbookArgs(["--force=yes", "--out", "a.xlsx"])), /--force không nhận giá trị/, /--force does not take a value/);
  });

  it("requires --out, once, with a value, ending in .xlsx", () => {
    expectBilingual(failure(parseWorkbookArgs([])), /^Thiếu --out/, /^Missing --out/);
    expectBilingual(failure(parseWorkbookArgs(["--year", "2024"])), /^Thiếu --out/, /^Missing --out/);
    expectBilingual(failure(parseWorkbookArgs(["--out"])), /Thiếu giá trị sau --out/, /--out needs a value/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "--force"])), /Thiếu giá trị sau --out/, /--out needs a value/);
    expectBilingual(failure(parseWorkbookArgs(["--out", ""])), /--out không được để trống/, /--out must not be empty/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xls"])), /đuôi \.xlsx/, /must end in \.xlsx/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.csv"])), /đuôi \.xlsx/, /must end in \.xlsx/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--out", "b.xlsx"])), /--out chỉ được nêu một lần/, /--out may be given only once/);
  });

  it.each([["24"], ["1999"], ["2101"], ["20245"], ["2024.0"], [" 2024"], ["２０２４"], ["abc"], ["-2024"], ["+2024"], [""]])(
    "rejects --year %j",
    (year) => {
      const message = failure(parseWorkbookArgs(["--out", "a.xlsx", `--year=${year}`]));
      expectBilingual(message, /(--year phải là năm có 4 chữ số|Năm phải là số có 4 chữ số) từ 2000 đến 2100/, /4-digit year from 2000 to 2100/);
    },
  );

  it.each([["2000"], ["2024"], ["2100"]])("accepts --year %s", (year) => {
    const result = parseWorkbookArgs(["--out", "a.xlsx", "--year", year]);
    expect(result.ok && !result.options.help && result.options.year).toBe(Number(year));
  });

  it("rejects an empty, too long or multi-line --unit, and a repeated one", () => {
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--unit", ""])), /không được để trống/, /must not be empty/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--unit", "   "])), /không được để trống/, /must not be empty/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--unit", "x".repeat(201)])), /dài quá 200/, /longer than 200/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--unit", "Sở\nDu lịch"])), /ký tự điều khiển/, /control characters/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--unit", "A", "--unit", "B"])), /một lần/, /only once/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--unit"])), /Thiếu giá trị sau --unit/, /--unit needs a value/);
  });
});

describe("option checks shared with the builder", () => {
  it("checks years and unit names", () => {
    expect(checkYear(2024)).toBeUndefined();
    expect(checkYear(2024.5)?.en).toMatch(/4-digit/);
    expect(parseYear("2030")).toEqual({ ok: true, year: 2030 });
    expect(checkUnitName("Sở Du lịch")).toBeUndefined();
    expect(formatMessage({ vi: "Một", en: "One" })).toBe("Một\nOne");
  });
});

describe("the document frame's options", () => {
  it("fills the frame from --number, --date, --signer … and names the unit with --issuer", () => {
    const result = parseWorkbookArgs([
      "--out",
      "a.xlsx",
      "--period",
      "Quý I",
      "--issuer",
      "Phòng Quản lý Du lịch",
      "--number",
      "12",
      "--date",
      "2024-04-05",
      "--as-of",
      "31/03/2024",
      "--preparer",
      "Trần Thị B",
      "--signer",
      " Nguyễn Văn A ",
      "--recipients",
      "Văn phòng Sở; Lưu hồ sơ",
      "--authority",
      "",
    ]);
    expect(result.ok && !result.options.help && result.options).toMatchObject({
      issuer: "Phòng Quản lý Du lịch",
      document: {
        number: "12",
        date: "2024-04-05",
        dataAsOf: "31/03/2024",
        preparer: "Trần Thị B",
        signer: "Nguyễn Văn A",
        recipients: "Văn phòng Sở; Lưu hồ sơ",
        authority: "",
      },
    });
    expect(USAGE).toMatch(/--signer/);
    expect(USAGE).toMatch(/--recipients/);
  });

  it("rejects a date that is no date, an empty name, a repeated option, --as-of without --period", () => {
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--date", "31/02/2024"])), /--date phải là một ngày/, /--date must be a date/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--date", "hôm nay"])), /--date phải là một ngày/, /--date must be a date/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--signer", "  "])), /--signer không được để trống/, /--signer must not be empty/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--number", "1", "--number", "2"])), /một lần/, /only once/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--as-of", "2024-03-31"])), /--as-of chỉ dùng/, /add --period/);
    expectBilingual(failure(parseWorkbookArgs(["--out", "a.xlsx", "--preparer", "A\tB"])), /ký tự điều khiển/, /control characters/);
  });
});
