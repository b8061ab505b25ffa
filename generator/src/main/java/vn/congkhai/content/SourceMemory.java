package vn.congkhai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a bakery that bakes again and again (the preview's) remembers of each source file between bakes: what was
 * made of it (its digest, what the reader read of it), kept while the file keeps its stamp: the same size, the same
 * time of last change and the same file (a save that replaces the file makes a new one). That is how build tools
 * tell a changed file without reading it. A file changed less than {@link #SETTLE_MILLIS} before it was read is read
 * again next time (as git does with "racily clean" files): file systems keep times in ticks (a few milliseconds; two
 * seconds on FAT), and a second save of the same size within the tick would keep the stamp. A file whose stamp cannot
 * be read is always read again.
 */
public final class SourceMemory {

    /** A file as the system describes it, without reading it. */
    private record Stamp(long size, FileTime modified, Object fileKey) {

        /** The stamp of the file (of the file a link leads to), or null when there is none to rely on. */
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey()); // no file key on Windows
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private record Made(Stamp stamp, Object value) {
    }

    /** How long ago a file must have changed for its stamp to be relied on (FAT keeps times to two seconds). */
    static final long SETTLE_MILLIS = 2_000;

    /** By what was made ({@code kind}) and the file it was made of. */
    private final Map<String, Made> made = new ConcurrentHashMap<>();

    /**
     * What {@code make} makes of {@code file}: made again unless the file kept its stamp since it was last made (by
     * the same {@code kind} of work, which must depend on nothing but the file's bytes and path).
     */
    @SuppressWarnings("unchecked")
    public <T> T of(String kind, Path file, Supplier<T> make) {
        String key = kind + "\n" + file;
        Stamp before = Stamp.of(file);
        Made last = made.get(key);
        if (before != null && last != null && before.equals(last.stamp())) {
            return (T) last.value();
        }
        long readAt = System.currentTimeMillis();
        T value = make.get();
        // Kept only if the file had settled before it was read, and did not change while it was.
        if (before != null && before.modified().toMillis() < readAt - SETTLE_MILLIS
                && Objects.equals(before, Stamp.of(file))) {
            made.put(key, new Made(before, value));
        } else {
            made.remove(key);
        }
        return value;
    }
}
