/**
 * Vietnamese strings of the consolidation ("Tổng hợp số liệu các đơn vị") — the pane's step, its
 * preview, and the summary the pane and `npm run consolidate` print — and of the file check
 * (`npm run check`). src/i18n/en/consolidate.ts is typed against this shape. Placeholders in
 * braces.
 */
export const consolidateVi = {
  /** The pane's step (its heading is the pane's: paneVi.steps.consolidateHeading, in the first view). */
  step: {
    explain:
      "Dành cho Văn phòng Sở: chọn các tệp .xlsx các phòng gửi (chọn nhiều tệp một lần). Tệp được đọc ngay trên máy này, không gửi đi đâu. Xem trước từng số liệu lấy từ tệp nào, rồi mới ghi vào sổ.",
    choose: "Chọn tệp của các đơn vị",
    chooseHint: "Tệp Excel (.xlsx) do phần bổ trợ hoặc sổ làm việc độc lập tạo ra.",
    chosen: "Đã chọn {count} tệp: {files}",
    preview: "Xem trước",
    previewRunning: "Đang đọc các tệp…",
    write: "Ghi vào sổ này",
    writeRunning: "Đang ghi số liệu tổng hợp…",
    noFiles: "Hãy chọn ít nhất một tệp .xlsx.",
    previewReady: "Đã đọc {files} tệp. Xem lại bên dưới rồi bấm “Ghi vào sổ này”.",
    previewConflicts: "Có {conflicts} ô các nguồn ghi khác nhau: chọn số liệu cần giữ cho từng ô trước khi ghi (ô chưa chọn được giữ nguyên).",
    written: "Đã ghi {changed} ô số liệu vào sổ và cập nhật trang “{sheet}”.",
    writtenUnresolved: "{count} ô chưa chọn nguồn được giữ nguyên và ghi là “Chưa thống nhất” trên trang “{sheet}”.",
    nothingToWrite: "Không có số liệu nào thay đổi; trang “{sheet}” đã được cập nhật.",
    noTarget:
      "Sổ này chưa có bảng phụ lục hay trang số liệu theo tháng của phần bổ trợ. Hãy chèn phụ lục (bước 2) rồi tổng hợp.",
    provenanceConflict:
      "Sổ đã có trang tính “{sheet}” không phải do phần bổ trợ tạo: hãy đổi tên trang đó rồi tổng hợp lại (không ghi gì).",
    filledByChanged: "Ô “Đơn vị nhập số liệu” của sổ này được ghi là “{unit}”.",
  },
  preview: {
    filesHeading: "Các tệp",
    indicatorsHeading: "Số liệu theo chỉ tiêu",
    conflictsHeading: "Ô các nguồn ghi khác nhau",
    missingHeading: "Còn thiếu",
    ignoredHeading: "Số liệu bỏ qua",
    month: "Tháng",
    wholePeriod: "Cả kỳ",
    numerator: "Tử số (b)",
    denominator: "Mẫu số (a)",
    changed: "thay đổi",
    unchanged: "không đổi",
    was: "trước: {value}",
    blank: "(trống)",
    keepCurrent: "Giữ nguyên",
    undecided: "các nguồn ghi khác nhau: chọn ở trên",
    chooseLegend: "{cell}: chọn số liệu cần giữ",
    none: "Không có.",
    noFigures: "Chưa có số liệu.",
    captionIndicator: "{code} {name}",
  },
  summary: {
    title: "Tổng hợp số liệu các đơn vị",
    /** {filled} cells with a figure, from {files} files; {changed} changed. */
    totals: "Tổng hợp {filled} ô số liệu từ {files} tệp; {changed} ô thay đổi.",
    noConflict: "Không có ô nào các nguồn ghi khác nhau.",
    conflicts: "{count} ô các nguồn ghi khác nhau:",
    conflictLeftBlank: "để trống",
    conflictKept: "giữ nguyên",
    conflictChosen: "đã chọn {value}",
    missing: "Còn thiếu số liệu (đến hết tháng {end}):",
    missingPlain: "Còn thiếu số liệu:",
    noMissing: "Không thiếu số liệu nào.",
    ignored: "Số liệu bỏ qua:",
    leftBlank: "{count} ô để trống vì các nguồn ghi khác nhau: xem danh sách trên và trang “{sheet}”.",
  },
  file: {
    used: "{file} — {unit}{modified}: {offered} số liệu, dùng {contributed}.",
    modified: ", sửa lúc {time}",
    unmarked: "chưa ghi đơn vị (lấy mọi chỉ tiêu)",
    whole: "Cả Sở (tổng hợp)",
    unknownUnit: "“{text}” (không phải đơn vị của kế hoạch: lấy mọi chỉ tiêu)",
    byHeaders: "Tệp {file} thiếu tên vùng (name) của phần bổ trợ; số liệu được tìm theo tiêu đề cột.",
    sameUnit: "Tệp {file} và {other} cùng ghi đơn vị “{unit}”: số liệu khác nhau giữa hai tệp là ô chưa thống nhất.",
    refused: {
      unreadable: "Tệp {file} không đọc được: không phải tệp Excel .xlsx hoặc tệp bị hỏng.",
      notOurs: "Tệp {file} không phải sổ chỉ tiêu cải cách TTHC: không có bảng phụ lục hay trang số liệu theo tháng của phần bổ trợ.",
      plainForMonthly:
        "Tệp {file} là bảng phụ lục nhập số cả kỳ, không có số liệu từng tháng: không chia được ra các tháng, nên không dùng để tổng hợp theo tháng.",
      otherYear: "Tệp {file} là số liệu năm {year}, khác năm của sổ tổng hợp ({target}): không dùng.",
    },
  },
  cell: {
    monthly: "{code} tháng {month}, {part}",
    plain: "{code}, {part}",
    parts: { numerator: "tử số (b)", denominator: "mẫu số (a)" },
  },
  candidate: {
    file: "{value} ({who})",
    here: "nhập tại sổ tổng hợp",
    who: "{unit}, {file}",
  },
  ignored: {
    otherUnit: "{file} ({unit}) có số liệu {code} {months}, chỉ tiêu do {host} chủ trì: bỏ qua.",
    notCount: "{file}: {cell} ghi “{value}”, không phải số đếm: bỏ qua.",
    incomplete: "{file}: {code} chưa đủ b và a các tháng {months} của kỳ: không cộng vào bảng cả kỳ.",
    months: "tháng {months}",
    wholePeriod: "cả kỳ",
  },
  missing: {
    monthly: "{code}: tháng {months}",
    plain: "{code}",
  },
  /** The file check, `npm run check`. */
  check: {
    heading: "Kiểm tra tệp {file} (trang “{sheet}”{period})",
    period: ", kỳ báo cáo {period}",
    blocking: "Có lỗi phải sửa trước khi nộp.",
    ready: "Không có lỗi chặn việc nộp.",
    notOurs: "Tệp {file} không phải sổ chỉ tiêu cải cách TTHC: không tìm thấy bảng phụ lục của phần bổ trợ.",
    unreadable: "Tệp {file} không đọc được: không phải tệp Excel .xlsx hoặc tệp bị hỏng.",
    at: "ô {address}",
    atSheet: "ô {address} trang “{sheet}”",
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language's consolidation strings must have. */
export type ConsolidateStrings = Widen<typeof consolidateVi>;
