package vn.congkhai.reception;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.text.IsoDate;
import vn.congkhai.content.Checks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a schema-valid {@code lich-tiep-dan} file; checks real dates and sessions that end after they start. */
public final class ReceptionScheduleReader {

    private ReceptionScheduleReader() {
    }

    /** The names officers may give the list of sessions; {@code lich} is the one the guide uses. */
    public static final List<String> LIST_NAMES = List.of("lich", "buoi", "cac_buoi", "buoi_tiep", "lich_tiep",
            "lich_tiep_dan", "danh_sach", "entries");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:hH]([0-5]\\d)");

    public static ReceptionSchedule read(Checks checks) {
        List<ReceptionSession> sessions = new ArrayList<>();
        String name = LIST_NAMES.stream().filter(n -> checks.doc().metadata().has(n)).findFirst().orElse(null);
        if (name == null) {
            checks.add("", "lich", "thiếu danh sách các buổi tiếp công dân. Cách sửa: thêm \"lich\": [{\"ngay\": "
                    + "\"2024-07-04\", \"tu\": \"07:30\", \"den\": \"11:00\", \"nguoi_tiep\": \"…\", \"dia_diem\": \"…\"}].");
            return null;
        }
        JsonNode list = checks.doc().metadata().path(name);
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String at = "/" + name + "/" + i;
            LocalDate date = IsoDate.parse(s.path("ngay").asText()).orElse(null);
            if (date == null) {
                checks.add(at + "/ngay", name + "[" + i + "].ngay", "ngày \"" + s.path("ngay").asText()
                        + "\" không có thật. Cách sửa: kiểm tra lại ngày và tháng.");
                continue;
            }
            LocalTime from = time(s.path("tu").asText());
            LocalTime to = time(s.path("den").asText());
            if (!to.isAfter(from)) {
                checks.add(at + "/den", name + "[" + i + "].den", "buổi tiếp kết thúc lúc " + to + " không sau giờ bắt đầu "
                        + from + ". Cách sửa: \"den\" phải muộn hơn \"tu\", ví dụ \"tu\": \"07:30\", \"den\": \"11:00\".");
            }
            JsonNode note = s.get("ghi_chu");
            sessions.add(new ReceptionSession(date, from, to, s.path("nguoi_tiep").asText().strip(),
                    s.path("dia_diem").asText().strip(), note == null || note.asText().isBlank() ? null : note.asText()));
        }
        return checks.failed() ? null : new ReceptionSchedule(List.copyOf(sessions));
    }

    /** "07:30", "7:30" or "7h30" (the schema has checked the shape). */
    static LocalTime time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a time: " + text);
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
