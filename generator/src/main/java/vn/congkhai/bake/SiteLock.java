package vn.congkhai.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One bake, preview or publish at a time per commune: the system's lock on {@code cong-khai.lock} beside the site,
 * released however its process ends. Another command waits, bounded, told what holds it by the file's text.
 */
public final class SiteLock implements AutoCloseable {

    /** System property: the wait in seconds, ten minutes unless set (a large commune's bake takes a few). */
    public static final String WAIT_PROPERTY = "congkhai.khoa.cho";

    /** The lock is on a byte far past the description, which stays readable where locks are mandatory (Windows). */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;
    private static final long POLL_MILLIS = 200;

    /** What holds the lock, in the officer's words: the task and the command that runs it. */
    public record Task(String name, String command) {
        public static final Task BAKE = new Task("tạo trang", "mvnw package");
        public static final Task PREVIEW = new Task("xem trước", "mvnw jetty:run");
        public static final Task PUBLISH = new Task("đăng", "mvnw cong-khai:dang");
        public static final Task ROLLBACK = new Task("quay lại", "mvnw cong-khai:quay-lai");
    }

    /** The lock files this process holds: closing any channel of one would drop its lock (POSIX), so none is opened. */
    private static final Map<Path, String> HELD = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final String description;

    private SiteLock(Path file, FileChannel channel, String description) {
        this.file = file;
        this.channel = channel;
        this.description = description;
    }

    /** What holds this lock, as whoever waits for it reads it. */
    public String description() {
        return description;
    }

    public static Path fileFor(Path site) {
        return site.toAbsolutePath().normalize().resolveSibling("cong-khai.lock");
    }

    /** Takes the lock for {@code task}, waiting as {@link #WAIT_PROPERTY} says and telling {@code waiting} once. */
    public static SiteLock take(Path site, Task task, Consumer<String> waiting) {
        Duration wait = Duration.ofSeconds(Long.getLong(WAIT_PROPERTY, 600));
        Path file = fileFor(site);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            Attempt attempt = attempt(file, task);
            if (attempt.lock() != null) {
                return attempt.lock();
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new SiteBusyException("Không " + task.name() + " được: " + attempt.holder() + " vẫn đang chạy "
                        + "trên " + file.getParent() + " sau " + minutes(wait) + " chờ. Mỗi lúc chỉ một lệnh tạo trang "
                        + "hay đăng chạy trên một xã. Cách sửa: đợi lệnh đó chạy xong (hoặc dừng nó bằng Ctrl+C trong "
                        + "cửa sổ của nó) rồi chạy lại lệnh này.");
            }
            if (!told) {
                waiting.accept("Đang chờ " + attempt.holder() + " chạy xong trên " + file.getParent() + " (mỗi lúc "
                        + "chỉ một lệnh tạo trang hay đăng chạy trên một xã; chờ tối đa " + minutes(wait) + ").");
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SiteBusyException("Đã dừng khi đang chờ " + attempt.holder() + " chạy xong trên "
                        + file.getParent() + ".");
            }
        }
    }

    /** The lock taken, or who holds it. */
    private record Attempt(SiteLock lock, String holder) {
    }

    private static Attempt attempt(Path file, Task task) {
        synchronized (HELD) {
            String held = HELD.get(file);
            if (held != null) {
                return new Attempt(null, held);
            }
            FileChannel channel = null;
            try {
                Files.createDirectories(file.getParent());
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                if (channel.tryLock(LOCKED_BYTE, 1, false) == null) {
                    String holder = holder(channel);
                    channel.close(); // this process holds no lock on the file: closing drops nothing
                    return new Attempt(null, holder);
                }
                String description = "việc " + task.name() + " (" + task.command() + ") của tiến trình "
                        + ProcessHandle.current().pid() + ", bắt đầu lúc "
                        + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(description.getBytes(StandardCharsets.UTF_8)), 0);
                HELD.put(file, description);
                return new Attempt(new SiteLock(file, channel, description), description);
            } catch (IOException | RuntimeException e) {
                if (channel != null) {
                    try {
                        channel.close();
                    } catch (IOException notClosed) {
                        e.addSuppressed(notClosed);
                    }
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }
    }

    /** Who holds the lock, as its file says. */
    private static String holder(FileChannel channel) {
        try {
            String text = new String(Channels.newInputStream(channel).readNBytes(1024), StandardCharsets.UTF_8).strip();
            return text.startsWith("việc ") ? text : "một lệnh khác";
        } catch (IOException e) {
            return "một lệnh khác";
        }
    }

    private static String minutes(Duration wait) {
        return wait.toSeconds() % 60 == 0 ? wait.toMinutes() + " phút" : wait.toSeconds() + " giây";
    }

    /** Releases the lock by closing its channel; the file stays (deleted, two processes could lock two files). */
    @Override
    public void close() {
        synchronized (HELD) {
            if (channel.isOpen()) {
                HELD.remove(file);
                try (channel) {
                    channel.truncate(0);
                } catch (IOException e) {
                    // the description stays: whoever waits takes the lock all the same
                }
            }
        }
    }
}
