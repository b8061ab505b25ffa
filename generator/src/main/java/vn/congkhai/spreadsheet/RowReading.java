package vn.congkhai.spreadsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One spreadsheet row read into a type's fields through {@link Values}, so that every import reads the same cell the
 * same way and names what is wrong with it in the same words: {@code số thứ tự "1,5" không phải số}.
 */
public final class RowReading {

    private final Grid.Line line;
    private final List<String> wrong = new ArrayList<>();

    public RowReading(Grid.Line line) {
        this.line = line;
    }

    public Grid.Line line() {
        return line;
    }

    /** The cell's text, stripped; empty for a column that is not there (-1). */
    public String text(int column) {
        return line.cell(column).strip();
    }

    /** A whole number of at least 1 (a row number, a count), or null and a problem. */
    public Integer count(int column, String what) {
        Long n = Values.whole(line.cell(column)).filter(v -> v >= 1 && v <= Integer.MAX_VALUE).orElse(null);
        if (n == null) {
            refuse(column, what, "số");
            return null;
        }
        return n.intValue();
    }

    /** An amount in đồng: a whole number, not negative; or null and a problem. */
    public Long amount(int column, String what) {
        Long n = Values.whole(line.cell(column)).filter(v -> v >= 0).orElse(null);
        if (n == null) {
            refuse(column, what, "số đồng");
        }
        return n;
    }

    /** A number above zero, fractions allowed (an area), or null and a problem. */
    public BigDecimal positive(int column, String what) {
        BigDecimal n = Values.number(line.cell(column)).filter(v -> v.signum() > 0).orElse(null);
        if (n == null) {
            refuse(column, what, "số");
        }
        return n;
    }

    /** Whether the cell holds nothing ("-" is nothing in an amount column). */
    public boolean isEmpty(int column) {
        String text = text(column);
        return text.isEmpty() || text.equals("-");
    }

    /** Notes a problem of this row in the officer's words ("thiếu tên chủ hộ"). */
    public void problem(String text) {
        wrong.add(text);
    }

    public boolean isRead() {
        return wrong.isEmpty();
    }

    /** The row's problems as one line: {@code Dòng 5 (Triệu Thị Nga): a; b.}, the name left out when blank. */
    public String report(String name) {
        return "Dòng " + line.number() + (name == null || name.isBlank() ? "" : " (" + name + ")") + ": "
                + String.join("; ", wrong) + ".";
    }

    private void refuse(int column, String what, String kind) {
        wrong.add(what + " \"" + line.cell(column) + "\" không phải " + kind);
    }
}
