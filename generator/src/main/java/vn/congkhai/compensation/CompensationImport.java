package vn.congkhai.compensation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.kind.PersonalColumns;
import vn.congkhai.spreadsheet.Grid;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A compensation plan ({@code boi-thuong}) from a spreadsheet: STT, chủ hộ, xóm, tờ bản đồ, số thửa, diện tích, loại
 * đất, tài sản, đơn giá, bồi thường đất, bồi thường tài sản, hỗ trợ, tổng; the "Tổng cộng" row becomes the plan's
 * declared total. Columns of personal data (CCCD, ngày sinh, điện thoại) are left out with a note.
 */
public final class CompensationImport {

    public static final List<String> KNOWN = List.of("stt", "tt", "chu ho", "ho va ten", "ho ten", "chu su dung dat",
            "xom", "to ban do", "so to", "so thua", "thua dat", "dien tich", "loai dat", "tai san", "boi thuong dat",
            "boi thuong tai san", "ho tro", "tong", "tong cong", "thanh tien", "don gia");

    private CompensationImport() {
    }

    /** The columns of a plan; -1 for one that is not there. */
    private record Columns(int number, int head, int hamlet, int sheet, int plot, int area, int landType, int assets,
                           int unitPrice, int land, int assetsAmount, int support, int total) {

        static Columns locate(SheetLayout s) {
            return new Columns(find(s, h -> h.equals("stt") || h.equals("tt") || h.equals("so tt")),
                    find(s, h -> has(h, "chu ho", "ho va ten", "ho ten", "chu su dung")),
                    find(s, h -> has(h, "xom", "thon")),
                    find(s, h -> has(h, "to ban do", "so to", "to bd")),
                    find(s, h -> has(h, "so thua", "thua dat", "thua so") || h.equals("thua")),
                    find(s, h -> has(h, "dien tich")),
                    find(s, h -> has(h, "loai dat")),
                    find(s, h -> has(h, "tai san") && !has(h, "boi thuong", "tien", "gia")),
                    find(s, h -> has(h, "don gia")),
                    find(s, h -> has(h, "boi thuong dat", "tien dat", "bt dat")),
                    find(s, h -> has(h, "boi thuong tai san", "tien tai san", "bt tai san")),
                    find(s, h -> has(h, "ho tro")),
                    find(s, h -> has(h, "tong", "thanh tien", "tong cong", "tong so tien")));
        }

        private static int find(SheetLayout sheet, Predicate<String> folded) {
            for (int c = 0; c < sheet.headings().size(); c++) {
                if (folded.test(Headings.fold(sheet.headings().get(c)))) {
                    return c;
                }
            }
            return -1;
        }

        private static boolean has(String folded, String... names) {
            return Headings.matches(folded, List.of(names));
        }
    }

    public static ImportResult read(SheetLayout sheet) {
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Columns c = Columns.locate(sheet);
        require(c.head(), "tên chủ hộ", "Họ và tên chủ hộ", problems);
        require(c.sheet(), "tờ bản đồ", "Tờ bản đồ", problems);
        require(c.plot(), "số thửa", "Số thửa", problems);
        require(c.area(), "diện tích", "Diện tích (m²)", problems);
        require(c.landType(), "loại đất", "Loại đất", problems);
        require(c.land(), "bồi thường đất", "Bồi thường đất", problems);
        require(c.total(), "tổng", "Tổng cộng", problems);
        PersonalColumns.note(sheet, notes);
        if (!problems.isEmpty()) {
            return ImportResult.unreadable(problems, notes);
        }
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        List<String> rowProblems = new ArrayList<>();
        int sequence = 0;
        for (Grid.Line line : sheet.data()) {
            sequence++;
            List<String> wrong = new ArrayList<>();
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            BigDecimal stt = c.number() < 0 ? BigDecimal.valueOf(sequence) : Values.number(line.cell(c.number())).orElse(null);
            if (stt == null || stt.signum() <= 0 || stt.stripTrailingZeros().scale() > 0) {
                wrong.add("số thứ tự \"" + line.cell(c.number()) + "\" không phải số");
            } else {
                row.put("stt", stt.intValue());
            }
            String head = line.cell(c.head()).strip();
            text(row, "chu_ho", head, true, "tên chủ hộ", wrong);
            text(row, "xom", c.hamlet() < 0 ? "" : line.cell(c.hamlet()), false, "xóm", wrong);
            text(row, "to_ban_do", line.cell(c.sheet()), true, "tờ bản đồ", wrong);
            text(row, "so_thua", line.cell(c.plot()), true, "số thửa", wrong);
            BigDecimal area = Values.number(line.cell(c.area())).orElse(null);
            if (area == null || area.signum() <= 0) {
                wrong.add("diện tích \"" + line.cell(c.area()) + "\" không phải số");
            } else {
                row.put("dien_tich_m2", area);
            }
            text(row, "loai_dat", line.cell(c.landType()), true, "loại đất", wrong);
            text(row, "tai_san", c.assets() < 0 ? "" : line.cell(c.assets()), false, "tài sản", wrong);
            amount(row, "don_gia_dat", line, c.unitPrice(), false, "đơn giá", wrong);
            amount(row, "boi_thuong_dat", line, c.land(), true, "bồi thường đất", wrong);
            amount(row, "boi_thuong_tai_san", line, c.assetsAmount(), false, "bồi thường tài sản", wrong);
            amount(row, "ho_tro", line, c.support(), false, "hỗ trợ", wrong);
            amount(row, "tong", line, c.total(), true, "tổng", wrong);
            if (wrong.isEmpty()) {
                rows.add(row);
            } else {
                rowProblems.add("Dòng " + line.number() + (head.isEmpty() ? "" : " (" + head + ")") + ": "
                        + String.join("; ", wrong) + ".");
            }
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("ho", rows);
        for (Grid.Line total : sheet.totals()) {
            Values.number(total.cell(c.total())).filter(v -> v.stripTrailingZeros().scale() <= 0)
                    .ifPresent(v -> data.put("tong_cong", v.longValueExact()));
        }
        return new ImportResult(data, rows.size(), rowProblems, List.of(), notes);
    }

    private static void require(int column, String what, String heading, List<String> problems) {
        if (column < 0) {
            problems.add("Không thấy cột " + what + ". Cách sửa: đặt tên cột là \"" + heading + "\".");
        }
    }

    private static void text(ObjectNode row, String field, String value, boolean required, String what,
                             List<String> wrong) {
        if (value.isBlank()) {
            if (required) {
                wrong.add("thiếu " + what);
            }
            return;
        }
        row.put(field, value.strip());
    }

    private static void amount(ObjectNode row, String field, Grid.Line line, int column, boolean required,
                               String what, List<String> wrong) {
        String text = column < 0 ? "" : line.cell(column);
        if (text.isBlank() || text.strip().equals("-")) {
            if (required) {
                wrong.add("thiếu " + what);
            }
            return;
        }
        BigDecimal v = Values.number(text).orElse(null);
        if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
            wrong.add(what + " \"" + text + "\" không phải số đồng");
            return;
        }
        row.put(field, v.longValueExact());
    }
}
