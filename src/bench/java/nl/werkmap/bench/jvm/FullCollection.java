package nl.werkmap.bench.jvm;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * A full collection that really ran, for a "live heap" figure. {@code System.gc()} alone is not enough in a JVM that
 * draws with JavaFX's software renderer: while the renderer holds an array in a JNI critical region, G1 turns the
 * request into a young collection ("GCLocker Initiated GC"), and the heap then still holds everything the old
 * generation gathered (issue 13: CaseloadScreenBench printed "live 602 MB after a full GC" at 150,000 after three
 * lock-and-unlock rounds, where a full collection left 115 MB of the same kind of run). So this asks again until the
 * collector of the old generation has counted one more collection.
 */
public final class FullCollection {

    private static final int ATTEMPTS = 20;

    private FullCollection() {
    }

    /**
     * Asks for a full collection until one ran (at most twenty times, 50 ms apart); true when one did. With a
     * collector that has no old-generation bean the first request is taken as done.
     */
    public static boolean run() {
        long before = oldCollections();
        for (int i = 0; i < ATTEMPTS; i++) {
            System.gc();
            long after = oldCollections();
            if (before < 0 || after > before) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Collections the old generation's collector counted (G1, Serial, Parallel); -1 without such a collector. */
    static long oldCollections() {
        long count = -1;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = gc.getName();
            if (name.contains("Old") || name.contains("MarkSweep")) {
                count = Math.max(count, 0) + gc.getCollectionCount();
            }
        }
        return count;
    }
}
