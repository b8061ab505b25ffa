package vn.congkhai.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cheap summary of the site's sources (names, sizes and modification times of everything under {@code content/},
 * {@code templates/}, {@code assets/} and {@code jbake.properties}): when it changes, the preview re-bakes.
 */
public final class SourceFingerprint {

    private static final List<String> SOURCES = List.of("content", "templates", "assets", "jbake.properties");

    private SourceFingerprint() {
    }

    public static long of(Path projectDir) {
        long hash = 17;
        for (String source : SOURCES) {
            Path root = projectDir.resolve(source);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.sorted().toList()) {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    hash = 31 * hash + file.toString().hashCode();
                    hash = 31 * hash + a.size();
                    hash = 31 * hash + a.lastModifiedTime().toMillis();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hash;
    }
}
