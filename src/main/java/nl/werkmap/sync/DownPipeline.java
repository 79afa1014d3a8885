package nl.werkmap.sync;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Predicate;

import nl.werkmap.sync.merge.DownApplier;
import nl.werkmap.sync.protocol.Bundle;

/**
 * The down half of a sync round on two threads: the caller reads, opens and prepares each bundle (decrypting,
 * verifying, reading the JSON and sealing the values again are CPU work that needs no database) while one writer
 * thread applies the bundle before it. A first sync brings dozens of bundles; one after the other they kept one
 * of a laptop's two cores idle. Bundles are applied in the order they came, each as before (bundles already
 * waiting may share the writer's transaction where that changes nothing but the number of commits: {@link
 * DownApplier#applyRun}); a failure on either side stops the rest, and what was applied before it stays applied, as
 * without the pipeline.
 */
final class DownPipeline {

    /** Bundles prepared ahead of the writer: enough to keep it busy, few enough to bound memory. */
    private static final int AHEAD = 2;
    private static final DownApplier.Prepared END = null;

    /**
     * What the writer does with the bundle it took; runs on the writer thread. It may take the bundles already
     * waiting after it from {@code waiting} to write them in the same transaction, and tells {@code written} of
     * each bundle once it is written, in order.
     */
    @FunctionalInterface
    interface Apply {
        void apply(DownApplier.Prepared first, DownApplier.Waiting waiting, DownApplier.Written written);
    }

    private final BlockingQueue<Slot> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread writer;
    private final SyncProgress progress;
    private volatile Throwable failed;
    private int conflicts;
    private int bundles;
    private int changes;
    private String hubKey;
    private boolean finished;

    /** The queue holds no null: a slot carries a bundle or stands for the end. */
    private record Slot(DownApplier.Prepared prepared) {
    }

    DownPipeline(Apply apply) {
        this(apply, SyncProgress.NONE);
    }

    /** As {@link #DownPipeline(Apply)}, telling {@code progress} of each bundle written, on the writer thread. */
    DownPipeline(Apply apply, SyncProgress progress) {
        this.progress = progress;
        writer = new Thread(() -> run(apply), "werkmap-sync-apply");
        writer.setDaemon(true);
        writer.start();
    }

    /** Hands a prepared bundle to the writer; waits while it is {@value #AHEAD} behind; throws its failure. */
    void submit(DownApplier.Prepared prepared) {
        rethrowFailure();
        put(new Slot(prepared));
    }

    /**
     * Waits until the writer has applied everything submitted; throws what it failed on. Returns the totals of
     * the applied bundles. Call once, also after a failure of the caller's own (in a finally).
     */
    Totals finish() {
        if (!finished) {
            finished = true;
            if (failed == null) {
                put(new Slot(END));
            }
            boolean interrupted = false;
            while (true) {
                try {
                    writer.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the writer ends by itself; leaving before would leave a write running
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        rethrowFailure();
        return new Totals(bundles, changes, conflicts, hubKey);
    }

    /** The totals of the bundles applied, also after a failure; after {@link #finish}. */
    Totals applied() {
        return new Totals(bundles, changes, conflicts, hubKey);
    }

    /** What the applied bundles brought: counts and the newest hub encryption key named (null: none). */
    record Totals(int bundles, int changes, int conflicts, String hubKey) {
    }

    private void rethrowFailure() {
        Throwable e = failed;
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error r) {
            throw r;
        }
    }

    private void put(Slot slot) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(slot);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the writer takes the slot soon: it always drains or ends
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bundle at the head of the queue if there is one (not the end) and {@code joins} accepts it. */
    private DownApplier.Prepared takeIf(Predicate<DownApplier.Prepared> joins) {
        Slot head = queue.peek(); // only this thread takes, so the head stays until it is polled
        if (head == null || head.prepared() == END || !joins.test(head.prepared())) {
            return null;
        }
        queue.poll();
        return head.prepared();
    }

    private void written(DownApplier.Prepared prepared, int found) {
        Bundle bundle = prepared.header();
        conflicts += found;
        changes += prepared.changeCount();
        bundles++;
        if (bundle.hubEncryptionKey() != null) {
            hubKey = bundle.hubEncryptionKey();
        }
        progress.stored(bundles, changes);
    }

    private void run(Apply apply) {
        try {
            while (true) {
                Slot slot = queue.take();
                if (slot.prepared() == END) {
                    return;
                }
                // The round's first bundle is committed alone, so the first records show as early as before.
                apply.apply(slot.prepared(), bundles == 0 ? joins -> null : this::takeIf, this::written);
            }
        } catch (InterruptedException e) {
            failed = new IllegalStateException("Het verwerken van de ontvangen bundels is onderbroken.", e);
        } catch (RuntimeException | Error e) {
            failed = e;
        }
        // Nothing more is applied after a failure; free a caller waiting to put.
        queue.clear();
    }
}
