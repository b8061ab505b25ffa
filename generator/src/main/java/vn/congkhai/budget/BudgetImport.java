package vn.congkhai.budget;

import vn.congkhai.kind.ListColumns;
import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.Values;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Grid;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A budget table ({@code ngan-sach}) from a spreadsheet: code, content, estimate and actual columns; lines nested by
 * their codes (I, II → 1, 2 → 1.1, a); the part headed "THU" is revenue, "CHI" expenditure; "Tổng thu" and
 * "Tổng chi" rows become the declared totals.
 */
public final class BudgetImport {

    private BudgetImport() {
    }

    public static ImportResult read(SheetLayout sheet) {
        List<String> notes = new ArrayList<>();
        ListColumns.Located at = BudgetKind.COLUMNS.locate(sheet);
        Columns columns = new Columns(at.column("ma"), at.column("noi_dung"), at.column("du_toan"),
                at.column("thuc_hien"));
        if (columns.text() < 0 || columns.estimate() < 0) {
            List<String> problems = new ArrayList<>();
            problems.add("Không thấy cột \"Nội dung\" hoặc cột \"Dự toán\". Cách sửa: đặt đúng tên các cột.");
            return ImportResult.unreadable(problems, notes);
        }
        Reading reading = new Reading();
        for (Grid.Line line : linesInOrder(sheet)) {
            readLine(line, columns, reading);
        }
        return new ImportResult(assemble(reading), reading.lines, reading.rowProblems, List.of(), notes);
    }

    /** The columns of a budget table; -1 for a column that is not there. */
    private record Columns(int code, int text, int estimate, int actual) {
    }

    /** What has been read so far: both parts, their declared totals, and the chain of open lines to nest under. */
    private static final class Reading {
        final ArrayNode revenue = JsonNodeFactory.instance.arrayNode();
        final ArrayNode expenditure = JsonNodeFactory.instance.arrayNode();
        final List<String> rowProblems = new ArrayList<>();
        final List<ObjectNode> open = new ArrayList<>();
        final List<Integer> levels = new ArrayList<>();
        ObjectNode totalRevenue;
        ObjectNode totalExpenditure;
        ArrayNode part;
        int lines;

        /** Starts the part that the following lines belong to, with nothing open yet. */
        void startPart(ArrayNode newPart) {
            part = newPart;
            open.clear();
            levels.clear();
        }

        /** Adds an item under the nearest open line of a higher level, or at the top of the current part. */
        void nest(ObjectNode item, int level) {
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
    }

    /** The data lines and the totals lines together, in the order they stand in the sheet. */
    private static List<Grid.Line> linesInOrder(SheetLayout sheet) {
        List<Grid.Line> all = new ArrayList<>(sheet.data());
        all.addAll(sheet.totals());
        all.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return all;
    }

    /** Reads one line: a declared total, a part heading, or a budget line. */
    private static void readLine(Grid.Line line, Columns columns, Reading reading) {
        String content = line.cell(columns.text());
        String folded = Headings.fold(content);
        boolean hasEstimate = !line.cell(columns.estimate()).isBlank();
        if (folded.startsWith("tong thu") || folded.startsWith("tong chi")) {
            readTotal(line, folded, columns, reading);
            return;
        }
        if (!hasEstimate && isRevenueHeading(folded)) {
            reading.startPart(reading.revenue);
            return;
        }
        if (!hasEstimate && isExpenditureHeading(folded)) {
            reading.startPart(reading.expenditure);
            return;
        }
        readBudgetLine(line, content, columns, reading);
    }

    private static void readTotal(Grid.Line line, String folded, Columns columns, Reading reading) {
        ObjectNode total = amounts(line, columns.estimate(), columns.actual(), reading.rowProblems);
        if (folded.startsWith("tong thu")) {
            reading.totalRevenue = total;
        } else {
            reading.totalExpenditure = total;
        }
    }

    private static boolean isRevenueHeading(String folded) {
        return folded.matches("^(phan )?([ab] )?thu( ngan sach.*)?$") || folded.startsWith("thu ngan sach xa");
    }

    private static boolean isExpenditureHeading(String folded) {
        return folded.matches("^(phan )?([ab] )?chi( ngan sach.*)?$") || folded.startsWith("chi ngan sach xa");
    }

    /** Reads a line of the current part and nests it by its code; a line that cannot be read becomes a problem. */
    private static void readBudgetLine(Grid.Line line, String content, Columns columns, Reading reading) {
        String code = columns.code() >= 0 ? line.cell(columns.code()).strip() : "";
        if (reading.part == null) {
            reading.rowProblems.add("Dòng " + line.number() + " (" + content + "): chưa biết thuộc phần thu hay chi. "
                    + "Cách sửa: thêm một dòng tiêu đề \"THU NGÂN SÁCH\" hoặc \"CHI NGÂN SÁCH\" phía trên.");
            return;
        }
        if (content.isBlank()) {
            reading.rowProblems.add("Dòng " + line.number() + ": thiếu nội dung.");
            return;
        }
        ObjectNode row = amounts(line, columns.estimate(), columns.actual(), reading.rowProblems);
        if (row == null) {
            return;
        }
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        if (!code.isEmpty()) {
            item.put("ma", code);
        }
        item.put("noi_dung", content);
        item.setAll(row);
        reading.nest(item, level(code));
    }

    /** The parts that have lines, each followed by its declared total. */
    private static ObjectNode assemble(Reading reading) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        if (!reading.revenue.isEmpty()) {
            data.set("thu", reading.revenue);
        }
        if (!reading.expenditure.isEmpty()) {
            data.set("chi", reading.expenditure);
        }
        if (reading.totalRevenue != null && !reading.revenue.isEmpty()) {
            data.set("tong_thu", reading.totalRevenue);
        }
        if (reading.totalExpenditure != null && !reading.expenditure.isEmpty()) {
            data.set("tong_chi", reading.totalExpenditure);
        }
        return data;
    }

    private static ObjectNode amounts(Grid.Line line, int estimate, int actual, List<String> rowProblems) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        Long e = Values.whole(line.cell(estimate)).filter(v -> v >= 0).orElse(null);
        if (e == null) {
            rowProblems.add("Dòng " + line.number() + ": dự toán \"" + line.cell(estimate) + "\" không phải số đồng.");
            return null;
        }
        row.put("du_toan", e);
        if (actual >= 0 && !line.cell(actual).isBlank()) {
            Long a = Values.whole(line.cell(actual)).filter(v -> v >= 0).orElse(null);
            if (a == null) {
                rowProblems.add("Dòng " + line.number() + ": thực hiện \"" + line.cell(actual) + "\" không phải số đồng.");
                return null;
            }
            row.put("thuc_hien", a);
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
