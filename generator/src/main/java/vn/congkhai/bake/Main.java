package vn.congkhai.bake;

import vn.congkhai.problem.ContentProblemsException;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The bake as a command, {@code Main [--kiem-tra] [--maven] <commune folder> <site folder>}, run in a JVM of its own
 * by the Maven plugin. Exit status: 0 baked (or checked), 1 content mistakes, 2 a program fault, {@value #BUSY} the
 * commune's {@link SiteLock} held by another command for the whole wait. With {@code --maven} every line goes to
 * standard output tagged with its level, so that the plugin shows errors under {@code mvn -q} too.
 */
public final class Main {

    public static final String INFO = "INFO ";
    public static final String WARN = "WARN ";
    public static final String ERROR = "ERROR ";
    /** The exit status when another bake or publish of the commune ran for the whole wait. */
    public static final int BUSY = 3;

    /** The flags every bake's JVM runs with (the build's {@code bake.jvm.args}), resource {@code jvm.options}. */
    public static List<String> jvmOptions() {
        try (java.io.InputStream in = Main.class.getResourceAsStream("jvm.options")) {
            return List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip().split("\\s+"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How long a bake out of memory may take to log it before it stops anyway. */
    private static final long LOG_MILLIS = 5000;

    private Main() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean checkOnly = rest.remove("--kiem-tra");
        boolean maven = rest.remove("--maven");
        if (rest.size() != 2) {
            System.err.println("Cách dùng: Main [--kiem-tra] [--maven] <thư mục của xã> <thư mục trang web>");
            System.exit(2);
        }
        Path project;
        Path site;
        try {
            project = Path.of(rest.get(0));
            site = Path.of(rest.get(1));
        } catch (InvalidPathException e) {
            System.err.println("Đường dẫn không hợp lệ: " + e.getInput());
            System.exit(2);
            return;
        }
        Console console = new Console(maven);
        Runnable done = stopPromptly(project, checkOnly, console);
        int status = run(project, site, checkOnly, console);
        done.run();
        // OrientDB leaves non-daemon threads behind.
        System.exit(status);
    }

    /**
     * A bake out of memory ({@link HeapWatch}) or told to stop (Ctrl+C, SIGTERM) stops within seconds, after any site
     * being replaced is whole. Its lines are made now: with the heap full, every new object waits for a collection.
     * Returns what to call once the bake is done.
     */
    private static Runnable stopPromptly(Path project, boolean checkOnly, Console out) {
        Thread main = Thread.currentThread();
        AtomicBoolean done = new AtomicBoolean();
        String outOfMemory = ProgramFault.lineFor(project, doing(checkOnly), new OutOfMemoryError(), true);
        String outOfMemoryUnlogged = ProgramFault.lineFor(project, doing(checkOnly), new OutOfMemoryError(), false);
        String stopped = stopped(checkOnly);
        Object once = new Object(); // the log written or its time up, whichever comes first
        Consumer<String> sayAndHalt = line -> {
            synchronized (once) {
                out.last(line);
                System.out.flush();
                System.err.flush();
                Runtime.getRuntime().halt(2); // not System.exit: OrientDB's and others' hooks may wait on the bake
            }
        };
        Thread timeUp = new Thread(() -> {
            try {
                Thread.sleep(LOG_MILLIS);
            } catch (InterruptedException e) {
                // halt at once
            }
            sayAndHalt.accept(outOfMemoryUnlogged);
        }, "bake-halt");
        timeUp.setDaemon(true);
        HeapWatch watch = HeapWatch.start(error -> {
            SiteSwap.stopReplacing();
            timeUp.start();
            error.setStackTrace(main.getStackTrace()); // where the bake was, for the log
            sayAndHalt.accept(ProgramFault.log(project, outOfMemory, error) ? outOfMemory : outOfMemoryUnlogged);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!done.get() && !SiteSwap.stopReplacing()) {
                out.last(stopped);
            }
        }, "bake-stop"));
        return () -> {
            done.set(true);
            watch.close();
        };
    }

    /** What a bake stopped by Ctrl+C or SIGTERM before its site replaced the last one says. */
    static String stopped(boolean checkOnly) {
        return "Đã dừng " + doing(checkOnly) + " giữa chừng (Ctrl+C hoặc lệnh dừng). Trang web đã đăng vẫn giữ nguyên.";
    }

    private static String doing(boolean checkOnly) {
        return checkOnly ? "kiểm tra nội dung" : "tạo trang";
    }

    /** Bakes (or only checks), tells the officer what happened, and returns the exit status. */
    static int run(Path projectDir, Path siteDir, boolean checkOnly, Console out) {
        ProgramFault.logUncaught(projectDir);
        try {
            Bakery bakery = new Bakery(projectDir, siteDir).lockedAs(SiteLock.Task.BAKE, out::warn);
            BakeReport report = checkOnly ? bakery.check() : bakery.bake();
            out.info(report.headline());
            report.warningLines().forEach(out::warn);
            return 0;
        } catch (ContentProblemsException e) {
            e.problems().report().lines().forEach(out::error);
            return 1;
        } catch (SiteBusyException e) {
            out.error(e.getMessage());
            return BUSY;
        } catch (Throwable e) { // anything at all: one line for the officer, the trace to the log
            out.error(ProgramFault.record(projectDir, doing(checkOnly), e));
            return 2;
        }
    }

    /**
     * The officer's lines: plain (errors on stderr) or, for the Maven plugin, on stdout tagged with their level. A
     * stop's {@link #last} line is said only if no error was, and nothing after it: one fault, one line.
     */
    static final class Console {

        private final boolean tagged;
        private boolean errorSaid;
        private boolean closed;

        Console(boolean tagged) {
            this.tagged = tagged;
        }

        synchronized void info(String line) {
            say(INFO, line, System.out);
        }

        synchronized void warn(String line) {
            say(WARN, line, System.out);
        }

        synchronized void error(String line) {
            say(ERROR, line, System.err);
            errorSaid = true;
        }

        synchronized void last(String line) {
            if (!errorSaid) {
                error(line);
            }
            closed = true;
        }

        /** Makes no string: an error may be said when the heap is full. */
        private void say(String level, String line, PrintStream plain) {
            if (closed) {
                return;
            }
            if (tagged) {
                synchronized (System.out) {
                    System.out.print(level);
                    System.out.println(line);
                }
            } else {
                plain.println(line);
            }
        }
    }
}
