package vn.congkhai.kind;

import java.util.Arrays;
import java.util.List;

/**
 * A disclosure's data as one table of open data: Vietnamese headings, a Frictionless type per column, and rows of
 * plain values (numbers without separators, dates as yyyy-MM-dd) so that spreadsheets read them as numbers and dates.
 */
public record Table(List<Field> fields, List<List<Object>> rows) {

    /** A column: its key, its heading, and its Frictionless type ({@code string}, {@code integer}, {@code number}, {@code date}). */
    public record Field(String name, String title, String type) {
    }

    public static Field field(String name, String title, String type) {
        return new Field(name, title, type);
    }

    /** A row of values, nulls allowed. */
    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
