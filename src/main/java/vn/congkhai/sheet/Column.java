package vn.congkhai.sheet;

/**
 * A column of a generic table ({@code bang}): its code in the rows, its heading, and how its values are written.
 *
 * @param kind {@code text}, {@code so} (number), {@code tien} (money in đồng) or {@code ngay} (date)
 */
public record Column(String code, String heading, String kind) {

    public boolean isNumeric() {
        return kind.equals("so") || kind.equals("tien");
    }
}
