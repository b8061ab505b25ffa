package vn.congkhai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a file made earlier into the site being baked: a hard link, or a copy where the file system has no links. */
public final class FileLink {

    private FileLink() {
    }

    /** Makes {@code target} the file {@code source} is, not making again the folders in {@code made}. */
    public static void place(Path source, Path target, Folders made) {
        try {
            made.forFile(target);
            try {
                Files.createLink(target, source);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
