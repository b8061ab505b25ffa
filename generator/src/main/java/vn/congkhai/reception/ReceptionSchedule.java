package vn.congkhai.reception;

import vn.congkhai.model.DisclosureData;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A citizen reception schedule ({@code lich-tiep-dan}). */
public record ReceptionSchedule(List<ReceptionSession> sessions) implements DisclosureData {

    private static final Comparator<ReceptionSession> BY_TIME = Comparator.comparing(ReceptionSession::date)
            .thenComparing(ReceptionSession::from);

    /** Sessions on or after {@code today}, soonest first: what a citizen looks for. */
    public List<ReceptionSession> coming(LocalDate today) {
        return sessions.stream().filter(s -> !s.date().isBefore(today)).sorted(BY_TIME).toList();
    }

    /** Sessions before {@code today}, most recent first. */
    public List<ReceptionSession> past(LocalDate today) {
        return sessions.stream().filter(s -> s.date().isBefore(today)).sorted(BY_TIME.reversed()).toList();
    }

    public LocalDate firstDay() {
        return sessions.stream().map(ReceptionSession::date).min(Comparator.naturalOrder()).orElse(null);
    }
}
