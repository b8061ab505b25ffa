package vn.congkhai.model;

import vn.congkhai.text.VietnameseText;

import java.util.Set;

/**
 * Names of fields and columns that ask for personal data a commune must never publish (ID and passport numbers,
 * phone numbers, birth dates, ethnicity, religion, tax, insurance and bank numbers), whatever their diacritics.
 */
public final class PersonalFields {

    /** Field names, without diacritics, lowercase, words joined by {@code _}. */
    private static final Set<String> FORBIDDEN = Set.of("cccd", "cmnd", "cmt", "can_cuoc", "can_cuoc_cong_dan",
            "so_cccd", "so_cmnd", "so_can_cuoc", "so_dinh_danh", "dinh_danh", "ma_dinh_danh", "so_dinh_danh_ca_nhan",
            "ho_chieu", "so_ho_chieu", "dien_thoai", "so_dien_thoai", "sdt", "so_dt", "dt", "di_dong", "ngay_sinh",
            "nam_sinh", "sinh_ngay", "ngay_thang_nam_sinh", "dan_toc", "ton_giao", "ma_so_thue", "so_bhxh",
            "so_bhyt", "ma_bhyt", "so_tai_khoan", "tai_khoan");

    private PersonalFields() {
    }

    /** Whether a field name asks for personal data that must never be published. */
    public static boolean isForbidden(String name) {
        return FORBIDDEN.contains(normalize(name));
    }

    /** A name as the list holds it: folded, spaces as {@code _}. */
    public static String normalize(String name) {
        return VietnameseText.fold(name).replace(' ', '_');
    }
}
