package vn.congkhai.household;

import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.RowReading;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Grid;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A poor-household list ({@code ho-ngheo}) from a spreadsheet: STT, chủ hộ, xóm, phân loại, nhân khẩu, ghi chú. */
public final class HouseholdImport {

    static final List<String> NUMBER = List.of("stt", "so tt", "tt", "so thu tu");
    static final List<String> HEAD = List.of("chu ho", "ho va ten chu ho", "ho ten chu ho", "ten chu ho", "ho va ten",
            "ho ten");
    static final List<String> HAMLET = List.of("xom", "thon", "thon xom", "xom thon", "ban", "to dan pho");
    static final List<String> CATEGORY = List.of("phan loai", "loai ho", "dien", "xep loai");
    static final List<String> MEMBERS = List.of("so nhan khau", "nhan khau", "so khau", "so nguoi");
    static final List<String> NOTE = List.of("ghi chu");
    public static final List<String> KNOWN = List.of("stt", "tt", "chu ho", "ho va ten chu ho", "ho ten chu ho", "xom",
            "thon", "phan loai", "nhan khau", "so nhan khau", "ghi chu", "ho ngheo", "ho can ngheo");

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
        List<String> problems = new ArrayList<>();
        List<String> rowProblems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Columns columns = Columns.locate(sheet);
        if (columns.head() < 0) {
            problems.add("Không thấy cột tên chủ hộ. Cách sửa: đặt tên cột là \"Họ và tên chủ hộ\".");
        }
        if (columns.hamlet() < 0) {
            problems.add("Không thấy cột xóm. Cách sửa: đặt tên cột là \"Xóm\".");
        }
        vn.congkhai.kind.PersonalColumns.note(sheet, notes);
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        if (!problems.isEmpty()) {
            return ImportResult.unreadable(problems, notes);
        }
        int sequence = 0;
        for (Grid.Line line : sheet.data()) {
            sequence++;
            readRow(line, sequence, columns, rows, rowProblems);
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("ho", rows);
        return new ImportResult(data, rows.size(), rowProblems, List.of(), notes);
    }

    /**
     * The columns of a household list (-1 for one that is not there), the category columns marked with an x, and
     * the category named in the sheet's title.
     */
    private record Columns(int number, int head, int hamlet, int category, int members, int note,
                           Map<Integer, String> marks, String fromTitle) {

        static Columns locate(SheetLayout sheet) {
            String title = sheet.title();
            String fromTitle = title == null ? null : HouseholdImport.category(title.replaceAll("(?i)danh sách", ""));
            return new Columns(sheet.column(NUMBER), sheet.column(HEAD), sheet.column(HAMLET), sheet.column(CATEGORY),
                    sheet.column(MEMBERS), sheet.column(NOTE), markColumns(sheet), fromTitle);
        }
    }

    /** Reads one household into the rows, or notes what is wrong with it. */
    private static void readRow(Grid.Line line, int sequence, Columns columns, ArrayNode rows,
                                List<String> rowProblems) {
        RowReading reading = new RowReading(line);
        String name = line.cell(columns.head());
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        Integer stt = columns.number() < 0 ? Integer.valueOf(sequence) : reading.count(columns.number(), "số thứ tự");
        if (stt != null) {
            row.put("stt", stt);
        }
        if (name.isBlank()) {
            reading.problem("thiếu tên chủ hộ");
        }
        row.put("chu_ho", name);
        if (line.cell(columns.hamlet()).isBlank()) {
            reading.problem("thiếu tên xóm");
        }
        row.put("xom", line.cell(columns.hamlet()));
        putCategory(line, columns, row, reading);
        if (columns.members() >= 0 && !line.cell(columns.members()).isBlank()) {
            Integer members = reading.count(columns.members(), "số nhân khẩu");
            if (members != null) {
                row.put("so_nhan_khau", members);
            }
        }
        if (columns.note() >= 0 && !line.cell(columns.note()).isBlank()) {
            row.put("ghi_chu", line.cell(columns.note()));
        }
        if (reading.isRead()) {
            rows.add(row);
        } else {
            rowProblems.add(reading.report(name));
        }
    }

    private static void putCategory(Grid.Line line, Columns columns, ObjectNode row, RowReading reading) {
        String code = categoryOf(line, columns);
        if (code == null) {
            int category = columns.category();
            reading.problem("không rõ phân loại" + (category >= 0 ? " \"" + line.cell(category) + "\"" : "")
                    + " (cần: hộ nghèo, hộ cận nghèo, hộ thoát nghèo hoặc hộ thoát cận nghèo)");
        } else {
            row.put("phan_loai", code);
        }
    }

    /** The category from the category column, else the last marked category column, else the sheet's title. */
    private static String categoryOf(Grid.Line line, Columns columns) {
        String code = columns.category() >= 0 ? category(line.cell(columns.category())) : null;
        if (code == null) {
            for (Map.Entry<Integer, String> mark : columns.marks().entrySet()) {
                if (!line.cell(mark.getKey()).isBlank()) {
                    code = mark.getValue();
                }
            }
        }
        if (code == null) {
            code = columns.category() < 0 && columns.marks().isEmpty() ? columns.fromTitle() : null;
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
