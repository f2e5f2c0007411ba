/**
 * Vietnamese strings of the plan file (kpi-plan.json): what is wrong with a file, field by field,
 * and what to do. Placeholders: {path} the field, {found} what it holds, {expected} what it needs,
 * {choices} the allowed values, {where} another field or a position in the file.
 */
export const planVi = {
  /** "{path}: {message}". */
  at: "{path}: {message}",
  types: { object: "một đối tượng { … }", text: "một chuỗi chữ", list: "một danh sách [ … ]", number: "một số" },
  problems: {
    unreadablePlanSheet: "Trang ẩn {where} chứa kế hoạch của sổ đã bị sửa nên không đọc được. Hãy chèn lại phụ lục với tệp kế hoạch đúng (Kế hoạch › Mở tệp kế hoạch…).",
    malformedJson: "Tệp kế hoạch không phải JSON hợp lệ ({where}). Hãy mở tệp bằng trình soạn thảo văn bản và sửa dấu ngoặc, dấu phẩy, dấu nháy.",
    notObject: "Tệp kế hoạch phải là một đối tượng JSON { … } (đang là {found}).",
    missing: "thiếu trường này; hãy thêm vào.",
    unknownField: "trường không có trong định dạng kế hoạch; hãy xóa hoặc sửa tên (các trường được dùng: {choices}).",
    wrongType: "phải là {expected}, đang là {found}.",
    empty: "không được để trống (hoặc quá dài).",
    badFormatVersion: "phiên bản định dạng phải là {expected} (đang là {found}).",
    badYear: "năm phải là số nguyên từ {expected} (đang là {found}).",
    badDate: "ngày phải viết dạng năm-tháng-ngày, ví dụ 2025-01-05, hoặc null (đang là {found}).",
    badCode: "mã không hợp lệ {found}; hãy viết như {expected}.",
    codeOutsideSection: "mã {found} không thuộc mục {expected}; mã chỉ tiêu bắt đầu bằng số La Mã của mục.",
    duplicateCode: "mã {found} bị trùng (đã có ở {where}); mỗi chỉ tiêu một mã.",
    duplicateSection: "mục {found} bị trùng; mỗi mục một số La Mã.",
    badTargetKind: "loại chỉ tiêu {found} không hợp lệ; dùng một trong: {choices}.",
    targetOutOfRange: "chỉ tiêu phải là số phần trăm từ 0 đến 100 (đang là {found}).",
    badUnit: "đơn vị tính phải là “%” (đang là {found}).",
    unknownFunction: "không có hàm KPI.{found}; dùng một trong: {choices}, hoặc null (dùng KPI.RATIO và KPI.STATUS).",
    duplicateFunction: "hàm {found} đã gắn với chỉ tiêu khác ({where}); mỗi hàm chỉ tính một chỉ tiêu.",
    unknownHostUnit: "đơn vị chủ trì {found} không có trong danh sách hostUnits ({choices}); hãy thêm đơn vị vào hostUnits hoặc sửa tên.",
    duplicateHostUnit: "đơn vị {found} bị trùng trong hostUnits.",
  },
};

export type PlanStrings = typeof planVi;
