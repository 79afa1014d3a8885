package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.werkmap.sync.merge.DownApplier;
import nl.werkmap.sync.protocol.Bundle;

/**
 * What the pipeline's writer offers for a run ({@link DownApplier#applyRun}): the round's first bundle alone (so
 * the first records show as early as before), after that the bundles already waiting, in order, and never the end
 * of the answer; every bundle is counted once, whether it was taken first or joined a run.
 */
class DownPipelineRunTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void theFirstBundleIsWrittenAloneAndLaterOnesTakeTheBundlesWaitingBehindThem() throws Exception {
        DownApplier door = new DownApplier(null, null, Clock.fixed(NOW, ZoneOffset.UTC));
        List<DownApplier.Prepared> bundles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bundles.add(door.prepare(bundle()));
        }
        CountDownLatch queued = new CountDownLatch(1);
        List<List<DownApplier.Prepared>> runs = new ArrayList<>();
        DownPipeline pipeline = new DownPipeline((first, waiting, written) -> {
            if (runs.isEmpty()) {
                await(queued); // the second and third bundle are waiting by now
            }
            List<DownApplier.Prepared> run = new ArrayList<>(List.of(first));
            for (DownApplier.Prepared next = waiting.takeIf(p -> true); next != null;
                 next = waiting.takeIf(p -> true)) {
                run.add(next);
            }
            runs.add(run);
            run.forEach(p -> written.written(p, 0));
        });
        pipeline.submit(bundles.get(0));
        pipeline.submit(bundles.get(1));
        pipeline.submit(bundles.get(2)); // the queue holds two: both wait while the first is written
        queued.countDown();
        pipeline.submit(bundles.get(3));
        DownPipeline.Totals totals = pipeline.finish();

        assertEquals(List.of(bundles.get(0)), runs.get(0), "the first bundle alone, though two were waiting");
        assertSame(bundles.get(1), runs.get(1).get(0));
        assertSame(bundles.get(2), runs.get(1).get(1), "the second took the third, waiting behind it");
        List<DownApplier.Prepared> inOrder = runs.stream().flatMap(List::stream).toList();
        assertEquals(bundles, inOrder, "each bundle once, in the order they came; the end was never taken");
        assertEquals(4, totals.bundles());
    }

    @Test
    void aBundleTheRunDoesNotAcceptStaysForTheNextTake() throws Exception {
        DownApplier door = new DownApplier(null, null, Clock.fixed(NOW, ZoneOffset.UTC));
        List<DownApplier.Prepared> bundles = List.of(door.prepare(bundle()), door.prepare(bundle()),
                door.prepare(bundle()));
        CountDownLatch queued = new CountDownLatch(1);
        List<DownApplier.Prepared> refusedOffers = new ArrayList<>();
        List<DownApplier.Prepared> firsts = new ArrayList<>();
        DownPipeline pipeline = new DownPipeline((first, waiting, written) -> {
            if (firsts.isEmpty()) {
                await(queued);
            }
            firsts.add(first);
            assertNull(waiting.takeIf(p -> {
                refusedOffers.add(p);
                return false;
            }));
            written.written(first, 0);
        });
        bundles.forEach(pipeline::submit);
        queued.countDown();
        assertEquals(3, pipeline.finish().bundles());
        assertEquals(bundles, firsts, "a refused bundle is taken next, as the first of its own");
        assertEquals(List.of(bundles.get(2)), refusedOffers, "the second was offered the third; the first none");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not queue in time");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Bundle bundle() {
        return new Bundle(Bundle.FORMAT, Bundle.VERSION, Bundle.DOWN, UUID.randomUUID().toString(), "hub",
                "gemeente-a", "laptop", 1, 1, NOW.toString(), List.of(), null, null, null, null);
    }
}
