package vn.congkhai.bake;

import io.pebbletemplates.pebble.error.PebbleException;
import vn.congkhai.config.SiteConfig;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A fault of the program, not the content: one Vietnamese line for the officer, the trace to {@value #LOG}. */
public final class ProgramFault {

    public static final String LOG = "target/cong-khai-loi.log";
    private static final String NOT_LOGGED = " Không ghi được chi tiết lỗi vào " + LOG
            + ", hãy báo cho người phụ trách kỹ thuật.";
    /** A longer log is started afresh, to stay small enough to send by e-mail. */
    private static final long MAX_LOG_BYTES = 1 << 20;
    /** Kinds of fault an officer can be told about, most telling first. */
    private static final List<Map.Entry<Predicate<Throwable>, String>> KINDS = List.of(
            Map.entry(StackOverflowError.class::isInstance,
                    "tràn ngăn xếp, thường do văn bản có quá nhiều tầng lồng nhau (trích dẫn >, danh sách)"),
            Map.entry(OutOfMemoryError.class::isInstance, "hết bộ nhớ"),
            // a full disk only when the system says so: any other failed write was told it might be one
            Map.entry(ProgramFault::diskFull, "ổ đĩa đầy, không ghi được tệp; hãy xóa bớt tệp cho trống chỗ rồi chạy lại"),
            Map.entry(AccessDeniedException.class::isInstance, "không có quyền đọc hoặc ghi tệp"),
            Map.entry(NoSuchFileException.class::isInstance, "không tìm thấy tệp"),
            Map.entry(PebbleException.class::isInstance, "mẫu trang (thư mục templates/) có lỗi"),
            Map.entry(IOException.class::isInstance,
                    "không đọc hoặc ghi được tệp (tệp đang mở ở chương trình khác, hoặc không có quyền)"));

    /** What Linux and macOS, and Windows, say. */
    private static boolean diskFull(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return t instanceof IOException && (message.contains("No space left on device")
                || message.contains("not enough space on the disk"));
    }

    private ProgramFault() {
    }

    /** Appends the fault to the project's log and returns the officer's line; {@code doing}: e.g. "tạo trang". */
    public static String record(Path projectDir, String doing, Throwable fault) {
        String head = head(projectDir, doing, fault);
        return head + write(projectDir, head, fault).map(ProgramFault::logged).orElse(NOT_LOGGED);
    }

    /** The line {@link #record} gives, made beforehand by a JVM that may have no room for it when out of memory. */
    static String lineFor(Path projectDir, String doing, Throwable fault, boolean logged) {
        return head(projectDir, doing, fault) + (logged ? logged(LOG) : NOT_LOGGED);
    }

    /** Appends {@code fault} to the project's log under {@code line} ({@link #lineFor}); whether it went there. */
    static boolean log(Path projectDir, String line, Throwable fault) {
        return write(projectDir, line, fault).filter(LOG::equals).isPresent();
    }

    private static String head(Path projectDir, String doing, Throwable fault) {
        String file;
        try {
            file = fileOf(projectDir.toAbsolutePath().normalize(), fault).map(f -> ", ở tệp " + f).orElse("");
        } catch (RuntimeException e) { // a name that is no path: say nothing of it
            file = "";
        }
        return "Lỗi của chương trình (không phải lỗi nội dung) khi " + doing + file + ": " + what(fault)
                + ". Trang web đã đăng vẫn giữ nguyên.";
    }

    private static String logged(String log) {
        return " Chi tiết lỗi ghi ở " + log + ", hãy gửi tệp này cho người phụ trách kỹ thuật.";
    }

    /** Sends the traces of threads that die of an uncaught exception to the log, not to the officer's terminal. */
    public static void logUncaught(Path projectDir) {
        Thread.setDefaultUncaughtExceptionHandler((thread, fault) -> write(projectDir, "Luồng " + thread.getName()
                + " dừng vì lỗi.", fault));
    }

    /** What happened, for an officer: the first of these found in the fault or its causes. */
    private static String what(Throwable fault) {
        List<Throwable> chain = chain(fault);
        return KINDS.stream().filter(kind -> chain.stream().anyMatch(kind.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("lỗi không lường trước");
    }

    /** The project file the fault names, if any: {@code templates/x.pebble:12}, {@code content/a.md}. */
    private static Optional<String> fileOf(Path projectDir, Throwable fault) {
        for (Throwable t : chain(fault)) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return Optional.of(display(projectDir, fs.getFile()));
            }
            if (t instanceof PebbleException pe && pe.getFileName() != null) {
                String name = pe.getFileName();
                String path = Path.of(name).isAbsolute() ? display(projectDir, name) : "templates/" + name;
                return Optional.of(pe.getLineNumber() == null ? path : path + ":" + pe.getLineNumber());
            }
        }
        Pattern inProject = Pattern.compile(Pattern.quote(projectDir + java.io.File.separator)
                + "[^\\s'\"`:,;()\\[\\]]+");
        return chain(fault).stream().map(t -> inProject.matcher(String.valueOf(t.getMessage()))).filter(Matcher::find)
                .findFirst().map(m -> display(projectDir, m.group()));
    }

    private static String display(Path projectDir, String file) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        Path shown = path.startsWith(projectDir) ? projectDir.relativize(path) : path;
        return shown.toString().replace('\\', '/');
    }

    /** The fault and its causes, at most 50 of them (a chain may loop). */
    private static List<Throwable> chain(Throwable fault) {
        return Stream.iterate(fault, Objects::nonNull, Throwable::getCause).limit(50).toList();
    }

    /** Appends the fault to the project's log, else to one in the temporary folder; returns where, if anywhere. */
    private static Optional<String> write(Path projectDir, String head, Throwable fault) {
        Path root = projectDir.toAbsolutePath().normalize();
        StringWriter trace = new StringWriter();
        fault.printStackTrace(new PrintWriter(trace));
        String now = ZonedDateTime.now(SiteConfig.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        String text = String.format("=== %s (%s, Java %s)%n%s%n%s%n", now, root, Runtime.version(), head, trace);
        try {
            append(root.resolve(LOG), text);
            return Optional.of(LOG);
        } catch (IOException | RuntimeException e) {
            try {
                Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "cong-khai-loi.log");
                append(fallback, text);
                return Optional.of(fallback.toString());
            } catch (IOException | RuntimeException again) {
                return Optional.empty();
            }
        }
    }

    private static void append(Path log, String text) throws IOException {
        Files.createDirectories(log.getParent());
        boolean restart = Files.isRegularFile(log) && Files.size(log) > MAX_LOG_BYTES;
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                restart ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
    }
}
