package vn.congkhai.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * JSON-LD written by Jackson, never by joining strings: as a file ({@code dcat.jsonld}) or as the text of a page's
 * {@code <script type="application/ld+json">}. In a page, no value can close the element or open an HTML comment:
 * {@code </} is written {@code <\/} and {@code <!--} {@code \u003c!--}, both the same JSON.
 */
public final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Compact JSON, safe as the content of a data block in HTML. */
    public static String script(JsonNode node) {
        return write(node, false).replace("</", "<\\/").replace("<!--", "\\u003c!--");
    }

    /** Indented JSON with a final line break, for a file of its own. */
    public static String file(JsonNode node) {
        return write(node, true) + "\n";
    }

    /** A day as ISO 8601 ({@code 2024-03-15}). */
    static String day(LocalDate date) {
        return date.toString();
    }

    private static String write(JsonNode node, boolean indent) {
        try {
            return indent ? JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node)
                    : JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
