package vn.congkhai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the JSON types ({@code src/main/resources/schemas/<type>.schema.json}): one file per type used
 * to validate the content, by officers' editors through {@code $schema}, for the published fields and on the site.
 */
public final class Schemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<DisclosureType, Optional<JsonNode>> LOADED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** The schema of a type, or empty for Markdown types. */
    public static Optional<JsonNode> of(DisclosureType type) {
        return LOADED.computeIfAbsent(type, t -> {
            try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + t.code() + ".schema.json")) {
                return in == null ? Optional.empty() : Optional.of(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The schemas of the JSON types, by type, for publishing at {@code /schemas/}. */
    public static Map<DisclosureType, JsonNode> all() {
        Map<DisclosureType, JsonNode> all = new EnumMap<>(DisclosureType.class);
        for (DisclosureType type : DisclosureType.values()) {
            of(type).ifPresent(s -> all.put(type, s));
        }
        return all;
    }
}
