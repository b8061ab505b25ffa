package vn.congkhai.plan;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A reporting period of a plan as officers write it: {@code 2024-Q2} (quarter), {@code 2024-6T} (first six months),
 * {@code 2024-9T} (nine months), {@code 2024-N} (the year).
 */
public record Period(String code, int year, String kind) implements Comparable<Period> {

    /** By end date; for the same end date, the quarter before the cumulative report (Q2 before 6T, Q4 before N). */
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::end)
            .thenComparing(p -> p.kind.startsWith("Q") ? 0 : 1);

    public static Period parse(String code) {
        int dash = code.indexOf('-');
        return new Period(code, Integer.parseInt(code.substring(0, dash)), code.substring(dash + 1));
    }

    /** The last day the period covers. */
    public LocalDate end() {
        return switch (kind) {
            case "Q1" -> LocalDate.of(year, 3, 31);
            case "Q2", "6T" -> LocalDate.of(year, 6, 30);
            case "Q3", "9T" -> LocalDate.of(year, 9, 30);
            default -> LocalDate.of(year, 12, 31);
        };
    }

    /** "quý II năm 2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "năm 2024". */
    public String label() {
        return switch (kind) {
            case "Q1" -> "quý I năm " + year;
            case "Q2" -> "quý II năm " + year;
            case "Q3" -> "quý III năm " + year;
            case "Q4" -> "quý IV năm " + year;
            case "6T" -> "6 tháng đầu năm " + year;
            case "9T" -> "9 tháng năm " + year;
            default -> "năm " + year;
        };
    }

    /** The kind of report in the heading of a period report: "quý", "6 tháng", "9 tháng", "năm". */
    public String reportKind() {
        return kind.startsWith("Q") ? "quý" : switch (kind) {
            case "6T" -> "6 tháng";
            case "9T" -> "9 tháng";
            default -> "năm";
        };
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }
}
