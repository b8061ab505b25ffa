package vn.congkhai.kind;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.Checks;
import vn.congkhai.model.Hamlet;
import vn.congkhai.text.IsoDate;

import java.time.LocalDate;
import java.util.Optional;

/** Reading the values of a schema-valid document: optional texts, and dates that must exist. */
public final class Fields {

    private Fields() {
    }

    /** The stripped text of a value; null when it is missing, null or blank. */
    public static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank() ? null
                : node.asText().strip();
    }

    /**
     * The hamlet named at {@code pointer}, stripped; null when missing. A value that is only the word for a hamlet
     * ("Xóm") is reported as {@code field}: the hamlet's page and feed need its name.
     */
    public static String hamlet(Checks checks, String pointer, String field) {
        String text = text(checks.doc().metadata().at(pointer));
        if (text != null && Hamlet.of(text).isEmpty()) {
            checks.add(pointer, field, "\"" + text + "\" chưa có tên xóm (mỗi xóm có trang và nguồn tin riêng theo "
                    + "tên). Cách sửa: ghi cả tên, ví dụ \"Xóm Gốc Vải\".");
        }
        return text;
    }

    /**
     * The date at {@code pointer} (the schema checked its shape); a day that does not exist is reported as
     * {@code field} with {@code what} it is. Null when missing or impossible.
     */
    public static LocalDate date(Checks checks, String pointer, String field, String what) {
        JsonNode node = checks.doc().metadata().at(pointer);
        String text = text(node);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = IsoDate.parse(text);
        if (date.isEmpty()) {
            checks.add(pointer, field, "ngày \"" + text + "\" không có thật (" + what + "). Cách sửa: viết dạng "
                    + "năm-tháng-ngày và kiểm tra lại ngày, tháng, ví dụ 2024-03-25.");
            return null;
        }
        return date.get();
    }
}
