package vn.congkhai.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
        try {
            return Optional.of(LocalDate.parse(text.strip(), STRICT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the text has the right shape but names a day that does not exist, like 2024-02-30. */
    public static boolean isImpossible(String text) {
        return text != null && text.strip().matches("\\d{4}-\\d{2}-\\d{2}") && parse(text).isEmpty();
    }
}
