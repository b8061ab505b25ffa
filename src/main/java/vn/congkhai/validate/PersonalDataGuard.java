package vn.congkhai.validate;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.LocatedJson;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.VietnameseText;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data off the site (content contract, "Personal data"; Personal Data Protection Law 91/2025/QH15):
 * a field named for an ID number, phone, birth date or ethnicity anywhere in a disclosure, or a value in a list of
 * people that looks like an ID number (9 or 12 digits), a phone number or a birth date, stops the build naming the
 * file and the row.
 */
public final class PersonalDataGuard {

    /** Field names, without diacritics, lowercase, words joined by {@code _}. */
    private static final Set<String> FORBIDDEN_NAMES = Set.of("cccd", "cmnd", "cmt", "can_cuoc", "can_cuoc_cong_dan",
            "so_cccd", "so_cmnd", "so_can_cuoc", "so_dinh_danh", "dinh_danh", "ma_dinh_danh", "so_dinh_danh_ca_nhan",
            "ho_chieu", "so_ho_chieu", "dien_thoai", "so_dien_thoai", "sdt", "so_dt", "dt", "di_dong", "ngay_sinh",
            "nam_sinh", "sinh_ngay", "ngay_thang_nam_sinh", "dan_toc", "ton_giao", "ma_so_thue", "so_bhxh",
            "so_bhyt", "ma_bhyt", "so_tai_khoan", "tai_khoan");

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])\\+?[0-9](?:[ .-]?[0-9])*(?![0-9])");
    private static final Pattern MONEY = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?<![0-9])([0-3]?[0-9])[/.-]([01]?[0-9])[/.-]((19|20)[0-9]{2})(?![0-9])"
                    + "|(?<![0-9])(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?![0-9])"
                    + "|\\b(sinh năm|năm sinh|SN)\\s*:?\\s*(19|20)[0-9]{2}", Pattern.CASE_INSENSITIVE);

    /** Where each type keeps its list of people, and what a row is called in messages. */
    private static final Map<DisclosureType, List<String>> PEOPLE_LISTS = Map.of(
            DisclosureType.HO_NGHEO, List.of("ho"),
            DisclosureType.BANG, List.of("dong"),
            DisclosureType.LICH_TIEP_DAN, vn.congkhai.reception.ReceptionScheduleReader.LIST_NAMES);

    private PersonalDataGuard() {
    }

    /** Whether a field name asks for personal data that must never be published. */
    public static boolean isForbiddenName(String name) {
        return FORBIDDEN_NAMES.contains(normalize(name));
    }

    public static void check(SourceDocument doc, DisclosureType type, Problems problems) {
        checkNames(doc, doc.metadata(), "", "", problems);
        for (String list : PEOPLE_LISTS.getOrDefault(type, List.of())) {
            JsonNode rows = doc.field(list);
            if (rows == null || !rows.isArray()) {
                continue;
            }
            Map<String, String> columnTypes = switch (type) {
                case BANG -> columnTypes(doc);
                case LICH_TIEP_DAN -> Map.of("ngay", "ngay"); // the session's date
                default -> Map.of();
            };
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                Iterator<Map.Entry<String, JsonNode>> cells = row.fields();
                while (cells.hasNext()) {
                    Map.Entry<String, JsonNode> cell = cells.next();
                    String kind = columnTypes.getOrDefault(cell.getKey(), "text");
                    checkValue(doc, "/" + list + "/" + i + "/" + LocatedJson.segment(cell.getKey()),
                            list + "[" + i + "]." + cell.getKey(), row(row, i), cell.getValue(), kind, problems);
                }
            }
        }
        if (type == DisclosureType.BANG) {
            JsonNode columns = doc.field("cot");
            for (int i = 0; columns != null && columns.isArray() && i < columns.size(); i++) {
                String heading = columns.get(i).path("ten").asText("");
                if (isForbiddenName(heading)) {
                    problems.add(doc.path(), doc.lineOf("/cot/" + i + "/ten"), "cot[" + i + "].ten",
                            forbiddenField(heading));
                }
            }
        }
    }

    private static void checkNames(SourceDocument doc, JsonNode node, String pointer, String field, Problems problems) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String childPointer = pointer + "/" + LocatedJson.segment(f.getKey());
                String childField = field.isEmpty() ? f.getKey() : field + "." + f.getKey();
                if (isForbiddenName(f.getKey())) {
                    problems.add(doc.path(), doc.lineOf(childPointer), childField, forbiddenField(f.getKey()));
                }
                checkNames(doc, f.getValue(), childPointer, childField, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNames(doc, node.get(i), pointer + "/" + i, field + "[" + i + "]", problems);
            }
        }
        // A column code in a table is a field name too.
        if (node.isTextual() && field.matches("cot\\[\\d+]\\.ma") && isForbiddenName(node.asText())) {
            problems.add(doc.path(), doc.lineOf(pointer), field, forbiddenField(node.asText()));
        }
    }

    private static void checkValue(SourceDocument doc, String pointer, String field, String row, JsonNode value,
                                   String kind, Problems problems) {
        if (!value.isValueNode() || value.isBoolean() || value.isNull()) {
            return;
        }
        boolean numericColumn = value.isNumber() && (kind.equals("tien") || kind.equals("so"));
        String text = value.asText();
        Matcher digits = DIGIT_RUN.matcher(text);
        while (!numericColumn && digits.find()) {
            String run = digits.group();
            if (MONEY.matcher(run).matches()) {
                continue; // 125.000.000: an amount written the Vietnamese way, not an ID
            }
            String bare = run.replaceAll("[^0-9]", "");
            if (bare.length() == 9 || bare.length() == 12) {
                problems.add(doc.path(), doc.lineOf(pointer), field, row + " có giá trị \"" + run + "\" giống số "
                        + "chứng minh nhân dân hoặc căn cước công dân (" + bare.length() + " chữ số). " + RULE
                        + " Cách sửa: xoá số này khỏi tệp.");
                return;
            }
            if (looksLikePhone(run, bare)) {
                problems.add(doc.path(), doc.lineOf(pointer), field, row + " có giá trị \"" + run + "\" giống số "
                        + "điện thoại. " + RULE + " Cách sửa: xoá số điện thoại khỏi danh sách.");
                return;
            }
        }
        if (!kind.equals("ngay") && BIRTH_DATE.matcher(text).find()) {
            problems.add(doc.path(), doc.lineOf(pointer), field, row + " có giá trị \"" + text + "\" giống ngày "
                    + "sinh. " + RULE + " Cách sửa: xoá ngày sinh; nếu đó không phải ngày sinh, ghi rõ bằng chữ, "
                    + "ví dụ \"tách hộ tháng 3 năm 2024\".");
        }
    }

    private static final String RULE = "Danh sách công khai không được có số định danh, số điện thoại, ngày sinh "
            + "(Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).";

    private static boolean looksLikePhone(String run, String bare) {
        if (run.startsWith("+84") || (bare.startsWith("84") && bare.length() == 11)) {
            return bare.length() >= 11 && bare.length() <= 12;
        }
        return bare.startsWith("0") && (bare.length() == 10 || bare.length() == 11);
    }

    private static String forbiddenField(String name) {
        return "trường \"" + name + "\" chứa dữ liệu cá nhân (số định danh, điện thoại, ngày sinh, dân tộc…) "
                + "không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá trường này "
                + "khỏi tệp, kể cả khi để trống.";
    }

    private static String row(JsonNode row, int index) {
        JsonNode stt = row.get("stt");
        return stt != null && stt.isValueNode() ? "Dòng số thứ tự " + stt.asText() : "Dòng thứ " + (index + 1);
    }

    private static Map<String, String> columnTypes(SourceDocument doc) {
        Map<String, String> types = new HashMap<>();
        JsonNode columns = doc.field("cot");
        if (columns != null && columns.isArray()) {
            columns.forEach(c -> types.put(c.path("ma").asText(), c.path("kieu").asText("text")));
        }
        return types;
    }

    static String normalize(String name) {
        return VietnameseText.fold(name).replace(' ', '_');
    }
}
