package vn.congkhai.procedure;

import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Link;
import vn.congkhai.model.SiteContent;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The "Phí, lệ phí" page: every fee of every published procedure, by field then procedure. */
final class FeeList {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** A fee of a procedure on the page. */
    public record FeeLine(Link procedure, String field, String name, String amount, String note) {
    }

    private FeeList() {
    }

    static List<FeeLine> of(SiteContent content) {
        List<FeeLine> lines = new ArrayList<>();
        List<Disclosure> procedures = new ArrayList<>(content.published(DisclosureType.THU_TUC));
        procedures.sort(Comparator.comparing((Disclosure d) -> content.data(d, Procedure.class).map(Procedure::field)
                .orElse(""), VIETNAMESE::compare).thenComparing(Disclosure::title, VIETNAMESE::compare));
        for (Disclosure d : procedures) {
            Procedure p = content.data(d, Procedure.class).orElseThrow();
            if (p.fees().isEmpty()) {
                lines.add(new FeeLine(Link.to(d), p.field(), "Không thu phí, lệ phí", "Miễn phí", null));
            }
            for (Procedure.Fee fee : p.fees()) {
                ProcedureView.FeeRow row = ProcedureView.fee(fee);
                lines.add(new FeeLine(Link.to(d), p.field(), row.name(), row.amount(), row.note()));
            }
        }
        return lines;
    }
}
