package vn.congkhai.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Publishing without losing anything: a bake is written to a staging folder next to the site, and the site is
 * replaced by it only once the whole bake has succeeded. A failed bake leaves the site as it was, byte for byte.
 */
public final class SiteSwap {

    private SiteSwap() {
    }

    /** An empty staging folder next to {@code site}. */
    public static Path staging(Path site) {
        Path staging = site.resolveSibling(site.getFileName() + ".staging");
        deleteTree(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return staging;
    }

    /** Where the site replaced by the last bake is put aside ({@code site.old}) until it is deleted. */
    public static Path previous(Path site) {
        return site.resolveSibling(site.getFileName() + ".old");
    }

    /**
     * Puts {@code staging} in place of {@code site}: two renames. The replaced site is left aside
     * ({@link #previous}) and deleted by the next bake, alongside its work, or by the caller.
     */
    public static void replace(Path site, Path staging) {
        Path old = previous(site);
        deleteTree(old);
        try {
            if (Files.exists(site)) {
                Files.move(site, old);
            }
            Files.move(staging, site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
