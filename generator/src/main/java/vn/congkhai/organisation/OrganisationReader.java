package vn.congkhai.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.Checks;
import vn.congkhai.kind.Fields;
import vn.congkhai.text.VietnameseText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a schema-valid {@code co-cau-to-chuc} file (the schema has checked every field's shape, phone numbers and
 * e-mails included); checks what no schema can: a leader or a department listed twice.
 */
final class OrganisationReader {

    private OrganisationReader() {
    }

    static Organisation read(Checks checks) {
        JsonNode doc = checks.doc().metadata();
        List<Organisation.Leader> leaders = new ArrayList<>();
        JsonNode rows = doc.path("lanh_dao");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            leaders.add(new Organisation.Leader(text(r, "ho_ten"), text(r, "chuc_vu"), text(r, "chuc_vu_tieng_anh"),
                    text(r, "linh_vuc_phu_trach"), text(r, "linh_vuc_phu_trach_tieng_anh"), text(r, "dien_thoai"),
                    text(r, "email")));
        }
        once(checks, "lanh_dao", "ho_ten", leaders.stream().map(Organisation.Leader::name).toList(),
                "người này đã có ở lãnh đạo thứ %d. Cách sửa: gộp hai dòng thành một; một người giữ hai chức vụ "
                        + "thì ghi cả hai trong chuc_vu, ví dụ \"Phó Chủ tịch Ủy ban nhân dân xã, Trưởng Công an xã\".");
        List<Organisation.Post> posts = new ArrayList<>();
        rows = doc.path("bo_phan");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            posts.add(new Organisation.Post(text(r, "ten"), text(r, "ten_tieng_anh"), text(r, "nhiem_vu"),
                    text(r, "nhiem_vu_tieng_anh"), text(r, "nguoi_phu_trach"), text(r, "dien_thoai"), text(r, "email")));
        }
        once(checks, "bo_phan", "ten", posts.stream().map(Organisation.Post::name).toList(),
                "bộ phận này đã có ở bộ phận thứ %d. Cách sửa: gộp hai dòng thành một, hoặc đặt tên cho khác nhau.");
        JsonNode f = doc.path("dau_moi");
        Organisation.FocalOfficer focal = new Organisation.FocalOfficer(text(f, "ho_ten"), text(f, "chuc_vu"),
                text(f, "chuc_vu_tieng_anh"), text(f, "dien_thoai"), text(f, "email"));
        return checks.failed() ? null : new Organisation(text(doc, "ten_tieng_anh"), text(doc, "chuc_nang"),
                text(doc, "chuc_nang_tieng_anh"), text(doc, "dia_chi"), text(doc, "dia_chi_tieng_anh"),
                text(doc, "dien_thoai"), text(doc, "email"), text(doc, "gio_lam_viec"),
                text(doc, "gio_lam_viec_tieng_anh"), leaders, posts, focal);
    }

    /** Each of {@code names} once in list {@code list}, compared as an officer reads them (case and spaces aside). */
    private static void once(Checks checks, String list, String field, List<String> names, String twice) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Integer before = first.putIfAbsent(VietnameseText.nfc(names.get(i)).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("\\s+", " "), i);
            if (before != null) {
                checks.add("/" + list + "/" + i + "/" + field, list + "[" + i + "]." + field,
                        twice.formatted(before + 1));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return Fields.text(node.get(field));
    }
}
