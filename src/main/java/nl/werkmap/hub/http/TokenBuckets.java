package nl.werkmap.hub.http;

import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per key (a device id or a remote address) on an injected clock. Each request takes one token; a
 * bucket refills at the limit's rate up to its burst. Buckets that have refilled completely carry no state and are
 * dropped when the table grows, so many one-off addresses cannot grow the hub's memory without bound.
 */
final class TokenBuckets {

    /** More keys than this and full buckets are dropped; still more and the table starts afresh. */
    static final int MAX_KEYS = 10_000;

    private final RateLimit limit;
    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Bucket> buckets = new HashMap<>();

    TokenBuckets(RateLimit limit, Clock clock) {
        this(limit, clock, MAX_KEYS);
    }

    TokenBuckets(RateLimit limit, Clock clock, int maxKeys) {
        this.limit = limit;
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /**
     * Takes a token for {@code key}. Empty when the request may go ahead; otherwise the whole seconds (at least 1)
     * after which a token is there again, for the answer's {@code Retry-After}.
     */
    synchronized OptionalLong take(String key) {
        long now = clock.millis();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys) {
                makeRoom(now);
            }
            bucket = new Bucket(limit.burst(), now);
            buckets.put(key, bucket);
        }
        bucket.refill(now, limit);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return OptionalLong.empty();
        }
        double missing = 1 - bucket.tokens;
        return OptionalLong.of(Math.max(1, (long) Math.ceil(missing / limit.perSecond())));
    }

    synchronized int size() {
        return buckets.size();
    }

    private void makeRoom(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next();
            bucket.refill(now, limit);
            if (bucket.tokens >= limit.burst()) {
                it.remove();
            }
        }
        if (buckets.size() >= maxKeys) {
            // A flood from very many addresses: forget them all rather than grow; each starts with a full bucket.
            buckets.clear();
        }
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        void refill(long now, RateLimit limit) {
            if (now > at) {
                tokens = Math.min(limit.burst(), tokens + (now - at) * limit.perSecond() / 1000.0);
            }
            // A clock that steps back must not take tokens away nor later hand out a burst twice.
            at = Math.max(at, now);
        }
    }
}
