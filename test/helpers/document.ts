/** Document frame fields for tests: every field the check reminds about, filled in. */
import { defaultDocumentFields, type DocumentFields } from "../../src/domain/layout/documentFrame";

export const FILLED_DOCUMENT: DocumentFields = {
  ...defaultDocumentFields(null),
  number: "12",
  date: "2024-04-05",
  dataAsOf: "2024-03-31",
  preparer: "Trần Thị B",
  signer: "Nguyễn Văn A",
  recipients: "VP.UBND tỉnh; Sở Nội vụ; BGĐ Sở; Các phòng thuộc Sở",
  archive: "nthuc",
};
