package vn.congkhai.bake;

import vn.congkhai.content.SourceFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Publishing without losing anything: a bake is written to a staging folder next to the site, and the site is
 * replaced by it only once the whole bake has succeeded. A failed bake leaves the site as it was, byte for byte.
 */
public final class SiteSwap {

    /** Held while a site is being replaced; a JVM that stops in the middle of a bake takes it for good. */
    private static final ReentrantLock REPLACING = new ReentrantLock();
    /** Whether this JVM replaced a site. */
    private static volatile boolean replaced;

    private SiteSwap() {
    }

    /**
     * For a JVM about to stop in the middle of a bake (Ctrl+C, out of memory): waits for a site being replaced to be
     * whole (two renames) and keeps any other from being replaced until the JVM is gone, so that a stop never falls
     * between the two.
     *
     * @return whether this JVM replaced a site, i.e. whether its bake got that far
     */
    public static boolean stopReplacing() {
        try {
            REPLACING.tryLock(10, TimeUnit.SECONDS); // never released: the JVM is stopping
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return replaced;
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
        REPLACING.lock();
        try {
            if (Files.exists(site)) {
                Files.move(site, old);
            }
            Files.move(staging, site);
            replaced = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            REPLACING.unlock();
        }
    }

    /**
     * Brings {@code site}, which held the files at the addresses {@code last} (as the last bake's state listed them),
     * to what a bake made, where it is: for a preview that changes a few files of thousands. The files in {@code
     * staging} are moved in (each replacing its old copy in one rename), those at the addresses in {@code kept} left
     * as they are, the others of {@code last} deleted (and their folders, once empty). Called only once the whole bake
     * has succeeded; if it fails half-way the caller must not trust the site's state.
     */
    public static void merge(Path site, Path staging, Set<String> kept, Set<String> last) {
        try {
            Map<String, Path> staged = new TreeMap<>();
            if (Files.isDirectory(staging)) {
                try (Stream<Path> walk = Files.walk(staging)) {
                    walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                            .forEach(p -> staged.put(SourceFiles.slashes(staging.relativize(p)), p));
                }
            }
            for (String address : new TreeSet<>(last)) {
                if (!kept.contains(address) && !staged.containsKey(address)) {
                    Path file = site.resolve(address);
                    Files.deleteIfExists(file);
                    for (Path dir = file.getParent(); dir != null && !dir.equals(site) && isEmpty(dir);
                         dir = dir.getParent()) {
                        Files.delete(dir);
                    }
                }
            }
            for (Map.Entry<String, Path> e : staged.entrySet()) {
                Path target = site.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(target); // a folder where the bake now makes a file
                }
                Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
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
