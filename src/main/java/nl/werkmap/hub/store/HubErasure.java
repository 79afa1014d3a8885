package nl.werkmap.hub.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.sync.protocol.Change;

/**
 * Erasing one candidate at the hub (issue 16), so that nothing of them can be read again from the hub's files:
 * <ol>
 * <li>the decision is journalled in {@code hub_erasure} at a new journal position (every later down-bundle whose
 * window holds it tells every device to erase its copy);</li>
 * <li>in one transaction: the master fields of every row of the candidate, their lost conflict values and the coach's
 * decisions on them, every row of every table with a {@code candidate_id} column (found in the schema, so tables
 * other features add are covered without a list here), the kept bundle parts and the candidate's key in
 * {@code hub_subject_key}: whatever sealed copy is left anywhere (an old backup) can no longer be opened;</li>
 * <li>on SQLite, the deletes run with {@code secure_delete} (freed cells and pages are zeroed, so the wrapped key does
 * not linger in free pages) and the WAL is then checkpointed and truncated; on PostgreSQL the key table is
 * rewritten and the WAL segments that held the key are let go ({@link PostgresScrub});</li>
 * <li>{@code finished_at} is set. A hub stopped before that runs steps 2-4 again at its next start; each is
 * idempotent.</li>
 * </ol>
 * The id itself (a random UUID) stays in {@code hub_erasure}: it identifies nobody and stops a laptop that had not
 * heard of the erasure from bringing the candidate back.
 */
public final class HubErasure {

    private static final Logger LOG = LoggerFactory.getLogger(HubErasure.class);
    private static final String JOURNAL = "hub_erasure";

    private HubErasure() {
    }

    /** Whether the hub erased {@code candidateId} (or began to). */
    public static boolean erased(DSLContext dsl, String candidateId) {
        return dsl.fetchExists(dsl.selectOne().from(DSL.table(DSL.name(JOURNAL)))
                .where(DSL.field(DSL.name("erased_id"), String.class).eq(candidateId)));
    }

    /** Whether the master caseload holds the candidate (live or tombstoned). */
    public static boolean known(DSLContext dsl, String candidateId) {
        return dsl.fetchExists(dsl.selectOne().from(Tables.MASTER_ROW).where(Tables.ENTITY.eq("candidate"))
                .and(Tables.ENTITY_ID.eq(candidateId)));
    }

    /**
     * Erases {@code candidateId}: journals the decision and runs every step; returns false when it was erased before
     * (then only unfinished steps run).
     */
    public static boolean erase(HubDatabase db, String candidateId, String decidedBy, String reason, String now) {
        boolean fresh = db.write(dsl -> record(dsl, candidateId, decidedBy, reason, now));
        finish(db, candidateId, now);
        return fresh;
    }

    /**
     * Journals the decision inside the caller's write transaction (the inbox, for an erasure a team lead's device
     * sent) and removes the rows there too; the caller runs {@link #finishAll} after its commit.
     */
    public static boolean record(DSLContext dsl, String candidateId, String decidedBy, String reason, String now) {
        if (erased(dsl, candidateId)) {
            return false;
        }
        long seq = MasterCaseload.nextJournalSeq(dsl);
        dsl.insertInto(DSL.table(DSL.name(JOURNAL)), DSL.field(DSL.name("erased_id")),
                        DSL.field(DSL.name("reason")), DSL.field(DSL.name("decided_by")),
                        DSL.field(DSL.name("decided_at")), DSL.field(DSL.name("journal_seq")))
                .values(candidateId, reason, decidedBy, now, seq).execute();
        removeRows(dsl, candidateId);
        return true;
    }

    /** Runs the remaining steps of every erasure not finished (at start, and after the inbox's commit). */
    public static int finishAll(HubDatabase db, String now) {
        List<String> open = db.read(dsl -> dsl.select(DSL.field(DSL.name("erased_id"), String.class))
                .from(DSL.table(DSL.name(JOURNAL))).where(DSL.field(DSL.name("finished_at")).isNull())
                .fetch(0, String.class));
        int finished = 0;
        for (String candidate : open) {
            try {
                finish(db, candidate, now);
                finished++;
            } catch (HubStoreException e) {
                // The rows are gone (committed); only the scrub is left, and it is tried again at the next start.
                LOG.warn("Het wissen van kandidaat {} is nog niet helemaal af: {}", candidate, e.getMessage());
            }
        }
        return finished;
    }

    private static void finish(HubDatabase db, String candidateId, String now) {
        db.write(dsl -> {
            removeRows(dsl, candidateId);
            return null;
        });
        scrub(db);
        db.write(dsl -> dsl.update(DSL.table(DSL.name(JOURNAL))).set(DSL.field(DSL.name("finished_at")), now)
                .where(DSL.field(DSL.name("erased_id"), String.class).eq(candidateId)).execute());
        LOG.info("Kandidaat {} is gewist uit de hub.", candidateId);
    }

    /** Step 2, idempotent: every row, field, conflict, decision, kept part and the key of the candidate. */
    static void removeRows(DSLContext dsl, String candidateId) {
        if (dsl.dialect() == SQLDialect.SQLITE) {
            dsl.fetch("PRAGMA secure_delete = ON");
        }
        List<String> rowIds = new ArrayList<>(dsl.select(Tables.ENTITY_ID).from(Tables.MASTER_ROW)
                .where(Tables.CANDIDATE_ID.eq(candidateId)).fetch(Tables.ENTITY_ID));
        if (!rowIds.contains(candidateId)) {
            rowIds.add(candidateId);
        }
        for (int start = 0; start < rowIds.size(); start += 500) {
            List<String> part = rowIds.subList(start, Math.min(rowIds.size(), start + 500));
            // Row ids are UUIDs, unique over all entities: the id alone names the row.
            dsl.deleteFrom(Tables.MASTER_FIELD).where(Tables.ENTITY_ID.in(part)).execute();
            dsl.deleteFrom(DSL.table(DSL.name("hub_conflict"))).where(Tables.ENTITY_ID.in(part)).execute();
            dsl.deleteFrom(DSL.table(DSL.name("hub_conflict_resolution"))).where(Tables.ENTITY_ID.in(part)).execute();
        }
        // Values lost while the row belonged to the candidate, kept under its key, wherever the row went since.
        dsl.deleteFrom(DSL.table(DSL.name("hub_conflict")))
                .where(DSL.field(DSL.name("losing_subject"), String.class).eq(candidateId)).execute();
        for (String table : tablesWithCandidateId(dsl)) {
            dsl.deleteFrom(DSL.table(DSL.name(table)))
                    .where(DSL.field(DSL.name("candidate_id"), String.class).eq(candidateId)).execute();
        }
        dsl.deleteFrom(DSL.table(DSL.name(KeptBundles.TABLE)))
                .where(DSL.field(DSL.name("subject"), String.class).eq(candidateId)).execute();
        dsl.deleteFrom(DSL.table(DSL.name("hub_subject_key")))
                .where(DSL.field(DSL.name("subject"), String.class).eq(candidateId)).execute();
    }

    /** Step 3 on SQLite: the WAL copied into the (zeroed) file and cut to nothing, so no old page image is left. */
    private static void scrub(HubDatabase db) {
        if (db.dialect() != SQLDialect.SQLITE) {
            PostgresScrub.run(db);
            return;
        }
        // The hub's own checkpointer thread may be copying the WAL right now; a second checkpoint is then refused
        // at once (no busy wait), so try again for up to a few seconds.
        for (int attempt = 0; attempt < 100; attempt++) {
            Integer busy = db.exclusive(dsl -> dsl.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)").get(0, Integer.class));
            if (busy == null || busy == 0) {
                return;
            }
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new HubStoreException("De hub kon het logbestand (WAL) na het wissen niet leegmaken, omdat het"
                + " bestand steeds in gebruik is. Het wissen wordt bij de volgende start afgemaakt.", null);
    }

    /** Every hub table with a {@code candidate_id} column, from the schema of either dialect. */
    static List<String> tablesWithCandidateId(DSLContext dsl) {
        if (dsl.dialect() == SQLDialect.SQLITE) {
            return dsl.resultQuery("SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c"
                    + " WHERE m.type = 'table' AND c.name = 'candidate_id' ORDER BY m.name").fetch(0, String.class);
        }
        return dsl.resultQuery("SELECT table_name FROM information_schema.columns WHERE column_name = 'candidate_id'"
                + " AND table_schema = current_schema() ORDER BY table_name").fetch(0, String.class);
    }

    /** Candidates erased at positions in {@code (after, upTo]}: what a down-bundle of that window carries. */
    public static List<String> erasedBetween(DSLContext dsl, long after, long upTo) {
        return dsl.select(DSL.field(DSL.name("erased_id"), String.class)).from(DSL.table(DSL.name(JOURNAL)))
                .where(DSL.field(DSL.name("journal_seq"), Long.class).gt(after))
                .and(DSL.field(DSL.name("journal_seq"), Long.class).le(upTo))
                .orderBy(DSL.field(DSL.name("journal_seq"))).fetch(0, String.class);
    }

    /**
     * The changes of an up-bundle without those about an erased candidate: a laptop that had not yet heard of the
     * erasure must not bring the candidate back. {@code knownRow} says whether the hub holds a change's row; a change
     * to a row the hub does not hold, of a table that has a candidate_id, that does not name its candidate, can only
     * be about a row the hub erased, and is dropped too.
     */
    static List<Change> withoutErased(DSLContext dsl, List<Change> changes,
                                      java.util.function.BiPredicate<String, String> knownRow) {
        Set<String> named = new LinkedHashSet<>();
        for (Change change : changes) {
            if (change.entity().equals("candidate")) {
                named.add(change.id());
            }
            String owner = change.fields().get("candidate_id");
            if (owner != null) {
                named.add(owner);
            }
        }
        Set<String> erased = erasedAmong(dsl, named);
        boolean anyErasure = !erased.isEmpty() || dsl.fetchExists(DSL.table(DSL.name(JOURNAL)));
        if (!anyErasure) {
            return changes;
        }
        List<Change> kept = new ArrayList<>(changes.size());
        Set<String> bornHere = new HashSet<>();
        for (Change change : changes) {
            String owner = change.entity().equals("candidate") ? change.id() : change.fields().get("candidate_id");
            if (owner != null && erased.contains(owner)) {
                continue;
            }
            String row = change.entity() + '\u0000' + change.id();
            if (owner != null) {
                bornHere.add(row);
            }
            if (owner == null && !bornHere.contains(row) && !knownRow.test(change.entity(), change.id())
                    && nl.werkmap.sync.schema.CaseloadSchema.knownEntity(change.entity())
                    && nl.werkmap.sync.schema.CaseloadSchema.fields(change.entity()).containsKey("candidate_id")) {
                continue;
            }
            kept.add(change);
        }
        return kept;
    }

    private static Set<String> erasedAmong(DSLContext dsl, Collection<String> ids) {
        Set<String> erased = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += 500) {
            erased.addAll(dsl.select(DSL.field(DSL.name("erased_id"), String.class)).from(DSL.table(DSL.name(JOURNAL)))
                    .where(DSL.field(DSL.name("erased_id"), String.class)
                            .in(all.subList(start, Math.min(all.size(), start + 500))))
                    .fetch(0, String.class));
        }
        return erased;
    }

    /** {@code bundle} holding only {@code changes}, to keep what was applied of it. */
    static nl.werkmap.sync.protocol.Bundle withChanges(nl.werkmap.sync.protocol.Bundle bundle, List<Change> changes) {
        return new nl.werkmap.sync.protocol.Bundle(bundle.format(), bundle.version(), bundle.kind(),
                bundle.bundleId(), bundle.deviceId(), bundle.municipality(), bundle.recipient(), bundle.seqFrom(),
                bundle.seqTo(), bundle.createdAt(), changes, bundle.hubEncryptionKey(), bundle.transferredAway(),
                bundle.conflicts(), bundle.resolutions());
    }
}
