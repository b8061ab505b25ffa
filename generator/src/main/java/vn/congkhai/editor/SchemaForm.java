package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;
import vn.congkhai.content.CanonicalJson;
import vn.congkhai.validate.EnumLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of a JSON disclosure as a plain HTML form, from its type's schema: labels and help from the schema's
 * Vietnamese titles and descriptions, codes as choices showing their labels, dates as date fields, lists of rows as
 * tables with buttons to add and remove a row. It works without script; {@link FormValues} reads it back.
 */
final class SchemaForm {

    private final JsonNode root;
    private final Map<String, List<String>> problems;
    private java.util.Set<String> amounts = java.util.Set.of();
    private Map<String, RowSlice> slices = Map.of();
    private String address = "";
    private java.time.LocalDate today;

    /**
     * @param root     the type's schema
     * @param problems what the check found, by the JSON pointer of the field it is about, in the bake's words
     */
    SchemaForm(JsonNode root, Map<String, List<String>> problems) {
        this.root = root;
        this.problems = problems;
    }

    /**
     * Shows these fields of a list's rows ({@code /ho/so_tien}: the list's pointer and the field) as amounts in đồng,
     * with thousands dots ("1.250.000"), as the type's description of its list says they are.
     */
    SchemaForm showingAmounts(java.util.Set<String> fields) {
        this.amounts = java.util.Set.copyOf(fields);
        return this;
    }

    /**
     * Shows these rows of the tables ({@code /ho}: the rows of the household list the form shows); a long list not
     * named shows its first page. {@code address}: the file's page, which the page links add to.
     */
    SchemaForm showingRows(Map<String, RowSlice> slices, String address) {
        this.slices = Map.copyOf(slices);
        this.address = address;
        return this;
    }

    /** Writes how many days are left next to the date fields that end a period, counted from {@code day}. */
    SchemaForm countingDaysFrom(java.time.LocalDate day) {
        this.today = day;
        return this;
    }

    /** The fields of {@code document} into {@code form}. */
    void fields(JsonNode document, Element form) {
        object(root, "", document, form);
    }

    private void object(JsonNode schema, String pointer, JsonNode value, Element into) {
        List<String> required = new ArrayList<>();
        CanonicalJson.resolve(schema, root).path("required").forEach(r -> required.add(r.asText()));
        for (FormField field : FormField.of(schema, root)) {
            JsonNode current = value.path(field.name());
            if (field.alias() && current.isMissingNode() || field.name().equals("$schema")
                    || field.input() == FormField.Input.FIXED) { // the type's code: fixed, nothing to fill in
                if (field.input() == FormField.Input.FIXED && current.isMissingNode()) {
                    hidden(into, pointer + "/" + FormValues.escape(field.name()),
                            field.schema().path("const").asText());
                    continue;
                }
                if (!current.isMissingNode()) { // kept as it was; the officer has no use for it
                    hidden(into, pointer + "/" + FormValues.escape(field.name()), shown(current));
                }
                continue;
            }
            field(field, pointer + "/" + FormValues.escape(field.name()), current,
                    required.contains(field.name()), into);
        }
    }

    private void field(FormField field, String pointer, JsonNode value, boolean required, Element into) {
        String id = id(pointer);
        if (field.input() == FormField.Input.GROUP) {
            Element set = into.appendElement("fieldset").addClass("nhom");
            set.appendElement("legend").text(field.label());
            help(field, id, set);
            object(field.schema(), pointer, value, set);
            return;
        }
        Element box = into.appendElement("div").addClass("truong").attr("id", "o-" + id);
        Element label = box.appendElement("label").attr("for", id).text(field.label());
        if (required) {
            label.appendElement("span").addClass("bat-buoc").text(" (bắt buộc)");
        }
        String described = help(field, id, box);
        List<String> found = problems.getOrDefault(pointer, List.of());
        if (!found.isEmpty()) {
            Element list = box.appendElement("ul").addClass("loi").attr("id", "loi-" + id);
            found.forEach(p -> list.appendElement("li").text(p));
            described = (described + " loi-" + id).strip();
        }
        Element input = switch (field.input()) {
            case FIXED -> fixed(field, value, box);
            case CHOICE -> choice(field, value, box);
            case YES_NO -> yesNo(value, box);
            case DATE -> box.appendElement("input").attr("type", "date").val(shown(value));
            case NUMBER -> box.appendElement("input").attr("type", "text").attr("inputmode", "decimal")
                    .val(shown(value));
            case TEXT -> text(value, box);
            case TABLE -> table(field, pointer, value, box, id);
            case LINES -> lines(value, box);
            default -> box.appendElement("textarea").addClass("json").attr("rows", "8").attr("spellcheck", "false")
                    .text(value.isMissingNode() ? "" : value.toPrettyString());
        };
        if (field.input() == FormField.Input.TABLE) {
            return;
        }
        input.attr("id", id).attr("name", FormValues.VALUE + pointer);
        if (field.input() == FormField.Input.DATE && today != null && field.endsAPeriod()) {
            box.appendChild(DaysLeft.of(today, shown(value)).element("cn-" + id));
            described = (described + " cn-" + id).strip();
        }
        if (!described.isEmpty()) {
            input.attr("aria-describedby", described);
        }
        if (!found.isEmpty()) {
            input.attr("aria-invalid", "true");
        }
        String shown = input.tagName().equals("textarea") ? input.wholeText()
                : input.tagName().equals("select") ? selected(input) : input.val();
        hiddenShown(box, pointer, shown);
    }

    private static String selected(Element select) {
        Element chosen = select.selectFirst("option[selected]");
        return chosen == null ? "" : chosen.val();
    }

    private String help(FormField field, String id, Element into) {
        if (field.help().isEmpty()) {
            return "";
        }
        into.appendElement("p").addClass("goi-y").attr("id", "gy-" + id).text(field.help());
        return "gy-" + id;
    }

    private static Element fixed(FormField field, JsonNode value, Element box) {
        String fixed = field.schema().path("const").asText();
        return box.appendElement("input").attr("type", "text").attr("readonly", "readonly")
                .val(value.isMissingNode() ? fixed : shown(value));
    }

    private static Element choice(FormField field, JsonNode value, Element box) {
        List<String> codes = new ArrayList<>();
        field.schema().path("enum").forEach(c -> codes.add(c.asText()));
        EnumLabels labels = EnumLabels.of(field.help(), codes);
        Element select = box.appendElement("select");
        String current = shown(value);
        select.appendElement("option").val("").text("— chọn —");
        if (!current.isEmpty() && !codes.contains(current)) { // shown as it is, for the check to name
            select.appendElement("option").val(current).text(current + " (không có trong danh sách)")
                    .attr("selected", "selected");
        }
        for (String code : codes) {
            Element option = select.appendElement("option").val(code)
                    .text(labels.label(code).map(l -> capital(l) + " (" + code + ")").orElse(code));
            if (code.equals(current)) {
                option.attr("selected", "selected");
            }
        }
        return select;
    }

    private static Element yesNo(JsonNode value, Element box) {
        Element select = box.appendElement("select");
        String current = value.isBoolean() ? (value.booleanValue() ? "co" : "khong") : shown(value);
        for (String[] option : new String[][] {{"", "— không ghi —"}, {"co", "Có"}, {"khong", "Không"}}) {
            Element o = select.appendElement("option").val(option[0]).text(option[1]);
            if (option[0].equals(current)) {
                o.attr("selected", "selected");
            }
        }
        return select;
    }

    private static Element text(JsonNode value, Element box) {
        String text = shown(value);
        if (text.length() > 70 || text.contains("\n")) {
            return box.appendElement("textarea").attr("rows", String.valueOf(Math.min(12, 2 + text.length() / 70)))
                    .text(text);
        }
        return box.appendElement("input").attr("type", "text").val(text);
    }

    private static Element lines(JsonNode value, Element box) {
        StringBuilder text = new StringBuilder();
        value.forEach(line -> text.append(line.asText()).append('\n'));
        return box.appendElement("textarea").attr("rows", String.valueOf(Math.max(3, value.size() + 1)))
                .text(text.toString());
    }

    /** What a row of the list {@code name} of a type with schema {@code root} is called: "hộ", "câu hỏi", "dòng". */
    static String noun(JsonNode root, String name) {
        JsonNode list = CanonicalJson.resolve(root.path("properties").path(name), root);
        return noun(list, CanonicalJson.resolve(list.path("items"), root));
    }

    private static String noun(JsonNode list, JsonNode items) {
        return list.path("x-row").asText(items.path("x-row").asText(lower(items.path("title").asText("dòng"))));
    }

    /** A list of rows as a table: a column per field of a row, a button to remove each row and one to add a row. */
    private Element table(FormField field, String pointer, JsonNode rows, Element box, String id) {
        JsonNode items = CanonicalJson.resolve(field.schema().path("items"), root);
        String noun = noun(field.schema(), items);
        List<FormField> columns = FormField.of(items, root).stream().map(FormField::asCell).toList();
        List<String> required = new ArrayList<>();
        items.path("required").forEach(r -> required.add(r.asText()));
        Element scroll = box.appendElement("div").addClass("bang-cuon");
        Element table = scroll.appendElement("table").attr("id", id);
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Thứ tự");
        for (FormField column : columns) {
            Element th = head.appendElement("th").attr("scope", "col").text(column.label());
            if (required.contains(column.name())) {
                th.appendElement("span").addClass("bat-buoc").text(" *");
            }
        }
        head.appendElement("th").attr("scope", "col").text("Xoá");
        Element body = table.appendElement("tbody");
        int size = rows.isArray() ? rows.size() : 0;
        RowSlice slice = slices.getOrDefault(pointer, RowSlice.page(1, size));
        if (slice.start() + slice.count() > size) { // a slice of another version of the list: its page now
            slice = RowSlice.from(slice.start(), size);
        }
        if (slice.partOf(size)) {
            pages(pointer, field.label(), noun, slice, size, scroll);
        }
        table.attr("data-con-tro", pointer).attr("data-dong", noun);
        for (int i = slice.start(); i < slice.start() + slice.count(); i++) {
            String rowPointer = pointer + "/" + i;
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(String.valueOf(i + 1));
            for (FormField column : columns) {
                String cellPointer = rowPointer + "/" + FormValues.escape(column.name());
                Element td = tr.appendElement("td");
                JsonNode cell = rows.get(i).path(column.name());
                Element input = switch (column.input()) {
                    case CHOICE -> choice(column, cell, td);
                    case YES_NO -> yesNo(cell, td);
                    case DATE -> td.appendElement("input").attr("type", "date").val(shown(cell));
                    case NUMBER -> td.appendElement("input").attr("type", "text").attr("inputmode", "decimal")
                            .val(amounts.contains(pointer + "/" + column.name()) && cell.isIntegralNumber()
                                    ? vn.congkhai.text.VietnameseFormat.number(cell.asLong()) : shown(cell));
                    case JSON -> td.appendElement("textarea").addClass("json").attr("rows", "2")
                            .attr("spellcheck", "false").text(cell.isMissingNode() ? "" : cell.toString());
                    default -> td.appendElement("input").attr("type", "text").val(shown(cell));
                };
                String cellId = id(cellPointer);
                input.attr("id", cellId).attr("name", FormValues.VALUE + cellPointer)
                        .attr("aria-label", column.label() + ", " + noun + " thứ " + (i + 1));
                List<String> found = problems.getOrDefault(cellPointer, List.of());
                if (!found.isEmpty()) {
                    Element list = td.appendElement("ul").addClass("loi").attr("id", "loi-" + cellId);
                    found.forEach(p -> list.appendElement("li").text(p));
                    input.attr("aria-invalid", "true").attr("aria-describedby", "loi-" + cellId);
                }
                hiddenShown(td, cellPointer, input.tagName().equals("select") ? selected(input)
                        : input.tagName().equals("textarea") ? input.wholeText() : input.val());
            }
            tr.appendElement("td").appendElement("button").attr("type", "submit").attr("name", "xoa")
                    .val(rowPointer).addClass("nut-phu").text("Xoá " + noun + " thứ " + (i + 1));
        }
        box.appendElement("input").attr("type", "hidden").attr("name", FormValues.ROWS + pointer)
                .val(String.valueOf(slice.count()));
        box.appendElement("input").attr("type", "hidden").attr("name", FormValues.START + pointer)
                .val(String.valueOf(slice.start()));
        box.appendElement("input").attr("type", "hidden").attr("name", FormValues.REPLACES + pointer)
                .val(String.valueOf(slice.replaces()));
        box.appendElement("button").attr("type", "submit").attr("name", "them").val(pointer).addClass("nut-phu")
                .text("Thêm " + noun);
        return table;
    }

    /**
     * Where the rows shown are in a long list, and a link to each page of it: plain links, so that they work without
     * script; what was typed on this page and not saved stays here (the officer is told to save first).
     */
    private void pages(String pointer, String label, String noun, RowSlice slice, int size, Element before) {
        String id = id(pointer);
        int last = slice.start() + slice.count();
        Element where = new Element("p").addClass("goi-y").attr("id", "trang-" + id).text(capital(noun) + " thứ "
                + number(slice.start() + 1) + "–" + number(last) + " trong " + number(size) + " " + noun + " (trang "
                + slice.pageNumber() + " trong " + RowSlice.pages(size) + ", mỗi trang " + RowSlice.PAGE + " "
                + noun + "). Bấm \"Lưu\" trước khi sang trang khác: phần đã nhập ở trang này mà chưa lưu sẽ không "
                + "được giữ.");
        before.before(where);
        Element nav = new Element("nav").addClass("cac-trang").attr("aria-label", "Các trang của " + lower(label));
        Element list = nav.appendElement("ul");
        for (int page = 1; page <= RowSlice.pages(size); page++) {
            RowSlice other = RowSlice.page(page, size);
            Element link = list.appendElement("li").appendElement("a")
                    .attr("href", pageAddress(pointer, page))
                    .text(number(other.start() + 1) + "–" + number(other.start() + other.count()));
            if (page == slice.pageNumber()) {
                link.attr("aria-current", "page");
            }
        }
        before.before(nav);
    }

    /** The address of page {@code page} of the list at {@code pointer}. */
    String pageAddress(String pointer, int page) {
        return address + "&bang=" + java.net.URLEncoder.encode(pointer, java.nio.charset.StandardCharsets.UTF_8)
                + "&trang=" + page;
    }

    private static String number(long n) {
        return vn.congkhai.text.VietnameseFormat.number(n);
    }

    private static void hidden(Element into, String pointer, String value) {
        into.appendElement("input").attr("type", "hidden").attr("name", FormValues.VALUE + pointer).val(value);
        hiddenShown(into, pointer, value);
    }

    private static void hiddenShown(Element into, String pointer, String value) {
        into.appendElement("input").attr("type", "hidden").attr("name", FormValues.SHOWN + pointer).val(value);
    }

    /** A value as its field shows it: text as it is, numbers and true/false as JSON writes them. */
    static String shown(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    /** An HTML id for a JSON pointer. */
    static String id(String pointer) {
        return "t" + pointer.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi"))
                + text.substring(1);
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi"))
                + text.substring(1);
    }
}
