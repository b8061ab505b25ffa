package vn.congkhai.bake;

import vn.congkhai.problem.ContentProblemsException;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bake as a command, run in a JVM of its own by the Maven plugin. Exit status: 0 baked (or checked), 1 content
 * mistakes, 2 a program fault, {@value #BUSY} the commune's {@link SiteLock} held by another command for the whole
 * wait. With {@code --maven} every line goes to stdout tagged with its level, so the plugin shows errors under -q.
 */
public final class Main {

    public static final String INFO = "INFO ";
    public static final String WARN = "WARN ";
    public static final String ERROR = "ERROR ";
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
        String doing = checkOnly ? "kiểm tra nội dung" : "tạo trang";
        Console console = new Console(maven);
        HeapWatch watch = stopPromptly(project, doing, console);
        int status = run(project, site, checkOnly, doing, console);
        watch.close();
        console.last(null); // a stop from now on says nothing
        System.exit(status); // OrientDB leaves non-daemon threads behind
    }

    /**
     * A bake out of memory ({@link HeapWatch}) or told to stop (Ctrl+C, SIGTERM) stops within seconds, after any site
     * being replaced is whole. Its lines are made now: with the heap full, every new object waits for a collection.
     */
    private static HeapWatch stopPromptly(Path project, String doing, Console out) {
        Thread main = Thread.currentThread();
        String outOfMemory = ProgramFault.lineFor(project, doing, new OutOfMemoryError(), true);
        String outOfMemoryUnlogged = ProgramFault.lineFor(project, doing, new OutOfMemoryError(), false);
        String stopped = "Đã dừng " + doing + " giữa chừng (Ctrl+C hoặc lệnh dừng). Trang web đã đăng vẫn giữ nguyên.";
        Consumer<String> sayAndHalt = line -> {
            synchronized (out) { // the log written or its time up, whichever comes first
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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!SiteSwap.stopReplacing()) {
                out.last(stopped);
            }
        }, "bake-stop"));
        return HeapWatch.start(error -> {
            SiteSwap.stopReplacing();
            timeUp.start();
            error.setStackTrace(main.getStackTrace()); // where the bake was, for the log
            sayAndHalt.accept(ProgramFault.log(project, outOfMemory, error) ? outOfMemory : outOfMemoryUnlogged);
        });
    }

    /** Bakes (or only checks), tells the officer what happened, and returns the exit status. */
    static int run(Path projectDir, Path siteDir, boolean checkOnly, String doing, Console out) {
        ProgramFault.logUncaught(projectDir);
        try {
            Bakery bakery = new Bakery(projectDir, siteDir).lockedAs(SiteLock.Task.BAKE, line -> out.say(WARN, line));
            BakeReport report = checkOnly ? bakery.check() : bakery.bake();
            out.say(INFO, report.headline());
            report.warningLines().forEach(line -> out.say(WARN, line));
            return 0;
        } catch (ContentProblemsException e) {
            e.problems().report().lines().forEach(line -> out.say(ERROR, line));
            return 1;
        } catch (SiteBusyException e) {
            out.say(ERROR, e.getMessage());
            return BUSY;
        } catch (Throwable e) { // anything at all: one line for the officer, the trace to the log
            out.say(ERROR, ProgramFault.record(projectDir, doing, e));
            return 2;
        }
    }

    /** The officer's lines: plain (errors on stderr) or, for the Maven plugin, on stdout tagged with their level. */
    static final class Console {

        private final boolean tagged;
        private boolean errorSaid;
        private boolean closed;

        Console(boolean tagged) {
            this.tagged = tagged;
        }

        /** Makes no string: an error may be said when the heap is full. */
        synchronized void say(String level, String line) {
            if (closed) {
                return;
            }
            errorSaid |= ERROR.equals(level);
            PrintStream to = tagged || !ERROR.equals(level) ? System.out : System.err;
            synchronized (to) {
                to.print(tagged ? level : "");
                to.println(line);
            }
        }

        /** Says {@code line} as an error unless one was said or it is null, then nothing: one fault, one line. */
        synchronized void last(String line) {
            if (!errorSaid && line != null) {
                say(ERROR, line);
            }
            closed = true;
        }
    }
}
