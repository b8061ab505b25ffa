package vn.congkhai.print;

import vn.congkhai.code.CodeVersion;
import vn.congkhai.render.FileLink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * PDFs of earlier bakes, by the hash of what they were made from (the printout's HTML and file information): a
 * printout whose input has not changed is linked into the site instead of laid out again. The bytes are the same either way,
 * since making a PDF is reproducible. Lives outside the site folder ({@code target/pdf-cache}); entries no bake
 * used are dropped.
 */
public final class PdfCache {


    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public PdfCache(Path dir) {
        this.dir = dir;
    }

    /**
     * Puts the printout made from {@code html} at {@code target}: a hard link to the cached PDF (a copy where the file
     * system has no links), laid out by {@code make} and cached first if it is not there. A cached PDF is never
     * read or written again: a preview's re-bake of thousands of printouts moves no bytes.
     *
     * @return the entry's key
     */
    public String put(Path target, String html, PdfMaker.Info info, Supplier<byte[]> make) {
        String key = key(html, info);
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
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileLink.place(file, target);
        return key;
    }

    /** Keeps the entry of {@code key} (from {@link #put}) as used by this bake: its printout was taken as it was. */
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
                String name = f.getFileName().toString();
                if (!used.contains(name.replaceFirst("\\.pdf$", ""))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String html, PdfMaker.Info info) {
        return key(CodeVersion.current(), html, info);
    }

    /**
     * A printout's key: the code that makes it ({@link CodeVersion}: the generator and every library, openhtmltopdf,
     * PDFBox and the fonts among them, so that an upgrade never reuses an older one's PDFs), its HTML and metadata.
     */
    static String key(String code, String html, PdfMaker.Info info) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((code + (PdfMaker.plain() ? " plain" : "") + "\n" + info + "\n" + html).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
