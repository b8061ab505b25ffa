package vn.congkhai.bake;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Each stage's time, printed to standard error with {@code -Dcongkhai.timings=true}: a big site without a profiler. */
final class BakeClock {

    private final Queue<String> laps = new ConcurrentLinkedQueue<>();
    private long last = System.nanoTime();

    /** Ends the stage named {@code stage}. */
    void lap(String stage) {
        long now = System.nanoTime();
        laps.add(String.format("%-22s %7d ms", stage, (now - last) / 1_000_000));
        last = now;
    }

    /** Runs a step of a background thread, timed on its own (it overlaps the main thread's stages). */
    void time(String step, Runnable work) {
        long begin = System.nanoTime();
        work.run();
        laps.add(String.format("%-22s %7d ms (alongside)", step, (System.nanoTime() - begin) / 1_000_000));
    }

    void print() {
        if (Boolean.getBoolean("congkhai.timings")) {
            laps.forEach(l -> System.err.println("[thời gian] " + l));
        }
    }
}
