package vn.congkhai.sheet;

import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.sheet.Column;
import vn.congkhai.sheet.DataSheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A generic table's page: each value formatted by its column's kind; numbers right-aligned; a totals row. */
public record SheetView(List<Column> columns, List<List<Cell>> rows, List<Cell> totals) {

    /** A formatted value and whether it is a number (for alignment). */
    public record Cell(String text, boolean numeric) {
    }

    public static SheetView of(DataSheet sheet) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map<String, Object> row : sheet.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (Column c : sheet.columns()) {
                cells.add(new Cell(format(c, row.get(c.code())), c.isNumeric()));
            }
            rows.add(cells);
        }
        List<Cell> totals = null;
        if (!sheet.totals().isEmpty()) {
            totals = new ArrayList<>();
            for (int i = 0; i < sheet.columns().size(); i++) {
                Column c = sheet.columns().get(i);
                BigDecimal total = sheet.totals().get(c.code());
                totals.add(new Cell(total != null ? format(c, total) : (i == 0 ? "Tổng cộng" : ""), c.isNumeric()));
            }
        }
        return new SheetView(sheet.columns(), rows, totals);
    }

    static String format(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case MONEY -> VietnameseFormat.money(((BigDecimal) value).longValueExact());
            case NUMBER -> number((BigDecimal) value);
            case DATE -> VietnameseFormat.date((LocalDate) value);
            default -> value.toString();
        };
    }

    private static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return VietnameseFormat.number(v.longValueExact());
        }
        String whole = VietnameseFormat.number(v.longValue());
        String fraction = v.abs().remainder(BigDecimal.ONE).toPlainString().substring(2);
        return whole + "," + fraction;
    }
}
