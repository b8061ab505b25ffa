package vn.congkhai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.tools.CongKhai;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Runs one of the officers' commands ({@code tao}, {@code nhap}) in Maven, its lines in Maven's log. */
final class OfficerCommand {

    private OfficerCommand() {
    }

    /** One of {@link CongKhai}'s commands: given the day, where to print, returns its exit status. */
    interface Command {
        int run(LocalDate today, PrintStream out, PrintStream err);
    }

    static void run(Command command, Log log) throws MojoFailureException, MojoExecutionException {
        int status;
        try (PrintStream out = lines(log::info); PrintStream err = lines(log::error)) {
            status = command.run(LocalDate.now(SiteConfig.ZONE), out, err);
        }
        if (status == 1) {
            throw new MojoFailureException("Chưa làm được (xem lý do ở trên).");
        }
        if (status != 0) {
            throw new MojoExecutionException("Chương trình gặp lỗi (xem dòng ở trên).");
        }
    }

    /** A stream that hands each line written to it to {@code sink}. */
    private static PrintStream lines(Consumer<String> sink) {
        return new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                if (b == '\n') {
                    flushLine();
                } else if (b != '\r') {
                    line.write(b);
                }
            }

            @Override
            public void close() {
                flushLine();
            }

            private void flushLine() {
                if (line.size() > 0) {
                    sink.accept(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                }
            }
        }, true, StandardCharsets.UTF_8);
    }
}
