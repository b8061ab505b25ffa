package vn.congkhai.bake;

import vn.congkhai.problem.ContentProblemsException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The command behind {@code mvn package}: {@code Main <project folder> <site folder>}. Exit status 0 when the site
 * was baked, 1 when the content has mistakes (listed for officers, the site untouched), 2 on a failure of the
 * program itself (one line for officers, the stack trace in {@value ProgramFault#LOG}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Cách dùng: Main <thư mục dự án> <thư mục trang web>");
            System.exit(2);
        }
        Path project;
        Path site;
        try {
            project = Path.of(args[0]);
            site = Path.of(args[1]);
        } catch (InvalidPathException e) {
            System.err.println("Đường dẫn không hợp lệ: " + e.getInput());
            System.exit(2);
            return;
        }
        // OrientDB leaves non-daemon threads behind.
        System.exit(run(project, site));
    }

    /** Bakes, prints what officers need to read, and returns the exit status. */
    static int run(Path projectDir, Path siteDir) {
        ProgramFault.logUncaught(projectDir);
        try {
            BakeReport report = new Bakery(projectDir, siteDir).bake();
            System.out.println(report.summary());
            return 0;
        } catch (ContentProblemsException e) {
            System.err.print(e.problems().report());
            return 1;
        } catch (Throwable e) { // anything at all: one line for the officer, the trace to the log
            System.err.println(ProgramFault.record(projectDir, "tạo trang", e));
            return 2;
        }
    }
}
