package nl.werkmap.hub.http;

/**
 * What the hub takes from one request and one client. {@code maxBundleBytes} caps an up-bundle (a laptop seals at
 * most 20,000 change-log entries in one, far below it); {@code maxEnrollBytes} caps an enrolment (two public keys
 * and a name). {@code inFlightBytes} caps the bodies held in memory at once over all requests, so parallel large
 * bodies cannot add up past the heap. Rates apply per remote address to every request, before anything is checked,
 * and per device to what a device token authenticates.
 */
public record HubLimits(long maxBundleBytes, long maxEnrollBytes, long inFlightBytes, RateLimit perAddress,
                        RateLimit perDevice) {

    /** The hub's limits unless the administrator sets others. */
    public static final long DEFAULT_MAX_BUNDLE_BYTES = 256L * 1024 * 1024;
    public static final long DEFAULT_MAX_ENROLL_BYTES = 64L * 1024;
    /** The largest array Java hands out. */
    static final long MAX_BODY_BYTES = Integer.MAX_VALUE - 8;

    public HubLimits {
        if (maxBundleBytes < 1 || maxEnrollBytes < 1 || inFlightBytes < 1) {
            throw new IllegalArgumentException("Body limits must be positive");
        }
        if (maxBundleBytes > MAX_BODY_BYTES || maxEnrollBytes > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("A body is held in one array: at most " + MAX_BODY_BYTES + " bytes");
        }
    }

    /**
     * The defaults: a quarter of this JVM's heap for bodies in flight; per address a burst of 600 and 10 a second
     * (many laptops may share one office address), per device a burst of 120 and 2 a second (a laptop syncs every
     * few minutes and then sends its stored bundles one after another).
     */
    public static HubLimits defaults() {
        return withMaxBundleBytes(DEFAULT_MAX_BUNDLE_BYTES);
    }

    /** The defaults with another bundle cap ({@code hub serve --max-bundle-mb}). */
    public static HubLimits withMaxBundleBytes(long maxBundleBytes) {
        return new HubLimits(maxBundleBytes, DEFAULT_MAX_ENROLL_BYTES, Math.max(1, Runtime.getRuntime().maxMemory() / 4),
                new RateLimit(600, 10), new RateLimit(120, 2));
    }

    public HubLimits withRates(RateLimit address, RateLimit device) {
        return new HubLimits(maxBundleBytes, maxEnrollBytes, inFlightBytes, address, device);
    }
}
