package nl.werkmap.ui.agenda;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.report.WeekDeadlines;
import nl.werkmap.store.CaseloadStore;

/**
 * The werklijst's deadlines the week view last read, kept while nothing was written: the werklijst evaluates the
 * rules of every running placement in scope (at 150,000 candidates two scans over tens of thousands of placements,
 * about 0.2 s of CPU, for the week's 21,000 items), and its answer changes only with a write or a new day. Reused only
 * for the same caseload, scope and day (and a first listed day not before the kept one's: kept with the older items
 * listed serves them hidden again) when the
 * store's write stamp has not moved since the read began ({@link CaseloadStore#writeStamp()}: every write that
 * ends moves it, a save, a sync, a draft); a write during the read leaves a stale stamp, so the next load reads
 * again. One entry: the agenda shows one scope at a time.
 */
final class DeadlineCache {

    private record Key(CaseloadStore store, UUID coachId, LocalDate today, LocalDate listedFrom, long stamp) {
    }

    private final boolean keeps;
    private Key key;
    private WeekDeadlines kept;

    DeadlineCache() {
        this(true);
    }

    private DeadlineCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** One that keeps nothing: every load reads. */
    static DeadlineCache none() {
        return new DeadlineCache(false);
    }

    /**
     * The kept deadlines when still valid for this store, scope, day and first listed day; else {@code read}'s, kept
     * for next time.
     */
    synchronized WeekDeadlines read(CaseloadStore store, UUID coachId, LocalDate today, LocalDate listedFrom,
                                    Supplier<WeekDeadlines> read) {
        // Identity of the store: a caseload locked and opened again is another store and reads again.
        Key now = new Key(store, coachId, today, listedFrom, store.writeStamp());
        if (keeps && now.equals(key)) {
            return kept;
        }
        // Kept with the older items listed, now hidden again: the same read, the older ones counted.
        if (keeps && key != null && now.equals(new Key(key.store(), key.coachId(), key.today(), listedFrom,
                key.stamp())) && key.listedFrom().isBefore(listedFrom)) {
            return kept.listedFrom(listedFrom);
        }
        WeekDeadlines fresh = read.get();
        if (keeps) {
            key = now;
            kept = fresh;
        }
        return fresh;
    }
}
