package vn.congkhai.household;

import vn.congkhai.kind.ListColumns;
import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.RowReading;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Grid;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A poor-household list ({@code ho-ngheo}) from a spreadsheet: STT, chủ hộ, xóm, phân loại, nhân khẩu, ghi chú. */
public final class HouseholdImport {

    private static final List<String> CATEGORY = List.of("phan loai", "loai ho", "dien", "xep loai");

    /** Category codes by folded label, longest first so that "cận nghèo" is not read as "nghèo". */
    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("thoat can ngheo", "thoat-can-ngheo");
        CATEGORIES.put("thoat ngheo", "thoat-ngheo");
        CATEGORIES.put("can ngheo", "can-ngheo");
        CATEGORIES.put("ngheo", "ngheo");
    }

    private HouseholdImport() {
    }

    public static ImportResult read(SheetLayout sheet) {
        ListColumns.Located at = HouseholdKind.COLUMNS.locate(sheet);
        Categories categories = Categories.of(sheet, at.column("phan_loai"));
        return HouseholdKind.COLUMNS.readSheet(sheet, at,
                (field, reading, row) -> putCategory(reading.line(), categories, row, reading));
    }

    /** The category column (-1 when there is none), the category columns marked with an x, the title's category. */
    private record Categories(int column, Map<Integer, String> marks, String fromTitle) {

        static Categories of(SheetLayout sheet, int column) {
            String title = sheet.title();
            String fromTitle = title == null ? null : HouseholdImport.category(title.replaceAll("(?i)danh sách", ""));
            return new Categories(column, markColumns(sheet), fromTitle);
        }
    }

    private static void putCategory(Grid.Line line, Categories columns, ObjectNode row, RowReading reading) {
        String code = categoryOf(line, columns);
        if (code == null) {
            int category = columns.column();
            reading.problem("không rõ phân loại" + (category >= 0 ? " \"" + line.cell(category) + "\"" : "")
                    + " (cần: hộ nghèo, hộ cận nghèo, hộ thoát nghèo hoặc hộ thoát cận nghèo)");
        } else {
            row.put("phan_loai", code);
        }
    }

    /** The category from the category column, else the last marked category column, else the sheet's title. */
    private static String categoryOf(Grid.Line line, Categories columns) {
        String code = columns.column() >= 0 ? category(line.cell(columns.column())) : null;
        if (code == null) {
            for (Map.Entry<Integer, String> mark : columns.marks().entrySet()) {
                if (!line.cell(mark.getKey()).isBlank()) {
                    code = mark.getValue();
                }
            }
        }
        if (code == null) {
            code = columns.column() < 0 && columns.marks().isEmpty() ? columns.fromTitle() : null;
        }
        return code;
    }

    /** Columns that are categories with a mark (x) in the row, e.g. "Hộ nghèo" | "Hộ cận nghèo". */
    private static Map<Integer, String> markColumns(SheetLayout sheet) {
        Map<Integer, String> marks = new LinkedHashMap<>();
        for (int c = 0; c < sheet.headings().size(); c++) {
            String h = Headings.fold(sheet.headings().get(c));
            if (Headings.matches(h, CATEGORY)) {
                h = h.replaceAll("^(phan loai|loai ho|dien|xep loai) ?", "");
            }
            if (!h.isEmpty() && h.matches("(ho )?(thoat )?(can )?ngheo")) {
                marks.put(c, category(h));
            }
        }
        return marks;
    }

    static String category(String text) {
        String f = Headings.fold(text);
        for (Map.Entry<String, String> c : CATEGORIES.entrySet()) {
            if (f.equals(c.getKey()) || f.equals("ho " + c.getKey()) || f.contains(c.getKey())) {
                return c.getValue();
            }
        }
        return null;
    }
}
