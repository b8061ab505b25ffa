package vn.congkhai.model;

import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;

/**
 * How long a disclosure stays on the notice board: from {@code niem_yet_tu} to {@code niem_yet_den} (30 days by
 * default), or permanently for Art. 11 items 4 and 13.
 */
public record PostingPeriod(LocalDate from, LocalDate to, boolean permanent) {

    public static final int DEFAULT_DAYS = 30;

    public static PostingPeriod permanent(LocalDate from) {
        return new PostingPeriod(from, null, true);
    }

    public static PostingPeriod of(LocalDate from, LocalDate to) {
        return new PostingPeriod(from, to == null ? from.plusDays(DEFAULT_DAYS) : to, false);
    }

    /** Whether it is on the board on {@code day}. */
    public boolean isPostedOn(LocalDate day) {
        boolean started = from == null || !day.isBefore(from);
        return started && (permanent || !day.isAfter(to));
    }

    /** The period as a sentence: "Niêm yết từ ngày 02/07/2024 đến ngày 30/07/2024". */
    public String sentence() {
        if (permanent) {
            return from == null ? "Niêm yết thường xuyên" : "Niêm yết thường xuyên từ ngày " + VietnameseFormat.date(from);
        }
        return "Niêm yết từ ngày " + VietnameseFormat.date(from) + " đến ngày " + VietnameseFormat.date(to);
    }
}
