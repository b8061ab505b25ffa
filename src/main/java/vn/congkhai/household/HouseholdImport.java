package vn.congkhai.household;

import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.Values;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Grid;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.model.PersonalFields;

import java.math.BigDecimal;
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
        int number = sheet.column(NUMBER);
        int head = sheet.column(HEAD);
        int hamlet = sheet.column(HAMLET);
        int category = sheet.column(CATEGORY);
        int members = sheet.column(MEMBERS);
        int note = sheet.column(NOTE);
        Map<Integer, String> markColumns = markColumns(sheet);
        String fromTitle = sheet.title() == null ? null : category(sheet.title().replaceAll("(?i)danh sách", ""));
        if (head < 0) {
            problems.add("Không thấy cột tên chủ hộ. Cách sửa: đặt tên cột là \"Họ và tên chủ hộ\".");
        }
        if (hamlet < 0) {
            problems.add("Không thấy cột xóm. Cách sửa: đặt tên cột là \"Xóm\".");
        }
        for (int c = 0; c < sheet.headings().size(); c++) {
            String h = sheet.headings().get(c);
            if (!h.isBlank() && PersonalFields.isForbidden(h.replaceAll("(?i)^số\\s+", "so_").replace(' ', '_'))
                    || Headings.matches(h, List.of("cccd", "cmnd", "ngay sinh", "nam sinh", "dan toc", "dien thoai",
                    "so dien thoai", "so dinh danh"))) {
                notes.add("Bỏ qua cột \"" + h + "\": dữ liệu cá nhân không được công khai.");
            }
        }
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        if (!problems.isEmpty()) {
            return ImportResult.unreadable(problems, notes);
        }
        int sequence = 0;
        for (Grid.Line line : sheet.data()) {
            sequence++;
            String name = line.cell(head);
            String where = "Dòng " + line.number();
            List<String> wrong = new ArrayList<>();
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            if (number >= 0) {
                BigDecimal stt = Values.number(line.cell(number)).orElse(null);
                if (stt == null || stt.signum() <= 0 || stt.scale() > 0) {
                    wrong.add("số thứ tự \"" + line.cell(number) + "\" không phải số");
                } else {
                    row.put("stt", stt.intValue());
                }
            } else {
                row.put("stt", sequence);
            }
            if (name.isBlank()) {
                wrong.add("thiếu tên chủ hộ");
            }
            row.put("chu_ho", name);
            if (line.cell(hamlet).isBlank()) {
                wrong.add("thiếu tên xóm");
            }
            row.put("xom", line.cell(hamlet));
            String code = category >= 0 ? category(line.cell(category)) : null;
            if (code == null) {
                for (Map.Entry<Integer, String> mark : markColumns.entrySet()) {
                    if (!line.cell(mark.getKey()).isBlank()) {
                        code = mark.getValue();
                    }
                }
            }
            if (code == null) {
                code = category < 0 && markColumns.isEmpty() ? fromTitle : null;
            }
            if (code == null) {
                wrong.add("không rõ phân loại" + (category >= 0 ? " \"" + line.cell(category) + "\"" : "")
                        + " (cần: hộ nghèo, hộ cận nghèo, hộ thoát nghèo hoặc hộ thoát cận nghèo)");
            } else {
                row.put("phan_loai", code);
            }
            if (members >= 0 && !line.cell(members).isBlank()) {
                BigDecimal n = Values.number(line.cell(members)).orElse(null);
                if (n == null || n.signum() <= 0 || n.scale() > 0) {
                    wrong.add("số nhân khẩu \"" + line.cell(members) + "\" không phải số");
                } else {
                    row.put("so_nhan_khau", n.intValue());
                }
            }
            if (note >= 0 && !line.cell(note).isBlank()) {
                row.put("ghi_chu", line.cell(note));
            }
            if (wrong.isEmpty()) {
                rows.add(row);
            } else {
                rowProblems.add(where + (name.isBlank() ? "" : " (" + name + ")") + ": " + String.join("; ", wrong) + ".");
            }
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("ho", rows);
        return new ImportResult(data, rows.size(), rowProblems, List.of(), notes);
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
