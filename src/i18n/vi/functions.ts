/**
 * Vietnamese strings of the KPI.* custom functions: error messages, the function descriptions
 * (the same text the JSDoc in src/functions/functions.ts carries into functions.json), what b and a
 * count for each indicator, and the help panel's examples. Placeholders: {name} in braces.
 * The verdict words (Đạt, Không đạt, …) are not here: they are the document's words
 * (VERDICT_WORDS in src/domain/ratio.ts) and stay Vietnamese in every language.
 */
export const functionsVi = {
  /** Number formatting used inside texts (percentages, the count bound). */
  format: {
    decimalSeparator: ",",
    thousandsSeparator: ".",
  },
  /** The cell-error messages (#VALUE! and #N/A) of KPI.*; each says what is wrong and what to do. */
  errors: {
    shapeMismatch:
      "b và a khác kích thước: hãy chọn hai ô, hoặc hai vùng có cùng số hàng và số cột (ví dụ B5:M5 và B6:M6).",
    notNumber:
      "Số liệu không phải là số: b và a là số đếm (số nguyên ≥ 0); hãy xóa chữ, giá trị TRUE/FALSE hoặc ký tự lạ trong ô.",
    excelError: "Số liệu có lỗi {code} (thường do công thức trong ô b hoặc a): hãy sửa công thức đó hoặc nhập lại số đếm.",
    negative: "Số liệu âm: b và a là số đếm, phải lớn hơn hoặc bằng 0.",
    fractional: "Số liệu có phần thập phân: b và a là số đếm, phải là số nguyên.",
    tooLarge: "Số liệu quá lớn: mỗi ô tối đa {max}; hãy kiểm tra lỗi nhập.",
    numeratorAboveDenominator: "Tử số lớn hơn mẫu số: b phải nhỏ hơn hoặc bằng a (ở từng tháng).",
    blank: "Chưa có số liệu: hãy nhập b và a.",
    incomplete: "Chưa có số liệu: có tháng mới nhập một trong hai số b, a; hãy nhập đủ cả hai.",
    notApplicable: "Không phát sinh: mẫu số a bằng 0 (trong kỳ không có hồ sơ nào) nên không tính tỷ lệ.",
    missingCode: "Thiếu mã chỉ tiêu: hãy nhập mã trong phụ lục, ví dụ “IV.1”, hoặc tên hàm, ví dụ “ONTIME”.",
    unknownCode: "Không có chỉ tiêu “{code}”. Hãy dùng một trong các mã: {codes}. Sổ lập theo kế hoạch khác: mở ngăn tác vụ để nạp kế hoạch của sổ.",
    unexpected: "Không tính được: hãy kiểm tra lại số liệu b và a.",
  },
  /** Texts of the function descriptions (functions.json) and of the help panel. */
  descriptions: {
    targetMinimum: "tối thiểu {percent}",
    targetExact: "{percent}",
    indicator: "{code} {name}. Chỉ tiêu: {target}. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.",
    indicatorNumerator: "Tử số b: {what}. Một ô hoặc vùng các tháng.",
    indicatorDenominator: "Mẫu số a: {what}. Ô hoặc vùng cùng kích thước với b.",
    ratio: "Tỷ lệ b/a của một chỉ tiêu bất kỳ, dạng số thập phân (0,95 = 95%); với vùng các tháng: tổng b / tổng a của các tháng đã nhập, như hàm SUM.",
    ratioNumerator: "Tử số b: số đếm (số nguyên ≥ 0). Một ô hoặc vùng các tháng.",
    ratioDenominator: "Mẫu số a: số đếm, b ≤ a. Ô hoặc vùng cùng kích thước với b.",
    target: "Mức chỉ tiêu phải đạt của một nhiệm vụ trong phụ lục, dạng số thập phân (0,95 = 95%).",
    status: "Đánh giá theo chỉ tiêu: Đạt, Không đạt, Không phát sinh, Chưa có số liệu hoặc Số liệu không hợp lệ; với vùng các tháng, chỉ đánh giá khi mọi tháng đã có đủ b và a.",
    code: "Mã chỉ tiêu trong phụ lục, ví dụ “IV.1”, hoặc tên hàm, ví dụ “ONTIME”.",
    statusTarget: "Chỉ tiêu (tùy chọn), ví dụ 0,95; bỏ trống hoặc không phải số thì dùng chỉ tiêu của kế hoạch.",
  },
  /** The help panel: what each example formula computes. */
  help: {
    indicatorExample: "{b}: {numerator}; {a}: {denominator}.",
    ratioExample: "Lũy kế từ đầu năm: B5:M5 là tử số b của 12 tháng, B6:M6 là mẫu số a.",
    targetExample: "Kết quả 0,95 (định dạng 0.00% hiển thị 95,00%).",
    statusExample: "Đánh giá chỉ tiêu IV.1 với b ở {b}, a ở {a}, theo chỉ tiêu trong ô {target}.",
  },
} as const;

/** Widens every string literal of a strings object to string, keeping its shape. */
export type StringsOf<T> = T extends string ? string : { readonly [K in keyof T]: StringsOf<T[K]> };

/** The shape every language's function strings must have. */
export type FunctionStrings = StringsOf<typeof functionsVi>;
