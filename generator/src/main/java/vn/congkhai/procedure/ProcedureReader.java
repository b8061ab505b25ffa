package vn.congkhai.procedure;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.model.Attachment;
import vn.congkhai.attachment.Attachments;
import vn.congkhai.content.Checks;

import java.util.ArrayList;
import java.util.List;

/** Reads a schema-valid {@code thu-tuc} file; checks that its forms to download exist. */
public final class ProcedureReader {

    private ProcedureReader() {
    }

    public static Procedure read(Checks checks, Attachments attachments) {
        JsonNode r = checks.doc().metadata();
        List<Procedure.RequiredDocument> documents = new ArrayList<>();
        r.path("thanh_phan_ho_so").forEach(d -> documents.add(new Procedure.RequiredDocument(d.path("ten").asText(),
                copies(d.path("so_luong")), text(d.get("ghi_chu")))));
        List<Procedure.Fee> fees = new ArrayList<>();
        r.path("phi_le_phi").forEach(f -> fees.add(new Procedure.Fee(f.path("ten").asText(), f.path("muc_vnd").asLong(),
                text(f.get("ghi_chu")))));
        List<Attachment> forms = new ArrayList<>();
        JsonNode formNodes = r.path("mau_don");
        for (int i = 0; i < formNodes.size(); i++) {
            JsonNode form = formNodes.get(i);
            String link = form.path("duong_dan").asText();
            Attachments.Named path = attachments.name(checks.doc().contentPath(), link);
            if (!path.found() && !path.missing()) {
                checks.add("/mau_don/" + i + "/duong_dan", "mau_don[" + i + "].duong_dan", path.refusal());
            } else if (path.missing()) {
                checks.add("/mau_don/" + i + "/duong_dan", "mau_don[" + i + "].duong_dan", "không tìm thấy tệp mẫu đơn \""
                        + link + "\". Cách sửa: đặt tệp cạnh " + checks.doc().path() + " hoặc trong assets/, và viết đúng tên.");
            } else {
                forms.add(new Attachment(form.path("ten").asText(), path.sitePath()));
            }
        }
        if (checks.failed()) {
            return null;
        }
        return new Procedure(r.path("ma_thu_tuc").asText().strip(), r.path("ten").asText().strip(),
                r.path("linh_vuc").asText().strip(), strings(r.path("trinh_tu")), strings(r.path("cach_thuc")),
                documents, r.path("thoi_han_giai_quyet").asText(),
                r.has("so_ngay_lam_viec") ? r.path("so_ngay_lam_viec").asDouble() : null, text(r.get("doi_tuong")),
                text(r.get("co_quan_thuc_hien")), text(r.get("ket_qua")), fees, forms, text(r.get("dieu_kien")),
                strings(r.path("can_cu_phap_ly")), text(r.get("noi_tiep_nhan")), text(r.get("dich_vu_cong_truc_tuyen")));
    }

    /** A list as officers write it: a list of lines, or one text. */
    private static List<String> strings(JsonNode node) {
        if (node.isTextual()) {
            return node.asText().isBlank() ? List.of() : List.of(node.asText().strip());
        }
        List<String> list = new ArrayList<>();
        node.forEach(s -> list.add(s.asText().strip()));
        return List.copyOf(list);
    }

    /** A text as officers write it: one text, or a list of lines joined. */
    private static String text(JsonNode node) {
        if (node != null && node.isArray()) {
            List<String> lines = strings(node);
            return lines.isEmpty() ? null : String.join("; ", lines);
        }
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }

    /** "1 bộ" from a number of copies, or the officer's own words ("01 bản chính, 01 bản sao"). */
    private static String copies(JsonNode node) {
        return node.isNumber() ? node.asInt() + " bộ" : node.asText().strip();
    }
}
