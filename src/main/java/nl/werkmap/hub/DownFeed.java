package nl.werkmap.hub;

import java.util.function.Consumer;

/**
 * What one fetch gives a device: the journal position to ask after next time, known as soon as the feed is read,
 * and the down-bundles, sealed one at a time as {@link #sealEach} hands them over. A first sync's feed is dozens of
 * bundles; sealing them all before the first one leaves kept the device idle for that whole time.
 */
public final class DownFeed {

    /** Seals the feed's bundles in order and gives each to the sink. */
    @FunctionalInterface
    interface Sealing {
        void run(Consumer<String> sink);
    }

    private final long next;
    private final Sealing sealing;

    DownFeed(long next, Sealing sealing) {
        this.next = next;
        this.sealing = sealing;
    }

    public long next() {
        return next;
    }

    /**
     * Seals the bundles (compact JWE) in order, each handed to {@code sink} before the next is sealed; a sink that
     * throws stops the sealing. Call once.
     */
    public void sealEach(Consumer<String> sink) {
        sealing.run(sink);
    }
}
