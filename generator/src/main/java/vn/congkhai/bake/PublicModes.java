package vn.congkhai.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Every file of a baked site readable by any user of the web server (0644) and every folder open to it (0755),
 * whatever the officer's umask and however a file got there: temporary files (printouts) are made 0600 by the JDK, and
 * a copied attachment keeps its source's mode. On a file system without POSIX modes (Windows) nothing is done.
 */
final class PublicModes {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    private PublicModes() {
    }

    /**
     * Sets the modes of {@code root} and everything under it, links left alone; what is already right is only looked
     * at (one look per file: 15,000 files in some 40 ms).
     */
    static void apply(Path root) {
        if (!Files.isDirectory(root) || !root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            visit(root, Files.readAttributes(root, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void visit(Path p, PosixFileAttributes a) throws IOException {
        if (a.isDirectory()) {
            set(p, a, FOLDER);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
                for (Path entry : entries) {
                    visit(entry, Files.readAttributes(entry, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
                }
            }
        } else if (a.isRegularFile()) {
            set(p, a, FILE);
        }
    }

    private static void set(Path p, PosixFileAttributes a, Set<PosixFilePermission> mode) throws IOException {
        if (!a.permissions().equals(mode)) {
            Files.setPosixFilePermissions(p, mode);
        }
    }
}
