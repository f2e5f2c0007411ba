/**
 * The check's one-line outcome, "8/11 chỉ tiêu đạt. 0 lỗi, 2 cần xem lại, 0 lưu ý", worded as
 * summaryText and countsText of src/domain/check.ts word it (same strings, same rule). Kept here
 * so the pane's first load does not carry the whole check module; test/taskpane checks they agree.
 */
import type { CheckSummary } from "../domain/check";
import type { CheckStrings } from "../i18n/vi/check";
import { fill } from "./strings";

export function checkOutcomeText(summary: CheckSummary, strings: CheckStrings): string {
  const met = fill(strings.check.summary, { passed: String(summary.passed), total: String(summary.total) });
  const counts =
    summary.errors + summary.warnings + summary.infos === 0
      ? strings.check.allClear
      : fill(strings.check.counts, {
          errors: String(summary.errors),
          warnings: String(summary.warnings),
          infos: String(summary.infos),
        });
  return `${met}. ${counts}`;
}
