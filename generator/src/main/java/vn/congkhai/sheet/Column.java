package vn.congkhai.sheet;

/** A column of a generic table ({@code bang}): its code in the rows, its heading, and how its values are written. */
public record Column(String code, String heading, ColumnKind kind) {

    public boolean isNumeric() {
        return kind == ColumnKind.NUMBER || kind == ColumnKind.MONEY;
    }
}
