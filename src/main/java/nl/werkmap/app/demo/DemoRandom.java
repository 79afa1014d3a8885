package nl.werkmap.app.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Seeded choices for the demo generator. Each candidate gets its own stream derived from the seed and its number,
 * so the output depends only on (seed, number, reference date), not on chunking or thread order.
 */
final class DemoRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** 2024-01-01T00:00Z: the made-up creation moments in demo ids start here. */
    private static final long ID_EPOCH_MILLIS = 1_704_067_200_000L;

    private final SplittableRandom random;
    private final long idPrefix;
    private int idSequence;

    private DemoRandom(long seed, long idPrefix) {
        this.random = new SplittableRandom(seed);
        this.idPrefix = idPrefix;
    }

    /** The stream for one numbered thing of one kind (candidate 17, employer 3, ...). */
    static DemoRandom forItem(long seed, long kind, long number) {
        return new DemoRandom(seed ^ (kind * GOLDEN) ^ ((number + 1) * 0xC2B2AE3D27D4EB4FL),
                ID_EPOCH_MILLIS + (kind << 34) + (number << 16));
    }

    int between(int lowInclusive, int highInclusive) {
        return random.nextInt(lowInclusive, highInclusive + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** Picks {@code items[i]} with probability {@code weights[i] / sum(weights)}. */
    <T> T weighted(T[] items, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < items.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return items[i];
            }
        }
        return items[items.length - 1];
    }

    /**
     * A UUID in the version-7 layout (48-bit millisecond stamp, then random bits) whose stamp counts up with the
     * item number and the ids made for it, so ids are reproducible and sort in the order they are made. Bulk
     * inserts then append to the primary-key and change-log indexes instead of scattering over them, which keeps
     * 150,000 demo candidates within minutes.
     */
    UUID uuid() {
        long stamp = idPrefix + idSequence++;
        long hi = (stamp << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    /** A day between the two, both included. */
    LocalDate dayBetween(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    /** The same day or the working day before it. */
    static LocalDate workdayOnOrBefore(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        return dow == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    /** The same day or the next working day: coaches do not visit at weekends. */
    static LocalDate workday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) {
            return day.plusDays(2);
        }
        return dow == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }
}
