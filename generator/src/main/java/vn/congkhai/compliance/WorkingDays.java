package vn.congkhai.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days, Monday to Friday (public holidays are not counted out: the count may be a little generous). */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The working days from {@code from} (included) to {@code to} (excluded). */
    public static int between(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
