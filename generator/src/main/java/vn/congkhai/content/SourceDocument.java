package vn.congkhai.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;

/**
 * One content file as read from disk, before validation: its metadata (the JBake header of a Markdown file, or the
 * JSON object of a JSON file) with the line of every value, and the Markdown body if it has one.
 *
 * @param file        absolute path
 * @param path        path shown to officers, relative to the project (e.g. {@code content/ho-ngheo/2024.json})
 * @param contentPath path relative to the content folder (e.g. {@code ho-ngheo/2024.json})
 * @param bodyLine    the line the Markdown body starts on (0 for JSON)
 * @param sha256      the SHA-256 of the file's bytes as they were read, in hex (null for a text not read as a file)
 */
public record SourceDocument(Path file, String path, String contentPath, Format format,
                             LocatedJson located, String markdownBody, int bodyLine, String sha256) {

    public ObjectNode metadata() {
        return (ObjectNode) located.root();
    }

    public JsonNode field(String name) {
        return metadata().get(name);
    }

    public int lineOf(String pointer) {
        return located.lineOf(pointer);
    }

    /** The line of a top-level field, or of the start of the file if it is missing. */
    public int lineOfField(String name) {
        return located.lineOf("/" + name);
    }

    /** Where this document was read from and its bytes' SHA-256; null for a text not read as a file. */
    public Origin origin() {
        return sha256 == null ? null : new Origin(file, path, contentPath, sha256);
    }

    /**
     * A file's place and bytes (their SHA-256) by value: all that reading it depends on, so the key of what the
     * preview keeps of its reading and checks ({@code PureMemo}).
     */
    public record Origin(Path file, String path, String contentPath, String sha256) {
    }
}
