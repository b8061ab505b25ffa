package vn.congkhai.sheet;

import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.Values;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Grid;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import vn.congkhai.kind.PersonalColumns;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Any other list or table ({@code bang}) from a spreadsheet: every column, its kind inferred from its heading and
 * values (money, number, date, text), the totals row kept as declared totals.
 */
public final class SheetImport {

    private static final List<String> MONEY_WORDS = List.of("tien", "dong", "vnd", "gia", "thanh tien", "kinh phi",
            "nguyen gia", "muc thu", "so tien");
    /** Headings of identifiers and codes, kept as written (a number would lose its leading zero). */
    private static final List<String> CODE_WORDS = List.of("ma", "ma so", "so hieu", "ky hieu", "lien he", "so the",
            "so hop dong", "so giay", "so so", "to ban do", "so thua", "so to", "so nha", "so hieu van ban");
    private static final List<String> DATE_WORDS = List.of("ngay", "thoi gian", "thoi han", "han");

    private SheetImport() {
    }

    public static ImportResult read(SheetLayout sheet) {
        List<String> rowProblems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        PersonalColumns.note(sheet, notes);
        List<Column> columns = columns(sheet);
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (Grid.Line line : sheet.data()) {
            readRow(line, columns, rows, rowProblems);
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("cot", describe(columns));
        data.set("dong", rows);
        if (!sheet.totals().isEmpty()) {
            addTotals(sheet.totals().get(0), columns, data, notes);
        }
        return new ImportResult(data, rows.size(), rowProblems, List.of(), notes);
    }

    /** A column that is read: its place in the sheet, its heading, its unique code and its kind. */
    private record Column(int index, String heading, String code, String kind) {

        boolean isNumeric() {
            return kind.equals("so") || kind.equals("tien");
        }
    }

    /**
     * Every column with a heading, except one repeating the heading before it (a merged cell) and a column of
     * personal data ({@link PersonalColumns}), codes made unique.
     */
    private static List<Column> columns(SheetLayout sheet) {
        List<Column> columns = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int c = 0; c < sheet.headings().size(); c++) {
            String heading = sheet.headings().get(c);
            if (heading.isBlank() || (c > 0 && heading.equals(sheet.headings().get(c - 1)))
                    || PersonalColumns.isPersonal(heading)) {
                continue;
            }
            String code = Headings.code(heading);
            String unique = code;
            for (int n = 2; !codes.add(unique); n++) {
                unique = code + "_" + n;
            }
            columns.add(new Column(c, heading, unique, kind(sheet, c, heading)));
        }
        return columns;
    }

    private static ArrayNode describe(List<Column> columns) {
        ArrayNode described = JsonNodeFactory.instance.arrayNode();
        for (Column column : columns) {
            described.addObject().put("ma", column.code()).put("ten", column.heading()).put("kieu", column.kind());
        }
        return described;
    }

    /** Reads one line into the rows, or notes the cells that do not fit their column's kind. */
    private static void readRow(Grid.Line line, List<Column> columns, ArrayNode rows, List<String> rowProblems) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        List<String> wrong = new ArrayList<>();
        for (Column column : columns) {
            String cell = line.cell(column.index());
            if (!cell.isBlank()) {
                readCell(column, cell, row, wrong);
            }
        }
        if (wrong.isEmpty()) {
            rows.add(row);
        } else {
            rowProblems.add("Dòng " + line.number() + ": " + String.join("; ", wrong) + ".");
        }
    }

    private static void readCell(Column column, String cell, ObjectNode row, List<String> wrong) {
        switch (column.kind()) {
            case "so", "tien" -> {
                JsonNode n = number(column, cell).orElse(null);
                if (n == null) {
                    wrong.add("cột \"" + column.heading() + "\" có \"" + cell + "\" không phải số");
                } else {
                    row.set(column.code(), n);
                }
            }
            case "ngay" -> {
                LocalDate d = Values.dateCell(cell).orElse(null);
                if (d == null) {
                    wrong.add("cột \"" + column.heading() + "\" có \"" + cell + "\" không phải ngày (cần dạng ngày/tháng/năm, "
                            + "ví dụ 07/03/2025)");
                } else {
                    row.put(column.code(), d.toString());
                }
            }
            default -> row.put(column.code(), cell);
        }
    }

    /** A money column holds whole đồng, read as every type reads amounts ("1.000.000,0" is 1000000). */
    private static Optional<JsonNode> number(Column column, String cell) {
        return column.kind().equals("tien")
                ? Values.whole(cell).map(n -> (JsonNode) JsonNodeFactory.instance.numberNode(n))
                : Values.number(cell).map(n -> (JsonNode) JsonNodeFactory.instance.numberNode(n));
    }

    /** The numbers of the totals line (except the STT column) as declared totals, if there are any. */
    private static void addTotals(Grid.Line total, List<Column> columns, ObjectNode data, List<String> notes) {
        ObjectNode totals = JsonNodeFactory.instance.objectNode();
        for (Column column : columns) {
            if (column.isNumeric() && !column.code().equals("stt")) {
                number(column, total.cell(column.index())).ifPresent(n -> totals.set(column.code(), n));
            }
        }
        if (!totals.isEmpty()) {
            data.set("tong", totals);
            notes.add("Dòng tổng cộng (dòng " + total.number() + ") được ghi làm tổng để kiểm tra lại khi tạo trang.");
        }
    }

    /**
     * Text for identifiers and codes (by heading, or a value with a leading zero: 0912345678); a date when every
     * value is one, or the heading says so and most values are, Excel's day counts included (the others are then
     * reported by row); money if the
     * heading says so or the values are written with thousands dots; number; else text.
     */
    private static String kind(SheetLayout sheet, int column, String heading) {
        List<String> values = sheet.data().stream().map(l -> l.cell(column)).filter(v -> !v.isBlank()).toList();
        if (values.isEmpty() || Headings.matches(heading, CODE_WORDS)
                || values.stream().anyMatch(v -> v.length() > 1 && v.matches("0\\d+"))) {
            return "text";
        }
        long dates = values.stream().filter(v -> Values.date(v).isPresent()).count();
        long dayCounts = values.stream().filter(v -> Values.dateCell(v).isPresent()).count();
        if (dates == values.size() || (Headings.matches(heading, DATE_WORDS) && dayCounts * 2 > values.size())) {
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
