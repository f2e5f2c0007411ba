/** writeDocumentFields against the recording fake Excel: the frame's input cells found by their names. */
import { cellAddress } from "../../src/domain/layout/a1";
import { documentName, type DocumentFieldKey } from "../../src/domain/layout/documentFrame";
import { detectCapabilities } from "../../src/excel/capabilities";
import { writeDocumentFields } from "../../src/excel/documentFields";
import { insertAppendix } from "../../src/excel/insertAppendix";
import { createFakeExcel, type FakeExcel } from "../fakes/excelFake";

const SHEET = "Phụ lục 2024";

async function inserted(): Promise<FakeExcel> {
  const excel = createFakeExcel();
  await insertAppendix(excel.context, { capabilities: detectCapabilities((n, v) => excel.requirements.isSetSupported(n, v)) });
  return excel;
}

const inputOf = (excel: FakeExcel, key: DocumentFieldKey): string => {
  const rect = excel.state.names.get(documentName("KPI", key).toUpperCase())!.rect!;
  return cellAddress(rect.top, rect.left);
};

describe("writeDocumentFields", () => {
  it("writes the stated fields into their named cells in two syncs, dates as dates, blanks left alone", async () => {
    const excel = await inserted();
    excel.state.setContents(SHEET, inputOf(excel, "preparer"), "Trần Thị B");
    const syncs = excel.syncCount;
    const result = await writeDocumentFields(excel.context, {
      number: "07",
      date: "2024-04-05",
      signer: "Nguyễn Văn A",
      preparer: "  ",
      recipients: "- VP.UBND tỉnh;\nSở Nội vụ",
    });
    expect(excel.syncCount - syncs).toBe(2);
    expect(result).toEqual({ status: "written", written: ["number", "date", "signer", "recipients"], skipped: [] });
    expect(excel.state.content(SHEET, inputOf(excel, "number"))).toBe("07");
    expect(excel.state.content(SHEET, inputOf(excel, "date"))).toBe(45387);
    expect(excel.state.content(SHEET, inputOf(excel, "signer"))).toBe("Nguyễn Văn A");
    expect(excel.state.content(SHEET, inputOf(excel, "recipients"))).toBe("VP.UBND tỉnh; Sở Nội vụ");
    // A blank field never replaces what was typed in the sheet.
    expect(excel.state.content(SHEET, inputOf(excel, "preparer"))).toBe("Trần Thị B");
  });

  it("finds the cells after rows were inserted, and on a protected sheet (the inputs are unlocked)", async () => {
    const excel = await inserted();
    excel.state.insertRows(SHEET, 1, 3);
    excel.state.protect(SHEET);
    const result = await writeDocumentFields(excel.context, { signer: "=1+1" });
    expect(result.status).toBe("written");
    // Text that looks like a formula stays text.
    expect(excel.state.content(SHEET, inputOf(excel, "signer"))).toBe("'=1+1");
  });

  it("says so when the appendix has no frame (a sheet made before it), and does nothing without a field", async () => {
    const excel = await inserted();
    for (const key of [...excel.state.names.keys()].filter((k) => k.includes("_DOC_"))) excel.state.names.delete(key);
    expect(await writeDocumentFields(excel.context, { number: "12" })).toEqual({ status: "frameMissing", written: [], skipped: ["number"] });
    const syncs = excel.syncCount;
    expect(await writeDocumentFields(excel.context, { number: " " })).toEqual({ status: "nothingToWrite", written: [], skipped: [] });
    expect(excel.syncCount).toBe(syncs);
  });

  it("skips the data cut-off date on the plain table, which has no such line", async () => {
    const excel = await inserted();
    expect(await writeDocumentFields(excel.context, { dataAsOf: "2024-03-31", number: "3" })).toEqual({
      status: "written",
      written: ["number"],
      skipped: ["dataAsOf"],
    });
  });
});
