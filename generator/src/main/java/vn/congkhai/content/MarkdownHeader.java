package vn.congkhai.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.problem.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JBake header of a Markdown file ({@code key=value} lines ended by the separator line) exactly as JBake
 * will, but keeps the line of every key so that mistakes can be reported where they are.
 */
public final class MarkdownHeader {

    public static final String SEPARATOR = "~~~~~~";

    private MarkdownHeader() {
    }

    /** The header and body of a Markdown file, or the problems that make its header unreadable. */
    public record Parsed(LocatedJson header, String body, int bodyLine, List<Problem> problems) {
        public boolean hasHeader() {
            return header != null;
        }
    }

    public static Parsed parse(String path, List<String> lines) {
        int separator = separatorLine(lines);
        if (separator < 0) {
            return new Parsed(null, String.join("\n", lines), 1, List.of(new Problem(path, 1, "(phần đầu)",
                    "tệp Markdown không có phần đầu. Cách sửa: viết các dòng title=..., date=..., type=..., status=... "
                            + "ở đầu tệp, rồi một dòng " + SEPARATOR + " trước nội dung.")));
        }
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        Map<String, Integer> lineOf = new HashMap<>();
        lineOf.put("", 1);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(new Problem(path, i + 1, "(phần đầu)",
                        "dòng \"" + line.strip() + "\" thiếu dấu =. Cách sửa: mỗi dòng phần đầu viết dạng ten_truong=giá trị."));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (header.has(key)) {
                problems.add(new Problem(path, i + 1, key,
                        "trường được viết hai lần (lần trước ở dòng " + lineOf.get("/" + key) + "). Cách sửa: giữ một dòng."));
                continue;
            }
            header.set(key, valueOf(value));
            lineOf.put("/" + key, i + 1);
        }
        String body = String.join("\n", lines.subList(separator + 1, lines.size()));
        return new Parsed(LocatedJson.of(header, lineOf), body, separator + 2, problems);
    }

    /**
     * A Markdown disclosure as an officer would have written it: the header's keys in {@code order} (then any others
     * as they came), one {@code key=value} line each (a list as one line of JSON), the separator, the body; NFC, LF,
     * a final newline. {@link #parse} reads it back to the same header and body.
     */
    public static String write(ObjectNode header, List<String> order, String body) {
        StringBuilder out = new StringBuilder();
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        order.stream().filter(header::has).forEach(keys::add);
        header.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode value = header.get(key);
            String text = value.isTextual() ? value.textValue().replaceAll("\\s*[\\r\\n]+\\s*", " ").strip()
                    : value.toString();
            out.append(key).append('=').append(text).append('\n');
        }
        out.append(SEPARATOR).append('\n');
        String lines = body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        out.append(lines).append('\n');
        return java.text.Normalizer.normalize(out.toString(), java.text.Normalizer.Form.NFC);
    }

    /** The index of the separator line; spaces after it (invisible in an editor) do not matter. */
    private static int separatorLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals(SEPARATOR)) {
                return i;
            }
        }
        return -1;
    }

    /** JSON lists and objects (such as {@code tep=[{...}]}) are read as JSON; anything else is text. */
    private static JsonNode valueOf(String value) {
        if ((value.startsWith("[") && value.endsWith("]")) || (value.startsWith("{") && value.endsWith("}"))) {
            try {
                return LocatedJson.parse(value).root();
            } catch (JsonSyntaxError e) {
                return JsonNodeFactory.instance.textNode(value);
            }
        }
        return JsonNodeFactory.instance.textNode(value);
    }
}
