/**
 * Consolidation of the units' workbooks (Văn phòng Sở's "Tổng hợp số liệu các đơn vị"): read each
 * workbook (kpiWorkbook.ts), merge them with the target's own figures (merge.ts), record where each
 * figure came from (provenance.ts), and say it in words (text.ts). Pure.
 */
export * from "./workbookValues";
export * from "./kpiWorkbook";
export * from "./merge";
export * from "./provenance";
export * from "./target";
export * from "./text";
