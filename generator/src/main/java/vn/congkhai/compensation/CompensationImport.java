package vn.congkhai.compensation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.kind.PersonalColumns;
import vn.congkhai.spreadsheet.Grid;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.RowReading;
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
            RowReading reading = new RowReading(line);
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            Integer stt = c.number() < 0 ? Integer.valueOf(sequence) : reading.count(c.number(), "số thứ tự");
            if (stt != null) {
                row.put("stt", stt);
            }
            String head = reading.text(c.head());
            text(row, "chu_ho", reading, c.head(), true, "tên chủ hộ");
            text(row, "xom", reading, c.hamlet(), false, "xóm");
            text(row, "to_ban_do", reading, c.sheet(), true, "tờ bản đồ");
            text(row, "so_thua", reading, c.plot(), true, "số thửa");
            BigDecimal area = reading.positive(c.area(), "diện tích");
            if (area != null) {
                row.put("dien_tich_m2", area);
            }
            text(row, "loai_dat", reading, c.landType(), true, "loại đất");
            text(row, "tai_san", reading, c.assets(), false, "tài sản");
            amount(row, "don_gia_dat", reading, c.unitPrice(), false, "đơn giá");
            amount(row, "boi_thuong_dat", reading, c.land(), true, "bồi thường đất");
            amount(row, "boi_thuong_tai_san", reading, c.assetsAmount(), false, "bồi thường tài sản");
            amount(row, "ho_tro", reading, c.support(), false, "hỗ trợ");
            amount(row, "tong", reading, c.total(), true, "tổng");
            if (reading.isRead()) {
                rows.add(row);
            } else {
                rowProblems.add(reading.report(head));
            }
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("ho", rows);
        for (Grid.Line total : sheet.totals()) {
            Values.whole(total.cell(c.total())).ifPresent(v -> data.put("tong_cong", v));
        }
        return new ImportResult(data, rows.size(), rowProblems, List.of(), notes);
    }

    private static void require(int column, String what, String heading, List<String> problems) {
        if (column < 0) {
            problems.add("Không thấy cột " + what + ". Cách sửa: đặt tên cột là \"" + heading + "\".");
        }
    }

    private static void text(ObjectNode row, String field, RowReading reading, int column, boolean required,
                             String what) {
        if (reading.text(column).isEmpty()) {
            if (required) {
                reading.problem("thiếu " + what);
            }
            return;
        }
        row.put(field, reading.text(column));
    }

    private static void amount(ObjectNode row, String field, RowReading reading, int column, boolean required,
                               String what) {
        if (reading.isEmpty(column)) {
            if (required) {
                reading.problem("thiếu " + what);
            }
            return;
        }
        Long v = reading.amount(column, what);
        if (v != null) {
            row.put(field, v);
        }
    }
}
