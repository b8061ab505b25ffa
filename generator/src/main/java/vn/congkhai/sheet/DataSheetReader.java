package vn.congkhai.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.text.IsoDate;
import vn.congkhai.content.Checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a schema-valid {@code bang} file and checks what the schema cannot: column codes unique, every row value in
 * a declared column and of the column's kind, {@code stt} unique when there is such a column, and the declared
 * totals ({@code tong}) equal to the column sums.
 */
public final class DataSheetReader {

    private DataSheetReader() {
    }

    public static DataSheet read(Checks checks) {
        JsonNode root = checks.doc().metadata();
        Map<String, Column> columns = new LinkedHashMap<>();
        JsonNode cot = root.path("cot");
        for (int i = 0; i < cot.size(); i++) {
            Column c = new Column(cot.get(i).path("ma").asText(), cot.get(i).path("ten").asText(),
                    ColumnKind.ofCode(cot.get(i).path("kieu").asText()));
            if (columns.putIfAbsent(c.code(), c) != null) {
                checks.add("/cot/" + i + "/ma", "cot[" + i + "].ma", "mã cột \"" + c.code() + "\" bị trùng. "
                        + "Cách sửa: mỗi cột một mã riêng.");
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Integer> stt = new HashMap<>();
        JsonNode dong = root.path("dong");
        for (int i = 0; i < dong.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> cells = dong.get(i).fields();
            while (cells.hasNext()) {
                Map.Entry<String, JsonNode> cell = cells.next();
                String pointer = "/dong/" + i + "/" + cell.getKey();
                String field = "dong[" + i + "]." + cell.getKey();
                Column column = columns.get(cell.getKey());
                if (column == null) {
                    checks.add(pointer, field, "cột \"" + cell.getKey() + "\" không có trong danh sách cột (cot). "
                            + "Cách sửa: sửa tên cho đúng một trong " + String.join(", ", columns.keySet())
                            + ", hoặc khai báo cột này trong cot.");
                    continue;
                }
                Object value = value(checks, column, cell.getValue(), pointer, field);
                if (value != null) {
                    row.put(column.code(), value);
                }
            }
            if (row.get("stt") != null) {
                Integer first = stt.putIfAbsent(row.get("stt").toString(), i);
                if (first != null) {
                    checks.add("/dong/" + i + "/stt", "dong[" + i + "].stt", "số thứ tự " + row.get("stt")
                            + " bị trùng với " + checks.shown("dong[" + first + "]") + ". Cách sửa: mỗi dòng một số thứ tự.");
                }
            }
            rows.add(row);
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        if (checks.failed()) {
            return null; // totals of rows with mistakes would only repeat them
        }
        Iterator<Map.Entry<String, JsonNode>> declared = root.path("tong").fields();
        while (declared.hasNext()) {
            Map.Entry<String, JsonNode> t = declared.next();
            Column column = columns.get(t.getKey());
            String pointer = "/tong/" + t.getKey();
            if (column == null || !column.isNumeric() || !t.getValue().isNumber()) {
                checks.add(pointer, "tong." + t.getKey(), "tổng chỉ ghi cho cột số hoặc cột tiền đã khai báo trong cot. "
                        + "Cách sửa: dùng mã của một cột kiểu \"so\" hoặc \"tien\" và ghi một số.");
                continue;
            }
            BigDecimal sum = rows.stream().map(r -> (BigDecimal) r.getOrDefault(column.code(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal stated = t.getValue().decimalValue();
            if (stated.compareTo(sum) != 0) {
                checks.add(pointer, "tong." + t.getKey(), "tổng cột \"" + column.heading() + "\" ghi "
                        + stated.toPlainString() + " nhưng cộng các dòng được " + sum.toPlainString()
                        + ". Cách sửa: sửa tổng hoặc kiểm tra lại các dòng.");
            }
            totals.put(column.code(), stated);
        }
        if (checks.failed()) {
            return null;
        }
        return new DataSheet(List.copyOf(columns.values()), rows, totals);
    }

    private static Object value(Checks checks, Column column, JsonNode value, String pointer, String field) {
        if (value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        switch (column.kind()) {
            case NUMBER, MONEY -> {
                if (!value.isNumber() || (column.kind() == ColumnKind.MONEY && !value.canConvertToLong())) {
                    checks.add(pointer, field, "cột \"" + column.heading() + "\" là cột " + (column.kind() == ColumnKind.MONEY
                            ? "tiền (số đồng, số nguyên)" : "số") + " nhưng giá trị là " + value + ". Cách sửa: viết số "
                            + "liền, không dấu nháy, không dấu chấm ngăn cách, ví dụ 1250000.");
                    return null;
                }
                return value.decimalValue();
            }
            case DATE -> {
                var date = IsoDate.parse(value.isTextual() ? value.asText() : null);
                if (date.isEmpty()) {
                    checks.add(pointer, field, "cột \"" + column.heading() + "\" là cột ngày nhưng giá trị là " + value
                            + ". Cách sửa: viết ngày dạng năm-tháng-ngày trong dấu nháy, ví dụ \"2024-03-25\".");
                    return null;
                }
                return date.get();
            }
            default -> {
                return value.asText();
            }
        }
    }
}
