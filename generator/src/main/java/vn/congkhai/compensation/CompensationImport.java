package vn.congkhai.compensation;

import vn.congkhai.kind.FieldColumn;
import vn.congkhai.kind.FieldColumn.Cell;
import vn.congkhai.kind.ListColumns;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.spreadsheet.Grid;
import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Values;

import java.util.List;

/**
 * A compensation plan ({@code boi-thuong}) from a spreadsheet: STT, chủ hộ, xóm, tờ bản đồ, số thửa, diện tích, loại
 * đất, tài sản, đơn giá, bồi thường đất, bồi thường tài sản, hỗ trợ, tổng; the "Tổng cộng" row becomes the plan's
 * declared total. Columns of personal data (CCCD, ngày sinh, điện thoại) are left out with a note.
 */
public final class CompensationImport {

    /** The columns of a household row of a plan, by the schema's titles and the headings officers also use. */
    public static final ListColumns COLUMNS = new ListColumns(DisclosureType.BOI_THUONG, "ho", List.of(
            FieldColumn.of("stt", Cell.ROW_NUMBER, "tt", "so tt").named("số thứ tự"),
            FieldColumn.of("chu_ho", Cell.TEXT, "ho va ten", "ho ten", "chu su dung", "chu su dung dat")
                    .named("tên chủ hộ").heading("Họ và tên chủ hộ"),
            FieldColumn.of("xom", Cell.TEXT, "thon"),
            FieldColumn.of("to_ban_do", Cell.TEXT, "so to", "to bd"),
            FieldColumn.of("so_thua", Cell.TEXT, "thua dat", "thua so", "thua"),
            FieldColumn.of("dien_tich_m2", Cell.MEASURE),
            FieldColumn.of("loai_dat", Cell.TEXT),
            FieldColumn.of("tai_san", Cell.TEXT),
            FieldColumn.of("don_gia_dat", Cell.AMOUNT, "don gia").named("đơn giá"),
            FieldColumn.of("boi_thuong_dat", Cell.AMOUNT, "tien dat", "bt dat"),
            FieldColumn.of("boi_thuong_tai_san", Cell.AMOUNT, "tien tai san", "bt tai san"),
            FieldColumn.of("ho_tro", Cell.AMOUNT),
            FieldColumn.of("tong", Cell.AMOUNT, "thanh tien", "tong cong", "tong so tien").heading("Tổng cộng"),
            FieldColumn.of("ghi_chu", Cell.TEXT).unpublished()), List.of());

    private CompensationImport() {
    }

    public static ImportResult read(SheetLayout sheet) {
        ListColumns.Located at = COLUMNS.locate(sheet);
        ImportResult result = COLUMNS.readSheet(sheet, at, "chu_ho", null);
        for (Grid.Line total : sheet.totals()) {
            Values.whole(total.cell(at.column("tong"))).ifPresent(v -> result.data().put("tong_cong", v));
        }
        return result;
    }
}
