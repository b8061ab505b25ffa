package vn.congkhai.bake;

import vn.congkhai.content.SourceFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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

/** A bake is staged beside the site and replaces it only when whole: a failed bake leaves the site as it was. */
public final class SiteSwap {

    /** Held while a site is being replaced; a JVM that stops in the middle of a bake takes it for good. */
    private static final ReentrantLock REPLACING = new ReentrantLock();
    /** Whether this JVM replaced a site. */
    private static volatile boolean replaced;

    private SiteSwap() {
    }

    /** For a JVM stopping: lets a replacement under way finish, stops any other; whether this JVM replaced a site. */
    static boolean stopReplacing() {
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
            return Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the site replaced by the last bake is put aside ({@code site.old}) until it is deleted. */
    public static Path previous(Path site) {
        return site.resolveSibling(site.getFileName() + ".old");
    }

    /** Puts {@code staging} in place of {@code site}, the replaced one aside ({@link #previous}) for later deletion. */
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
     * Brings {@code site}, which held {@code last}, to a bake that changed a few files of thousands (the preview's):
     * the staged files moved in, {@code kept} left, the rest deleted. Failed half-way, the site's state is unknown.
     */
    public static void merge(Path site, Path staging, Set<String> kept, Set<String> last) {
        Map<String, Path> staged = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> staged.put(SourceFiles.slashes(staging.relativize(p)), p));
            for (String address : new TreeSet<>(last)) {
                if (!kept.contains(address) && !staged.containsKey(address)) {
                    Path file = site.resolve(address);
                    Files.deleteIfExists(file);
                    try {
                        for (Path dir = file.getParent(); !dir.equals(site); dir = dir.getParent()) {
                            Files.delete(dir);
                        }
                    } catch (DirectoryNotEmptyException | NoSuchFileException | NotDirectoryException e) {
                        // the folders above stay
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
