package vn.congkhai.compliance;

import vn.congkhai.answer.Answer;
import vn.congkhai.answer.AnswerList;
import vn.congkhai.answer.AnswerStatus;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;

import java.time.LocalDate;
import java.util.List;

/**
 * Citizens' questions and petitions still being handled without an answer (no {@code ngay_tra_loi}; one passed to
 * another body has had its answer) more than
 * {@value #DAYS} days after the commune received them, on the bake date. The laws give different periods by kind of
 * request (10 days to tell the asker how it is handled, Law 42/2013 Art. 28; before the next session for voters'
 * petitions); {@value #DAYS} days is the bound past which any of them is overdue.
 */
public final class OverdueAnswers {

    /** Days from receipt after which a question without answer is overdue. */
    public static final int DAYS = 30;

    /** A question past its deadline, in the answer list {@code disclosure}. */
    public record Overdue(Disclosure disclosure, Answer answer, LocalDate due) {

        /** Its entry on the list's page. */
        public String uri() {
            return disclosure.uri() + "#" + answer.anchor();
        }
    }

    private OverdueAnswers() {
    }

    /** The overdue questions of the published answer lists, list by list as published, in each by number. */
    public static List<Overdue> of(SiteContent content) {
        LocalDate today = content.config().bakeDate();
        return content.published(DisclosureType.TRA_LOI).stream()
                .flatMap(d -> content.data(d, AnswerList.class).stream()
                        .flatMap(list -> list.answers().stream())
                        .filter(a -> a.answeredOn() == null && a.status() == AnswerStatus.DANG_GIAI_QUYET
                                && a.received() != null)
                        .map(a -> new Overdue(d, a, a.received().plusDays(DAYS)))
                        .filter(o -> o.due().isBefore(today)))
                .toList();
    }
}
