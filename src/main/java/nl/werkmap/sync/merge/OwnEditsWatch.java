package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import nl.werkmap.store.changelog.ChangeLog;

/**
 * Whether this laptop has own edits that a down-bundle could meet (made after the change-log position the sync
 * round started from), known cheaply from one bundle to the next. A new team-lead laptop has none, yet searching
 * them out per bundle looked up every row of every bundle in the change log. The change log's {@code seq} only grows
 * (AUTOINCREMENT), and an entry's writer and whether it was received never change, so once the log up to some
 * position is known to hold no such edit, only what was logged after it needs looking at: at the next bundle that is
 * the bundle before's received entries, plus whatever the coach saved in between.
 *
 * <p>Used by one writer at a time (a sync round's bundles are applied one after the other); synchronized anyway,
 * since {@link DownApplier#apply} may be called from any thread.
 */
final class OwnEditsWatch {

    /** The round's start position the knowledge is about; -1: nothing known. */
    private long seenSeq = -1;
    /** No own edit after {@link #seenSeq} up to and including this position. */
    private long clearUpTo = -1;

    /**
     * True when the change log holds no own edit of {@code device} after {@code seenSeq}: the search for concurrent
     * edits would find nothing. Looks only past the position known clear for the same {@code seenSeq}.
     */
    synchronized boolean noneSince(DSLContext dsl, String device, long seenSeq) {
        long from = this.seenSeq == seenSeq ? Math.max(seenSeq, clearUpTo) : seenSeq;
        // Read before the check: an entry logged between the two has a higher seq and is looked at next time.
        Long newest = dsl.select(DSL.max(CHANGE_LOG.SEQ)).from(CHANGE_LOG).fetchOne(0, Long.class);
        boolean none = !dsl.fetchExists(DSL.selectOne().from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt((int) from))
                .and(own(device)));
        if (none) {
            this.seenSeq = seenSeq;
            this.clearUpTo = Math.max(from, newest == null ? 0 : newest);
        } else {
            this.seenSeq = -1;
            this.clearUpTo = -1;
        }
        return none;
    }

    /** The same own edits as {@link DownApplier}'s search: written here, not received from the hub. */
    static Condition own(String device) {
        return CHANGE_LOG.DEVICE_ID.eq(device)
                .and(CHANGE_LOG.BUNDLE_ID.isNull().or(CHANGE_LOG.BUNDLE_ID.ne(ChangeLog.RECEIVED)));
    }
}
