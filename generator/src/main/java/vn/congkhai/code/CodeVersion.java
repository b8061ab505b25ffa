package vn.congkhai.code;

import vn.congkhai.text.Sha256;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What code makes the output: the generator's own code and theme (their bytes) and the libraries it runs with (each
 * jar's name, which carries its version, and size). Whatever is kept from one bake to the next (the bake state, the
 * printouts' cache) is keyed by it, so that upgrading the generator or any of its libraries never reuses what an
 * older one made.
 */
public final class CodeVersion {

    private static volatile String current;

    private CodeVersion() {
    }

    /** The digest of this JVM's generator and libraries, worked out once. */
    public static String current() {
        String v = current;
        if (v == null) {
            synchronized (CodeVersion.class) {
                v = current;
                if (v == null) {
                    v = of(location(CodeVersion.class), libraries(CodeVersion.class.getClassLoader()));
                    current = v;
                }
            }
        }
        return v;
    }

    /** The digest of the generator at {@code code} (a jar or a classes folder) run with {@code libraries}. */
    static String of(Path code, List<String> libraries) {
        try {
            MessageDigest sha = Sha256.digest();
            if (code != null) {
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(code.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = Files.newInputStream(p)) {
                            sha.update(in.readAllBytes());
                        }
                    }
                }
            }
            for (String library : libraries) {
                sha.update(("\n" + library).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never equal: nothing is reused without knowing the code
        }
    }

    /**
     * The jars the generator's class loader and its parents see, and the JVM's class path: "name size" each, sorted,
     * the generator's own left out (its bytes are hashed).
     */
    static List<String> libraries(ClassLoader loader) {
        TreeSet<String> jars = new TreeSet<>();
        Path own = location(CodeVersion.class);
        List<Path> seen = new ArrayList<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        seen.add(Path.of(url.toURI()));
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a file: nothing to name
                    }
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                seen.add(Path.of(entry));
            }
        }
        for (Path p : seen) {
            Path jar = p.toAbsolutePath().normalize();
            if (!jar.equals(own) && Files.isRegularFile(jar) && jar.getFileName().toString().endsWith(".jar")) {
                try {
                    jars.add(jar.getFileName() + " " + Files.size(jar));
                } catch (IOException e) {
                    jars.add(jar.getFileName() + " ?");
                }
            }
        }
        return List.copyOf(jars);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath()
                    .normalize();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
