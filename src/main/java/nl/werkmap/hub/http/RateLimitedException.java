package nl.werkmap.hub.http;

import nl.werkmap.sync.protocol.BundleRefusedException;
import nl.werkmap.sync.protocol.RefusalCode;

/** Too many requests from one device or address: answered 429 {@code RATE_LIMITED} with {@code Retry-After}. */
final class RateLimitedException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    RateLimitedException(long retryAfterSeconds) {
        super(RefusalCode.RATE_LIMITED, "Er komen te veel verzoeken tegelijk binnen. Werkmap probeert het over "
                + retryAfterSeconds + " seconden vanzelf opnieuw.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
