/**
 * Vietnamese strings of the task pane (the default language). Every text the pane shows is here;
 * src/i18n/en/pane.ts is typed against this shape. Placeholders: {name} in braces.
 * Words written on the sheet (Đạt, Không đạt, column headers) are the document's own and come from
 * src/domain; the pane only names them.
 */
export const paneVi = {
  app: {
    title: "Chỉ tiêu cải cách TTHC 2024",
    subtitle: "Phụ lục chỉ tiêu cải cách thủ tục hành chính gắn với chuyển đổi số – Sở Du lịch tỉnh Kiên Giang",
    loading: "Đang tải…",
    tabsLabel: "Nội dung ngăn tác vụ",
    tabWork: "Các bước",
    tabHelp: "Hàm KPI",
    busy: "Đang thực hiện, vui lòng chờ…",
  },
  /** The status strip at the top: where the report stands, read from the sheet. */
  status: {
    heading: "Tình hình báo cáo",
    starting: "Đang kết nối với Excel…",
    loading: "Đang đọc số liệu trên sổ…",
    sheet: "Trang “{sheet}”",
    sheetPeriod: "Trang “{sheet}”, kỳ báo cáo {period}",
    passed: "{passed}/{total} đạt",
    noSheet: "Chưa chèn phụ lục",
    noSheetHint: "Chèn phụ lục ở bước 2, rồi nhập số liệu.",
    failed: "Chưa đọc được tình hình trên sổ. {detail}",
    hint: "Bấm vào một chỉ tiêu để chọn ô nhập số liệu của chỉ tiêu đó.",
    listLabel: "Đánh giá từng chỉ tiêu",
    /** The badge while nothing is known (the sheet not read yet, or not there). */
    noBadge: "—",
  },
  /** The one line a closed step shows, and the heading of the support section. */
  steps: {
    setupSummary: "Năm {year} · {unit} · {period}",
    insertSummary: "Đã có trang “{sheet}”",
    fillSummary: "{count}/{total} chỉ tiêu đã có số liệu",
    /** The section with the self-test and the support information (not a numbered step). */
    supportHeading: "Hỗ trợ",
    /** Văn phòng Sở's consolidation of the units' files (not a numbered step; its words: consolidate.ts). */
    consolidateHeading: "Tổng hợp số liệu các đơn vị",
  },
  setup: {
    heading: "1. Chọn năm, đơn vị và kỳ báo cáo",
    year: "Năm",
    yearHint: "Năm của kế hoạch và của phụ lục.",
    unit: "Đơn vị của tôi",
    unitHint: "Đơn vị chủ trì mà bạn nhập số liệu; Văn phòng Sở tổng hợp cả Sở.",
    allUnits: "Cả Sở (tổng hợp)",
    period: "Kỳ báo cáo",
    periodHint:
      "Kỳ nhiều tháng gồm đúng các tháng của kỳ (Quý II = tháng 4–6; 9 tháng = tháng 1–9); chỉ các cột Lũy kế tính từ đầu năm.",
    applyRunning: "Đang đổi kỳ báo cáo…",
    periodSwitched: "Đã đổi kỳ báo cáo thành “{period}”; số liệu đã nhập không thay đổi.",
    periodUnchanged: "Kỳ báo cáo trên sổ đã là “{period}”.",
    periodNotFound:
      "Sổ làm việc chưa có ô Kỳ báo cáo (báo cáo theo tháng). Kỳ đã chọn vẫn được dùng khi tạo bản nộp.",
  },
  insert: {
    heading: "2. Chèn phụ lục vào sổ làm việc",
    explain:
      "Tạo trang tính phụ lục đúng mẫu của kế hoạch: 11 chỉ tiêu, cột Tử số (b), Mẫu số (a), Kết quả và Đánh giá tự tính.",
    button: "Chèn phụ lục",
    running: "Đang chèn phụ lục…",
    next: "Tiếp theo: nhập tử số (b) và mẫu số (a) vào các ô nền vàng.",
    cancelled: "Đã hủy: sổ làm việc không thay đổi.",
    askTitle: "Trang tính “{sheet}” đã có",
    askUpdate: "Cập nhật tại chỗ",
    askNewSheet: "Tạo trang tính mới",
    askCancel: "Hủy",
    kindLabel: "Loại bảng cần chèn",
    kindPlain: "Bảng phụ lục (nhập số cả kỳ)",
    kindMonthly: "Báo cáo theo tháng: nhập từng tháng, xem kỳ và lũy kế",
    kindMonthlyHint:
      "Chèn ba trang tính: phụ lục tính kết quả của kỳ báo cáo chọn ở bước 1 và lũy kế từ đầu năm, một trang để nhập số liệu từng tháng (mỗi tháng nhập một lần), và biểu đồ lũy kế so với chỉ tiêu.",
  },
  /** Step 2 with monthly reporting chosen: what inserting it said, in words. */
  monthly: {
    running: "Đang chèn báo cáo theo tháng…",
    inserted:
      "Đã chèn báo cáo theo tháng, kỳ báo cáo “{period}”: trang “{data}” để nhập số liệu từng tháng, trang “{appendix}” tính kết quả của kỳ và lũy kế từ đầu năm, trang “{chart}” có biểu đồ lũy kế.",
    updated:
      "Đã cập nhật báo cáo theo tháng (kỳ báo cáo “{period}”); giữ nguyên {kept} ô số liệu tháng, kỳ báo cáo và ghi chú đã nhập.",
    next:
      "Tiếp theo: nhập tử số (b) và mẫu số (a) của từng tháng vào các ô nền vàng trên trang “{data}”. Sang kỳ khác: chọn kỳ ở bước 1 rồi bấm “Đổi kỳ báo cáo”.",
    textChart: "Excel này không vẽ được biểu đồ (cần ExcelApi 1.8), nên trang “{chart}” thể hiện kết quả bằng thanh ký tự.",
    askTitle: "Sổ đã có báo cáo theo tháng",
    exists:
      "Sổ đã có trang tính “{appendix}”, “{data}” hoặc “{chart}”. Chọn “Cập nhật tại chỗ” (giữ số liệu từng tháng, kỳ báo cáo và ghi chú đã nhập) hoặc “Tạo trang tính mới” (thêm một báo cáo mới, các trang cũ giữ nguyên).",
    conflict:
      "Không cập nhật được tại chỗ: trang tính {sheets} đang chứa nội dung không thuộc báo cáo theo tháng (ví dụ bảng phụ lục nhập số cả kỳ) và sẽ bị ghi đè. Hãy chọn “Tạo trang tính mới”, hoặc đổi tên trang đó rồi chèn lại.",
    protected:
      "Một trong các trang tính “{appendix}”, “{data}”, “{chart}” đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ Trang tính) rồi chèn lại.",
  },
  fill: {
    heading: "3. Nhập số liệu",
    explain:
      "Nhập số nguyên vào các ô nền vàng: Tử số (b) và Mẫu số (a). Để trống nếu chưa có số liệu; mẫu số bằng 0 là “Không phát sinh”.",
    myUnitOnly: "Chỉ hiện chỉ tiêu của đơn vị tôi",
    countMine: "{unit} chủ trì {count} chỉ tiêu:",
    countAll: "Cả Sở: {count} chỉ tiêu.",
    listLabel: "Các chỉ tiêu cần nhập",
    target: "Chỉ tiêu: {target}",
    hostUnit: "Chủ trì: {unit}",
    numerator: "Tử số (b): {what}",
    denominator: "Mẫu số (a): {what}",
    goTo: "Đến ô nhập",
    goToLabel: "Đến ô nhập: chỉ tiêu {code}",
    wentTo: "Đã chọn ô nhập của chỉ tiêu {code} ({address}).",
    protectButton: "Bảo vệ trang tính",
    unprotectButton: "Bỏ bảo vệ",
    unprotectRunning: "Đang bỏ bảo vệ…",
    protectExplain: "Khóa trang tính để chỉ nhập được vào các ô số liệu và Ghi chú; công thức không bị xóa nhầm.",
    protectRunning: "Đang bảo vệ trang tính…",
    protectUndoNote:
      "Lưu ý: bảo vệ hoặc bỏ bảo vệ trang tính sẽ xóa lịch sử hoàn tác của Excel; các thao tác trước đó không hoàn tác (Ctrl+Z) được nữa.",
  },
  highlight: {
    heading: "4. Tô màu kết quả",
    explain: "Tô xanh chỉ tiêu Đạt, đỏ chỉ tiêu Không đạt và ô nhập sai; màu tự đổi khi số liệu thay đổi.",
    button: "Tô màu kết quả",
    running: "Đang tô màu…",
    unsupported:
      "Phiên bản Excel này chưa hỗ trợ tô màu theo điều kiện (cần ExcelApi 1.6). Hãy dùng Excel mới hơn, Excel trên web, hoặc sổ làm việc độc lập (bước 7).",
  },
  check: {
    heading: "5. Kiểm tra trước khi nộp",
    explain: "Rà soát số liệu: ô còn trống, số sai, tử số lớn hơn mẫu số, chỉ tiêu chưa đạt, công thức bị ghi đè.",
    button: "Kiểm tra",
    running: "Đang kiểm tra…",
    findingsHeading: "Điểm cần xem lại",
    findingGoTo: "Đến ô {address}",
    findingGoToSheet: "Đến ô {address} trên trang “{sheet}”",
    selected: "Đã chọn ô {address} trên trang tính “{sheet}”.",
    selectMissing: "Không còn ô {address} trên trang tính “{sheet}” (trang tính đã bị đổi tên hoặc xóa?). Hãy kiểm tra lại.",
  },
  share: {
    heading: "6. Chuẩn bị bản nộp",
    explain:
      "Người nhận không cài phần bổ trợ này. Bản nộp là một trang tính mới, thay các hàm KPI.* bằng công thức Excel thông thường (hoặc giá trị cố định) nên mở ở máy nào cũng đúng.",
    running: "Đang tạo bản nộp…",
    undoNote:
      "Lưu ý: tạo bản nộp (sao chép trang tính) sẽ xóa lịch sử hoàn tác của Excel; các thao tác trước đó không hoàn tác (Ctrl+Z) được nữa.",
  },
  download: {
    heading: "7. Tải sổ làm việc độc lập",
    explain:
      "Tệp Excel (.xlsx) có sẵn phụ lục và công thức thông thường, dùng được cả khi không có phần bổ trợ hoặc trên Excel cũ.",
    button: "Tải sổ làm việc",
    running: "Đang tạo tệp…",
    downloaded: "Đã tải tệp “{file}” ({size} KB). Tìm tệp trong thư mục Tải xuống.",
    opened: "Đã mở sổ làm việc độc lập trong một cửa sổ Excel mới. Hãy lưu lại (Tệp › Lưu).",
  },
  help: {
    heading: "Các hàm KPI dùng trong ô",
    intro:
      "Gõ các hàm này vào bất kỳ ô nào, hoặc chọn một ô rồi bấm “Chèn vào ô đang chọn”. b là tử số, a là mẫu số; có thể là một ô hoặc vùng các tháng.",
    listLabel: "Danh sách hàm KPI",
    example: "Ví dụ",
    parameters: "Tham số",
    optional: "(không bắt buộc)",
    insert: "Chèn vào ô đang chọn",
    insertLabel: "Chèn vào ô đang chọn: {example}",
    running: "Đang chèn hàm…",
    inserted: "Đã chèn {formula} vào ô {address}. Hãy sửa G12, H12 thành ô số liệu của bạn.",
  },
  preview: {
    tab: "Phụ lục",
    downloadHeading: "Tải sổ làm việc độc lập",
    title: "Đang xem ngoài Excel",
    body:
      "Trang này là ngăn tác vụ của phần bổ trợ Excel “Chỉ tiêu cải cách TTHC 2024”. Mở trong Excel (thẻ Trang đầu › Mở bảng chỉ tiêu) để chèn và kiểm tra phụ lục. Dưới đây là bản xem trước (chỉ đọc) của phụ lục.",
    tableLabel: "Bản xem trước phụ lục (chỉ đọc)",
    tableCaption: "Phụ lục: {title} – năm {year}",
    notInExcel: "Chức năng này chỉ dùng được khi mở trong Excel.",
  },
  results: {
    successTitle: "Xong",
    warningTitle: "Xong, có lưu ý",
    errorTitle: "Không thực hiện được",
    infoTitle: "Thông báo",
  },
  /** The document frame's fields (DocumentStep). */
  document: {
    heading: "Số, ngày và người ký của văn bản",
    explain:
      "Phụ lục in kèm khung văn bản (quốc hiệu, số, ngày, chữ ký). Ô nào để trống thì bản in hiện dấu “…” để viết tay. Cơ quan báo cáo theo “Đơn vị của tôi” ở bước 1. Thông tin được ghi khi chèn phụ lục, hoặc bấm “Ghi vào phụ lục”.",
    number: "Số văn bản",
    numberHint: "In thành “Số: 12/BC-SDL”.",
    date: "Ngày ban hành",
    dataAsOf: "Số liệu tính đến ngày",
    dataAsOfHint: "Chỉ báo cáo theo tháng in dòng này.",
    preparer: "Người lập biểu",
    signer: "Người ký",
    recipients: "Nơi nhận",
    recipientsHint: "Mỗi nơi một dòng (hoặc cách nhau bằng dấu ;); bản in thêm dòng “Lưu: VT”.",
    button: "Ghi vào phụ lục",
    running: "Đang ghi thông tin văn bản…",
    written: "Đã ghi vào khung văn bản: {fields}.",
    skipped: "Bảng này không có dòng: {fields}.",
    frameMissing:
      "Phụ lục trên sổ chưa có khung văn bản (do phiên bản cũ tạo). Hãy Chèn phụ lục › Cập nhật tại chỗ (mọi số liệu được giữ nguyên), rồi ghi lại.",
    nothing: "Chưa điền thông tin nào để ghi.",
  },
  /** The summary for the written report, after the check (ReportSummary). */
  summary: {
    heading: "Đoạn tóm tắt cho báo cáo",
    explain: "Dán vào báo cáo (Word). Nguyên nhân lấy từ cột Ghi chú; chỉ tiêu không đạt chưa giải trình hiện dấu “…”.",
    label: "Đoạn tóm tắt kết quả thực hiện",
    copy: "Sao chép",
    copied: "Đã sao chép đoạn tóm tắt: dán vào báo cáo bằng Ctrl+V.",
    selected: "Không sao chép tự động được: đoạn văn đã được chọn sẵn, hãy nhấn Ctrl+C.",
  },
  errors: {
    tableMissing: "Không tìm thấy bảng phụ lục trên trang tính “{sheet}”. Hãy chèn lại phụ lục (bước 2), rồi thử lại.",
    outdated:
      "Trang tính “{sheet}” do phiên bản cũ của phần bổ trợ tạo (các cột chưa theo thứ tự của kế hoạch). Hãy Chèn phụ lục › Cập nhật tại chỗ (mọi số liệu được giữ nguyên), rồi thử lại.",
    notAvailable: "Chức năng này chưa có trong bản phần bổ trợ này: {what}.",
    unknown: "Đã xảy ra lỗi: {detail}. Hãy thử lại; nếu vẫn lỗi, đóng và mở lại ngăn tác vụ.",
    boundaryTitle: "Ngăn tác vụ gặp lỗi",
    boundaryBody:
      "Một phần của ngăn tác vụ không hiển thị được. Số liệu trong sổ làm việc không bị ảnh hưởng. Bấm “Thử lại”; nếu vẫn lỗi, đóng và mở lại ngăn tác vụ.",
    boundaryRetry: "Thử lại",
  },
} as const;

/** Widens every string literal to string, keeping the shape. */
type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language's pane strings must have. */
export type PaneStrings = Widen<typeof paneVi>;
