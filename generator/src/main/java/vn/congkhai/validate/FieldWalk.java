package vn.congkhai.validate;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.LocatedJson;
import vn.congkhai.content.SourceDocument;

import java.util.Iterator;
import java.util.Map;

/**
 * Everything an officer wrote in one disclosure, for checks that apply wherever a text is: every node of its metadata
 * (the JSON object, or the Markdown header) with its JSON Pointer and its field path ({@code ho[3].chu_ho}, shown to
 * officers through {@link vn.congkhai.model.RowNames}), and every line of its Markdown body with its line in the file.
 */
final class FieldWalk {

    /** The field name printed for a problem in a Markdown body. */
    static final String BODY = "(nội dung)";

    interface NodeVisitor {
        void visit(Place place, JsonNode node);
    }

    /**
     * Where a node is: the key it is stored under ({@code null} for a list item and the root), and, made only when
     * asked for (most nodes never are), its JSON Pointer, for {@link SourceDocument#lineOf}, and its field path,
     * e.g. {@code ho[3].chu_ho} ({@code ""} for the root).
     */
    static final class Place {
        private final Place parent;
        private final String name;
        private final int index;
        private String pointer;
        private String field;

        private Place(Place parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        String name() {
            return name;
        }

        /** Whether this is the key {@code key} of the root object. */
        boolean isTopLevel(String key) {
            return parent != null && parent.parent == null && key.equals(name);
        }

        String pointer() {
            if (pointer == null) {
                pointer = parent == null ? "" : parent.pointer() + "/" + (name != null ? LocatedJson.segment(name)
                        : Integer.toString(index));
            }
            return pointer;
        }

        String field() {
            if (field == null) {
                field = parent == null ? "" : name == null ? parent.field() + "[" + index + "]"
                        : parent.field().isEmpty() ? name : parent.field() + "." + name;
            }
            return field;
        }
    }

    interface LineVisitor {
        void visit(int line, String text);
    }

    private FieldWalk() {
    }

    /** Visits the metadata's every node, parents before children, in file order. */
    static void nodes(SourceDocument doc, NodeVisitor visitor) {
        nodes(doc.metadata(), new Place(null, null, 0), visitor);
    }

    private static void nodes(JsonNode node, Place place, NodeVisitor visitor) {
        visitor.visit(place, node);
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                nodes(f.getValue(), new Place(place, f.getKey(), 0), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nodes(node.get(i), new Place(place, null, i), visitor);
            }
        }
    }

    /**
     * Visits each line of the Markdown body (none for JSON) that has a character {@code worthALook} accepts, with its
     * line number in the file; the other lines are never made into strings of their own (the checks that walk a body
     * look for characters most lines do not have).
     */
    static void bodyLines(SourceDocument doc, CharPredicate worthALook, LineVisitor visitor) {
        String body = doc.markdownBody();
        if (body == null) {
            return;
        }
        int line = doc.bodyLine();
        int start = 0;
        boolean worth = false;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                if (worth) {
                    visitor.visit(line, body.substring(start, i));
                }
                line++;
                start = i + 1;
                worth = false;
            } else if (!worth && worthALook.test(body.charAt(i))) {
                worth = true;
            }
        }
    }

    interface CharPredicate {
        boolean test(char c);

        /** Whether {@code text} has a character that {@code p} accepts. */
        static boolean any(String text, CharPredicate p) {
            for (int i = 0; i < text.length(); i++) {
                if (p.test(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
