/** The pure parts of the Office.js back end: capabilities, error texts, references. */
import { detectCapabilities, insertRunOptions } from "../../src/excel/capabilities";
import { describeExcelError } from "../../src/excel/errors";
import { choosePrefix, nextSheetName } from "../../src/excel/insertAppendix";
import {
  mapFormulaReferences,
  offsetAddress,
  offsetFormula,
  parseQualified,
  parseRect,
  qualifiedAddress,
} from "../../src/excel/references";
import { insertEn } from "../../src/i18n/en/insert";
import { insertVi } from "../../src/i18n/vi/insert";
import { officeError } from "../fakes/excelFake";

const supporting =
  (sets: Record<string, string>) =>
  (name: string, version: string): boolean => {
    const have = sets[name];
    if (!have) return false;
    const [a, b] = [have.split(".").map(Number), version.split(".").map(Number)];
    return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
  };

describe("detectCapabilities", () => {
  it("decides every feature from the requirement sets", () => {
    const all = detectCapabilities(supporting({ ExcelApi: "1.20", CustomFunctionsRuntime: "1.1" }));
    expect(all).toMatchObject({ canInsert: true, leftOut: [], undoGroup: true, protectionPassword: true });
    expect(insertRunOptions(all)).toEqual({ mergeUndoGroup: true });

    const excel2019ish = detectCapabilities(supporting({ ExcelApi: "1.8" }));
    expect(excel2019ish.leftOut).toEqual(["customFunctions", "print"]);
    expect(excel2019ish.undoGroup).toBe(false);
    expect(insertRunOptions(excel2019ish)).toEqual({});

    const tooOld = detectCapabilities(supporting({ ExcelApi: "1.3" }));
    expect(tooOld.canInsert).toBe(false);
  });

  it("protection's password and allowEditObjects / selectionMode need ExcelApi 1.7, not 1.2", () => {
    const excel16 = detectCapabilities(supporting({ ExcelApi: "1.6" }));
    expect([excel16.features.protection, excel16.protectionPassword, excel16.protectionOptions]).toEqual([true, false, false]);
    const excel17 = detectCapabilities(supporting({ ExcelApi: "1.7" }));
    expect([excel17.protectionPassword, excel17.protectionOptions]).toEqual([true, true]);
  });

  it("keeps name comments in the undo group on Windows and Mac only (the web cannot undo NamedItem.comment)", () => {
    const sets = supporting({ ExcelApi: "1.20" });
    expect(detectCapabilities(sets, "PC").nameCommentsInUndoGroup).toBe(true);
    expect(detectCapabilities(sets, "Mac").nameCommentsInUndoGroup).toBe(true);
    expect(detectCapabilities(sets, "OfficeOnline").nameCommentsInUndoGroup).toBe(false);
    expect(detectCapabilities(sets).nameCommentsInUndoGroup).toBe(false); // unknown platform: the safe side
    expect(detectCapabilities(supporting({ ExcelApi: "1.19" }), "PC").nameCommentsInUndoGroup).toBe(false); // no undo group at all
  });

  it("treats a callback that throws as unsupported", () => {
    const caps = detectCapabilities(() => {
      throw new Error("no Office");
    });
    expect(caps.canInsert).toBe(false);
    expect(caps.leftOut).toHaveLength(7);
  });
});

describe("describeExcelError", () => {
  it("says what happened and what to do, in Vietnamese or English", () => {
    const denied = officeError("AccessDenied", "The cell you're trying to change is on a protected sheet.");
    expect(describeExcelError(denied, "vi")).toEqual({ code: "AccessDenied", message: insertVi.errors.AccessDenied });
    expect(describeExcelError(denied, "en").message).toBe(insertEn.errors.AccessDenied);
    expect(describeExcelError(officeError("InvalidOperationInCellEditMode", "edit mode"), "vi").message).toMatch(/Enter hoặc Esc/);
  });

  it("maps a protection message under InvalidOperation to the protected-sheet text", () => {
    const error = officeError("InvalidOperation", "This operation is not allowed on a protected sheet.");
    expect(describeExcelError(error, "en").code).toBe("AccessDenied");
  });

  it("keeps the detail of unknown and non-Office errors", () => {
    expect(describeExcelError(officeError("Weird", "something odd"), "en")).toEqual({
      code: "Weird",
      message: insertEn.errors.unknown.replace("{detail}", "something odd"),
    });
    expect(describeExcelError(new Error("boom"), "vi").message).toContain("boom");
    expect(describeExcelError("text", "vi").code).toBe("unknown");
    expect(describeExcelError(officeError("InvalidArgument", "bad"), "vi").message).toContain("bad");
  });
});

describe("references", () => {
  it("parses and writes sheet-qualified references", () => {
    expect(parseQualified("='Phụ lục 2024'!$G$8")).toEqual({ sheetName: "Phụ lục 2024", rect: { top: 8, left: 7, bottom: 8, right: 7 } });
    expect(parseQualified("Sheet1!A1:B2")?.rect).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseQualified("'It''s'!C3")?.sheetName).toBe("It's");
    expect(parseQualified("#REF!")).toBeUndefined();
    expect(parseQualified("=Sheet1!#REF!")).toBeUndefined();
    expect(qualifiedAddress("Phụ lục 2024", "$A$1")).toBe("'Phụ lục 2024'!$A$1");
    expect(qualifiedAddress("Data", "A1")).toBe("Data!A1");
    expect(parseRect("5:6")).toEqual({ top: 5, left: 1, bottom: 6, right: 16384 });
    expect(parseRect("XFE1")).toBeUndefined();
  });

  it("moves cell references but not strings, names or function names", () => {
    const formula = '=IF(KPI_I_1_B="",LOG10(G8),KPI.STATUS("IV.1",$G$8,H8:H9,F8)&"A1")';
    expect(offsetFormula(formula, 2, 1)).toBe('=IF(KPI_I_1_B="",LOG10(H10),KPI.STATUS("IV.1",$H$10,I10:I11,G10)&"A1")');
    expect(offsetFormula("=10^9+N(F8)", 1, 0)).toBe("=10^9+N(F9)");
    expect(offsetAddress("$5:$6", 2, 0)).toBe("$7:$8");
    expect(offsetAddress("$A$1:$L$22", 1, 0)).toBe("$A$2:$L$23");
    expect(mapFormulaReferences("=A1+B2", () => undefined)).toBe("=#REF!+#REF!");
  });
});

describe("sheet and name choices", () => {
  it("numbers new sheets and keeps them within 31 characters", () => {
    expect(nextSheetName("Phụ lục 2024", ["Phụ lục 2024"])).toBe("Phụ lục 2024 (2)");
    expect(nextSheetName("Phụ lục 2024", ["Phụ lục 2024", "phụ lục 2024 (2)"])).toBe("Phụ lục 2024 (3)");
    expect(nextSheetName("X".repeat(31), []).length).toBe(31);
  });

  it("picks a prefix whose names belong to no other sheet", () => {
    const elsewhere = { name: "KPI_TABLE", target: { sheetName: "Cũ", rect: { top: 5, left: 1, bottom: 22, right: 12 } } };
    expect(choosePrefix("KPI", [elsewhere], "Phụ lục 2024")).toBe("KPI2");
    expect(choosePrefix("KPI", [elsewhere], "Cũ")).toBe("KPI");
    expect(choosePrefix("KPI", [{ name: "KPI_TABLE", target: null }], "Phụ lục 2024")).toBe("KPI");
  });
});
