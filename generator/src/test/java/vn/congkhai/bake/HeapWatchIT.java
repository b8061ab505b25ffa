package vn.congkhai.bake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heap watch in a JVM whose heap fills with small objects, as a bake's does with the rows it keeps: the JVM itself
 * would collect for half a minute to minutes before throwing (measured: 19 s at 256 MiB, 42 s at 512 MiB).
 */
class HeapWatchIT {

    @TempDir
    Path tmp;

    /**
     * Fills the heap of its JVM; the watch ends it with status 3 and its message. On a slow machine the JVM's own
     * OutOfMemoryError can reach this thread first: its default report would then be printed across the watch's
     * message, so this thread waits (bounded) for the watch instead.
     */
    public static void main(String[] args) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        HeapWatch.start(e -> {
            System.out.println(e.getMessage());
            Runtime.getRuntime().halt(3);
        });
        List<Long> kept = new LinkedList<>();
        for (long i = 0; ; i++) {
            kept.add(i);
        }
    }

    @Test
    void aHeapFullOfSmallObjectsIsCalledOutOfMemoryWithinSeconds() throws Exception {
        Path out = tmp.resolve("out.txt");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                HeapWatchIT.class.getName()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long start = System.nanoTime();
        try {
            assertThat(jvm.waitFor(2, TimeUnit.MINUTES)).as("the JVM ended within 2 minutes").isTrue();
        } finally {
            jvm.destroyForcibly();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("Java heap nearly full: for 2000 ms the "
                + "JVM spent over half its time collecting, and its last full collection left over 90 % of PS Old Gen "
                + "in use");
        assertThat(jvm.exitValue()).isEqualTo(3);
        assertThat(seconds).as("seconds to tell").isLessThan(30);
    }
}
