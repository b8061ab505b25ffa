package vn.congkhai.sheet;

import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.Values;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Grid;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Any other list or table ({@code bang}) from a spreadsheet: every column, its kind inferred from its heading and
 * values (money, number, date, text), the totals row kept as declared totals.
 */
public final class SheetImport {

    public static final List<String> KNOWN = List.of("stt", "tt", "noi dung", "ho va ten", "ho ten", "xom", "so tien",
            "thanh tien", "ghi chu", "ngay", "so luong", "don vi", "ten", "muc", "gia");
    private static final List<String> MONEY_WORDS = List.of("tien", "dong", "vnd", "gia", "thanh tien", "kinh phi",
            "nguyen gia", "muc thu", "so tien");

    private SheetImport() {
    }

    public static ImportResult read(SheetLayout sheet) {
        List<String> rowProblems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        ArrayNode columns = JsonNodeFactory.instance.arrayNode();
        List<String> kinds = new ArrayList<>();
        List<String> columnCodes = new ArrayList<>();
        for (int c = 0; c < sheet.headings().size(); c++) {
            String heading = sheet.headings().get(c);
            if (heading.isBlank() || (c > 0 && heading.equals(sheet.headings().get(c - 1)))) {
                continue;
            }
            String code = Headings.code(heading);
            String unique = code;
            for (int n = 2; !codes.add(unique); n++) {
                unique = code + "_" + n;
            }
            String kind = kind(sheet, c, heading);
            columns.addObject().put("ma", unique).put("ten", heading).put("kieu", kind);
            used.add(c);
            kinds.add(kind);
            columnCodes.add(unique);
        }
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (Grid.Line line : sheet.data()) {
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < used.size(); i++) {
                String cell = line.cell(used.get(i));
                if (cell.isBlank()) {
                    continue;
                }
                switch (kinds.get(i)) {
                    case "so", "tien" -> {
                        BigDecimal n = Values.number(cell).orElse(null);
                        if (n == null) {
                            wrong.add("cột \"" + sheet.headings().get(used.get(i)) + "\" có \"" + cell + "\" không phải số");
                        } else {
                            row.put(columnCodes.get(i), n);
                        }
                    }
                    case "ngay" -> {
                        LocalDate d = Values.date(cell).orElse(null);
                        if (d == null) {
                            wrong.add("cột \"" + sheet.headings().get(used.get(i)) + "\" có \"" + cell + "\" không phải ngày");
                        } else {
                            row.put(columnCodes.get(i), d.toString());
                        }
                    }
                    default -> row.put(columnCodes.get(i), cell);
                }
            }
            if (wrong.isEmpty()) {
                rows.add(row);
            } else {
                rowProblems.add("Dòng " + line.number() + ": " + String.join("; ", wrong) + ".");
            }
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("cot", columns);
        data.set("dong", rows);
        if (!sheet.totals().isEmpty()) {
            ObjectNode totals = JsonNodeFactory.instance.objectNode();
            Grid.Line total = sheet.totals().get(0);
            for (int i = 0; i < used.size(); i++) {
                String code = columnCodes.get(i);
                if ((kinds.get(i).equals("so") || kinds.get(i).equals("tien")) && !code.equals("stt")) {
                    Values.number(total.cell(used.get(i))).ifPresent(n -> totals.put(code, n));
                }
            }
            if (!totals.isEmpty()) {
                data.set("tong", totals);
                notes.add("Dòng tổng cộng (dòng " + total.number() + ") được ghi làm tổng để kiểm tra lại khi tạo trang.");
            }
        }
        return new ImportResult(data, rows.size(), rowProblems, List.of(), notes);
    }

    /** Money if the heading says so or the values are written with thousands dots; number; date; else text. */
    private static String kind(SheetLayout sheet, int column, String heading) {
        List<String> values = sheet.data().stream().map(l -> l.cell(column)).filter(v -> !v.isBlank()).toList();
        if (values.isEmpty()) {
            return "text";
        }
        if (values.stream().allMatch(v -> Values.date(v).isPresent())) {
            return "ngay";
        }
        if (values.stream().allMatch(v -> Values.number(v).isPresent())) {
            boolean money = Headings.matches(heading, MONEY_WORDS)
                    || values.stream().anyMatch(v -> v.matches("\\d{1,3}(\\.\\d{3})+.*"));
            boolean whole = values.stream().allMatch(v -> Values.number(v).get().stripTrailingZeros().scale() <= 0);
            return money && whole ? "tien" : "so";
        }
        return "text";
    }
}
