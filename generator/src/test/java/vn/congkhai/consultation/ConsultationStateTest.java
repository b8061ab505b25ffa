package vn.congkhai.consultation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a consultation of 10/07/2024 – 01/08/2024 stands on a day, as its page says it. */
class ConsultationStateTest {

    private static Consultation consultation(boolean withResult) {
        return new Consultation("Nhân dân toàn xã", List.of(), LocalDate.of(2024, 7, 10), LocalDate.of(2024, 8, 1),
                null, new Consultation.HowToRespond(null, null, null, List.of(), null), withResult ? 12 : null,
                List.of(), null);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-07-09 | false | UPCOMING | Sắp lấy ý kiến — bắt đầu từ ngày 10/07/2024
            2024-07-10 | false | OPEN     | Đang lấy ý kiến — còn 22 ngày
            2024-07-20 | false | OPEN     | Đang lấy ý kiến — còn 12 ngày
            2024-07-31 | false | OPEN     | Đang lấy ý kiến — còn 1 ngày
            2024-08-01 | false | OPEN     | Đang lấy ý kiến — hôm nay là ngày cuối
            2024-08-02 | false | CLOSED   | Đã kết thúc lấy ý kiến ngày 01/08/2024 — đang tổng hợp kết quả
            2024-08-02 | true  | CLOSED   | Đã kết thúc lấy ý kiến ngày 01/08/2024
            """)
    void theStateOnADay(String day, boolean withResult, ConsultationState.Phase phase, String label) {
        ConsultationState state = ConsultationState.of(consultation(withResult), LocalDate.parse(day));
        assertThat(state.phase()).isEqualTo(phase);
        assertThat(state.label()).isEqualTo(label);
        assertThat(state.isOpen()).isEqualTo(phase == ConsultationState.Phase.OPEN);
    }
}
