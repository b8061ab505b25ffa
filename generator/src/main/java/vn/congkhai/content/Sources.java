package vn.congkhai.content;

import vn.congkhai.text.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
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
        return digest(projectDir, ALL);
    }

    /** The SHA-256 of some of the sources' names and bytes (of {@link #ALL}). */
    public static String digest(Path projectDir, List<String> sources) {
        List<Path> files = files(projectDir, sources);
        List<byte[]> each = files.parallelStream()
                .map(file -> digest(projectDir.relativize(file).toString().replace('\\', '/'), file)).toList();
        MessageDigest all = Sha256.digest();
        each.forEach(all::update);
        return HexFormat.of().formatHex(all.digest());
    }

    /** A file's own digest: of its name, and of its bytes' SHA-256 if it is a file. */
    private static byte[] digest(String name, Path file) {
        MessageDigest sha = Sha256.digest();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        if (Files.isRegularFile(file)) {
            try {
                sha.update(Sha256.hex(Files.readAllBytes(file)).getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sha.digest();
    }
}
