package vn.congkhai.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document together with the line of every value in it, so that a problem found later (a wrong total in
 * row 12) can name the line an officer has to look at. Values are addressed by JSON Pointer ({@code /ho/11/chu_ho}).
 */
public final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedJson(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** A tree built elsewhere (a Markdown header) with the lines its values came from. */
    public static LocatedJson of(JsonNode root, Map<String, Integer> lines) {
        return new LocatedJson(root, Map.copyOf(lines));
    }

    /**
     * Parses JSON text.
     *
     * @throws JsonSyntaxError with the line and column of the first mistake, explained in Vietnamese
     */
    public static LocatedJson parse(String text) throws JsonSyntaxError {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxError(1, 1, "tệp rỗng. Cách sửa: viết nội dung JSON bắt đầu bằng dấu {.");
            }
            JsonNode root = read(parser, "", lines);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new JsonSyntaxError(at.getLineNr(), at.getColumnNr(),
                        "có nội dung thừa sau dấu } cuối cùng. Cách sửa: xoá phần thừa, mọi dữ liệu phải nằm trong cặp { } ngoài cùng.");
            }
            return new LocatedJson(root, lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new JsonSyntaxError(line, column, JsonSyntaxError.explain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new JsonSyntaxError(1, 1, "không đọc được tệp: " + e.getMessage());
        }
    }

    private static JsonNode read(JsonParser parser, String pointer, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = pointer + "/" + segment(name);
                    lines.put(child, parser.currentTokenLocation().getLineNr());
                    parser.nextToken();
                    object.set(name, read(parser, child, lines));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, pointer + "/" + index++, lines));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("Unexpected JSON token " + token);
        }
    }

    /** A field name as a JSON Pointer segment ({@code ~} and {@code /} escaped). */
    public static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    public JsonNode root() {
        return root;
    }

    /** The line where the value at {@code pointer} starts; for a missing value, the line of its nearest parent. */
    public int lineOf(String pointer) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 1;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}
