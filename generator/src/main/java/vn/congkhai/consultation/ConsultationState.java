package vn.congkhai.consultation;

import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a consultation stands on a day (the bake date, so that the same input bakes the same page): not yet open,
 * open with the days left, or closed with or without its result.
 *
 * @param phase    the phase
 * @param daysLeft days from the day to the last day of the period while open (0 on the last day), else -1
 * @param label    what citizens read, e.g. "Đang lấy ý kiến — còn 12 ngày"
 */
public record ConsultationState(Phase phase, long daysLeft, String label) {

    /** The phases of a consultation. */
    public enum Phase {
        UPCOMING, OPEN, CLOSED;

        /** Its code for the page's style: sap-toi, dang-lay-y-kien, da-ket-thuc. */
        public String code() {
            return switch (this) {
                case UPCOMING -> "sap-toi";
                case OPEN -> "dang-lay-y-kien";
                case CLOSED -> "da-ket-thuc";
            };
        }
    }

    public static ConsultationState of(Consultation c, LocalDate today) {
        if (today.isBefore(c.from())) {
            return new ConsultationState(Phase.UPCOMING, -1, "Sắp lấy ý kiến — bắt đầu từ ngày "
                    + VietnameseFormat.date(c.from()));
        }
        if (!today.isAfter(c.to())) {
            long left = ChronoUnit.DAYS.between(today, c.to());
            return new ConsultationState(Phase.OPEN, left, left == 0
                    ? "Đang lấy ý kiến — hôm nay là ngày cuối" : "Đang lấy ý kiến — còn " + left + " ngày");
        }
        return new ConsultationState(Phase.CLOSED, -1, c.hasResult()
                ? "Đã kết thúc lấy ý kiến ngày " + VietnameseFormat.date(c.to())
                : "Đã kết thúc lấy ý kiến ngày " + VietnameseFormat.date(c.to()) + " — đang tổng hợp kết quả");
    }

    /** Whether citizens can still respond: the consultation is open or about to open. */
    public boolean acceptsOpinions() {
        return phase != Phase.CLOSED;
    }

    public boolean isOpen() {
        return phase == Phase.OPEN;
    }

    public String code() {
        return phase.code();
    }
}
