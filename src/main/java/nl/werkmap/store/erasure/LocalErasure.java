package nl.werkmap.store.erasure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.StoreException;
import nl.werkmap.store.changelog.ChangeLog;
import nl.werkmap.store.db.Database;

/**
 * Erasing one candidate from this laptop's caseload file (issue 16), in idempotent steps journalled in
 * {@code erasure_journal} (V39):
 * <ol>
 * <li>{@link #begin}: the decision is journalled (who, when, the sealed legal reason; whether the hub still has to
 * hear of it);</li>
 * <li>one transaction with SQLite's {@code secure_delete} on (freed cells and pages are overwritten with zeros):
 * every row of every table with a {@code candidate_id} column (found in the schema, so tables other features add are
 * covered without a list here), rows that hang under the candidate's placements only (employer contacts), the
 * candidate row, every change-log entry and conflict about any of those rows, and every outbox bundle that carried
 * one (an acknowledged one is history; an unacknowledged one, possible only for an erasure the hub decided, is
 * dropped and its other changes are bundled anew);</li>
 * <li>the file is rebuilt from its live rows (VACUUM: free space that earlier updates left can still hold an older
 * version of a sealed value, which {@code secure_delete} does not reach), and the WAL is checkpointed into it and
 * truncated, so no old page image with a sealed value is left;</li>
 * <li>{@code finished_at} is set.</li>
 * </ol>
 * An erasure interrupted between steps is finished by {@link #completeAll} at the next start.
 *
 * <p>Why {@code secure_delete} and not a key per candidate on the laptop: every value on the laptop is sealed under
 * the caseload's one data key, bound to table, column and row, and the sync, search and report paths all read
 * through that one sealer. A key per candidate would change every mapping and every one of those paths; zeroing what
 * an erasure frees reaches the same end (no sealed copy left that the kept key could open) inside this one class.
 * Backups made before the erasure still hold the values: they expire by the rotation in docs/bewaren-en-wissen.md.
 */
public final class LocalErasure {

    private static final Logger LOG = LoggerFactory.getLogger(LocalErasure.class);
    public static final String LOCAL = "local";
    public static final String HUB = "hub";
    private static final String JOURNAL = "erasure_journal";

    private LocalErasure() {
    }

    /** Step 1: journals the decision; false when the candidate was erased (or begun) before. */
    public static boolean begin(CaseloadStore store, FieldSealer sealer, String candidateId, String decidedBy,
                                String origin, String reason, boolean toHub, Instant now) {
        byte[] sealedReason = reason == null || reason.isBlank() ? null
                : sealer.seal(JOURNAL, "reason", candidateId, reason.strip());
        boolean fresh = store.writeOwnTables(dsl -> dsl.execute("INSERT INTO " + JOURNAL + " (erased_id, reason,"
                + " decided_by, origin, requested_at, to_hub) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (erased_id) DO"
                + " NOTHING", candidateId, sealedReason, decidedBy, origin, now.toString(), toHub ? 1 : 0) == 1);
        // Files Werkmap wrote for the candidate outside the caseload: removed while the register can still be read
        // (the rows step below removes the register with every other candidate_id table). The outcomes are logged
        // here; ErasureService runs this step first itself to show them.
        SavedFiles.removeFor(store, sealer, candidateId);
        return fresh;
    }

    /** Erases {@code candidateId} now: every step; false when it had been erased before. */
    public static boolean erase(CaseloadStore store, FieldSealer sealer, String candidateId, String decidedBy,
                                String origin, String reason, boolean toHub, Instant now) {
        boolean fresh = begin(store, sealer, candidateId, decidedBy, origin, reason, toHub, now);
        completeAll(store, now);
        return fresh;
    }

    /** Steps 2-4 for every journalled erasure not finished; returns how many it finished. */
    public static int completeAll(CaseloadStore store, Instant now) {
        List<String> open = store.read(dsl -> dsl.resultQuery("SELECT erased_id FROM " + JOURNAL
                + " WHERE finished_at IS NULL ORDER BY requested_at").fetch(0, String.class));
        if (open.isEmpty()) {
            return 0;
        }
        for (String candidate : open) {
            store.writeOwnTables(dsl -> {
                removeRows(dsl, candidate);
                return null;
            });
        }
        truncateWal(store);
        store.writeOwnTables(dsl -> {
            for (String candidate : open) {
                dsl.execute("UPDATE " + JOURNAL + " SET finished_at = ? WHERE erased_id = ?", now.toString(),
                        candidate);
            }
            return null;
        });
        LOG.info("{} kandidaat/kandidaten gewist uit deze caseload.", open.size());
        return open.size();
    }

    /** Whether this caseload journalled an erasure of {@code candidateId}. */
    public static boolean erased(DSLContext dsl, String candidateId) {
        return dsl.resultQuery("SELECT 1 FROM " + JOURNAL + " WHERE erased_id = ?", candidateId).fetchOptional().isPresent();
    }

    /** Erasures decided here that the hub has not acknowledged yet. */
    public static List<String> waitingForHub(DSLContext dsl) {
        return dsl.resultQuery("SELECT erased_id FROM " + JOURNAL + " WHERE to_hub = 1 AND finished_at IS NOT NULL"
                + " ORDER BY requested_at").fetch(0, String.class);
    }

    /** The hub acknowledged the bundle that carried {@code candidates}. */
    public static void hubHeard(CaseloadStore store, Collection<String> candidates) {
        store.writeOwnTables(dsl -> {
            for (String candidate : candidates) {
                dsl.execute("UPDATE " + JOURNAL + " SET to_hub = 0 WHERE erased_id = ?", candidate);
            }
            return null;
        });
    }

    /** Whether this caseload finished an erasure: only then can {@link #reopenReturned} find anything. */
    public static boolean anyFinished(DSLContext dsl) {
        return dsl.fetchExists(dsl.selectOne().from(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(JOURNAL)))
                .where(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("finished_at")).isNotNull()));
    }

    /**
     * Candidates of {@code named} this caseload erased whose rows came back (a down-bundle that crossed the erasure):
     * their erasure is opened again, so the next {@link #completeAll} removes them once more.
     */
    public static int reopenReturned(CaseloadStore store, Collection<String> named) {
        if (named.isEmpty()) {
            return 0;
        }
        return store.writeOwnTables(dsl -> {
            // A laptop that finished no erasure (every new one) has nothing to reopen: one read instead of an
            // update per candidate of every down-bundle of a first sync.
            if (!anyFinished(dsl)) {
                return 0;
            }
            int reopened = 0;
            for (String candidate : new LinkedHashSet<>(named)) {
                reopened += dsl.execute("UPDATE " + JOURNAL + " SET finished_at = NULL WHERE erased_id = ?"
                        + " AND finished_at IS NOT NULL", candidate);
            }
            return reopened;
        });
    }

    /** Step 2, idempotent; in the caller's write transaction. */
    static void removeRows(DSLContext dsl, String candidate) {
        dsl.fetch("PRAGMA secure_delete = ON");
        dsl.fetch("PRAGMA defer_foreign_keys = ON");
        List<String> byCandidate = CandidateTables.withCandidateId(dsl);
        Set<String> rows = new LinkedHashSet<>();
        rows.add(candidate);
        List<String> placements = dsl.resultQuery("SELECT id FROM placement WHERE candidate_id = ?", candidate)
                .fetch(0, String.class);
        for (String table : byCandidate) {
            if (CandidateTables.hasColumn(dsl, table, "id")) {
                rows.addAll(dsl.resultQuery("SELECT id FROM " + CandidateTables.quoted(table)
                        + " WHERE candidate_id = ?", candidate).fetch(0, String.class));
            }
        }
        List<String> underPlacement = CandidateTables.underPlacementOnly(dsl);
        for (String table : underPlacement) {
            if (CandidateTables.hasColumn(dsl, table, "id")) {
                for (List<String> part : parts(placements)) {
                    rows.addAll(dsl.resultQuery("SELECT id FROM " + CandidateTables.quoted(table)
                            + " WHERE placement_id IN (" + marks(part) + ")", part.toArray()).fetch(0, String.class));
                }
            }
        }
        List<String> rowIds = new ArrayList<>(rows);
        Set<String> bundles = new LinkedHashSet<>();
        for (List<String> part : parts(rowIds)) {
            // Received entries (bundle_id 'received') are in no outbox bundle: un-bundling them would send every
            // change this laptop ever received back to the hub as its own.
            bundles.addAll(dsl.resultQuery("SELECT DISTINCT bundle_id FROM change_log WHERE bundle_id IS NOT NULL"
                    + " AND bundle_id <> '" + ChangeLog.RECEIVED + "' AND entity_id IN (" + marks(part) + ")",
                    part.toArray()).fetch(0, String.class));
        }
        for (String bundle : bundles) {
            boolean acknowledged = dsl.resultQuery("SELECT 1 FROM sync_outbox WHERE bundle_id = ?"
                    + " AND acknowledged_at IS NOT NULL", bundle).fetchOptional().isPresent();
            if (!acknowledged) {
                // The other changes and decisions it carried are bundled anew at the next round.
                dsl.execute("UPDATE change_log SET bundle_id = NULL WHERE bundle_id = ?", bundle);
                dsl.execute("UPDATE sync_conflict SET decision_bundle_id = NULL WHERE decision_bundle_id = ?", bundle);
            }
            dsl.execute("DELETE FROM sync_outbox WHERE bundle_id = ?", bundle);
        }
        for (List<String> part : parts(rowIds)) {
            dsl.execute("DELETE FROM change_log WHERE entity_id IN (" + marks(part) + ")", part.toArray());
            dsl.execute("DELETE FROM sync_conflict WHERE entity_id IN (" + marks(part) + ")", part.toArray());
        }
        for (String table : underPlacement) {
            for (List<String> part : parts(placements)) {
                dsl.execute("DELETE FROM " + CandidateTables.quoted(table) + " WHERE placement_id IN ("
                        + marks(part) + ")", part.toArray());
            }
        }
        for (String table : byCandidate) {
            dsl.execute("DELETE FROM " + CandidateTables.quoted(table) + " WHERE candidate_id = ?", candidate);
        }
        dsl.execute("DELETE FROM candidate WHERE id = ?", candidate);
    }

    /**
     * Step 3, on a connection of its own outside a transaction: the file rebuilt from the live rows (VACUUM), then
     * the WAL copied into it and cut to nothing.
     */
    static void truncateWal(CaseloadStore store) {
        try (Connection connection = Database.connectPlain(store.file());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            // secure_delete zeroes what this erasure frees, but not what earlier updates freed: an older version of
            // a sealed value can still sit in a page's free space. VACUUM rebuilds the file from the live rows only.
            statement.execute("VACUUM");
            for (int attempt = 0; attempt < 5; attempt++) {
                try (ResultSet r = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    if (r.next() && r.getInt(1) == 0) {
                        return;
                    }
                }
            }
            throw new StoreException("Werkmap kon het logbestand van de caseload na het wissen niet leegmaken, omdat"
                    + " het steeds in gebruik is. Het wissen wordt bij de volgende start afgemaakt.", null);
        } catch (SQLException e) {
            throw new StoreException("Werkmap kon het logbestand van de caseload na het wissen niet leegmaken ("
                    + e.getMessage() + "). Het wissen wordt bij de volgende start afgemaakt.", e);
        }
    }

    private static List<List<String>> parts(List<String> all) {
        List<List<String>> parts = new ArrayList<>();
        for (int start = 0; start < all.size(); start += 500) {
            parts.add(all.subList(start, Math.min(all.size(), start + 500)));
        }
        return parts;
    }

    private static String marks(List<String> part) {
        return "?" + ",?".repeat(part.size() - 1);
    }
}
