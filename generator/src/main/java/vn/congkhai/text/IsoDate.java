package vn.congkhai.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as officers write them in content files: {@code yyyy-MM-dd}, and only days that exist. */
public final class IsoDate {

    /** Vietnam's time zone: dates of the content are days there. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");


    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDate() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            // the usual shape read without the formatter, which costs more than the rest of a document's checks
            return Optional.of(shaped(t) ? LocalDate.of(Integer.parseInt(t, 0, 4, 10),
                    Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10)) : LocalDate.parse(t, STRICT));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the text has the right shape but names a day that does not exist, like 2024-02-30. */
    public static boolean isImpossible(String text) {
        return text != null && shaped(text.strip()) && parse(text).isEmpty();
    }

    /** {@code yyyy-MM-dd} in ASCII digits (regex {@code \d{4}-\d{2}-\d{2}}). */
    private static boolean shaped(String t) {
        if (t.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
