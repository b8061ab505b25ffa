package vn.congkhai.answer;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.Checks;
import vn.congkhai.kind.Fields;
import vn.congkhai.text.Coded;
import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code tra-loi} disclosure whose schema passed and checks what the schema cannot: real dates, an answer
 * dated on or after the question was received, and a date for every question marked answered.
 */
public final class AnswerReader {

    private AnswerReader() {
    }

    public static AnswerList read(Checks checks) {
        JsonNode rows = checks.doc().metadata().path("muc");
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "/muc/" + i;
            String field = "muc[" + i + "]";
            LocalDate received = Fields.date(checks, at + "/ngay_nhan", field + ".ngay_nhan", "ngày nhận");
            LocalDate answered = Fields.date(checks, at + "/ngay_tra_loi", field + ".ngay_tra_loi", "ngày trả lời");
            if (received != null && answered != null && answered.isBefore(received)) {
                checks.add(at + "/ngay_tra_loi", field + ".ngay_tra_loi", "ngày trả lời ("
                        + VietnameseFormat.date(answered) + ") trước ngày nhận (" + VietnameseFormat.date(received)
                        + "). Cách sửa: kiểm tra lại hai ngày; ngày trả lời phải cùng ngày hoặc sau ngày nhận.");
            }
            AnswerStatus status = Coded.ofCode(AnswerStatus.class, row.path("trang_thai").asText()).orElseThrow();
            answers.add(new Answer(i + 1, received, Fields.hamlet(checks, at + "/xom", field + ".xom"), Fields.text(row.get("linh_vuc")),
                    Fields.text(row.get("noi_dung")), Fields.text(row.get("tra_loi")),
                    Fields.text(row.get("nguoi_tra_loi")), answered, status));
        }
        return checks.failed() ? null : new AnswerList(List.copyOf(answers));
    }
}
