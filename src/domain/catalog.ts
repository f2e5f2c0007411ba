/**
 * The indicator catalog of the plan's appendix ("PHỤ LỤC — Chỉ tiêu cụ thể về cải cách thủ tục
 * hành chính gắn với chuyển đổi số của Sở Du lịch tỉnh Kiên Giang năm 2024"), as typed data.
 * Every Vietnamese text is copied from the plan (test/fixtures/plan-2024.txt, a copy of the seed
 * document in ../shared/seed); test/domain/catalog.test.ts holds it against the plan's text.
 * Pure data: no Office or React import anywhere in src/domain.
 */

export type SectionId = "I" | "II" | "III" | "IV" | "V";

export type IndicatorCode =
  | "I.1"
  | "I.2"
  | "I.3"
  | "II.1"
  | "III.1"
  | "III.2"
  | "III.3"
  | "III.4"
  | "III.5"
  | "IV.1"
  | "V.1";

/** "Tối thiểu X" in the plan: at least X, inclusive. A bare "100": exactly 100%. */
export type TargetKind = "minimum" | "exact";

export interface Target {
  readonly kind: TargetKind;
  /** The target as a fraction, e.g. 0.95 for 95%. */
  readonly fraction: number;
}

export interface Indicator {
  readonly code: IndicatorCode;
  readonly section: SectionId;
  /** Number in the STT column within its section (1, 2, …). */
  readonly stt: number;
  /** "Tên nhiệm vụ": the first sentence, exactly as in the plan. */
  readonly name: string;
  /** Further lines the plan prints (in italics) under the name; empty for most indicators. */
  readonly nameNotes: readonly string[];
  /** "Đơn vị chủ trì". */
  readonly hostUnit: string;
  /** "Đơn vị phối hợp". */
  readonly partnerUnits: string;
  /** "Đơn vị tính". */
  readonly unit: "%";
  readonly target: Target;
  /** "Căn cứ thực hiện", exactly as in the plan. */
  readonly legalBasis: string;
  /** The custom function's name under the KPI namespace, e.g. "ONTIME" for =KPI.ONTIME(b,a). */
  readonly functionName: string;
}

export interface Section {
  readonly id: SectionId;
  readonly title: string;
  readonly indicators: readonly Indicator[];
}

/** Default appendix parameters, as the plan prints them. */
export const PLAN = {
  year: 2024,
  unitName: "Sở Du lịch tỉnh Kiên Giang",
  appendixLabel: "PHỤ LỤC",
  appendixTitle: "CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ",
  yearHeadingPrefix: "Thực hiện trong năm",
} as const;

const ALL_DEPARTMENTS = "Các phòng thuộc Sở";
const TOURISM_MANAGEMENT = "Phòng Quản lý Du lịch";
const OFFICE = "Văn phòng Sở";
const INSPECTORATE = "Thanh tra Sở";

const NQ01_VPCP = (item: number): string =>
  "Thực hiện theo Nghị quyết số 01/NQ-CP ngày 05 tháng 01 năm 2024 của Chính phủ và theo Công văn số " +
  `221/VPCP-KSTT ngày 10 tháng 01 năm 2024 của Văn phòng Chính phủ (Phụ lục II, Mục 1, số thứ tự thứ ${item}).`;

const NQ02_VPCP = (item: number): string =>
  "Thực hiện theo Nghị quyết số 02/NQ-CP ngày 05 tháng 01 năm 2024 của Chính phủ và theo Công văn số " +
  `221/VPCP-KSTT ngày 10 tháng 01 năm 2024 của Văn phòng Chính phủ (Phụ lục II, Mục 2, số thứ tự thứ ${item}).`;

const minimum = (percent: number): Target => ({ kind: "minimum", fraction: percent / 100 });
const EXACT_100: Target = { kind: "exact", fraction: 1 };

type IndicatorRow = Omit<Indicator, "section" | "stt" | "unit" | "partnerUnits" | "nameNotes"> &
  Partial<Pick<Indicator, "nameNotes">>;

const section = (id: SectionId, title: string, rows: readonly IndicatorRow[]): Section => ({
  id,
  title,
  indicators: rows.map((row, index) => ({
    nameNotes: [],
    ...row,
    section: id,
    stt: index + 1,
    unit: "%",
    partnerUnits: ALL_DEPARTMENTS,
  })),
});

export const SECTIONS: readonly Section[] = [
  section("I", "Chỉ tiêu cụ thể về thực hiện thủ tục hành chính trên môi trường điện tử", [
    {
      code: "I.1",
      name:
        "Tỷ lệ thanh toán trực tuyến trên cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công",
      hostUnit: TOURISM_MANAGEMENT,
      target: minimum(45),
      legalBasis: NQ01_VPCP(4),
      functionName: "PAYMENT",
    },
    {
      code: "I.2",
      name: "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC",
      hostUnit: TOURISM_MANAGEMENT,
      target: minimum(50),
      legalBasis: NQ01_VPCP(5),
      functionName: "ONLINE",
    },
    {
      code: "I.3",
      name: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC",
      hostUnit: TOURISM_MANAGEMENT,
      target: minimum(80),
      legalBasis: NQ01_VPCP(6),
      functionName: "DIGITIZED",
    },
  ]),
  section(
    "II",
    "Chỉ tiêu về số hóa kết quả TTHC còn hiệu lực để đảm bảo việc kết nối, chia sẻ dữ liệu trong giải quyết TTHC trên môi trường điện tử",
    [
      {
        code: "II.1",
        name:
          "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử dụng thuộc thẩm quyền giải quyết của cấp Sở để đảm bảo việc kết nối, chia sẻ dữ liệu trong giải quyết thủ tục hành chính trên môi trường điện tử",
        hostUnit: OFFICE,
        target: minimum(90),
        legalBasis:
          "Thực hiện theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ",
        functionName: "DIGITIZEDVALID",
      },
    ],
  ),
  section(
    "III",
    "Thực hiện chỉ tiêu về nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công trực tuyến",
    [
      {
        code: "III.1",
        name: "Tỷ lệ kết quả giải quyết TTHC điện tử",
        hostUnit: TOURISM_MANAGEMENT,
        target: EXACT_100,
        legalBasis: NQ02_VPCP(5),
        functionName: "ERESULTS",
      },
      {
        code: "III.2",
        name: "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
        hostUnit: TOURISM_MANAGEMENT,
        target: minimum(50),
        legalBasis: NQ02_VPCP(7),
        functionName: "REUSE",
      },
      {
        code: "III.3",
        name: "Tỷ lệ công bố, công khai TTHC đúng hạn",
        hostUnit: OFFICE,
        target: EXACT_100,
        legalBasis: NQ02_VPCP(9),
        functionName: "PUBLISHED",
      },
      {
        code: "III.4",
        name: "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn",
        hostUnit: INSPECTORATE,
        target: EXACT_100,
        legalBasis: NQ02_VPCP(11),
        functionName: "FEEDBACK",
      },
      {
        code: "III.5",
        name: "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp",
        hostUnit: TOURISM_MANAGEMENT,
        target: minimum(90),
        legalBasis: NQ02_VPCP(12),
        functionName: "SATISFACTION",
      },
    ],
  ),
  section("IV", "Chỉ tiêu về kết quả giải quyết hồ sơ thủ tục hành chính", [
    {
      code: "IV.1",
      name: "Tỷ lệ hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn.",
      nameNotes: [
        "Theo công thức (b/a).",
        "Trong đó:",
        "a là tổng số hồ sơ TTHC đã giải quyết trong năm",
        "b là số hồ sơ TTHC đã giải quyết đúng hạn",
        "(Lưu ý: tỷ lệ b/a phải đạt tối thiểu 95%)",
      ],
      hostUnit: TOURISM_MANAGEMENT,
      target: minimum(95),
      legalBasis: "Mục 3.4.1 (Bảng 2 kèm theo Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ)",
      functionName: "ONTIME",
    },
  ]),
  section("V", "Chỉ tiêu về tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng", [
    {
      code: "V.1",
      name: "Xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng",
      hostUnit: OFFICE,
      target: EXACT_100,
      legalBasis:
        "Theo tình hình thực tế tại Sở đã triển khai 100% Hệ thống quản lý văn bản và điều hành của Sở Du lịch tại các phòng thuộc Sở",
      functionName: "EDOCS",
    },
  ]),
];

/** All indicators in the plan's order. */
export const INDICATORS: readonly Indicator[] = SECTIONS.flatMap((s) => s.indicators);

/** The distinct host units, in the order they first appear. */
export const HOST_UNITS: readonly string[] = [...new Set(INDICATORS.map((i) => i.hostUnit))];

/**
 * Finds an indicator by its code ("IV.1") or its function name ("ONTIME"), ignoring case and
 * surrounding spaces. Returns undefined when nothing matches.
 */
export function findIndicator(codeOrFunctionName: string): Indicator | undefined {
  const key = codeOrFunctionName.trim().toUpperCase();
  return INDICATORS.find((i) => i.code === key || i.functionName === key);
}

/** The plan's wording of a target: "Tối thiểu 45" or "100". */
export function planTargetText(target: Target): string {
  const percent = Math.round(target.fraction * 10000) / 100;
  return target.kind === "minimum" ? `Tối thiểu ${percent}` : `${percent}`;
}

/** The Tên nhiệm vụ cell text: the name, then the plan's notes on their own lines. */
export function indicatorFullName(indicator: Indicator): string {
  return [indicator.name, ...indicator.nameNotes].join("\n");
}
