/**
 * Tables the KPI.* function tests share, written out here rather than derived from the catalog so
 * that a slip there shows up: the JS function behind each ratio function id, and the appendix's
 * targets.
 */
import type { IndicatorCode } from "../../src/domain/catalog";
import * as functions from "../../src/functions/functions";

export type RatioFn = (b: unknown[][], a: unknown[][]) => number | CustomFunctions.Error;

/** The JS function of each ratio custom function id (the generated metadata test checks the mapping). */
export const RATIO_FUNCTIONS: Readonly<Record<string, RatioFn>> = {
  PAYMENT: functions.payment,
  ONLINE: functions.online,
  DIGITIZED: functions.digitized,
  DIGITIZEDVALID: functions.digitizedValid,
  ERESULTS: functions.eResults,
  REUSE: functions.reuse,
  PUBLISHED: functions.published,
  FEEDBACK: functions.feedback,
  SATISFACTION: functions.satisfaction,
  ONTIME: functions.onTime,
  EDOCS: functions.eDocs,
  RATIO: functions.ratio,
};

/** The targets of the appendix, written out independently of the catalog: percent and kind. */
export const APPENDIX_TARGETS: Readonly<Record<IndicatorCode, readonly [number, "minimum" | "exact"]>> = {
  "I.1": [45, "minimum"],
  "I.2": [50, "minimum"],
  "I.3": [80, "minimum"],
  "II.1": [90, "minimum"],
  "III.1": [100, "exact"],
  "III.2": [50, "minimum"],
  "III.3": [100, "exact"],
  "III.4": [100, "exact"],
  "III.5": [90, "minimum"],
  "IV.1": [95, "minimum"],
  "V.1": [100, "exact"],
};
