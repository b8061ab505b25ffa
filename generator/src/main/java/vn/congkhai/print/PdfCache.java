package vn.congkhai.print;

import vn.congkhai.code.CodeVersion;
import vn.congkhai.render.FileLink;
import vn.congkhai.render.Folders;
import vn.congkhai.text.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Earlier bakes' PDFs by the hash of code, metadata and HTML: an unchanged printout is linked, not laid out. */
public final class PdfCache {

    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Folders folders = new Folders();

    public PdfCache(Path dir) {
        this.dir = dir;
    }

    /** Links the printout of {@code html} at {@code target}, made and cached first if need be; returns its key. */
    public String put(Path target, String html, PdfMaker.Info info, Supplier<byte[]> make) {
        String key = key(CodeVersion.current(), html, info);
        used.add(key);
        Path file = dir.resolve(key + ".pdf");
        try {
            if (!Files.isRegularFile(file)) {
                byte[] pdf = make.get();
                Files.createDirectories(dir);
                // Readable by the web server's user, not the JDK's 0600 for temporary files: the site links to it.
                Path tmp = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                        ? Files.createTempFile(dir, key, ".tmp", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-r--r--")))
                        : Files.createTempFile(dir, key, ".tmp");
                Files.write(tmp, pdf);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileLink.place(file, target, folders);
        return key;
    }

    /** Keeps the entry of {@code key} (from {@link #put}): its printout was taken from the last bake. */
    public void keep(String key) {
        used.add(key);
    }

    /** Drops the entries this bake did not use. */
    public void forgetUnused() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!used.contains(f.getFileName().toString().replaceFirst("\\.pdf$", ""))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printout's key: the generator and its libraries ({@link CodeVersion}), the flags, its metadata and HTML. */
    static String key(String code, String html, PdfMaker.Info info) {
        return Sha256.hex(code + (PdfMaker.plain() ? " plain" : "") + "\n" + info + "\n" + html).substring(0, 40);
    }
}
