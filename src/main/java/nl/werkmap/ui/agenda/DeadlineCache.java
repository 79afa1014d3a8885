package nl.werkmap.ui.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.report.WorkItem;
import nl.werkmap.store.CaseloadStore;

/**
 * The werklijst's deadlines the week view last read, kept while nothing was written: the werklijst evaluates the
 * rules of every running placement in scope (at 150,000 candidates about 76,000 items, half a second of CPU), and
 * its answer changes only with a write or a new day. Reused only for the same caseload, scope and day when the
 * store's write stamp has not moved since the read began ({@link CaseloadStore#writeStamp()}: every write that
 * ends moves it, a save, a sync, a draft); a write during the read leaves a stale stamp, so the next load reads
 * again. One entry: the agenda shows one scope at a time.
 */
final class DeadlineCache {

    private record Key(CaseloadStore store, UUID coachId, LocalDate today, long stamp) {
    }

    private final boolean keeps;
    private Key key;
    private List<WorkItem> items;

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

    /** The kept items when still valid for this store, scope and day; else {@code read}'s, kept for next time. */
    synchronized List<WorkItem> items(CaseloadStore store, UUID coachId, LocalDate today,
                                      Supplier<List<WorkItem>> read) {
        // Identity of the store: a caseload locked and opened again is another store and reads again.
        Key now = new Key(store, coachId, today, store.writeStamp());
        if (keeps && now.equals(key)) {
            return items;
        }
        List<WorkItem> fresh = read.get();
        if (keeps) {
            key = now;
            items = fresh;
        }
        return fresh;
    }
}
