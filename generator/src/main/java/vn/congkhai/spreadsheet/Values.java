package vn.congkhai.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Numbers and dates as officers type them: "1.250.000", "1,250,000", "1.250.000 đ", "12,5", "25/03/2024". */
public final class Values {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Values() {
    }

    /**
     * Excel counts days from 1899-12-30; a date column exported as "General" (or a CSV saved from one) shows that
     * count. Only counts from 1990 to 2100 are taken for dates, so a small number is never read as one.
     */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final long FIRST_SERIAL = EXCEL_EPOCH.until(LocalDate.of(1990, 1, 1), ChronoUnit.DAYS);
    private static final long LAST_SERIAL = EXCEL_EPOCH.until(LocalDate.of(2100, 12, 31), ChronoUnit.DAYS);

    /** A number as officers type it, with thousands dots or commas, a decimal comma, "đ" or "đồng" after it. */
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

    /**
     * A whole number however it is typed: "1", "1,0", "1.000" (a thousand), "1.000.000 đ"; a fraction ("1,5") or
     * anything else is empty. Every import reads whole numbers (row numbers, counts, amounts in đồng) through this,
     * so the same cell means the same number in every type.
     */
    public static Optional<Long> whole(String text) {
        return number(text).map(BigDecimal::stripTrailingZeros).filter(n -> n.scale() <= 0)
                .filter(n -> n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0)
                .map(BigDecimal::longValueExact);
    }

    /** A date in a date column: as {@link #date(String)}, or Excel's day count (45363 is 2024-03-12). */
    public static Optional<LocalDate> dateCell(String text) {
        Optional<LocalDate> typed = date(text);
        if (typed.isPresent() || !text.strip().matches("\\d{5}")) {
            return typed;
        }
        long serial = Long.parseLong(text.strip());
        return serial < FIRST_SERIAL || serial > LAST_SERIAL ? Optional.empty()
                : Optional.of(EXCEL_EPOCH.plusDays(serial));
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
