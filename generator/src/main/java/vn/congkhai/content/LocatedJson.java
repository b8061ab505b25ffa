package vn.congkhai.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document together with the line of every value in it, so that a problem found later (a wrong total in
 * row 12) can name the line an officer has to look at. Values are addressed by JSON Pointer ({@code /ho/11/chu_ho}).
 */
public final class LocatedJson {

    /** Deepest nesting of { } and [ ] accepted; disclosures need a handful, and deeper trees strain the stack. */
    public static final int MAX_DEPTH = 64;
    /** Most digits of a number before, and after, its decimal point: more do not fit the site's arithmetic. */
    public static final int MAX_DIGITS = 18;
    /** Longest number text Jackson reads at all (a guard against 10,000-digit numbers). */
    private static final int MAX_NUMBER_LENGTH = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
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
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new JsonSyntaxError(1, 1, "tệp rỗng. Cách sửa: viết nội dung JSON bắt đầu bằng dấu {.");
                }
                JsonNode root = read(parser, "", lines);
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new JsonSyntaxError(at.getLineNr(), at.getColumnNr(), "có nội dung thừa sau dấu } cuối cùng. "
                            + "Cách sửa: xoá phần thừa, mọi dữ liệu phải nằm trong cặp { } ngoài cùng.");
                }
                return new LocatedJson(root, lines);
            } catch (StreamConstraintsException e) {
                throw beyondLimits(e, parser, text);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            if (at != null && !String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                java.util.Optional<JsonSyntaxError> pasted = JsonLookalikes.at(text, at.getCharOffset());
                if (pasted.isPresent()) {
                    throw pasted.get();
                }
            }
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new JsonSyntaxError(line, column, JsonSyntaxError.explain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new JsonSyntaxError(1, 1, "không đọc được tệp: " + e.getMessage());
        }
    }

    /**
     * A limit of {@link #FACTORY} was passed. Jackson gives no location then, but stops just after the bracket that
     * went too deep, or just after the number that is too long.
     */
    private static JsonSyntaxError beyondLimits(StreamConstraintsException e, JsonParser parser, String text) {
        String m = String.valueOf(e.getOriginalMessage());
        JsonLocation at = parser.currentLocation();
        if (m.contains("nesting depth")) {
            return new JsonSyntaxError(at.getLineNr(), Math.max(1, at.getColumnNr() - 1), JsonSyntaxError.TOO_DEEP);
        }
        if (m.contains("Number value length")) {
            int end = (int) Math.min(at.getCharOffset(), text.length());
            int start = end;
            while (start > 0 && "0123456789+-.eE".indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            return new JsonSyntaxError(at.getLineNr(), Math.max(1, at.getColumnNr() - (end - start)),
                    JsonSyntaxError.TOO_LARGE);
        }
        return new JsonSyntaxError(at.getLineNr(), at.getColumnNr(), JsonSyntaxError.explain(m));
    }

    private static JsonNode read(JsonParser parser, String pointer, Map<String, Integer> lines)
            throws IOException, JsonSyntaxError {
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
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return number(parser);
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

    /** A number, refused when it has more than {@link #MAX_DIGITS} digits before or after its decimal point. */
    private static JsonNode number(JsonParser parser) throws IOException, JsonSyntaxError {
        JsonLocation at = parser.currentTokenLocation();
        JsonParser.NumberType type = parser.getNumberType();
        BigDecimal value;
        try {
            value = parser.getDecimalValue().stripTrailingZeros();
        } catch (NumberFormatException e) { // an exponent such as 1e99999999999
            throw new JsonSyntaxError(at.getLineNr(), at.getColumnNr(), JsonSyntaxError.TOO_LARGE);
        }
        if (value.signum() != 0 && (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS)) {
            throw new JsonSyntaxError(at.getLineNr(), at.getColumnNr(), JsonSyntaxError.TOO_LARGE);
        }
        return switch (type) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            case BIG_INTEGER -> NODES.numberNode(parser.getBigIntegerValue());
            default -> NODES.numberNode(parser.getDecimalValue());
        };
    }

    /** A field name as a JSON Pointer segment ({@code ~} and {@code /} escaped). */
    public static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Another tree with the same lines: a Markdown header with its values typed as its schema expects. */
    public LocatedJson withRoot(JsonNode other) {
        return new LocatedJson(other, lines);
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
