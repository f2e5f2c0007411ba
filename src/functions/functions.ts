/**
 * The KPI.* custom functions (namespace KPI in manifest.xml): thin wrappers over the pure functions
 * of src/domain/kpiFunctions.ts. custom-functions-metadata-plugin reads the JSDoc below to write
 * functions.json (Vietnamese) and appends the CustomFunctions.associate calls at build time (see
 * CustomFunctions below); functions.en-us.json is derived from it with the English strings
 * (localizeMetadata.ts).
 *
 * Each description must stay equal to functionDocs("vi") (src/domain/functionHelp.ts), which
 * test/functions/metadata.test.ts checks: change the strings in src/i18n/vi/functions.ts and the
 * JSDoc together. Parameters are unknown[][] so that a blank cell arrives as no data (a number
 * parameter would turn it into 0) and a range arrives whole; Excel passes one cell as [[v]].
 * Being `any`, they also receive an Excel error in a cell (#DIV/0!) as a value, because the build
 * sets allowErrorForDataTypeAny in functions.json (scripts/metadata-options-plugin.js): such a cell
 * is invalid data (#VALUE! naming the error; KPI.STATUS: Số liệu không hợp lệ).
 */
import { kpiRatio, kpiStatus, kpiTarget, type KpiError } from "../domain/kpiFunctions";
import { languageFor, type Language } from "../i18n/language";

/** Office's display language, read only when a message is needed; Vietnamese when unknown. */
export function displayLanguage(): Language {
  try {
    return languageFor(typeof Office !== "undefined" && Office.context ? Office.context.displayLanguage : undefined);
  } catch {
    return "vi";
  }
}

/**
 * office.js's custom-functions runtime, or undefined where office.js did not load (a plain
 * browser, offline). office.js declares it with `var` in a classic script, so it is a property of
 * the global object. Read at each use: the unit tests install a stand-in after this module loads.
 */
function officeRuntime(): typeof globalThis.CustomFunctions | undefined {
  return (globalThis as { CustomFunctions?: typeof globalThis.CustomFunctions }).CustomFunctions;
}

/**
 * What the build's `CustomFunctions.associate("PAYMENT", payment);` … calls resolve to.
 * custom-functions-metadata-plugin appends them to this file's source, at module scope, where this
 * binding shadows office.js's global: inside Office it hands each function to the runtime; where
 * office.js did not load, functions.js (the first bundle of taskpane.html) does nothing instead of
 * throwing "CustomFunctions is not defined". Only associate is here; toExcelError uses the
 * runtime's Error and ErrorCode when Excel calls a function.
 */
export const CustomFunctions = {
  associate(id: string, implementation: (...args: never[]) => unknown): void {
    officeRuntime()?.associate(id, implementation);
  },
};

/** A KpiError as Excel's #VALUE! or #N/A, with its message (inside Excel, where the runtime is). */
export function toExcelError(error: KpiError): CustomFunctions.Error {
  const runtime = globalThis.CustomFunctions;
  const code = error.error === "na" ? runtime.ErrorCode.notAvailable : runtime.ErrorCode.invalidValue;
  return new runtime.Error(code, error.message);
}

function ratioResult(b: unknown, a: unknown): number | CustomFunctions.Error {
  const result = kpiRatio(b, a, displayLanguage);
  return typeof result === "number" ? result : toExcelError(result);
}

/**
 * I.1 Tỷ lệ thanh toán trực tuyến. Chỉ tiêu: tối thiểu 45%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction PAYMENT
 * @param b Tử số b: số giao dịch (hồ sơ) thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số giao dịch thanh toán của dịch vụ công (hồ sơ của TTHC có thu phí, lệ phí). Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function payment(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * I.2 Tỷ lệ hồ sơ trực tuyến. Chỉ tiêu: tối thiểu 50%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction ONLINE
 * @param b Tử số b: số hồ sơ tiếp nhận trực tuyến trong kỳ. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số hồ sơ tiếp nhận, giải quyết TTHC trong kỳ. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function online(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * I.3 Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC. Chỉ tiêu: tối thiểu 80%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction DIGITIZED
 * @param b Tử số b: số hồ sơ có thành phần hồ sơ, kết quả được số hóa. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số hồ sơ thuộc thẩm quyền tiếp nhận, giải quyết. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function digitized(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * II.1 Tỷ lệ số hóa kết quả TTHC còn hiệu lực. Chỉ tiêu: tối thiểu 90%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction DIGITIZEDVALID
 * @param b Tử số b: số kết quả giải quyết TTHC còn hiệu lực, có giá trị sử dụng đã được số hóa. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số kết quả giải quyết TTHC còn hiệu lực thuộc thẩm quyền cấp Sở. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function digitizedValid(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * III.1 Tỷ lệ kết quả giải quyết TTHC điện tử. Chỉ tiêu: 100%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction ERESULTS
 * @param b Tử số b: số hồ sơ có kết quả giải quyết điện tử. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số hồ sơ phải trả kết quả. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function eResults(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * III.2 Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa. Chỉ tiêu: tối thiểu 50%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction REUSE
 * @param b Tử số b: số hồ sơ có ít nhất một thành phần sử dụng lại dữ liệu đã số hóa. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số hồ sơ tiếp nhận. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function reuse(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * III.3 Tỷ lệ công bố, công khai TTHC đúng hạn. Chỉ tiêu: 100%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction PUBLISHED
 * @param b Tử số b: số TTHC được công bố, công khai đúng hạn. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số TTHC phải công bố, công khai. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function published(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * III.4 Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn. Chỉ tiêu: 100%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction FEEDBACK
 * @param b Tử số b: số phản ánh, kiến nghị đã xử lý đúng hạn hoặc đang xử lý trong hạn. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số phản ánh, kiến nghị tiếp nhận. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function feedback(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * III.5 Mức độ hài lòng của người dân, doanh nghiệp. Chỉ tiêu: tối thiểu 90%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction SATISFACTION
 * @param b Tử số b: số hồ sơ được tính là hài lòng (tổng số trừ hồ sơ bị đánh giá không hài lòng, có khiếu nại hoặc quá hạn). Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số hồ sơ. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function satisfaction(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * IV.1 Tỷ lệ hồ sơ giải quyết đúng hạn. Chỉ tiêu: tối thiểu 95%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction ONTIME
 * @param b Tử số b: số hồ sơ TTHC đã giải quyết đúng hạn. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số hồ sơ TTHC đã giải quyết. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function onTime(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * V.1 Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng. Chỉ tiêu: 100%. Trả về tỷ lệ b/a dạng số thập phân (0,95 = 95%); với vùng các tháng, cộng các tháng đã nhập như hàm SUM.
 * @customfunction EDOCS
 * @param b Tử số b: số văn bản, hồ sơ công việc (trừ hồ sơ mật) được xử lý trên môi trường mạng. Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: tổng số văn bản, hồ sơ công việc (trừ hồ sơ mật). Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function eDocs(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * Tỷ lệ b/a của một chỉ tiêu bất kỳ, dạng số thập phân (0,95 = 95%); với vùng các tháng: tổng b / tổng a của các tháng đã nhập, như hàm SUM.
 * @customfunction RATIO
 * @param b Tử số b: số đếm (số nguyên ≥ 0). Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: số đếm, b ≤ a. Ô hoặc vùng cùng kích thước với b.
 * @returns sum(b) / sum(a), #VALUE! or #N/A with a message.
 */
export function ratio(b: unknown[][], a: unknown[][]): number | CustomFunctions.Error {
  return ratioResult(b, a);
}

/**
 * Mức chỉ tiêu phải đạt của một nhiệm vụ trong phụ lục, dạng số thập phân (0,95 = 95%).
 * @customfunction TARGET
 * @param code Mã chỉ tiêu trong phụ lục, ví dụ “IV.1”, hoặc tên hàm, ví dụ “ONTIME”.
 * @returns The target as a fraction, or #VALUE! for an unknown code.
 */
export function targetOf(code: string): number | CustomFunctions.Error {
  const result = kpiTarget(code, displayLanguage);
  return typeof result === "number" ? result : toExcelError(result);
}

/**
 * Đánh giá theo chỉ tiêu: Đạt, Không đạt, Không phát sinh, Chưa có số liệu hoặc Số liệu không hợp lệ; với vùng các tháng, chỉ đánh giá khi mọi tháng đã có đủ b và a.
 * @customfunction STATUS
 * @param code Mã chỉ tiêu trong phụ lục, ví dụ “IV.1”, hoặc tên hàm, ví dụ “ONTIME”.
 * @param b Tử số b: số đếm (số nguyên ≥ 0). Một ô hoặc vùng các tháng.
 * @param a Mẫu số a: số đếm, b ≤ a. Ô hoặc vùng cùng kích thước với b.
 * @param [target] Chỉ tiêu (tùy chọn), ví dụ 0,95; bỏ trống hoặc không phải số thì dùng chỉ tiêu của kế hoạch.
 * @returns One of the verdict words, or #VALUE! for an unknown code.
 */
export function statusOf(code: string, b: unknown[][], a: unknown[][], target?: unknown): string | CustomFunctions.Error {
  const result = kpiStatus(code, b, a, target, displayLanguage);
  return typeof result === "string" ? result : toExcelError(result);
}
