package vn.congkhai.content;

import vn.congkhai.text.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What a commune's site is made from: {@code content/}, {@code templates/}, {@code assets/}, {@code jbake.properties}. */
public final class Sources {

    /** The sources, relative to the commune's folder. */
    public static final List<String> ALL = List.of("content", "templates", "assets", "jbake.properties");

    private Sources() {
    }

    /** Every file and folder of the sources, sorted, as paths under {@code projectDir}. */
    public static List<Path> files(Path projectDir) {
        return files(projectDir, ALL);
    }

    /** Every file and folder of some of the sources (of {@link #ALL}), sorted, as paths under {@code projectDir}. */
    static List<Path> files(Path projectDir, List<String> sources) {
        try {
            List<Path> files = new java.util.ArrayList<>();
            for (String source : sources) {
                Path root = projectDir.resolve(source);
                if (Files.exists(root)) {
                    try (Stream<Path> walk = Files.walk(root)) {
                        walk.sorted().forEach(files::add);
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the sources' names and bytes: equal digests, equal sources. Files are hashed on every core. */
    public static String digest(Path projectDir) {
        return hashed(projectDir).all();
    }

    /** The SHA-256 of some of the sources' names and bytes (of {@link #ALL}). */
    public static String digest(Path projectDir, List<String> sources) {
        return hashed(projectDir, sources).all();
    }

    /**
     * The sources' digest ({@link #digest(Path)}), and the SHA-256 of each file's bytes as it read them, by the file's
     * path in the commune's folder ({@code content/thong-bao/x.md}).
     */
    public record Hashed(String all, Map<String, String> files) {
    }

    public static Hashed hashed(Path projectDir) {
        return hashed(projectDir, ALL);
    }

    private static Hashed hashed(Path projectDir, List<String> sources) {
        List<Named> each = files(projectDir, sources).parallelStream().map(file -> new Named(
                projectDir.relativize(file).toString().replace('\\', '/'), bytesHash(file))).toList();
        MessageDigest all = Sha256.digest();
        Map<String, String> files = new HashMap<>();
        for (Named file : each) { // a file's own digest: of its name, and of its bytes' SHA-256 if it is a file
            MessageDigest one = Sha256.digest();
            one.update(file.name().getBytes(StandardCharsets.UTF_8));
            one.update((byte) 0);
            if (file.sha256() != null) {
                one.update(file.sha256().getBytes(StandardCharsets.US_ASCII));
                files.put(file.name(), file.sha256());
            }
            all.update(one.digest());
        }
        return new Hashed(HexFormat.of().formatHex(all.digest()), Map.copyOf(files));
    }

    private record Named(String name, String sha256) {
    }

    /** The SHA-256 of a file's bytes, or null for a folder. */
    private static String bytesHash(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
