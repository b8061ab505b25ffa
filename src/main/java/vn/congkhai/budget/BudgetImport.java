package vn.congkhai.budget;

import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.Values;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Grid;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget table ({@code ngan-sach}) from a spreadsheet: code, content, estimate and actual columns; lines nested by
 * their codes (I, II → 1, 2 → 1.1, a); the part headed "THU" is revenue, "CHI" expenditure; "Tổng thu" and
 * "Tổng chi" rows become the declared totals.
 */
public final class BudgetImport {

    static final List<String> CODE = List.of("ma", "stt", "tt", "ma so", "so tt");
    static final List<String> TEXT = List.of("noi dung", "chi tieu", "noi dung thu chi", "khoan muc");
    static final List<String> ESTIMATE = List.of("du toan", "du toan nam", "du toan duoc giao", "ke hoach");
    static final List<String> ACTUAL = List.of("thuc hien", "uoc thuc hien", "quyet toan");
    public static final List<String> KNOWN = List.of("stt", "tt", "ma", "noi dung", "chi tieu", "du toan", "thuc hien",
            "uoc thuc hien", "quyet toan", "so sanh", "ty le");

    private BudgetImport() {
    }

    public static ImportResult read(SheetLayout sheet) {
        List<String> problems = new ArrayList<>();
        List<String> rowProblems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int code = sheet.column(CODE);
        int text = sheet.column(TEXT);
        int estimate = sheet.column(ESTIMATE);
        int actual = sheet.column(ACTUAL);
        if (text < 0 || estimate < 0) {
            problems.add("Không thấy cột \"Nội dung\" hoặc cột \"Dự toán\". Cách sửa: đặt đúng tên các cột.");
            return ImportResult.unreadable(problems, notes);
        }
        ArrayNode revenue = JsonNodeFactory.instance.arrayNode();
        ArrayNode expenditure = JsonNodeFactory.instance.arrayNode();
        ObjectNode totalRevenue = null;
        ObjectNode totalExpenditure = null;
        ArrayNode part = null;
        List<ObjectNode> open = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        int lines = 0;
        List<Grid.Line> all = new ArrayList<>(sheet.data());
        all.addAll(sheet.totals());
        all.sort((a, b) -> Integer.compare(a.number(), b.number()));
        for (Grid.Line line : all) {
            String content = line.cell(text);
            String folded = Headings.fold(content);
            String c = code >= 0 ? line.cell(code).strip() : "";
            boolean hasEstimate = !line.cell(estimate).isBlank();
            if (folded.startsWith("tong thu") || folded.startsWith("tong chi")) {
                ObjectNode total = amounts(line, estimate, actual, rowProblems);
                if (folded.startsWith("tong thu")) {
                    totalRevenue = total;
                } else {
                    totalExpenditure = total;
                }
                continue;
            }
            if (!hasEstimate && (folded.matches("^(phan )?([ab] )?thu( ngan sach.*)?$") || folded.startsWith("thu ngan sach xa")
                    && !hasEstimate)) {
                part = revenue;
                open.clear();
                levels.clear();
                continue;
            }
            if (!hasEstimate && (folded.matches("^(phan )?([ab] )?chi( ngan sach.*)?$") || folded.startsWith("chi ngan sach xa"))) {
                part = expenditure;
                open.clear();
                levels.clear();
                continue;
            }
            if (part == null) {
                rowProblems.add("Dòng " + line.number() + " (" + content + "): chưa biết thuộc phần thu hay chi. Cách sửa: "
                        + "thêm một dòng tiêu đề \"THU NGÂN SÁCH\" hoặc \"CHI NGÂN SÁCH\" phía trên.");
                continue;
            }
            if (content.isBlank()) {
                rowProblems.add("Dòng " + line.number() + ": thiếu nội dung.");
                continue;
            }
            ObjectNode row = amounts(line, estimate, actual, rowProblems);
            if (row == null) {
                continue;
            }
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            if (!c.isEmpty()) {
                item.put("ma", c);
            }
            item.put("noi_dung", content);
            item.setAll(row);
            int level = level(c);
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                open.remove(open.size() - 1);
            }
            if (open.isEmpty()) {
                part.add(item);
            } else {
                ObjectNode parent = open.get(open.size() - 1);
                (parent.has("dong") ? (ArrayNode) parent.get("dong") : parent.putArray("dong")).add(item);
            }
            open.add(item);
            levels.add(level);
            lines++;
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        if (!revenue.isEmpty()) {
            data.set("thu", revenue);
        }
        if (!expenditure.isEmpty()) {
            data.set("chi", expenditure);
        }
        if (totalRevenue != null && !revenue.isEmpty()) {
            data.set("tong_thu", totalRevenue);
        }
        if (totalExpenditure != null && !expenditure.isEmpty()) {
            data.set("tong_chi", totalExpenditure);
        }
        return new ImportResult(data, lines, rowProblems, List.of(), notes);
    }

    private static ObjectNode amounts(Grid.Line line, int estimate, int actual, List<String> rowProblems) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        BigDecimal e = Values.number(line.cell(estimate)).orElse(null);
        if (e == null || e.stripTrailingZeros().scale() > 0) {
            rowProblems.add("Dòng " + line.number() + ": dự toán \"" + line.cell(estimate) + "\" không phải số đồng.");
            return null;
        }
        row.put("du_toan", e.longValueExact());
        if (actual >= 0 && !line.cell(actual).isBlank()) {
            BigDecimal a = Values.number(line.cell(actual)).orElse(null);
            if (a == null || a.stripTrailingZeros().scale() > 0) {
                rowProblems.add("Dòng " + line.number() + ": thực hiện \"" + line.cell(actual) + "\" không phải số đồng.");
                return null;
            }
            row.put("thuc_hien", a.longValueExact());
        }
        return row;
    }

    /** Nesting level of a line code: I, II (1); 1, 2 (2); 1.1 (3); a, b (4); none (5, a leaf). */
    static int level(String code) {
        String c = code.replaceAll("[.)]$", "");
        if (c.matches("(?i)[IVXL]+")) {
            return 1;
        }
        if (c.matches("\\d+")) {
            return 2;
        }
        if (c.matches("\\d+(\\.\\d+)+")) {
            return 1 + c.split("\\.").length;
        }
        if (c.matches("[a-zđ]")) {
            return 4;
        }
        return 5;
    }
}
