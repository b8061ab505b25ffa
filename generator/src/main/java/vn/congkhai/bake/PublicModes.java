package vn.congkhai.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file of a baked site readable by the web server (0644) and every folder open to it (0755), whatever the
 * officer's umask: the JDK makes temporary files (printouts) 0600, and a copied attachment keeps its source's mode.
 */
final class PublicModes {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    private PublicModes() {
    }

    /** Sets the modes under {@code root}, links left alone; nothing on a file system without them (Windows). */
    static void apply(Path root) {
        if (!Files.isDirectory(root) || !root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                Set<PosixFilePermission> mode = a.isDirectory() ? FOLDER : a.isRegularFile() ? FILE : a.permissions();
                if (!a.permissions().equals(mode)) {
                    Files.setPosixFilePermissions(p, mode);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
