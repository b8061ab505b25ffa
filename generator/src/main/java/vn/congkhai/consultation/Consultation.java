package vn.congkhai.consultation;

import vn.congkhai.model.DisclosureData;

import java.time.LocalDate;
import java.util.List;

/**
 * A matter put to the citizens' opinion ({@code lay-y-kien}, Art. 11 item 11 of Law 10/2022/QH15): who is consulted,
 * the period, how to respond, and once closed the opinions with the commune's answer to each and the decision.
 *
 * @param audience     who is consulted, as printed ("Nhân dân toàn xã", "Nhân dân các xóm …")
 * @param hamlets      the hamlets named ({@code doi_tuong} as a list); empty for the whole commune or a text
 * @param draft        the draft's text, Markdown ({@code du_thao}), or null
 * @param opinionCount the number of opinions received ({@code so_y_kien}), or null
 * @param outcome      the decision taken ({@code ket_qua}), or null
 */
public record Consultation(String audience, List<String> hamlets, LocalDate from, LocalDate to, String draft,
                           HowToRespond howTo, Integer opinionCount, List<Opinion> opinions, Outcome outcome)
        implements DisclosureData {

    /** How citizens give their opinion ({@code cach_gop_y}); every part optional. */
    public record HowToRespond(String address, String phone, String email, List<Meeting> meetings, String note) {

        public boolean isEmpty() {
            return address == null && phone == null && email == null && meetings.isEmpty() && note == null;
        }
    }

    /** A meeting where opinions are taken (a hamlet meeting, a dialogue). */
    public record Meeting(LocalDate date, String time, String place) {
    }

    /** An opinion raised, how many times, and the commune's answer (giải trình). */
    public record Opinion(String text, Integer count, String answer) {
    }

    /** The decision taken after the consultation, with its number if any. */
    public record Outcome(String text, String number, LocalDate date) {
    }

    /** Whether the result is published: the number of opinions, the opinions or the decision. */
    public boolean hasResult() {
        return opinionCount != null || !opinions.isEmpty() || outcome != null;
    }
}
