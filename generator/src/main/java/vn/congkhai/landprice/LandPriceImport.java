package vn.congkhai.landprice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.kind.ListColumns;
import vn.congkhai.spreadsheet.Grid;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A land price table ({@code gia-dat}) from a spreadsheet, in either shape provinces publish: one price per row
 * (Tuyến đường | Đoạn | Vị trí | Loại đất | Giá), or the positions side by side (Tuyến đường | Đoạn | VT1 | VT2 | VT3
 * | VT4), where the land type is a column or, failing one, the title's ("Bảng giá đất ở …").
 */
public final class LandPriceImport {

    private static final Pattern POSITION_COLUMN = Pattern.compile("(vi tri|vt) ?([1-4])");

    private LandPriceImport() {
    }

    public static ImportResult read(SheetLayout sheet) {
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ListColumns.Located columns = LandPriceKind.COLUMNS.locate(sheet);
        int road = columns.column("tuyen_duong");
        int segment = columns.column("doan");
        int landType = columns.column("loai_dat");
        Map<Integer, Integer> positions = positionColumns(sheet);
        int position = positions.isEmpty() ? columns.column("vi_tri") : -1;
        int price = positions.isEmpty() ? columns.column("gia_vnd_m2") : -1;
        String titleType = sheet.title() == null ? null : landTypeOf(sheet.title());
        if (road < 0) {
            problems.add("Không thấy cột tên đường. Cách sửa: đặt tên cột là \"Tuyến đường\" (hoặc \"Khu vực\").");
        }
        if (positions.isEmpty() && (position < 0 || price < 0)) {
            problems.add("Không thấy cột vị trí và cột giá. Cách sửa: đặt tên cột là \"Vị trí\" và \"Giá đất\", hoặc "
                    + "mỗi vị trí một cột \"VT1\", \"VT2\", \"VT3\", \"VT4\".");
        }
        if (landType < 0 && titleType == null) {
            problems.add("Không thấy cột loại đất. Cách sửa: thêm cột \"Loại đất\", hoặc ghi loại đất trong tiêu đề, "
                    + "ví dụ \"Bảng giá đất ở …\".");
        }
        if (!problems.isEmpty()) {
            return ImportResult.unreadable(problems, notes);
        }
        if (landType < 0) {
            notes.add("Loại đất lấy từ tiêu đề: \"" + titleType + "\".");
        }
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        List<String> rowProblems = new ArrayList<>();
        for (Grid.Line line : sheet.data()) {
            String name = line.cell(road).strip();
            String type = landType >= 0 ? line.cell(landType).strip() : titleType;
            if (name.isEmpty() || type.isEmpty()) {
                rowProblems.add("Dòng " + line.number() + ": thiếu " + (name.isEmpty() ? "tên đường" : "loại đất") + ".");
                continue;
            }
            Map<Integer, Integer> cells = positions.isEmpty() ? Map.of(price, -1) : positions;
            for (Map.Entry<Integer, Integer> cell : cells.entrySet()) {
                String text = line.cell(cell.getKey());
                if (!positions.isEmpty() && text.isBlank()) {
                    continue;
                }
                Integer at = cell.getValue() > 0 ? cell.getValue() : position(line.cell(position));
                Long amount = Values.whole(text).filter(v -> v >= 0).orElse(null);
                if (at == null || amount == null) {
                    rowProblems.add("Dòng " + line.number() + " (" + name + "): " + (at == null ? "vị trí \""
                            + line.cell(position) + "\" không phải số từ 1 đến 4" : "giá \"" + text
                            + "\" không phải số đồng") + ".");
                    continue;
                }
                ObjectNode row = rows.addObject();
                row.put("tuyen_duong", name);
                if (segment >= 0 && !line.cell(segment).isBlank()) {
                    row.put("doan", line.cell(segment).strip());
                }
                row.put("vi_tri", at);
                row.put("loai_dat", type);
                row.put("gia_vnd_m2", amount);
            }
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("dong", rows);
        return new ImportResult(data, rows.size(), rowProblems, List.of(), notes);
    }

    /** Columns VT1…VT4 (or "Vị trí 1"…), by column, with their position. */
    private static Map<Integer, Integer> positionColumns(SheetLayout sheet) {
        Map<Integer, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < sheet.headings().size(); c++) {
            Matcher m = POSITION_COLUMN.matcher(Headings.fold(sheet.headings().get(c)));
            if (m.find()) {
                columns.put(c, Integer.parseInt(m.group(2)));
            }
        }
        return columns;
    }

    /** "1", "VT1", "Vị trí 2" → the position; null for anything else. */
    static Integer position(String text) {
        Matcher m = Pattern.compile("^(?:(?:vi tri|vt) ?)?([1-4])$").matcher(Headings.fold(text));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The land type a title names ("Bảng giá đất ở tại nông thôn" → "Đất ở tại nông thôn"), or null. */
    static String landTypeOf(String title) {
        Matcher m = Pattern.compile("(?iu)(?<!\\p{L})(đất\\s+(?!đai).+)$").matcher(title.strip());
        if (!m.find()) {
            return null;
        }
        String type = m.group(1).replaceAll("(?iu)\\s+(năm|trên địa bàn|của xã|xã)\\b.*$", "").strip();
        if (!type.contains(" ")) {
            return null;
        }
        return type.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + type.substring(1);
    }
}
