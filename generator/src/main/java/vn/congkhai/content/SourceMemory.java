package vn.congkhai.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a bakery that bakes again and again (the preview's) remembers of each source file between bakes: what was
 * made of it (its digest, what the reader read of it), kept while the file keeps its {@link FileStamp}. That is how build tools
 * tell a changed file without reading it. A file changed less than {@link #SETTLE_MILLIS} before it was read is read
 * again next time (as git does with "racily clean" files): file systems keep times in ticks (a few milliseconds; two
 * seconds on FAT), and a second save of the same size within the tick would keep the stamp. A file whose stamp cannot
 * be read is always read again.
 */
public final class SourceMemory {

    private record Made(FileStamp stamp, Object value) {
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
        FileStamp before = FileStamp.of(file);
        Made last = made.get(key);
        if (before != null && last != null && before.equals(last.stamp())) {
            return (T) last.value();
        }
        long readAt = System.currentTimeMillis();
        T value = make.get();
        // Kept only if the file had settled before it was read, and did not change while it was.
        if (before != null && before.modified().toMillis() < readAt - SETTLE_MILLIS
                && Objects.equals(before, FileStamp.of(file))) {
            made.put(key, new Made(before, value));
        } else {
            made.remove(key);
        }
        return value;
    }
}
