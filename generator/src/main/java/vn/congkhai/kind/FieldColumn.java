package vn.congkhai.kind;

import java.util.List;

/**
 * How one field of a list row is read from a spreadsheet column, where the type's JSON Schema cannot say it: how the
 * cell is read (an integer of the schema may be a row number, a count or an amount in đồng), the other headings
 * officers give the column, and the words a message names it by. The field's own title comes from the schema.
 *
 * @param named     how messages name the field ("tên chủ hộ"); null for the schema's title in lower case
 * @param heading   the heading a message suggests ("Họ và tên chủ hộ"); null for the schema's title
 * @param published whether the page and the open data show the field; a plan's notes on a household are kept in
 *                  the file but shown nowhere
 * @param column    the open data's heading where it is shorter than the schema's title ("Mã" for "Mã số"); null for
 *                  the title
 */
public record FieldColumn(String field, Cell cell, List<String> aliases, String named, String heading,
                          boolean published, String column) {

    /** How a cell becomes the field's JSON value. */
    public enum Cell {
        /** Text as written. */
        TEXT,
        /** The row's number; the row's place in the list when the sheet has no such column. */
        ROW_NUMBER,
        /** A whole number of at least 1. */
        COUNT,
        /** A number above zero, fractions allowed (an area). */
        MEASURE,
        /** Whole đồng, not negative. */
        AMOUNT,
        /** Read by the type itself (a category from marks or the title, positions side by side). */
        OWN
    }

    public FieldColumn {
        aliases = List.copyOf(aliases);
    }

    public static FieldColumn of(String field, Cell cell, String... aliases) {
        return new FieldColumn(field, cell, List.of(aliases), null, null, true, null);
    }

    /** The same field, named in messages by {@code words}. */
    public FieldColumn named(String words) {
        return new FieldColumn(field, cell, aliases, words, heading, published, column);
    }

    /** The same field, with messages suggesting the heading {@code text}. */
    public FieldColumn heading(String text) {
        return new FieldColumn(field, cell, aliases, named, text, published, column);
    }

    /** The same field, kept in the file but neither shown on the page nor in the open data. */
    public FieldColumn unpublished() {
        return new FieldColumn(field, cell, aliases, named, heading, false, column);
    }

    /** The same field, headed {@code title} in the open data. */
    public FieldColumn column(String title) {
        return new FieldColumn(field, cell, aliases, named, heading, published, title);
    }
}
