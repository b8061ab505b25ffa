package vn.congkhai.reception;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.model.IsoDate;
import vn.congkhai.validate.Checks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Reads a schema-valid {@code lich-tiep-dan} file; checks real dates and sessions that end after they start. */
public final class ReceptionScheduleReader {

    private ReceptionScheduleReader() {
    }

    public static ReceptionSchedule read(Checks checks) {
        int before = checks.count();
        List<ReceptionSession> sessions = new ArrayList<>();
        JsonNode list = checks.doc().metadata().path("lich");
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String at = "/lich/" + i;
            LocalDate date = IsoDate.parse(s.path("ngay").asText()).orElse(null);
            if (date == null) {
                checks.add(at + "/ngay", "lich[" + i + "].ngay", "ngày \"" + s.path("ngay").asText()
                        + "\" không có thật. Cách sửa: kiểm tra lại ngày và tháng.");
                continue;
            }
            LocalTime from = LocalTime.parse(s.path("tu").asText());
            LocalTime to = LocalTime.parse(s.path("den").asText());
            if (!to.isAfter(from)) {
                checks.add(at + "/den", "lich[" + i + "].den", "buổi tiếp kết thúc lúc " + to + " không sau giờ bắt đầu "
                        + from + ". Cách sửa: \"den\" phải muộn hơn \"tu\", ví dụ \"tu\": \"07:30\", \"den\": \"11:00\".");
            }
            JsonNode note = s.get("ghi_chu");
            sessions.add(new ReceptionSession(date, from, to, s.path("nguoi_tiep").asText().strip(),
                    s.path("dia_diem").asText().strip(), note == null || note.asText().isBlank() ? null : note.asText()));
        }
        return checks.count() > before ? null : new ReceptionSchedule(List.copyOf(sessions));
    }
}
