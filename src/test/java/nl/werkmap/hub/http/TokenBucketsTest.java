package nl.werkmap.hub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import nl.werkmap.testing.StepClock;

/** The per-device and per-address limiter on an injected clock. */
class TokenBucketsTest {

    private final StepClock clock = new StepClock(Instant.parse("2026-12-04T10:00:00Z"));

    @Test
    void aBurstGoesThroughThenTheNextWaitsForTheRefill() {
        TokenBuckets buckets = new TokenBuckets(new RateLimit(3, 0.5), clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("dev-1").isEmpty(), "request " + i + " of the burst");
        }
        assertEquals(OptionalLong.of(2), buckets.take("dev-1"), "one token at 0.5/s comes after 2 s");
        clock.advance(Duration.ofMillis(1_999));
        assertEquals(OptionalLong.of(1), buckets.take("dev-1"), "a little short: wait one more second");
        clock.advance(Duration.ofMillis(1));
        assertTrue(buckets.take("dev-1").isEmpty());
        assertTrue(buckets.take("dev-1").isPresent());
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        TokenBuckets buckets = new TokenBuckets(new RateLimit(1, 1), clock);
        assertTrue(buckets.take("dev-1").isEmpty());
        assertTrue(buckets.take("dev-1").isPresent());
        assertTrue(buckets.take("dev-2").isEmpty(), "another device is not held back by the first");
    }

    @Test
    void aLongPauseRefillsOnlyUpToTheBurst() {
        TokenBuckets buckets = new TokenBuckets(new RateLimit(2, 10), clock);
        buckets.take("a");
        buckets.take("a");
        clock.advance(Duration.ofHours(5));
        assertTrue(buckets.take("a").isEmpty());
        assertTrue(buckets.take("a").isEmpty());
        assertTrue(buckets.take("a").isPresent(), "five quiet hours do not buy more than the burst");
    }

    @Test
    void aClockThatStepsBackNeitherRefillsNorFails() {
        TokenBuckets buckets = new TokenBuckets(new RateLimit(1, 1), clock);
        assertTrue(buckets.take("a").isEmpty());
        clock.advance(Duration.ofSeconds(-30));
        assertTrue(buckets.take("a").isPresent());
        clock.advance(Duration.ofSeconds(30));
        assertTrue(buckets.take("a").isPresent(), "back where it was: the refill counts from the latest moment seen");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(buckets.take("a").isEmpty());
    }

    @Test
    void manyOneOffAddressesDoNotGrowTheTable() {
        TokenBuckets buckets = new TokenBuckets(new RateLimit(5, 1), clock, 100);
        for (int i = 0; i < 10_000; i++) {
            buckets.take("10.0." + (i / 256) + "." + (i % 256));
            clock.advance(Duration.ofMillis(1));
        }
        assertTrue(buckets.size() <= 100, "table holds " + buckets.size());
    }

    @Test
    void fullBucketsAreDroppedFirstWhenTheTableIsFull() {
        TokenBuckets buckets = new TokenBuckets(new RateLimit(2, 1), clock, 3);
        buckets.take("busy");
        buckets.take("busy");
        buckets.take("quiet-1");
        buckets.take("quiet-2");
        clock.advance(Duration.ofSeconds(1)); // quiet ones full again, busy at one token
        buckets.take("new");
        assertTrue(buckets.take("busy").isEmpty());
        assertTrue(buckets.take("busy").isPresent(), "the bucket of 'busy' was kept, not forgotten with a full burst");
    }

    @Test
    void settingsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, Double.NaN));
    }
}
