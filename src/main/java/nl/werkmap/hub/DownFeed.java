package nl.werkmap.hub;

import java.util.function.Consumer;

/**
 * What one fetch gives a device: the down-bundles, read and sealed one at a time as {@link #sealEach} hands them
 * over, and the journal position to ask after next time, known once they are. A first sync's feed is dozens of
 * bundles; reading and sealing them all before the first one left kept the device idle for that whole time.
 */
public final class DownFeed {

    /** Reads the feed, seals its bundles in order and gives each to the sink; returns the journal position. */
    @FunctionalInterface
    interface Sealing {
        long run(Consumer<String> sink);
    }

    private final Sealing sealing;
    private long next = -1;

    DownFeed(Sealing sealing) {
        this.sealing = sealing;
    }

    /** The journal position the bundles bring the device up to; known after {@link #sealEach}. */
    public long next() {
        if (next < 0) {
            throw new IllegalStateException("De feed is nog niet gelezen: roep eerst sealEach aan.");
        }
        return next;
    }

    /**
     * Reads the feed and seals the bundles (compact JWE) in order, each handed to {@code sink} before the next is
     * sealed; a sink that throws stops the reading. Call once.
     */
    public void sealEach(Consumer<String> sink) {
        next = sealing.run(sink);
    }
}
