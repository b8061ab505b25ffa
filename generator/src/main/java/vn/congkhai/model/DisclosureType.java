package vn.congkhai.model;

import vn.congkhai.content.Format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The sections of the site, one per {@code type} of the content contract, with the name citizens see in the
 * navigation and the format officers write it in. A record rather than an enum so that a test can add a type of its
 * own for the length of a scope ({@link #add}), and so measure what a new type takes; a value, so that a page
 * showing it is fingerprinted like any other model.
 *
 * @param code         the value of {@code type} in content files, also the folder of the section's list page
 * @param documentKind the document type line of its printouts (Decree 30/2020) when the title does not name one
 * @param alsoFormat   a second format a file of this type may be written in, or null
 */
public record DisclosureType(String code, String sectionName, Format format, boolean disclosure, String documentKind,
                             Format alsoFormat) {
    public static final DisclosureType THONG_BAO = new DisclosureType("thong-bao", "Thông báo", Format.MARKDOWN, true,
            "THÔNG BÁO");
    public static final DisclosureType CHINH_SACH = new DisclosureType("chinh-sach", "Chính sách, chế độ",
            Format.MARKDOWN, true, null);
    public static final DisclosureType HO_NGHEO = new DisclosureType("ho-ngheo", "Hộ nghèo, cận nghèo", Format.JSON,
            true, "DANH SÁCH");
    public static final DisclosureType THU_TUC = new DisclosureType("thu-tuc", "Thủ tục hành chính", Format.JSON, true,
            "THỦ TỤC HÀNH CHÍNH");
    public static final DisclosureType NGAN_SACH = new DisclosureType("ngan-sach", "Ngân sách xã", Format.JSON, true,
            "BIỂU CÔNG KHAI NGÂN SÁCH");
    public static final DisclosureType KE_HOACH = new DisclosureType("ke-hoach", "Kế hoạch", Format.JSON, true,
            "KẾ HOẠCH");
    public static final DisclosureType BANG = new DisclosureType("bang", "Danh sách, bảng công khai", Format.JSON, true,
            null);
    public static final DisclosureType LICH_TIEP_DAN = new DisclosureType("lich-tiep-dan", "Lịch tiếp công dân",
            Format.JSON, true, "LỊCH TIẾP CÔNG DÂN");
    /** A consultation: JSON, or Markdown with its fields in the header and the draft as the body. */
    public static final DisclosureType LAY_Y_KIEN = new DisclosureType("lay-y-kien", "Lấy ý kiến Nhân dân",
            Format.JSON, true, "THÔNG BÁO", Format.MARKDOWN);
    public static final DisclosureType TRA_LOI = new DisclosureType("tra-loi", "Trả lời, giải trình", Format.JSON, true,
            "THÔNG BÁO");
    public static final DisclosureType GIA_DAT = new DisclosureType("gia-dat", "Bảng giá đất", Format.JSON, true,
            "BẢNG GIÁ ĐẤT");
    public static final DisclosureType BOI_THUONG = new DisclosureType("boi-thuong", "Bồi thường, hỗ trợ, tái định cư",
            Format.JSON, true, "PHƯƠNG ÁN");
    public static final DisclosureType THANH_TRA = new DisclosureType("thanh-tra", "Thanh tra, kiểm tra",
            Format.MARKDOWN, true, "KẾT LUẬN");
    /** The commune's organisation and contacts (Decree 42/2022), not an Art. 11 item: it needs no muc_cong_khai. */
    public static final DisclosureType CO_CAU_TO_CHUC = new DisclosureType("co-cau-to-chuc", "Cơ cấu tổ chức, liên hệ",
            Format.JSON, false, null);
    public static final DisclosureType TRANG = new DisclosureType("trang", "Thông tin chung", Format.MARKDOWN, false,
            null);

    /** The built-in types, in the order of the site's navigation. */
    private static final List<DisclosureType> BUILT_IN = List.of(THONG_BAO, CHINH_SACH, HO_NGHEO, THU_TUC, NGAN_SACH,
            KE_HOACH, BANG, LICH_TIEP_DAN, LAY_Y_KIEN, TRA_LOI, GIA_DAT, BOI_THUONG, THANH_TRA, CO_CAU_TO_CHUC, TRANG);
    /** Types added after the built-in ones while their scope is open: only a test adds one. */
    private static final List<DisclosureType> ADDED = new CopyOnWriteArrayList<>();

    /** The document type line of a printout when neither the title nor the type names one. */
    public static final String GENERIC_DOCUMENT = "THÔNG TIN CÔNG KHAI";

    /** A type of its own; it is one of {@link #values()} only while {@link #add added}. */
    public DisclosureType(String code, String sectionName, Format format, boolean disclosure, String documentKind) {
        this(code, sectionName, format, disclosure, documentKind, null);
    }

    public DisclosureType {
        documentKind = documentKind == null ? GENERIC_DOCUMENT : documentKind;
    }

    /** The built-in types, then any added one, in the order of the site's navigation. */
    public static DisclosureType[] values() {
        return Stream.concat(BUILT_IN.stream(), ADDED.stream()).toArray(DisclosureType[]::new);
    }

    /** Makes {@code type} one of {@link #values()} until the scope returned is closed. */
    public static Scope add(DisclosureType type) {
        if (ofCode(type.code).isPresent()) {
            throw new IllegalArgumentException("a type " + type.code + " exists already");
        }
        ADDED.add(type);
        return () -> ADDED.remove(type);
    }

    /** The time a type is added for; closing it removes the type. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
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

    @Override
    public String toString() {
        return code;
    }
}
