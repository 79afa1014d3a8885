package nl.werkmap.hub.http;

/**
 * One token-bucket setting: up to {@code burst} requests at once, refilled at {@code perSecond}. A client that keeps
 * to the refill rate is never refused; a flood is cut to that rate.
 */
public record RateLimit(int burst, double perSecond) {

    public RateLimit {
        if (burst < 1 || !(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("A rate limit needs burst >= 1 and a finite rate > 0, not " + burst
                    + " / " + perSecond);
        }
    }
}
