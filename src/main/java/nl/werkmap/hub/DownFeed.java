package nl.werkmap.hub;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.sync.protocol.BundleEnvelope;

/**
 * What one fetch gives a device: the down-bundles, read and sealed one at a time as {@link #sealEach} or
 * {@link #writeEach} hands them over, and the journal position to ask after next time, known once they are. A first
 * sync's feed is dozens of bundles; reading and sealing them all before the first one left kept the device idle for
 * that whole time.
 */
public final class DownFeed {

    /** Reads the feed and gives each bundle's payload JSON to the sink, in order; returns the journal position. */
    @FunctionalInterface
    interface Reading {
        long run(Payloads payloads);
    }

    /**
     * Takes each bundle's payload JSON, {@code bytes[0, length)}, which stays valid only during the call: a first
     * fetch writes every payload, megabytes each, into one kept buffer.
     */
    @FunctionalInterface
    interface Payloads {
        void accept(byte[] bytes, int length);
    }

    private final Reading reading;
    private final ECKey signing;
    private final ECKey recipient;
    private final int form;
    private long next = -1;

    DownFeed(Reading reading, ECKey signing, ECKey recipient, int form) {
        this.reading = reading;
        this.signing = signing;
        this.recipient = recipient;
        this.form = form;
    }

    /** The envelope form the bundles are sealed in ({@link BundleEnvelope#FORM_NESTED} or a newer one). */
    public int form() {
        return form;
    }

    /** The journal position the bundles bring the device up to; known after {@link #sealEach} or {@link #writeEach}. */
    public long next() {
        if (next < 0) {
            throw new IllegalStateException("De feed is nog niet gelezen: roep eerst sealEach of writeEach aan.");
        }
        return next;
    }

    /**
     * Reads the feed and seals the bundles (compact JWE) in order, each handed to {@code sink} before the next is
     * read; a sink that throws stops the reading. Call once.
     */
    public void sealEach(Consumer<String> sink) {
        next = reading.run((payload, length) -> sink.accept(BundleEnvelope.sealBytes(
                length == payload.length ? payload : java.util.Arrays.copyOf(payload, length), signing, recipient, form)));
    }

    /**
     * As {@link #sealEach}, each bundle's compact JWE sealed straight into {@code out} in one pass, between
     * {@code first} (before the first bundle) or {@code between} (before the others) and {@code after}; flushed after
     * each bundle. A failure to write stops the reading as an {@link UncheckedIOException}. Call once.
     */
    public void writeEach(OutputStream out, byte[] first, byte[] between, byte[] after) {
        boolean[] none = {true};
        next = reading.run((payload, length) -> {
            try {
                out.write(none[0] ? first : between);
                none[0] = false;
                BundleEnvelope.sealTo(payload, length, signing, recipient, form, out);
                out.write(after);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
