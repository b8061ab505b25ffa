package vn.congkhai.validate;

import vn.congkhai.text.VietnameseText;

import java.util.List;

/**
 * What a column of a list of people holds, as its heading says (a table's {@code ten}, else the field's name): the
 * guard reads the values of an ID, contact or birth-date column more strictly than the rest, and a date column whose
 * heading names an event (a date of issue, of payment) holds no birth dates.
 */
enum ColumnRole {
    /** "Mã số", "Số định danh", "CCCD": any run of 9 digits or more is an ID number. */
    ID,
    /** "Liên hệ", "Zalo", "SĐT": any run of 8 digits or more is a phone number. */
    CONTACT,
    /** "NS", "Ngày sinh", "Năm sinh": any date or year is a birth date. */
    BIRTH,
    /** "Ngày cấp", "Ngày nộp", "Ngày nhận": a date of the commune's work. */
    EVENT,
    OTHER;

    private static final List<String> ID_WORDS = List.of("ma so", "ma dinh danh", "so dinh danh", "dinh danh", "cccd",
            "cmnd", "cmt", "can cuoc", "chung minh", "ho chieu");
    private static final List<String> CONTACT_WORDS = List.of("lien he", "zalo", "sdt", "so dt", "dien thoai",
            "di dong", "so dien thoai");
    private static final List<String> BIRTH_WORDS = List.of("ngay sinh", "nam sinh", "sinh ngay", "sinh nam",
            "ngay thang nam sinh", "thang nam sinh");
    /** Short headings that name a birth date only when they are the whole heading ("NS", not "Nguồn NS"). */
    private static final List<String> BIRTH_WHOLE = List.of("ns", "sn", "ngay sinh", "nam sinh");
    private static final List<String> EVENT_WORDS = List.of("cap", "nop", "nhan", "ky", "ban hanh", "chi", "tra",
            "tiep", "hop", "niem yet", "quyet dinh", "thuc hien", "hoan thanh", "bat dau", "ket thuc", "den", "tu",
            "het han", "hieu luc", "dang ky", "tra loi");

    static ColumnRole of(String heading) {
        String h = " " + VietnameseText.fold(heading).replace('_', ' ') + " ";
        if (BIRTH_WHOLE.contains(h.strip()) || has(h, BIRTH_WORDS)) {
            return BIRTH;
        }
        if (has(h, ID_WORDS)) {
            return ID;
        }
        if (has(h, CONTACT_WORDS)) {
            return CONTACT;
        }
        return has(h, EVENT_WORDS) ? EVENT : OTHER;
    }

    private static boolean has(String padded, List<String> words) {
        return words.stream().anyMatch(w -> padded.contains(" " + w + " "));
    }
}
