/**
 * Vietnamese strings of the pre-submission check ("Kiểm tra trước khi nộp"), the highlighting and
 * the portable copy ("Chuẩn bị bản nộp") in the task pane. Placeholders in braces: {code} the
 * indicator ("IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn"), {address} a cell ("G12"), {part} a column
 * ("tử số (b)"), {found} what a cell or name holds, {expected} what the plan or the table needs.
 * The verdict words written on the sheet (Đạt, Không đạt, …) are the document's and stay
 * Vietnamese in every language (VERDICT_WORDS in src/domain/ratio.ts).
 */
export const checkVi = {
  format: { decimalSeparator: "," },
  check: {
    button: "Kiểm tra trước khi nộp",
    running: "Đang kiểm tra…",
    /** {passed} of {total} indicators pass. */
    summary: "{passed}/{total} chỉ tiêu đạt",
    /** Counts of findings. */
    counts: "{errors} lỗi, {warnings} cần xem lại, {infos} lưu ý",
    allClear: "Không có vấn đề nào: bảng đã sẵn sàng để nộp.",
    byVerdictTitle: "Theo đánh giá",
    byHostUnitTitle: "Theo đơn vị chủ trì",
    /** One host unit's line: "Phòng Quản lý Du lịch: 5/7 đạt". */
    hostUnitLine: "{unit}: {passed}/{total} đạt",
    /** Indicators the check could not find or judge. */
    unknownVerdict: "Không xác định",
    selectHint: "Bấm vào một mục để chọn ô cần sửa.",
    severity: { error: "Lỗi", warning: "Cần xem lại", info: "Lưu ý" },
    /** Labels of the verdicts in the pane (the sheet writes VERDICT_WORDS). */
    verdicts: {
      pass: "Đạt",
      fail: "Không đạt",
      notApplicable: "Không phát sinh",
      noData: "Chưa có số liệu",
      invalid: "Số liệu không hợp lệ",
    },
    parts: {
      numerator: "tử số (b)",
      denominator: "mẫu số (a)",
      bothInputs: "tử số (b) và mẫu số (a)",
      target: "chỉ tiêu",
      result: "kết quả",
      verdict: "đánh giá",
      ytdResult: "kết quả lũy kế",
      ytdVerdict: "đánh giá lũy kế",
    },
    problems: {
      shapeMismatch: "b và a khác kích thước",
      notNumber: "không phải là số",
      negative: "số âm",
      fractional: "có phần thập phân",
      tooLarge: "quá lớn (hơn 1.000.000.000)",
      numeratorAboveDenominator: "tử số (b) lớn hơn mẫu số (a)",
    },
    /** A target as the pane writes it: {percent} is "95%". */
    targets: { minimum: "tối thiểu {percent}", exact: "{percent}" },
    blank: "(trống)",
    /** IV.1 missed: {late} is a − b, the dossiers resolved late (in {late} and {cause} of the findings). */
    lateDossiers: "; {late} hồ sơ giải quyết trễ hạn (a − b)",
    lateCause: " của {late} hồ sơ giải quyết trễ hạn",
    /** The document frame's fields, as documentIncomplete lists them in {fields}. */
    documentFields: {
      governingBody: "cơ quan chủ quản",
      issuingBody: "cơ quan, đơn vị báo cáo",
      symbol: "ký hiệu văn bản",
      number: "số văn bản",
      place: "địa danh",
      date: "ngày ban hành",
      dataAsOf: "ngày chốt số liệu",
      preparer: "người lập biểu",
      authority: "thẩm quyền ký",
      signerTitle: "chức vụ người ký",
      signer: "người ký",
      recipients: "nơi nhận",
      archive: "nơi lưu",
    },
    /** The {effect} of targetChanged: what the verdicts use while the target cell differs. */
    targetEffects: {
      number: "bảng đang đánh giá theo {found}",
      notNumber: "ô trống hoặc không phải là số nên bảng đánh giá theo chỉ tiêu của kế hoạch",
    },
    /** Each finding: what is wrong (message) and what to do (action). */
    findings: {
      sheetMissing: {
        message: "Không tìm thấy trang tính “{sheet}”.",
        action: "Chèn bảng phụ lục (nút “Chèn phụ lục”) hoặc chọn đúng trang tính rồi kiểm tra lại.",
      },
      layoutOutdated: {
        message: "Trang tính “{sheet}” do phiên bản cũ của phần bổ trợ tạo (cột Căn cứ thực hiện đứng sau cột Đánh giá): kết quả theo kỳ có thể được đánh giá khi chưa đủ số liệu các tháng.",
        action: "Chèn phụ lục › Cập nhật tại chỗ để sắp lại các cột theo kế hoạch (mọi số liệu và ghi chú được giữ nguyên), rồi kiểm tra lại.",
      },
      rowMissing: {
        message: "{code}: không tìm thấy dòng của chỉ tiêu trong bảng.",
        action: "Đừng xóa hoặc đổi tên dòng chỉ tiêu; hãy hoàn tác (Ctrl+Z) hoặc chèn lại bảng.",
      },
      inputMissing: {
        message: "{code}: chưa nhập {part}.",
        action: "Nhập số liệu vào ô {address}; nếu trong kỳ không phát sinh hồ sơ, nhập 0 cho cả b và a.",
      },
      monthlyDataMissing: {
        message: "{code}: chưa đủ số liệu theo tháng cho kỳ báo cáo.",
        action: "Nhập đủ tử số (b) và mẫu số (a) của từng tháng trên trang “Số liệu theo tháng”.",
      },
      inputInvalid: {
        message: "{code}: {part} không hợp lệ ({problem}).",
        action: "Sửa ô {address}: chỉ nhập số nguyên từ 0 trở lên, và b không lớn hơn a.",
      },
      monthlyDataInvalid: {
        message: "{code}: số liệu theo tháng của kỳ báo cáo không hợp lệ.",
        action: "Sửa các ô tô đỏ trên trang “Số liệu theo tháng” (số nguyên ≥ 0, b không lớn hơn a).",
      },
      belowTarget: {
        message: "{code}: không đạt — kết quả {found}, chỉ tiêu {expected}{late}; đã có giải trình ở cột Ghi chú.",
        action: "Giải trình được đưa vào đoạn tóm tắt cho báo cáo; nếu chưa chắc chắn, kiểm tra lại số liệu ở ô {address}.",
      },
      unexplainedMiss: {
        message: "{code}: không đạt — kết quả {found}, chỉ tiêu {expected}{late} — nhưng chưa có giải trình.",
        action: "Ghi nguyên nhân{cause} và giải pháp vào ô {address} (cột Ghi chú): kế hoạch yêu cầu giải trình mọi chỉ tiêu không đạt.",
      },
      frameMissing: {
        message: "Trang tính “{sheet}” chưa có khung văn bản (quốc hiệu, số, ngày, chữ ký): bảng do phiên bản cũ của phần bổ trợ tạo.",
        action: "Chèn phụ lục › Cập nhật tại chỗ để thêm khung văn bản (mọi số liệu và ghi chú được giữ nguyên).",
      },
      documentIncomplete: {
        message: "Khung văn bản còn để trống: {fields} (bản in hiện dấu “…”).",
        action: "Điền ở mục Thông tin văn bản của ngăn tác vụ hoặc vào ô {address} bên phải bảng; cũng có thể để trống và viết tay khi ký.",
      },
      notApplicable: {
        message: "{code}: không phát sinh (mẫu số a = 0).",
        action: "Xác nhận trong kỳ không có hồ sơ nào; nếu có, nhập lại mẫu số ở ô {address}.",
      },
      formulaReplaced: {
        message: "{code}: ô {part} ({address}) không còn là công thức của bảng (đang là {found}).",
        action: "Chèn lại bảng để khôi phục công thức; đừng gõ số trực tiếp vào cột Kết quả, Đánh giá.",
      },
      targetChanged: {
        message: "{code}: chỉ tiêu đang là {found}, khác kế hoạch ({expected}); {effect}.",
        action: "Sửa ô {address} về {expected} như kế hoạch.",
      },
      nameMissing: {
        message: "Thiếu tên {name} (trỏ tới ô {expected}).",
        action: "Chèn lại bảng để tạo lại các tên, hoặc tạo tên {name} trỏ tới {expected} (Công thức › Trình quản lý Tên).",
      },
      nameWrong: {
        message: "Tên {name} đang trỏ tới {found}, không phải {expected}.",
        action: "Sửa tên {name} trỏ tới {expected} (Công thức › Trình quản lý Tên), hoặc chèn lại bảng.",
      },
      verdictMismatch: {
        message: "{code}: ô đánh giá đang hiện “{found}”, theo số liệu phải là “{expected}”.",
        action: "Tính lại bảng (nhấn F9); nếu vẫn sai, chèn lại bảng.",
      },
    },
  },
  highlight: {
    button: "Tô màu kết quả",
    done: "Đã tô màu: {rules} quy tắc, giữ nguyên {kept} quy tắc định dạng của bạn.",
    hint: "Màu tự cập nhật khi nhập số liệu; không cần bấm lại.",
  },
  portable: {
    button: "Chuẩn bị bản nộp",
    modeLabel: "Kết quả trong bản nộp",
    modes: { formulas: "Công thức Excel thường (tự tính lại)", values: "Giá trị cố định" },
    periodLabel: "Kỳ của bản nộp",
    done: "Đã tạo trang “{sheet}”: mở được ở máy không cài phần bổ trợ. Trang đang làm việc không thay đổi.",
    hint: "Người nhận không có phần bổ trợ: bản nộp chỉ dùng hàm có sẵn của Excel.",
    errors: {
      sheetMissing: "Không tìm thấy trang tính “{sheet}” để tạo bản nộp.",
      unsupported: "Phiên bản Excel này chưa hỗ trợ sao chép trang tính (cần ExcelApi 1.7). Hãy dùng Excel mới hơn hoặc Excel trên web.",
    },
  },
};

export type CheckStrings = typeof checkVi;
