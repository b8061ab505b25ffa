package vn.congkhai.kind;

import vn.congkhai.model.PersonalFields;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.SheetLayout;

import java.util.List;

/** Spreadsheet columns of personal data (ID numbers, birth dates, phones…) that an import leaves out. */
public final class PersonalColumns {

    private static final List<String> HEADINGS = List.of("cccd", "cmnd", "ngay sinh", "nam sinh", "dan toc",
            "dien thoai", "so dien thoai", "so dinh danh", "ma dinh danh", "can cuoc", "sinh ngay",
            "ngay thang nam sinh", "sdt", "zalo");
    /** Short headings that name personal data only when they are the whole heading ("NS", not "Nguồn NS"). */
    private static final List<String> WHOLE_HEADINGS = List.of("ns", "sn", "so dt");

    private PersonalColumns() {
    }

    /** Whether column {@code heading} holds personal data. */
    public static boolean isPersonal(String heading) {
        return !heading.isBlank() && PersonalFields.isForbidden(heading.replaceAll("(?i)^số\\s+", "so_")
                .replace(' ', '_')) || Headings.matches(heading, HEADINGS)
                || WHOLE_HEADINGS.contains(Headings.fold(heading));
    }

    /** Adds a note for each column of personal data of {@code sheet}, which the import leaves out. */
    public static void note(SheetLayout sheet, List<String> notes) {
        for (String h : sheet.headings()) {
            if (isPersonal(h)) {
                notes.add("Bỏ qua cột \"" + h + "\": dữ liệu cá nhân không được công khai.");
            }
        }
    }
}
