package nl.werkmap.sync;

/**
 * Told while a round's down half writes what the hub sent: after each bundle is stored (committed, its after-care
 * done), the round's bundles and changes stored so far. A first sync to a new team-lead laptop brings a whole team's
 * caseload in dozens of bundles and takes seconds to minutes; the status bar counts along (issue 13). Called on the
 * thread that writes the bundles, in order, with counts that only grow; it must return quickly and touch no
 * database.
 */
@FunctionalInterface
public interface SyncProgress {

    /** Tells nobody. */
    SyncProgress NONE = (bundles, changes) -> { };

    /** {@code bundles} and {@code changes} of this round stored so far. */
    void stored(int bundles, int changes);
}
