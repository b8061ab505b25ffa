package vn.congkhai.kind;

import vn.congkhai.model.PersonalFields;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.SheetLayout;

import java.util.List;

/** Spreadsheet columns of personal data (ID numbers, birth dates, phones…) that an import leaves out. */
public final class PersonalColumns {

    private static final List<String> HEADINGS = List.of("cccd", "cmnd", "ngay sinh", "nam sinh", "dan toc",
            "dien thoai", "so dien thoai", "so dinh danh");

    private PersonalColumns() {
    }

    /** Whether column {@code heading} holds personal data. */
    public static boolean isPersonal(String heading) {
        return !heading.isBlank() && PersonalFields.isForbidden(heading.replaceAll("(?i)^số\\s+", "so_")
                .replace(' ', '_')) || Headings.matches(heading, HEADINGS);
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
