package vn.congkhai.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Numbers and dates as officers type them: "1.250.000", "1,250,000", "1.250.000 đ", "12,5", "25/03/2024". */
public final class Values {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Values() {
    }

    public static Optional<BigDecimal> number(String text) {
        String t = text.replaceAll("(?i)\\s*(đồng|đ|vnd|vnđ)\\.?$", "").replace(" ", "").strip();
        if (t.isEmpty() || t.equals("-")) {
            return Optional.empty();
        }
        if (t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "");
        } else if (t.matches("-?\\d{1,3}(,\\d{3})+")) {
            t = t.replace(",", "");
        } else if (t.matches("-?\\d+,\\d+")) {
            t = t.replace(',', '.');
        } else if (t.matches("-?\\d{1,3}(\\.\\d{3})+,\\d+")) {
            t = t.replace(".", "").replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A date as officers type it: 2025-03-07, 7/3/2025, 07.03.2025, 7-3-2025, "ngày 7/3/2025", 2025/03/07. */
    public static Optional<LocalDate> date(String text) {
        String t = text.strip().replaceFirst("(?iu)^ngày\\s+", "");
        if (t.matches("\\d{4}/\\d{2}/\\d{2}")) {
            t = t.replace('/', '-');
        }
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t));
            }
            if (t.matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}")) {
                return Optional.of(LocalDate.parse(t.replace('.', '/').replace('-', '/'), DAY_MONTH_YEAR));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
