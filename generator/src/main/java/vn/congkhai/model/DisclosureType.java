package vn.congkhai.model;

import vn.congkhai.content.Format;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of the site, one per {@code type} of the content contract, with the name citizens see in the
 * navigation and the format officers write it in.
 */
public enum DisclosureType {
    THONG_BAO("thong-bao", "Thông báo", Format.MARKDOWN, true, "THÔNG BÁO"),
    CHINH_SACH("chinh-sach", "Chính sách, chế độ", Format.MARKDOWN, true, null),
    HO_NGHEO("ho-ngheo", "Hộ nghèo, cận nghèo", Format.JSON, true, "DANH SÁCH"),
    THU_TUC("thu-tuc", "Thủ tục hành chính", Format.JSON, true, "THỦ TỤC HÀNH CHÍNH"),
    NGAN_SACH("ngan-sach", "Ngân sách xã", Format.JSON, true, "BIỂU CÔNG KHAI NGÂN SÁCH"),
    KE_HOACH("ke-hoach", "Kế hoạch", Format.JSON, true, "KẾ HOẠCH"),
    BANG("bang", "Danh sách, bảng công khai", Format.JSON, true, null),
    LICH_TIEP_DAN("lich-tiep-dan", "Lịch tiếp công dân", Format.JSON, true, "LỊCH TIẾP CÔNG DÂN"),
    /** A consultation: JSON, or Markdown with its fields in the header and the draft as the body. */
    LAY_Y_KIEN("lay-y-kien", "Lấy ý kiến Nhân dân", Format.JSON, true, "THÔNG BÁO", Format.MARKDOWN),
    TRA_LOI("tra-loi", "Trả lời, giải trình", Format.JSON, true, "THÔNG BÁO"),
    GIA_DAT("gia-dat", "Bảng giá đất", Format.JSON, true, "BẢNG GIÁ ĐẤT"),
    BOI_THUONG("boi-thuong", "Bồi thường, hỗ trợ, tái định cư", Format.JSON, true, "PHƯƠNG ÁN"),
    THANH_TRA("thanh-tra", "Thanh tra, kiểm tra", Format.MARKDOWN, true, "KẾT LUẬN"),
    /** The commune's organisation and contacts (Decree 42/2022), not an Art. 11 item: it needs no muc_cong_khai. */
    CO_CAU_TO_CHUC("co-cau-to-chuc", "Cơ cấu tổ chức, liên hệ", Format.JSON, false, null),
    TRANG("trang", "Thông tin chung", Format.MARKDOWN, false, null);

    /** The document type line of a printout when neither the title nor the type names one. */
    public static final String GENERIC_DOCUMENT = "THÔNG TIN CÔNG KHAI";

    private final String code;
    private final String sectionName;
    private final Format format;
    private final boolean disclosure;
    private final String documentKind;
    private final Format alsoFormat;

    DisclosureType(String code, String sectionName, Format format, boolean disclosure, String documentKind) {
        this(code, sectionName, format, disclosure, documentKind, null);
    }

    DisclosureType(String code, String sectionName, Format format, boolean disclosure, String documentKind,
                   Format alsoFormat) {
        this.alsoFormat = alsoFormat;
        this.code = code;
        this.sectionName = sectionName;
        this.format = format;
        this.disclosure = disclosure;
        this.documentKind = documentKind == null ? GENERIC_DOCUMENT : documentKind;
    }

    /** The document type line of its printouts (Decree 30/2020) when the title does not name one. */
    public String documentKind() {
        return documentKind;
    }

    /** The value of {@code type} in content files, also the folder of the section's list page. */
    public String code() {
        return code;
    }

    public String sectionName() {
        return sectionName;
    }

    public Format format() {
        return format;
    }

    /** Whether a file of this type may be written in {@code f}: its own format, or the one it also accepts. */
    public boolean accepts(Format f) {
        return f == format || f == alsoFormat;
    }

    /** Whether it is an Art. 11 disclosure that must name its item ({@code muc_cong_khai}); plain pages are not. */
    public boolean isDisclosure() {
        return disclosure;
    }

    public static Optional<DisclosureType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static String allCodes() {
        return String.join(", ", Arrays.stream(values()).map(DisclosureType::code).toList());
    }
}
