package vn.congkhai.preview;

import vn.congkhai.content.Sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A cheap summary of the site's sources (names, sizes and modification times of everything under {@code content/},
 * {@code templates/}, {@code assets/} and {@code jbake.properties}): when it changes, the preview re-bakes.
 */
public final class SourceFingerprint {

    private SourceFingerprint() {
    }

    public static long of(Path projectDir) {
        long hash = 17;
        try {
            for (Path file : Sources.files(projectDir)) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                hash = 31 * hash + file.toString().hashCode();
                hash = 31 * hash + a.size();
                hash = 31 * hash + a.lastModifiedTime().toMillis();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hash;
    }
}
