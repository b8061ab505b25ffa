package vn.congkhai.consultation;

import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;

import java.util.Comparator;
import java.util.List;

/** The consultations open on the bake date, the one closing soonest first: what the home page lists first. */
public final class OpenConsultations {

    /** An open consultation and where it stands. */
    public record Entry(Disclosure disclosure, ConsultationState state) {
    }

    private OpenConsultations() {
    }

    public static List<Entry> of(SiteContent content) {
        return content.published(DisclosureType.LAY_Y_KIEN).stream()
                .flatMap(d -> content.data(d, Consultation.class).stream()
                        .map(c -> new Entry(d, ConsultationState.of(c, content.config().bakeDate()))))
                .filter(e -> e.state().isOpen())
                .sorted(Comparator.comparingLong((Entry e) -> e.state().daysLeft())
                        .thenComparing(e -> e.disclosure().uri()))
                .toList();
    }
}
