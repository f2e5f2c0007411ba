/**
 * Vietnamese strings of inserting the appendix (src/excel): the features an older Excel cannot
 * write, what the insert did, its notes, and Excel's errors in words that say what happened and
 * what to do. src/i18n/en/insert.ts is typed against this shape. Placeholders: {name} in braces.
 * The words written on the sheet are the document's own (src/domain) and are not here.
 */
import type { StringsOf } from "./functions";

export const insertVi = {
  /** The action's name, as on the pane's button. */
  action: "Chèn bảng phụ lục",
  /** Features an older Excel leaves out (leftOut); each says what is missing on the sheet. */
  features: {
    customFunctions: "Hàm KPI.* (Kết quả và Đánh giá dùng công thức Excel thông thường, cùng quy tắc tính)",
    names: "Tên vùng (KPI_…) để phần bổ trợ tìm lại các ô sau khi chèn hàng, cột",
    validation: "Kiểm tra dữ liệu nhập (chỉ nhận số nguyên ≥ 0, b ≤ a)",
    conditionalFormats: "Tô màu kết quả Đạt / Không đạt và ô nhập sai",
    protection: "Khóa các ô không phải ô nhập",
    freeze: "Cố định hàng tiêu đề khi cuộn",
    print: "Thiết lập in (A4 ngang, vừa một trang ngang, lặp hàng tiêu đề)",
  },
  leftOutIntro: "Phiên bản Excel này không hỗ trợ, nên phụ lục chưa có:",
  status: {
    inserted: "Đã chèn trang tính “{sheet}”.",
    updated: "Đã cập nhật trang tính “{sheet}”; giữ nguyên {kept} ô số liệu và ghi chú đã nhập.",
    exists:
      "Trang tính “{sheet}” đã có dữ liệu. Chọn “Cập nhật tại chỗ” (giữ số liệu b, a và ghi chú đã nhập) hoặc “Tạo trang tính mới”.",
    conflict:
      "Không cập nhật được “{sheet}”: các ô {cells} đang chứa nội dung không thuộc phụ lục và sẽ bị ghi đè. Hãy chuyển nội dung đó đi chỗ khác, hoặc chọn “Tạo trang tính mới”.",
    tableResized:
      "Không cập nhật được “{sheet}” tại chỗ vì bảng đã bị chèn hoặc xóa hàng, cột bên trong. Hãy chọn “Tạo trang tính mới” (số liệu cũ vẫn giữ nguyên ở trang cũ).",
    protected:
      "Trang tính “{sheet}” đang được bảo vệ. Hãy bỏ bảo vệ (nút “Bỏ bảo vệ” hoặc Xem lại › Bỏ bảo vệ Trang tính) rồi cập nhật lại.",
    otherPlan:
      "Sổ này được lập theo kế hoạch năm {carried}, khác kế hoạch đã chọn (năm {chosen}): không chèn gì. Hãy chọn lại đúng kế hoạch của sổ, hoặc lập phụ lục theo kế hoạch mới trong một sổ mới.",
    unsupported:
      "Phiên bản Excel này quá cũ để chèn phụ lục (cần ExcelApi 1.4). Hãy dùng Excel cho Microsoft 365, Excel 2021 trở lên hoặc Excel trên web.",
  },
  /**
   * An update in place from the plan the workbook was made for ({carried}) to the chosen one
   * ({chosen}): the question, and what it did. {dropped}: indicators with their old figures.
   */
  planChange: {
    askTitle: "Chuyển “{sheet}” sang kế hoạch năm {chosen}?",
    ask: "Sổ này được lập theo kế hoạch năm {carried}. “Cập nhật tại chỗ” chuyển bảng “{sheet}” sang kế hoạch năm {chosen}: số liệu b, a và ghi chú của các chỉ tiêu có trong cả hai kế hoạch được giữ và đi theo chỉ tiêu (kể cả khi chỉ tiêu đổi số thứ tự); chỉ tiêu không còn trong kế hoạch mới bị bỏ khỏi bảng. Hai kế hoạch không dùng chung một sổ, nên không tạo được trang tính mới trong sổ này.",
    askDropped:
      "Các chỉ tiêu sau không còn trong kế hoạch năm {chosen} nhưng đã có số liệu: {dropped}. Nếu cập nhật, các dòng này bị bỏ khỏi bảng “{sheet}”: hãy chép lại số liệu nếu cần (danh sách còn hiện lại sau khi cập nhật). Chọn “Cập nhật tại chỗ” để bỏ các chỉ tiêu này và tiếp tục.",
    droppedData:
      "Chưa cập nhật “{sheet}”: các chỉ tiêu sau không còn trong kế hoạch năm {chosen} nhưng đã có số liệu: {dropped}. Hãy chép lại số liệu nếu cần, rồi cập nhật lại và xác nhận bỏ các chỉ tiêu này.",
    changed: "Đã chuyển bảng sang kế hoạch năm {chosen} (trước đây: kế hoạch năm {carried}).",
    dropped: "Đã bỏ chỉ tiêu {indicator} (không còn trong kế hoạch {year}).",
    indicator: "{code} “{name}”",
    figures: "số liệu cũ: {figures}",
    droppedFigures: "Số liệu cũ của {code}: {figures}.",
    numerator: "b = {value}",
    denominator: "a = {value}",
    note: "ghi chú: “{value}”",
  },
  notes: {
    nativeFormulas:
      "Excel này không chạy hàm tùy chỉnh, nên cột Kết quả và Đánh giá dùng công thức Excel thông thường với cùng quy tắc.",
    locatedByHeader: "Không tìm thấy tên vùng của bảng; phần bổ trợ đã tìm bảng theo hàng tiêu đề và tạo lại tên vùng.",
    fixedAddresses: "Không tìm thấy tên vùng của bảng; phần bổ trợ đã dùng vị trí mặc định của phụ lục và tạo lại tên vùng.",
    namePrefixChanged: "Sổ đã có một bảng phụ lục khác, nên tên vùng của bảng này bắt đầu bằng {prefix}_.",
    tableResized: "Bảng đã bị chèn hoặc xóa hàng, cột bên trong.",
    nameCommentsSkipped: "Để hoàn tác được bằng một lần Ctrl+Z, tên vùng được tạo không kèm chú thích.",
  },
  protection: {
    protect: "Bảo vệ trang tính",
    unprotect: "Bỏ bảo vệ",
    protected: "Đã bảo vệ “{sheet}”: chỉ các ô Tử số (b), Mẫu số (a) và Ghi chú được sửa. Không đặt mật khẩu.",
    alreadyProtected: "Trang tính “{sheet}” đã được bảo vệ từ trước.",
    unprotected: "Đã bỏ bảo vệ “{sheet}”.",
    notProtected: "Trang tính “{sheet}” không được bảo vệ.",
  },
  /** Excel's error codes (OfficeExtension.Error.code) in words: what happened, what to do. */
  errors: {
    AccessDenied:
      "Excel không cho ghi vào trang tính vì trang đang được bảo vệ hoặc sổ chỉ được đọc. Hãy bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ Trang tính) hoặc mở sổ ở chế độ chỉnh sửa, rồi thử lại.",
    InvalidOperationInCellEditMode:
      "Một ô đang được sửa nên Excel chưa nhận lệnh. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đó, rồi thử lại.",
    InvalidOperation:
      "Excel từ chối thao tác này (thường do trang tính được bảo vệ hoặc vùng ô đang bị khóa). Hãy bỏ bảo vệ trang tính rồi thử lại.",
    InvalidArgument: "Excel không chấp nhận một giá trị phần bổ trợ gửi tới ({detail}). Hãy báo lỗi này cho người quản trị phần bổ trợ.",
    ItemNotFound: "Không tìm thấy trang tính hoặc tên vùng cần dùng; có thể nó đã bị đổi tên hoặc xóa. Hãy chèn lại phụ lục.",
    ItemAlreadyExists: "Trong sổ đã có trang tính hoặc tên vùng trùng tên. Hãy đổi tên trang tính cũ hoặc chọn “Tạo trang tính mới”.",
    ApiNotFound: "Phiên bản Excel này không hỗ trợ thao tác cần dùng. Hãy cập nhật Excel hoặc dùng Excel trên web.",
    UnsupportedFeature: "Phiên bản Excel này không hỗ trợ thao tác cần dùng. Hãy cập nhật Excel hoặc dùng Excel trên web.",
    NotImplemented: "Phiên bản Excel này không hỗ trợ thao tác cần dùng. Hãy cập nhật Excel hoặc dùng Excel trên web.",
    MergedRangeConflict: "Vùng ô đã bị gộp khác với mẫu phụ lục. Hãy bỏ gộp ô trong vùng bảng hoặc chọn “Tạo trang tính mới”.",
    InsertDeleteConflict: "Excel không chèn được vì vướng vùng ô đã gộp hoặc bảng. Hãy chọn “Tạo trang tính mới”.",
    Conflict: "Sổ đang được người khác hoặc thao tác khác thay đổi. Hãy chờ giây lát rồi thử lại.",
    RequestAborted: "Excel đã hủy thao tác (có thể do bạn vừa thao tác trên sổ). Hãy thử lại.",
    ActivityLimitReached: "Excel đang bận với quá nhiều thao tác. Hãy chờ giây lát rồi thử lại.",
    UndoNotSupported: "Không gộp được thành một bước hoàn tác. Hãy thử lại; nếu vẫn lỗi, báo người quản trị phần bổ trợ.",
    GeneralException: "Excel gặp lỗi khi thực hiện ({detail}). Hãy lưu sổ, đóng và mở lại Excel rồi thử lại.",
    unknown: "Có lỗi khi làm việc với Excel ({detail}). Hãy thử lại; nếu vẫn lỗi, báo người quản trị phần bổ trợ.",
  },
} as const;

/** The shape every language's insert strings must have. */
export type InsertStrings = StringsOf<typeof insertVi>;
