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
 * The bake as a command: {@code Main [--kiem-tra] [--maven] <commune folder> <site folder>}, run in a JVM of its own
 * by the Maven plugin. Exit status 0 when the site was baked (or, with {@code --kiem-tra}, the content is good), 1
 * when the content has mistakes (listed for officers, the site untouched), 2 on a failure of the program itself (one
 * line for officers, the stack trace in {@value ProgramFault#LOG}), {@value #BUSY} when another command held the
 * commune's {@link SiteLock} for the whole wait (the site untouched).
 *
 * <p>With {@code --maven} every line goes to standard output tagged with the level Maven logs it at
 * ({@value #INFO}, {@value #WARN}, {@value #ERROR}), so that the plugin shows errors under {@code mvn -q} too.
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
        Gate console = new Gate(maven ? Console.tagged(System.out) : Console.plain());
        Runnable done = stopPromptly(project, checkOnly, console);
        int status = run(project, site, checkOnly, console);
        done.run();
        // OrientDB leaves non-daemon threads behind.
        System.exit(status);
    }

    /**
     * A bake that cannot finish stops within seconds, the site as it was, instead of running on: out of memory
     * ({@link HeapWatch}: the officer's line for it, the fault in the log, status 2) or told to stop (Ctrl+C, SIGTERM:
     * {@link #stopped}). Either waits for a site being replaced to be whole first. What they say is made now: when the
     * heap is full every object made waits for a collection. Returns what to call once the bake is done, after which a
     * stop says nothing.
     */
    private static Runnable stopPromptly(Path project, boolean checkOnly, Gate out) {
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
     * The officer's console in the bake's JVM, where a stop (out of memory, Ctrl+C) says its line unless the bake
     * itself has just said what went wrong, and nothing is said after it: one fault, one line.
     */
    private static final class Gate implements Console {

        private final Console to;
        private boolean errorSaid;
        private boolean closed;

        Gate(Console to) {
            this.to = to;
        }

        @Override
        public synchronized void info(String line) {
            if (!closed) {
                to.info(line);
            }
        }

        @Override
        public synchronized void warn(String line) {
            if (!closed) {
                to.warn(line);
            }
        }

        @Override
        public synchronized void error(String line) {
            if (!closed) {
                to.error(line);
                errorSaid = true;
            }
        }

        /** Says {@code line} unless an error was said already; nothing is said after. */
        synchronized void last(String line) {
            if (!errorSaid && !closed) {
                to.error(line);
            }
            closed = true;
        }
    }

    /** Where the lines for the officer go. */
    interface Console {

        void info(String line);

        void warn(String line);

        void error(String line);

        /** The terminal: outcome and warnings on stdout, errors on stderr. */
        static Console plain() {
            return new Console() {
                public void info(String line) {
                    System.out.println(line);
                }

                public void warn(String line) {
                    System.out.println(line);
                }

                public void error(String line) {
                    System.err.println(line);
                }
            };
        }

        /** One stream, each line tagged with its level for the Maven plugin. */
        static Console tagged(PrintStream to) {
            return new Console() {
                public void info(String line) {
                    to.println(INFO + line);
                }

                public void warn(String line) {
                    to.println(WARN + line);
                }

                public void error(String line) {
                    synchronized (to) { // no string made: this may be said when the heap is full
                        to.print(ERROR);
                        to.println(line);
                    }
                }
            };
        }
    }
}
