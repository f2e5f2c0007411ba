/**
 * renderLayout's data validation against the recording fake Excel: a ValidationSpec with `list`
 * becomes an in-cell drop-down (one rule on the cell, not a custom rule under a list), the others
 * stay custom rules; a refresh rewrites them without stacking.
 */
import { DEFAULT_APPENDIX_OPTIONS, PERIOD_CELLS, buildAppendixLayout, filledByCellOf, periodName } from "../../src/domain/layout/appendixLayout";
import { parseCell } from "../../src/domain/layout/a1";
import { detectCapabilities } from "../../src/excel/capabilities";
import { renderLayout } from "../../src/excel/renderLayout";
import { createFakeExcel } from "../fakes/excelFake";

const SHEET = "Phụ lục 2024";
const OPTIONS = { ...DEFAULT_APPENDIX_OPTIONS, monthly: { period: { kind: "quarter", quarter: 1 } } } as const;
const layout = buildAppendixLayout(OPTIONS);

describe("renderLayout: validations", () => {
  it("writes the period cell's list validation as a drop-down, once, and every other rule as custom", async () => {
    const excel = createFakeExcel();
    const { features } = detectCapabilities((name, version) => excel.requirements.isSetSupported(name, version));
    const sheet = excel.context.workbook.worksheets.add(SHEET);
    // The list's source is a name on the monthly data sheet: Excel refuses a validation naming a
    // name that does not exist yet.
    excel.state.setName(periodName("KPI", "list"), SHEET, "$Z$1:$Z$20");
    for (const refresh of [false, true]) {
      renderLayout(sheet, layout, { features, refresh });
      await excel.context.sync();
      const validations = excel.state.sheet(SHEET).validations;
      expect(validations).toHaveLength(layout.validations.length);
      const period = parseCell(PERIOD_CELLS.period);
      const onPeriod = validations.filter((v) => v.rect.top === period.row && v.rect.left === period.column);
      expect(onPeriod).toHaveLength(1);
      expect(onPeriod[0]).toMatchObject({
        rule: { list: { inCellDropDown: true, source: `=${periodName("KPI", "list")}` } },
        ignoreBlanks: false,
        prompt: { showPrompt: true, title: "Chọn kỳ báo cáo" },
        errorAlert: { showAlert: true, style: "Stop", title: "Kỳ báo cáo không hợp lệ" },
      });
      // The "Đơn vị nhập số liệu" drop-down: its items written out (no name to wait for), blank allowed.
      const unitCell = parseCell(filledByCellOf(OPTIONS));
      const onFilledBy = validations.filter((v) => v.rect.top === unitCell.row && v.rect.left === unitCell.column);
      expect(onFilledBy).toHaveLength(1);
      expect(onFilledBy[0]).toMatchObject({
        rule: { list: { inCellDropDown: true, source: "Phòng Quản lý Du lịch,Văn phòng Sở,Thanh tra Sở,Cả Sở (tổng hợp)" } },
        ignoreBlanks: true,
      });
      const others = validations.filter((v) => v !== onPeriod[0] && v !== onFilledBy[0]);
      expect(others.every((v) => typeof v.rule.custom?.formula === "string" && v.ignoreBlanks)).toBe(true);
    }
  });
});
