/**
 * Vietnamese strings of the pane's "Hỗ trợ" section: the self-test ("Tự kiểm tra"), its steps and
 * what each result means, and the "Thông tin hỗ trợ" text people paste into an e-mail to whoever
 * supports them. src/i18n/en/support.ts is typed against this shape. Placeholders: {name}.
 * The section's heading is in pane.ts (steps.supportHeading): it is part of the pane's first view,
 * while these strings load with the section when it is opened.
 */
export const supportVi = {
  explain:
    "Tự kiểm tra chạy thử mọi chức năng của phần bổ trợ ngay trong Excel này, trên các trang tính tạm (tự xóa khi xong): trang tính, tên và vùng chọn của bạn giữ nguyên. Mất vài giây.",
  button: "Tự kiểm tra",
  running: "Đang tự kiểm tra… (vài giây)",
  outsideExcel: "Tự kiểm tra chỉ chạy khi phần bổ trợ được mở trong Excel.",
  resultsLabel: "Kết quả tự kiểm tra",
  summary: {
    passed: "Phần bổ trợ hoạt động đúng trong Excel này: {passed}/{total} bước đạt.",
    passedWithSkips: "Phần bổ trợ hoạt động đúng trong Excel này: {passed} bước đạt, {skipped} bước bỏ qua vì Excel này chưa có chức năng cần thiết.",
    failed: "Có {failed} bước lỗi. Bấm “Sao chép” ở phần Thông tin hỗ trợ bên dưới và gửi cho người hỗ trợ.",
    skipped: "Excel này chưa chạy được bước nào của phần bổ trợ (xem lý do từng bước).",
  },
  status: {
    passed: "Đạt",
    failed: "Lỗi",
    skipped: "Bỏ qua",
  },
  /** One line per step: "{status}: {step} ({duration})". */
  stepLine: "{status}: {step} ({duration})",
  seconds: "{value} giây",
  steps: {
    insertKpi: "Chèn phụ lục với các hàm KPI.*",
    insertNative: "Chèn phụ lục với công thức Excel thông thường",
    figures: "Nhập bộ số liệu mẫu (đủ mọi kết quả đánh giá)",
    calculateKpi: "Excel tính các hàm KPI.* đúng quy tắc",
    calculateNative: "Excel tính các công thức thông thường đúng quy tắc",
    highlight: "Tô màu kết quả (đủ quy tắc định dạng có điều kiện)",
    validation: "Ô nhập từ chối số sai (kiểm tra dữ liệu)",
    check: "Kiểm tra trước khi nộp tìm đúng các điểm cần xem lại",
    portable: "Bản nộp chỉ dùng công thức thông thường, cho cùng kết quả",
    period: "Báo cáo theo tháng: đổi kỳ báo cáo, kết quả theo kỳ mới",
  },
  skipped: {
    requirement: "Excel này chưa hỗ trợ {set} {version}.",
    dependsOn: "Cần bước “{step}”, bước này không thành công.",
  },
  problems: {
    mismatch: "{count} ô cho kết quả khác quy tắc. Ví dụ: {examples}",
    notCalculated:
      "Excel chưa tính xong sau {seconds} giây chờ (ô vẫn báo #BUSY! hoặc Excel vẫn đang tính). Hãy đóng bớt sổ làm việc, chờ rồi tự kiểm tra lại.",
    notCalculatedExamples: "Chưa đúng: {examples}",
    status: "Chức năng của phần bổ trợ trả lời “{found}” thay vì “{expected}”.",
    count: "Có {found} quy tắc tô màu của phần bổ trợ, cần {expected}.",
    error: "Excel báo lỗi {code}: {message}",
  },
  /** One mismatch: "{cell} ({code}, {part}): Excel cho {found}, đúng là {expected}". */
  mismatch: "{where}: Excel cho {found}, đúng là {expected}",
  mismatchWhere: "{cell} ({code}, {part})",
  parts: {
    result: "Kết quả",
    verdict: "Đánh giá",
    numerator: "Tử số (b)",
    denominator: "Mẫu số (a)",
    ytdResult: "Kết quả lũy kế",
    ytdVerdict: "Đánh giá lũy kế",
    period: "Kỳ báo cáo",
    resultFormula: "công thức ô Kết quả",
    verdictFormula: "công thức ô Đánh giá",
    ytdResultFormula: "công thức ô Kết quả lũy kế",
    ytdVerdictFormula: "công thức ô Đánh giá lũy kế",
    validationRule: "quy tắc kiểm tra dữ liệu",
    rejectsBadValue: "số sai có bị coi là không hợp lệ",
    acceptsGoodValue: "số đúng có được coi là hợp lệ",
    restored: "số ban đầu được ghi lại",
    checkVerdict: "đánh giá của bước Kiểm tra",
    finding: "điểm cần xem lại",
  },
  values: {
    blank: "(trống)",
    noNumber: "không có số (để trống hoặc báo lỗi)",
    kpiFormula: "công thức dùng hàm KPI.*",
    nativeFormula: "công thức không dùng hàm KPI.*",
  },
  cleanup: {
    done: "Đã xóa các trang tính và tên tạm, trả lại trang tính và vùng chọn bạn đang dùng.",
    left: "Chưa xóa được các trang tính tạm: {sheets}. Hãy tự xóa (chuột phải vào tên trang tính, chọn Xóa).",
    namesLeft: "Còn {count} tên tạm (bắt đầu bằng KPITEST_) trong Công thức › Trình quản lý Tên; có thể xóa.",
    error: "Lỗi khi dọn: {code}: {message}",
  },
  info: {
    heading: "Thông tin hỗ trợ",
    explain:
      "Khi phần bổ trợ không chạy đúng, hãy gửi đoạn dưới đây (bấm “Sao chép” rồi dán vào thư) cho người hỗ trợ. Phần bổ trợ không tự gửi thông tin này đi đâu.",
    label: "Thông tin hỗ trợ (chỉ đọc)",
    copy: "Sao chép",
    copied: "Đã sao chép thông tin hỗ trợ. Hãy dán (Ctrl+V) vào thư gửi người hỗ trợ.",
    copyRefused: "Excel không cho sao chép tự động. Đoạn văn đã được chọn sẵn: hãy nhấn Ctrl+C (⌘+C trên Mac) để sao chép.",
  },
  /** The lines of the support text. */
  text: {
    title: "Thông tin hỗ trợ – phần bổ trợ Chỉ tiêu cải cách TTHC 2024",
    addin: "Phần bổ trợ: phiên bản {version}, bản dựng {commit}",
    office: "Office: {host}, nền tảng {platform}, phiên bản {version}, ngôn ngữ hiển thị {language}",
    notInOffice: "Office: không chạy trong Office (xem ngoài Excel)",
    sets: "Bộ yêu cầu hỗ trợ: {sets}",
    setNone: "{set} không có",
    unknown: "không rõ",
    selfTest: "Tự kiểm tra lúc {time}: {passed} đạt, {failed} lỗi, {skipped} bỏ qua; tổng {duration}",
    notRun: "Tự kiểm tra: chưa chạy",
    step: "{index}. {step}: {status} ({duration})",
    detail: "   {text}",
    cleanup: "Dọn trang tạm: {text}",
  },
} as const;

/** Widens every string literal to string, keeping the shape. */
type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language's support strings must have. */
export type SupportStrings = Widen<typeof supportVi>;
