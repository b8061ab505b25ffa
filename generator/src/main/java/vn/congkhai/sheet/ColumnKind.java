package vn.congkhai.sheet;

import java.util.Arrays;

/** How a table's column is written ({@code kieu}): text, a number, money in đồng, or a date. */
public enum ColumnKind {
    TEXT("text"),
    NUMBER("so"),
    MONEY("tien"),
    DATE("ngay");

    private final String code;

    ColumnKind(String code) {
        this.code = code;
    }

    /** The value of {@code kieu} in content files. */
    public String code() {
        return code;
    }

    /** The kind of a {@code kieu} value; anything the schema lets through that is not known reads as text. */
    public static ColumnKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst().orElse(TEXT);
    }
}
