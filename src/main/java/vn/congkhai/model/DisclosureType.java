package vn.congkhai.model;

import vn.congkhai.content.Format;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of the site, one per {@code type} of the content contract, with the name citizens see in the
 * navigation and the format officers write it in.
 */
public enum DisclosureType {
    THONG_BAO("thong-bao", "Thông báo", Format.MARKDOWN, true),
    CHINH_SACH("chinh-sach", "Chính sách, chế độ", Format.MARKDOWN, true),
    HO_NGHEO("ho-ngheo", "Hộ nghèo, cận nghèo", Format.JSON, true),
    THU_TUC("thu-tuc", "Thủ tục hành chính", Format.JSON, true),
    NGAN_SACH("ngan-sach", "Ngân sách xã", Format.JSON, true),
    KE_HOACH("ke-hoach", "Kế hoạch", Format.JSON, true),
    BANG("bang", "Danh sách, bảng công khai", Format.JSON, true),
    LICH_TIEP_DAN("lich-tiep-dan", "Lịch tiếp công dân", Format.JSON, true),
    THANH_TRA("thanh-tra", "Thanh tra, kiểm tra", Format.MARKDOWN, true),
    TRANG("trang", "Thông tin chung", Format.MARKDOWN, false);

    private final String code;
    private final String sectionName;
    private final Format format;
    private final boolean disclosure;

    DisclosureType(String code, String sectionName, Format format, boolean disclosure) {
        this.code = code;
        this.sectionName = sectionName;
        this.format = format;
        this.disclosure = disclosure;
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
