package vn.congkhai.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A program run in a folder to its end within a bound: its output (standard and error) goes to a file, not a pipe
 * the test reads first, so that a program that hangs is stopped at the bound instead of holding the test.
 */
final class Command {

    record Result(int status, String output) {
    }

    private Command() {
    }

    static Result run(List<String> command, Path dir, Consumer<Map<String, String>> environment, int seconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("command-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            environment.accept(builder.environment());
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(String.join(" ", command) + " did not end in " + seconds + " seconds: "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
