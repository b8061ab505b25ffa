package vn.congkhai.validate;

import vn.congkhai.model.PersonalFields;
import vn.congkhai.problem.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.LocatedJson;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.config.Commune;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.RowNames;
import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.types.ContentTypes;

import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.Values;
import vn.congkhai.text.VietnameseText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data off the site (content contract, "Personal data"; Personal Data Protection Law 91/2025/QH15).
 * These stop the build, naming the file, the line and the field, every one of them at once (all columns, all findings
 * of a line: fixing one must not publish the rest):
 * <ul>
 *   <li>a field named for an ID number, phone, birth date or ethnicity, anywhere in a disclosure; a table column
 *   headed so, short headings ("NS") included;</li>
 *   <li>a citizen ID number ({@link DigitRuns}: 9 or 12 digits, grouped or not, with or without a label such as CCCD),
 *   a labelled phone number (SĐT 0912 345 678, Zalo: 0368123456) or any mobile number (0912 345 678, +84 912 345 678),
 *   and a birth date next to its label ("sinh ngày 12/03/1975", "NS: 1951-03-12", {@link BirthDates}) in any text:
 *   every string value at any depth, the Markdown header and the Markdown body (its tables too);</li>
 *   <li>in a list of people, also any value that looks like an ID number, a phone number or a birth date, naming the
 *   row: JSON numbers too (912345678 is a phone that lost its leading zero; only money columns hold amounts), read
 *   more strictly under an ID, contact or birth heading ({@link ColumnRole}), and a date column that holds birth
 *   dates (headed so, or, in a table of named people, dates of 16 years ago or more under a heading naming no event).</li>
 * </ul>
 * JSON numbers outside lists of people are amounts and counts, never flagged; the commune's own phone and hotline
 * from configuration are public, and so are the official contacts its organisation file publishes.
 */
public final class PersonalDataGuard {

    /**
     * The kind of a people row's cell that holds the commune's own words (an answer to a citizen): a date there is a
     * date of the commune's work, not a birth date; ID and phone numbers are still refused.
     */
    public static final String COMMUNE_TEXT = "cua-xa";
    private static final Pattern COLUMN_CODE = Pattern.compile("cot\\[\\d+]\\.ma");
    /** A row's index in a JSON Pointer, which {@code *} stands for in a kind's public contact fields. */
    private static final Pattern ANY_ROW = Pattern.compile("/\\d+(?=/|$)");
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?<![0-9])([0-3]?[0-9])[/.-]([01]?[0-9])[/.-]((19|20)[0-9]{2})(?![0-9])"
                    + "|(?<![0-9])(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?![0-9])"
                    + "|\\b(sinh năm|năm sinh|SN)\\s*:?\\s*(19|20)[0-9]{2}", Pattern.CASE_INSENSITIVE);
    /** Headings of a table's column of people's names: with one, a table is a list of people. */
    private static final List<String> NAME_HEADINGS = List.of("ho va ten", "ho ten", "chu ho", "ten nguoi",
            "nguoi nhan", "nguoi duoc");
    /** How old a date in a table of named people must be to be taken for a birth date (an adult's, or a teenager's). */
    private static final int BIRTH_AGE = 16;

    private PersonalDataGuard() {
    }

    /** Whether a field name asks for personal data that must never be published. */
    public static boolean isForbiddenName(String name) {
        return PersonalFields.isForbidden(name);
    }

    /** A people list's column: its kind ({@code kieu}), what its heading says, and whether its dates may be births. */
    private record Column(String kind, ColumnRole role, boolean datesOfPeople) {
    }

    /** Checks one disclosure; {@code commune} gives the numbers the commune publishes itself. */
    public static void check(SourceDocument doc, DisclosureType type, Commune commune, Problems problems) {
        check(doc, type, commune, List.of(), problems);
    }

    /**
     * Checks one disclosure; {@code commune} and {@code official} (the numbers of its published organisation file)
     * give the numbers the commune publishes itself.
     */
    public static void check(SourceDocument doc, DisclosureType type, Commune commune, Collection<String> official,
                             Problems problems) {
        List<String> numbers = new ArrayList<>(official);
        // a draft organisation file's own contacts: published with it, never before
        numbers.addAll(ContentTypes.publicNumbers(type, doc));
        numbers.add(commune.phone());
        numbers.add(commune.hotline());
        Set<String> allowed = DigitRuns.allowed(numbers.toArray(String[]::new));
        checkNames(doc, ContentTypes.of(type).map(DisclosureKind::publicContactFields).orElse(Set.of()), problems);
        Set<String> rowCells = new HashSet<>();
        for (String list : ContentTypes.of(type).map(DisclosureKind::peopleLists).orElse(List.of())) {
            JsonNode rows = doc.field(list);
            if (rows == null || !rows.isArray()) {
                continue;
            }
            Map<String, Column> columns = columns(doc, type);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                Iterator<Map.Entry<String, JsonNode>> cells = row.fields();
                while (cells.hasNext()) {
                    Map.Entry<String, JsonNode> cell = cells.next();
                    Column column = columns.computeIfAbsent(cell.getKey(),
                            k -> new Column("text", ColumnRole.of(k), false));
                    String pointer = "/" + list + "/" + i + "/" + LocatedJson.segment(cell.getKey());
                    rowCells.add(pointer);
                    Finding at = new Finding(doc, pointer, list + "[" + i + "]." + cell.getKey());
                    checkCell(at, cell.getValue(), column, allowed, problems);
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
                if (isForbiddenName(heading) || ColumnRole.of(heading) == ColumnRole.BIRTH) {
                    problems.add(doc.path(), doc.lineOf("/cot/" + i + "/ten"), RowNames.field(doc, "cot[" + i + "].ten"),
                            forbiddenField(heading));
                }
            }
        }
    }

    private static void checkNames(SourceDocument doc, Set<String> publicContacts, Problems problems) {
        FieldWalk.nodes(doc, (place, node) -> {
            String name = place.name();
            if (name != null && isForbiddenName(name) && !publicContacts.contains(place.pointer())
                    && !publicContacts.contains(ANY_ROW.matcher(place.pointer()).replaceAll("/*"))) {
                problems.add(doc.path(), doc.lineOf(place.pointer()), RowNames.field(doc, place.field()),
                        forbiddenField(name));
            }
            // A column code in a table is a field name too (its field, cot[i].ma, ends with its key).
            if (node.isTextual() && name != null && name.endsWith("ma") && COLUMN_CODE.matcher(place.field()).matches()
                    && isForbiddenName(node.asText())) {
                problems.add(doc.path(), doc.lineOf(place.pointer()), RowNames.field(doc, place.field()),
                        forbiddenField(node.asText()));
            }
        });
    }

    /**
     * Any text outside a list of people: ID numbers, phone numbers that say they are one or are mobile numbers, and
     * labelled birth dates; each one found.
     */
    private static void checkText(SourceDocument doc, IntSupplier line, String field, String text,
                                  Set<String> allowed, Problems problems) {
        for (DigitRuns.Run run : DigitRuns.of(text, allowed)) {
            if (run.kind() == DigitRuns.Kind.ID) {
                problems.add(doc.path(), line.getAsInt(), RowNames.field(doc, field), "có số \"" + run.text() + "\" " + idLike(run) + ". "
                        + RULE_EVERYWHERE + " Cách sửa: xoá số này khỏi tệp" + (run.labelled() ? "." : "; nếu đó "
                        + "là số tiền, viết có dấu chấm ngăn cách hoặc kèm đơn vị, ví dụ 125.000.000 đồng."));
            } else if (run.kind() == DigitRuns.Kind.PHONE && (run.labelled() || DigitRuns.isMobile(run))) {
                problems.add(doc.path(), line.getAsInt(), RowNames.field(doc, field), "có số điện thoại \"" + run.text() + "\". "
                        + RULE_EVERYWHERE + " Cách sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, ghi đúng "
                        + "như xa.dien_thoai hoặc xa.duong_day_nong trong jbake.properties, hoặc ghi số đó vào thông "
                        + "tin liên hệ của tệp cơ cấu tổ chức (content/co-cau-to-chuc/).");
            }
        }
        if (hasYear(text)) {
            for (String birth : BirthDates.labelled(text)) {
                problems.add(doc.path(), line.getAsInt(), RowNames.field(doc, field), "có ngày sinh \"" + birth + "\". " + RULE_BIRTH
                        + " Cách sửa: xoá ngày sinh khỏi tệp.");
            }
        }
    }

    /** Where a people row's cell is, for its messages: the pointer (its line is looked up only for a problem). */
    private record Finding(SourceDocument doc, String pointer, String field) {

        void add(Problems problems, String message) {
            problems.add(doc.path(), doc.lineOf(pointer), RowNames.field(doc, field), message);
        }
    }

    /** A value in a row of a list of people: ID numbers, phone numbers, birth dates; each one found. */
    private static void checkCell(Finding at, JsonNode value, Column column, Set<String> allowed, Problems problems) {
        if (!value.isValueNode() || value.isBoolean() || value.isNull()) {
            return;
        }
        String text = value.asText();
        if (!hasDigit(text)) { // ID and phone numbers and birth dates all have digits; most names have none
            return;
        }
        if (value.isNumber()) {
            checkNumber(at, value, column, problems);
            return;
        }
        for (DigitRuns.Run run : DigitRuns.of(text, allowed)) {
            boolean own = DigitRuns.isOwn(run, allowed);
            if (run.kind() == DigitRuns.Kind.ID || (column.role() == ColumnRole.ID && run.digits() >= 9 && !own)) {
                at.add(problems, "có giá trị \"" + run.text() + "\" " + idLike(run) + ". " + RULE
                        + " Cách sửa: xoá số này khỏi tệp.");
            } else if (run.kind() == DigitRuns.Kind.PHONE
                    || (column.role() == ColumnRole.CONTACT && run.digits() >= 8 && !own)) {
                at.add(problems, "có giá trị \"" + run.text() + "\" giống số điện thoại. " + RULE
                        + " Cách sửa: xoá số điện thoại khỏi danh sách.");
            }
        }
        if (column.kind().equals("ngay")) {
            if (column.role() == ColumnRole.BIRTH || column.datesOfPeople() && isOld(Values.date(text), at.doc())) {
                at.add(problems, "có giá trị \"" + text + "\" giống ngày sinh. " + RULE + " Cách sửa: xoá cột ngày "
                        + "sinh khỏi tệp; nếu đó là ngày của một việc, ghi rõ việc đó trong tên cột, ví dụ \"Ngày nhận\".");
            }
        } else if (!column.kind().equals(COMMUNE_TEXT) && hasYear(text)
                && (column.role() == ColumnRole.BIRTH || hasBirthDate(text, at.doc()))) {
            at.add(problems, "có giá trị \"" + text + "\" giống ngày sinh. " + RULE + " Cách sửa: xoá ngày sinh; "
                    + "nếu đó không phải ngày sinh, ghi rõ bằng chữ, ví dụ \"tách hộ tháng 3 năm 2024\".");
        }
    }

    /**
     * A JSON number in a row of people: outside a money column, a whole number of 9 to 12 digits is an ID number or
     * a phone number that lost its leading zero in a spreadsheet (an amount in a number column ends in 000); under an
     * ID or contact heading, 8 digits are enough; under a birth heading, a year is a year of birth.
     */
    private static void checkNumber(Finding at, JsonNode value, Column column, Problems problems) {
        boolean strict = column.role() == ColumnRole.ID || column.role() == ColumnRole.CONTACT;
        if (column.kind().equals("tien") && !strict || !value.canConvertToExactIntegral()) {
            return;
        }
        String digits = value.bigIntegerValue().abs().toString();
        if (digits.length() >= (strict ? 8 : 9) && digits.length() <= 12 && (strict || !digits.endsWith("000"))) {
            at.add(problems, "có giá trị " + digits + " giống số định danh hoặc số điện thoại đã mất số 0 ở đầu ("
                    + digits.length() + " chữ số). " + RULE + " Cách sửa: xoá số này khỏi tệp.");
        } else if (column.role() == ColumnRole.BIRTH && hasYear(digits) && digits.length() == 4) {
            at.add(problems, "có giá trị " + digits + " giống năm sinh. " + RULE + " Cách sửa: xoá năm sinh khỏi tệp.");
        }
    }

    /**
     * Whether a text of a people row has a date that may be a birth date: any, except a recent date after "ngày" that
     * is not "sinh ngày" (a decision's or a payment's: "Quyết định 171/QĐ-UBND ngày 25/03/2024").
     */
    private static boolean hasBirthDate(String text, SourceDocument doc) {
        Matcher m = BIRTH_DATE.matcher(text);
        while (m.find()) {
            String before = VietnameseText.fold(text.substring(Math.max(0, m.start() - 12), m.start()));
            boolean ofWork = before.endsWith("ngay") && !before.endsWith("sinh ngay");
            if (!ofWork || isOld(Values.date(m.group()), doc)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date is {@link #BIRTH_AGE} years or more before the disclosure's own date (a date not read: yes). */
    private static boolean isOld(Optional<LocalDate> date, SourceDocument doc) {
        try {
            LocalDate of = LocalDate.parse(doc.metadata().path("date").asText(""));
            return date.map(d -> !d.isAfter(of.minusYears(BIRTH_AGE))).orElse(true);
        } catch (DateTimeParseException e) {
            return true;
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
    private static final String RULE_BIRTH = "Văn bản công khai không được có ngày sinh của người dân (Luật Bảo vệ "
            + "dữ liệu cá nhân 91/2025/QH15).";
    private static final String RULE_EVERYWHERE = "Văn bản công khai không được có số định danh, số điện thoại của "
            + "người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).";

    private static String forbiddenField(String name) {
        return "trường \"" + name + "\" chứa dữ liệu cá nhân (số định danh, điện thoại, ngày sinh, dân tộc…) "
                + "không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá trường này "
                + "khỏi tệp, kể cả khi để trống.";
    }

    /**
     * The columns of a type's list of people by field: a table's from its {@code cot} (kind, heading), another
     * type's from its declared kinds, each with the role its heading (or field name) says.
     */
    private static Map<String, Column> columns(SourceDocument doc, DisclosureType type) {
        Map<String, Column> columns = new HashMap<>();
        if (type == DisclosureType.BANG) {
            JsonNode cot = doc.field("cot");
            if (cot != null && cot.isArray()) {
                boolean named = false;
                for (JsonNode c : cot) {
                    named |= Headings.matches(c.path("ten").asText(""), NAME_HEADINGS);
                }
                for (JsonNode c : cot) {
                    String heading = c.path("ten").asText(c.path("ma").asText());
                    ColumnRole role = ColumnRole.of(heading);
                    columns.put(c.path("ma").asText(), new Column(c.path("kieu").asText("text"), role,
                            named && role != ColumnRole.EVENT));
                }
            }
            return columns;
        }
        Map<String, String> kinds = type == DisclosureType.LICH_TIEP_DAN ? Map.of("ngay", "ngay") // the session's date
                : ContentTypes.of(type).map(DisclosureKind::peopleColumnKinds).orElse(Map.of());
        kinds.forEach((field, kind) -> columns.put(field, new Column(kind,
                kind.equals("ngay") ? ColumnRole.EVENT : ColumnRole.of(field), false)));
        return columns;
    }

    static String normalize(String name) {
        return PersonalFields.normalize(name);
    }
}
