package vn.congkhai.bake;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each stage of a bake took, printed to standard error when the system property {@value #PROPERTY} is set
 * (the benchmark sets it): where the time of a big site goes, without a profiler.
 */
final class BakeClock {

    static final String PROPERTY = "congkhai.timings";

    private final boolean on = Boolean.getBoolean(PROPERTY);
    private final List<String> laps = java.util.Collections.synchronizedList(new ArrayList<>());
    private long last = System.nanoTime();

    /** Ends the stage named {@code stage}. */
    void lap(String stage) {
        if (on) {
            long now = System.nanoTime();
            laps.add(String.format("%-22s %7d ms", stage, (now - last) / 1_000_000));
            last = now;
        }
    }

    /** Runs a step of a background thread, timing it on its own (its time overlaps the main thread's stages). */
    void time(String step, Runnable work) {
        long begin = System.nanoTime();
        work.run();
        if (on) {
            laps.add(String.format("%-22s %7d ms (alongside)", step, (System.nanoTime() - begin) / 1_000_000));
        }
    }

    /** A line to print with the stages' times. */
    void note(String line) {
        if (on) {
            laps.add(line);
        }
    }

    void print() {
        if (on) {
            laps.forEach(l -> System.err.println("[thời gian] " + l));
        }
    }
}
