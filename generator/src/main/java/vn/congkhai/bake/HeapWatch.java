package vn.congkhai.bake;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Tells when a bake has run out of memory before the JVM does. A bake whose live data sits just under its heap limit
 * makes the parallel collector run full collection after full collection, each freeing a few megabytes, for minutes
 * before the JVM's own overhead limit throws (seen in CI: 1,881 full collections in 15 minutes). A thread of its own
 * looks, twice a second, at how much of the time went to collecting; after two seconds mostly collecting, if the last
 * full collection left the old generation nearly full, {@code onExhausted} is called, once, on that thread, with an
 * {@link OutOfMemoryError} saying so. It polls rather than listening to the collector's notifications: those are made
 * on the heap too, and came 20 seconds late in such a run.
 */
final class HeapWatch implements AutoCloseable {

    /** A full collection that leaves more than this share of the old generation in use hardly helped. */
    static final double NEARLY_FULL = 0.90;
    /** A JVM spending more than this share of its time collecting is doing little else. */
    static final double MOSTLY_COLLECTING = 0.50;
    /** How often it looks. */
    static final long EVERY_MILLIS = 500;
    /** So many looks in a row over both limits (two seconds): no bake that will finish does that. */
    static final int IN_A_ROW = 4;
    private static final Pattern OLD = Pattern.compile("Old|Tenured");

    private final Consumer<OutOfMemoryError> onExhausted;
    private final GarbageCollectorMXBean[] collectors = ManagementFactory.getGarbageCollectorMXBeans()
            .toArray(GarbageCollectorMXBean[]::new);
    /** The old generation ("PS Old Gen", "G1 Old Gen", "Tenured Gen"), where what a bake keeps ends up. */
    private final MemoryPoolMXBean old;
    private final Thread thread;
    /**
     * Kept from the start and let go when the heap is found full, so that what is said and logged then (a few hundred
     * kilobytes) finds room without waiting on the collections of the bake's threads.
     */
    private volatile byte[] reserve;

    private HeapWatch(Consumer<OutOfMemoryError> onExhausted) {
        this.onExhausted = onExhausted;
        this.old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && OLD.matcher(pool.getName()).find()
                        && pool.isCollectionUsageThresholdSupported() && pool.getUsage().getMax() > 0)
                .findFirst().orElse(null);
        if (old != null) { // then asked without making an object, as the heap may have no room for one
            old.setCollectionUsageThreshold((long) (NEARLY_FULL * old.getUsage().getMax()));
        }
        this.reserve = new byte[(int) Math.min(16 << 20, Runtime.getRuntime().maxMemory() / 32)];
        this.thread = new Thread(this::watch, "bake-heap-watch");
        thread.setDaemon(true);
    }

    /** Watches this JVM's heap until closed; does nothing when the JVM does not say which pool is its old one. */
    static HeapWatch start(Consumer<OutOfMemoryError> onExhausted) {
        HeapWatch watch = new HeapWatch(onExhausted);
        if (watch.old != null) {
            watch.thread.start();
        }
        return watch;
    }

    /**
     * The watching, which makes no object until it finds the heap full: when it is, every object asked for waits for
     * a full collection (seen: one look in six seconds instead of two a second while it made a few).
     */
    private void watch() {
        Judge judge = new Judge();
        try {
            while (true) {
                TimeUnit.MILLISECONDS.sleep(EVERY_MILLIS);
                long collecting = 0;
                for (int i = 0; i < collectors.length; i++) {
                    collecting += Math.max(0, collectors[i].getCollectionTime());
                }
                // the old generation asked about last: that makes an object
                if (judge.mostlyCollecting(System.nanoTime() / 1_000_000, collecting)
                        && old.isCollectionUsageThresholdExceeded()) {
                    reserve = null;
                    onExhausted.accept(new OutOfMemoryError(new StringBuilder("Java heap nearly full: for ")
                            .append(IN_A_ROW * EVERY_MILLIS).append(" ms the JVM spent over half its time collecting, ")
                            .append("and its last full collection left over ").append(Math.round(NEARLY_FULL * 100))
                            .append(" % of ").append(old.getName()).append(" in use").toString()));
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        reserve = null;
    }

    /** The verdict on each look in turn (its own class so that a test can feed it looks). */
    static final class Judge {

        private long lastWall = -1;
        private long lastCollecting;
        private int inARow;

        /**
         * @param wall       now, in milliseconds from any origin
         * @param collecting milliseconds the JVM has spent collecting so far
         * @return whether the JVM spent more than {@link #MOSTLY_COLLECTING} of its time collecting since the last
         * look, and so at the {@link #IN_A_ROW} - 1 looks before
         */
        boolean mostlyCollecting(long wall, long collecting) {
            if (lastWall >= 0) {
                double share = (double) (collecting - lastCollecting) / Math.max(1, wall - lastWall);
                inARow = share > MOSTLY_COLLECTING ? inARow + 1 : 0;
            }
            lastWall = wall;
            lastCollecting = collecting;
            return inARow >= IN_A_ROW;
        }
    }
}
