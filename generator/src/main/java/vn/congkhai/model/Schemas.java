package vn.congkhai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the JSON types ({@code schemas/<type>.schema.json} in the generator): one file per type used
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

    /**
     * Where officers' editors find the schemas in a commune's folder ({@code "$schema"} of each JSON file points
     * there): written by every goal of the plugin, as the generator of the commune's version has them.
     */
    public static final String EDITOR_FOLDER = "target/schemas";

    /** The file an editor reads for {@code type}'s schema in the commune folder {@code projectDir}. */
    public static Path editorFile(Path projectDir, DisclosureType type) {
        return projectDir.resolve(EDITOR_FOLDER).resolve(type.code() + ".schema.json");
    }

    /** Writes every JSON type's schema, byte for byte as the generator holds it, into {@value #EDITOR_FOLDER}. */
    public static void writeForEditors(Path projectDir) {
        try {
            for (DisclosureType type : all().keySet()) {
                Path file = editorFile(projectDir, type);
                Files.createDirectories(file.getParent());
                try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + type.code() + ".schema.json")) {
                    byte[] bytes = in.readAllBytes();
                    if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                        Files.write(file, bytes);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schemas of the JSON types, by type, for publishing at {@code /schemas/}. */
    public static Map<DisclosureType, JsonNode> all() {
        Map<DisclosureType, JsonNode> all = new LinkedHashMap<>();
        for (DisclosureType type : DisclosureType.values()) {
            of(type).ifPresent(s -> all.put(type, s));
        }
        return all;
    }
}
