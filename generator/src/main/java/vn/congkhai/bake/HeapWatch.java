package vn.congkhai.bake;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Tells when a bake has run out of memory before the JVM does, which with live data just under the heap limit runs
 * full collection after full collection for minutes. After two seconds mostly collecting with the old generation
 * still nearly full, {@code onExhausted} is called once. It polls: the collector's notifications need the heap too.
 */
final class HeapWatch implements AutoCloseable {

    static final double NEARLY_FULL = 0.90;
    static final double MOSTLY_COLLECTING = 0.50;
    static final long EVERY_MILLIS = 500;
    /** Looks in a row over both limits: no bake that will finish does that. */
    static final int IN_A_ROW = 4;
    private static final Pattern OLD = Pattern.compile("Old|Tenured");

    private final Consumer<OutOfMemoryError> onExhausted;
    private final GarbageCollectorMXBean[] collectors = ManagementFactory.getGarbageCollectorMXBeans()
            .toArray(GarbageCollectorMXBean[]::new);
    /** The old generation, where what a bake keeps ends up. */
    private final MemoryPoolMXBean old;
    private final Thread thread = new Thread(this::watch, "bake-heap-watch");
    /** Let go when the heap is found full, so that what is said and logged then finds room at once. */
    private volatile byte[] reserve = new byte[(int) Math.min(16 << 20, Runtime.getRuntime().maxMemory() / 32)];

    private HeapWatch(Consumer<OutOfMemoryError> onExhausted) {
        this.onExhausted = onExhausted;
        this.old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && OLD.matcher(pool.getName()).find()
                        && pool.isCollectionUsageThresholdSupported() && pool.getUsage().getMax() > 0)
                .findFirst().orElse(null);
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

    /** Makes no object in its loop: with the heap full, every new object waits for a full collection. */
    private void watch() {
        Judge judge = new Judge();
        // with a threshold the old generation is asked without making an object: the heap may have no room for one
        old.setCollectionUsageThreshold((long) (NEARLY_FULL * old.getUsage().getMax()));
        String message = "Java heap nearly full: for " + IN_A_ROW * EVERY_MILLIS + " ms the JVM spent over half its "
                + "time collecting, and its last full collection left over " + Math.round(NEARLY_FULL * 100) + " % of "
                + old.getName() + " in use";
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
                    onExhausted.accept(new OutOfMemoryError(message));
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

    /** The verdict on each look in turn, apart so that a test can feed it looks. */
    static final class Judge {

        private long lastWall = -1;
        private long lastCollecting;
        private int inARow;

        /** Whether the JVM mostly collected since this look and the ones before; both times in milliseconds. */
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
