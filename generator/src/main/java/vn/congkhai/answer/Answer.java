package vn.congkhai.answer;

import java.time.LocalDate;

/**
 * A citizen's question or petition as asked (without the asker's personal data) and the commune's answer.
 *
 * @param number     its place in the list, from 1
 * @param hamlet     the hamlet it came from ({@code xom}), or null
 * @param answeredOn the day of the answer ({@code ngay_tra_loi}), or null
 */
public record Answer(int number, LocalDate received, String hamlet, String topic, String question, String answer,
                     String answeredBy, LocalDate answeredOn, AnswerStatus status) {

    /** The anchor of its entry on the page: {@code cau-3}. */
    public String anchor() {
        return "cau-" + number;
    }
}
