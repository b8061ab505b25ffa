package vn.congkhai.reception;

import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.reception.ReceptionSchedule;
import vn.congkhai.reception.ReceptionSession;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** A reception schedule's page: the coming sessions first, soonest first, then the past ones; all in date order for print. */
public record ScheduleView(List<Session> coming, List<Session> past, List<Session> all) {

    /** A session as citizens read it: "Thứ Năm, 14/11/2026", "07:30 – 11:00". */
    public record Session(String day, String time, String receiver, String place, String note) {
    }

    public static ScheduleView of(ReceptionSchedule schedule, LocalDate today) {
        return new ScheduleView(schedule.coming(today).stream().map(ScheduleView::session).toList(),
                schedule.past(today).stream().map(ScheduleView::session).toList(),
                schedule.coming(LocalDate.MIN).stream().map(ScheduleView::session).toList());
    }

    private static Session session(ReceptionSession s) {
        return new Session(weekday(s.date().getDayOfWeek()) + ", " + VietnameseFormat.date(s.date()),
                s.from() + " – " + s.to(), s.receiver(), s.place(), s.note());
    }

    static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}
