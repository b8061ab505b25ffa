package vn.congkhai.editor;

import org.jsoup.nodes.Element;
import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * "Còn 12 ngày" beside a date that ends a period, as the form is made; the editor's script says it again as the date
 * is changed, from the words and the day written here, so that the two never say it differently.
 *
 * @param today the day it is counted from
 * @param day   the period's last day, or null when the field holds no date
 */
record DaysLeft(LocalDate today, LocalDate day) {

    /** Words with {@code #} for the number of days: left, and past. */
    static final String LEFT = "Còn # ngày.";
    static final String LAST_DAY = "Hôm nay là ngày cuối.";
    static final String PAST = "Đã kết thúc # ngày trước.";

    /** The count for a field's value ({@code 2024-04-25}; nothing for an empty or unreadable one). */
    static DaysLeft of(LocalDate today, String value) {
        try {
            return new DaysLeft(today, value.isBlank() ? null : LocalDate.parse(value.strip()));
        } catch (DateTimeParseException notADay) {
            return new DaysLeft(today, null);
        }
    }

    /** What the officer reads: "Còn 12 ngày.", "Hôm nay là ngày cuối.", "Đã kết thúc 3 ngày trước.", or nothing. */
    String text() {
        if (day == null) {
            return "";
        }
        long left = ChronoUnit.DAYS.between(today, day);
        return left == 0 ? LAST_DAY : (left > 0 ? LEFT : PAST).replace("#", VietnameseFormat.number(Math.abs(left)));
    }

    /** The paragraph beside the field, with what the script needs to say it again. */
    Element element(String id) {
        return new Element("p").addClass("con-ngay").attr("id", id).attr("aria-live", "polite")
                .attr("data-hom-nay", today.toString()).attr("data-con", LEFT).attr("data-cuoi", LAST_DAY)
                .attr("data-qua", PAST).text(text());
    }
}
