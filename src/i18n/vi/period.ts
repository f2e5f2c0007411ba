/**
 * Vietnamese strings of monthly reporting in the task pane: the report period picker, the
 * monthly-data check's messages and the chart. Placeholders in braces ({month}, {code}, …).
 * The words written on the sheets (Tháng 1, Quý I, 6 tháng, 9 tháng, Cả năm, Lũy kế từ đầu năm)
 * are the document's and live in src/domain/period.ts; the Vietnamese UI uses the same words.
 */
export const periodVi = {
  /** The picker's label and its groups. */
  picker: {
    label: "Kỳ báo cáo",
    groups: { months: "Tháng", quarters: "Quý", cumulative: "6, 9 tháng và cả năm" },
    apply: "Đổi kỳ báo cáo",
    hint: "Chỉ đổi ô Kỳ báo cáo trên phụ lục; số liệu đã nhập không thay đổi.",
  },
  /** Period names as the pane shows them. {n}: month number; {q}: quarter 1–4; {roman}: I–IV. */
  labels: {
    month: "Tháng {n}",
    quarter: "Quý {roman}",
    sixMonths: "6 tháng",
    nineMonths: "9 tháng",
    year: "Cả năm",
  },
  /** The months a period covers, and its year to date. */
  span: {
    singleMonth: "Tháng {start}",
    months: "Từ tháng {start} đến tháng {end}",
    yearToDate: "Lũy kế từ đầu năm đến hết tháng {end}",
  },
  /** What the CLI and the pane say when a period cannot be read. */
  errors: {
    unknownPeriod: "Không hiểu kỳ báo cáo “{text}”. Hãy dùng: {choices}.",
  },
  /** Findings of the monthly-data check; {part}: "tử số (b)" or "mẫu số (a)"; {months}: "2, 3". */
  check: {
    parts: { numerator: "tử số (b)", denominator: "mẫu số (a)" },
    missingMonths: "{code}: thiếu số liệu tháng {months} (cần đủ số liệu từ tháng 1 đến hết tháng {end} để đánh giá kỳ báo cáo và lũy kế).",
    missingAction: "Nhập tử số (b) và mẫu số (a) của các tháng đó trên trang “{sheet}” (ô màu xám).",
    invalidCell: "{code}: {part} tháng {month} không hợp lệ ({problem}).",
    numeratorAboveDenominator: "{code}: tháng {month} có tử số (b) lớn hơn mẫu số (a).",
    invalidAction: "Sửa ô {address} trên trang “{sheet}”: số nguyên từ 0 trở lên, b không lớn hơn a.",
    problems: {
      notNumber: "không phải là số",
      negative: "số âm",
      fractional: "có phần thập phân",
      tooLarge: "quá lớn",
    },
    allFilled: "Số liệu theo tháng đã đủ đến hết tháng {end}.",
  },
  chart: {
    title: "Kết quả lũy kế từ đầu năm so với chỉ tiêu",
    subtitle: "Lũy kế đến hết tháng {end}",
  },
};

export type PeriodStrings = typeof periodVi;
