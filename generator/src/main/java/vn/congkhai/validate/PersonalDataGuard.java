package vn.congkhai.validate;

import vn.congkhai.model.PersonalFields;
import vn.congkhai.content.Checks;
import vn.congkhai.problem.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.LocatedJson;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.config.Commune;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.types.ContentTypes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Keeps personal data off the site (content contract, "Personal data"; Personal Data Protection Law 91/2025/QH15).
 * These stop the build, naming the file, the line and the field:
 * <ul>
 *   <li>a field named for an ID number, phone, birth date or ethnicity, anywhere in a disclosure;</li>
 *   <li>a citizen ID number ({@link DigitRuns}: 9 or 12 digits, grouped or not, with or without a label such as CCCD)
 *   or a labelled phone number (SĐT 0912 345 678) in any text: every string value at any depth, the Markdown header
 *   and the Markdown body;</li>
 *   <li>in a list of people, also any value (numbers included, except in a table's number and money columns) that
 *   looks like an ID number, a phone number or a birth date, naming the row.</li>
 * </ul>
 * JSON numbers outside lists of people are amounts and counts, never flagged; the commune's own phone and hotline
 * from configuration are public.
 */
public final class PersonalDataGuard {

    /**
     * The kind of a people row's cell that holds the commune's own words (an answer to a citizen): a date there is a
     * date of the commune's work, not a birth date; ID and phone numbers are still refused.
     */
    public static final String COMMUNE_TEXT = "cua-xa";
    private static final Pattern COLUMN_CODE = Pattern.compile("cot\\[\\d+]\\.ma");
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?<![0-9])([0-3]?[0-9])[/.-]([01]?[0-9])[/.-]((19|20)[0-9]{2})(?![0-9])"
                    + "|(?<![0-9])(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?![0-9])"
                    + "|\\b(sinh năm|năm sinh|SN)\\s*:?\\s*(19|20)[0-9]{2}", Pattern.CASE_INSENSITIVE);

    /** Where each type keeps its list of people, and what a row is called in messages. */

    private PersonalDataGuard() {
    }

    /** Whether a field name asks for personal data that must never be published. */
    public static boolean isForbiddenName(String name) {
        return PersonalFields.isForbidden(name);
    }

    /** Checks one disclosure; {@code commune} gives the numbers the commune publishes itself. */
    public static void check(SourceDocument doc, DisclosureType type, Commune commune, Problems problems) {
        Set<String> allowed = DigitRuns.allowed(commune.phone(), commune.hotline());
        checkNames(doc, ContentTypes.of(type).map(DisclosureKind::publicContactFields).orElse(Set.of()), problems);
        Set<String> rowCells = new HashSet<>();
        for (String list : ContentTypes.of(type).map(DisclosureKind::peopleLists).orElse(List.of())) {
            JsonNode rows = doc.field(list);
            if (rows == null || !rows.isArray()) {
                continue;
            }
            Map<String, String> columnTypes = switch (type) {
                case BANG -> columnTypes(doc);
                case LICH_TIEP_DAN -> Map.of("ngay", "ngay"); // the session's date
                default -> ContentTypes.of(type).map(DisclosureKind::peopleColumnKinds).orElse(Map.of());
            };
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                Iterator<Map.Entry<String, JsonNode>> cells = row.fields();
                while (cells.hasNext()) {
                    Map.Entry<String, JsonNode> cell = cells.next();
                    String kind = columnTypes.getOrDefault(cell.getKey(), "text");
                    String pointer = "/" + list + "/" + i + "/" + LocatedJson.segment(cell.getKey());
                    rowCells.add(pointer);
                    checkCell(doc, pointer, list, i, cell.getKey(), row, cell.getValue(), kind, allowed, problems);
                }
            }
        }
        FieldWalk.nodes(doc, (place, node) -> {
            // every run of digits it reports has digits: the other texts are not even placed
            if (node.isTextual() && hasDigit(node.asText()) && !rowCells.contains(place.pointer())) {
                checkText(doc, () -> doc.lineOf(place.pointer()), place.field(), node.asText(), allowed, problems);
            }
        });
        FieldWalk.bodyLines(doc, PersonalDataGuard::isDigit, // every number it looks for has digits
                (line, text) -> checkText(doc, () -> line, FieldWalk.BODY, text, allowed, problems));
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

    private static void checkNames(SourceDocument doc, Set<String> publicContacts, Problems problems) {
        FieldWalk.nodes(doc, (place, node) -> {
            String name = place.name();
            if (name != null && isForbiddenName(name) && !publicContacts.contains(place.pointer())) {
                problems.add(doc.path(), doc.lineOf(place.pointer()), place.field(), forbiddenField(name));
            }
            // A column code in a table is a field name too (its field, cot[i].ma, ends with its key).
            if (node.isTextual() && name != null && name.endsWith("ma") && COLUMN_CODE.matcher(place.field()).matches()
                    && isForbiddenName(node.asText())) {
                problems.add(doc.path(), doc.lineOf(place.pointer()), place.field(), forbiddenField(node.asText()));
            }
        });
    }

    /** Any text outside a list of people: ID numbers, and phone numbers that say they are one. */
    private static void checkText(SourceDocument doc, IntSupplier line, String field, String text,
                                  Set<String> allowed, Problems problems) {
        for (DigitRuns.Run run : DigitRuns.of(text, allowed)) {
            if (run.kind() == DigitRuns.Kind.ID) {
                problems.add(doc.path(), line.getAsInt(), field, "có số \"" + run.text() + "\" " + idLike(run) + ". "
                        + RULE_EVERYWHERE + " Cách sửa: xoá số này khỏi tệp" + (run.labelled() ? "." : "; nếu đó "
                        + "là số tiền, viết có dấu chấm ngăn cách hoặc kèm đơn vị, ví dụ 125.000.000 đồng."));
                return;
            }
            if (run.kind() == DigitRuns.Kind.PHONE && run.labelled()) {
                problems.add(doc.path(), line.getAsInt(), field, "có số điện thoại \"" + run.text() + "\". "
                        + RULE_EVERYWHERE + " Cách sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, ghi đúng "
                        + "như xa.dien_thoai hoặc xa.duong_day_nong trong jbake.properties.");
                return;
            }
        }
    }

    /** A value in a row of a list of people: ID numbers, phone numbers, birth dates. */
    private static void checkCell(SourceDocument doc, String pointer, String list, int index, String column,
                                  JsonNode rowNode, JsonNode value, String kind, Set<String> allowed,
                                  Problems problems) {
        if (!value.isValueNode() || value.isBoolean() || value.isNull()) {
            return;
        }
        String text = value.asText();
        if (!hasDigit(text)) { // ID and phone numbers and birth dates all have digits; most names have none
            return;
        }
        boolean numericColumn = value.isNumber() && (kind.equals("tien") || kind.equals("so"));
        String field = list + "[" + index + "]." + column;
        String row = row(rowNode, index);
        for (DigitRuns.Run run : numericColumn ? List.<DigitRuns.Run>of() : DigitRuns.of(text, allowed)) {
            if (run.kind() == DigitRuns.Kind.ID) {
                problems.add(doc.path(), doc.lineOf(pointer), field, row + " có giá trị \"" + run.text() + "\" "
                        + idLike(run) + ". " + RULE + " Cách sửa: xoá số này khỏi tệp.");
                return;
            }
            if (run.kind() == DigitRuns.Kind.PHONE) {
                problems.add(doc.path(), doc.lineOf(pointer), field, row + " có giá trị \"" + run.text() + "\" giống số "
                        + "điện thoại. " + RULE + " Cách sửa: xoá số điện thoại khỏi danh sách.");
                return;
            }
        }
        if (!kind.equals("ngay") && !kind.equals(COMMUNE_TEXT) && hasYear(text)
                && BIRTH_DATE.matcher(text).find()) {
            problems.add(doc.path(), doc.lineOf(pointer), field, row + " có giá trị \"" + text + "\" giống ngày "
                    + "sinh. " + RULE + " Cách sửa: xoá ngày sinh; nếu đó không phải ngày sinh, ghi rõ bằng chữ, "
                    + "ví dụ \"tách hộ tháng 3 năm 2024\".");
        }
    }

    private static boolean hasDigit(String text) {
        return FieldWalk.CharPredicate.any(text, PersonalDataGuard::isDigit);
    }

    /** Whether {@code text} has four digits in a row starting 19 or 20, as every way of {@link #BIRTH_DATE} has. */
    private static boolean hasYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(text.charAt(i + 2))
                    && isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String idLike(DigitRuns.Run run) {
        return "giống số chứng minh nhân dân hoặc căn cước công dân (" + run.digits() + " chữ số)";
    }

    private static final String RULE = "Danh sách công khai không được có số định danh, số điện thoại, ngày sinh "
            + "(Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).";
    private static final String RULE_EVERYWHERE = "Văn bản công khai không được có số định danh, số điện thoại của "
            + "người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).";

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
        return PersonalFields.normalize(name);
    }
}
