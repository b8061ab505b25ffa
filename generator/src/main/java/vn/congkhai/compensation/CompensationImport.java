package vn.congkhai.compensation;

import vn.congkhai.kind.ListColumns;
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

    private CompensationImport() {
    }

    public static ImportResult read(SheetLayout sheet) {
        ListColumns.Located at = CompensationKind.COLUMNS.locate(sheet);
        ImportResult result = CompensationKind.COLUMNS.readSheet(sheet, at, null);
        for (Grid.Line total : sheet.totals()) {
            Values.whole(total.cell(at.column("tong"))).ifPresent(v -> result.data().put("tong_cong", v));
        }
        return result;
    }
}
