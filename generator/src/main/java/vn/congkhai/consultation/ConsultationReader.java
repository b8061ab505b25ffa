package vn.congkhai.consultation;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.Checks;
import vn.congkhai.kind.Fields;
import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code lay-y-kien} disclosure whose schema passed and checks what the schema cannot: real dates, a
 * period that ends on or after its start, and no opinion raised more times than the opinions received.
 */
public final class ConsultationReader {

    /** Names officers may give the list of meetings in {@code cach_gop_y}; {@code hop} is the guide's. */
    static final List<String> MEETING_LISTS = List.of("hop", "cuoc_hop", "hoi_nghi", "lich_hop", "buoi_hop",
            "hop_xom");

    private ConsultationReader() {
    }

    public static Consultation read(Checks checks) {
        JsonNode root = checks.doc().metadata();
        LocalDate from = Fields.date(checks, "/tu", "tu", "ngày bắt đầu lấy ý kiến");
        LocalDate to = Fields.date(checks, "/den", "den", "ngày kết thúc lấy ý kiến");
        if (from != null && to != null && to.isBefore(from)) {
            checks.add("/den", "den", "thời gian lấy ý kiến kết thúc (" + VietnameseFormat.date(to) + ") trước khi bắt "
                    + "đầu (" + VietnameseFormat.date(from) + "). Cách sửa: \"den\" phải cùng ngày hoặc sau \"tu\".");
        }
        Consultation.HowToRespond howTo = howTo(checks, root.path("cach_gop_y"));
        Integer count = root.hasNonNull("so_y_kien") ? root.path("so_y_kien").asInt() : null;
        List<Consultation.Opinion> opinions = opinions(checks, root.path("y_kien"), count);
        Consultation.Outcome outcome = outcome(checks, root.get("ket_qua"));
        List<String> hamlets = new ArrayList<>();
        JsonNode scope = root.path("doi_tuong");
        for (int i = 0; scope.isArray() && i < scope.size(); i++) {
            String hamlet = Fields.hamlet(checks, "/doi_tuong/" + i, "doi_tuong[" + i + "]");
            if (hamlet != null) {
                hamlets.add(hamlet);
            }
        }
        if (checks.failed() || from == null || to == null) {
            return null;
        }
        String audience;
        if (scope.isArray()) {
            audience = "Nhân dân " + (hamlets.size() == 1 ? "xóm " : "các xóm ") + String.join(", ", hamlets);
        } else {
            String text = Fields.text(scope);
            audience = text == null || text.equals("toan-xa") ? "Nhân dân toàn xã" : text;
        }
        return new Consultation(audience, List.copyOf(hamlets), from, to, Fields.text(root.get("du_thao")), howTo,
                count, opinions, outcome);
    }

    private static Consultation.HowToRespond howTo(Checks checks, JsonNode how) {
        if (how.isTextual()) {
            return new Consultation.HowToRespond(null, null, null, List.of(), Fields.text(how));
        }
        List<Consultation.Meeting> meetings = new ArrayList<>();
        String list = MEETING_LISTS.stream().filter(how::has).findFirst().orElse(null);
        JsonNode nodes = list == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : how.path(list);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode m = nodes.get(i);
            String at = "/cach_gop_y/" + list + "/" + i;
            LocalDate date = Fields.date(checks, at + "/ngay", "cach_gop_y." + list + "[" + i + "].ngay", "ngày họp");
            meetings.add(new Consultation.Meeting(date, Fields.text(m.get("gio")), Fields.text(m.get("dia_diem"))));
        }
        return new Consultation.HowToRespond(first(how, "dia_chi", "noi_nhan"),
                first(how, "dien_thoai", "so_dien_thoai"), first(how, "email", "thu_dien_tu"), List.copyOf(meetings),
                Fields.text(how.get("ghi_chu")));
    }

    private static String first(JsonNode node, String... names) {
        for (String n : names) {
            if (Fields.text(node.get(n)) != null) {
                return Fields.text(node.get(n));
            }
        }
        return null;
    }

    private static List<Consultation.Opinion> opinions(Checks checks, JsonNode nodes, Integer count) {
        List<Consultation.Opinion> opinions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode o = nodes.get(i);
            Integer times = o.hasNonNull("so_luot") ? o.path("so_luot").asInt() : null;
            if (times != null && count != null && times > count) {
                checks.add("/y_kien/" + i + "/so_luot", "y_kien[" + i + "].so_luot", "ý kiến được nêu " + times
                        + " lượt nhưng tổng số ý kiến nhận được (so_y_kien) là " + count + ". Cách sửa: sửa so_luot "
                        + "hoặc so_y_kien; một ý kiến không thể được nêu nhiều lượt hơn tổng số ý kiến.");
            }
            opinions.add(new Consultation.Opinion(Fields.text(o.get("noi_dung")), times, Fields.text(o.get("tra_loi"))));
        }
        return List.copyOf(opinions);
    }

    private static Consultation.Outcome outcome(Checks checks, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return Fields.text(node) == null ? null : new Consultation.Outcome(Fields.text(node), null, null);
        }
        LocalDate date = Fields.date(checks, "/ket_qua/ngay", "ket_qua.ngay", "ngày quyết định");
        String text = Fields.text(node.get("noi_dung")) != null ? Fields.text(node.get("noi_dung"))
                : Fields.text(node.get("quyet_dinh"));
        return new Consultation.Outcome(text, Fields.text(node.get("so_hieu")), date);
    }
}
