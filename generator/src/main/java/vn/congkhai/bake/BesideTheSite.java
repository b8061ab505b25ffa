package vn.congkhai.bake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** A JSON file a bake keeps beside its site folder, never inside it: written whole or not at all. */
final class BesideTheSite {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BesideTheSite() {
    }

    /** {@code site.<ending>} beside {@code site}. */
    static Path path(Path site, String ending) {
        Path s = site.toAbsolutePath().normalize();
        return s.resolveSibling(s.getFileName() + "." + ending);
    }

    static void write(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            JSON.writeValue(part.toFile(), value);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value in {@code file}; empty when it is missing or unreadable. */
    static <T> Optional<T> read(Path file, Class<T> type) {
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
