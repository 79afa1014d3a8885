package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Record4;

import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.HlcClock;
import nl.werkmap.sync.protocol.LastWriterWins;

/**
 * The municipality's master copy of every caseload, kept per field with the stamp and device of its last writer.
 * Applying is per-field last-writer-wins, so applying the same changes twice or in another order gives the same
 * state. Every write moves the hub's journal position, which down-bundles are cut from.
 */
public final class MasterCaseload {

    private static final String JOURNAL = "journal_seq";

    private final HlcClock clock;

    public MasterCaseload(HlcClock clock) {
        this.clock = clock;
    }

    public HlcClock clock() {
        return clock;
    }

    /** Applies {@code changes} written by {@code deviceId}; returns the number of rows and fields that changed. */
    public int apply(DSLContext dsl, String deviceId, List<Change> changes) {
        long seq = nextJournalSeq(dsl);
        int applied = 0;
        List<Query> writes = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (Change change : changes) {
            if (!touched.add(change.entity() + '/' + change.id()) && !writes.isEmpty()) {
                // the same row twice in one bundle: the second must see the first one's writes
                dsl.batch(writes).execute();
                writes.clear();
            }
            String writer = change.writer(deviceId);
            clock.observe(Hlc.parse(change.hlc()));
            Record row = dsl.select(CANDIDATE_ID, TOMBSTONE_HLC, TOMBSTONE_DEVICE).from(MASTER_ROW)
                    .where(ENTITY.eq(change.entity())).and(ENTITY_ID.eq(change.id())).fetchOne();
            String candidateId = owningCandidate(dsl, change, row == null ? null : row.get(CANDIDATE_ID));
            if (row == null) {
                writes.add(dsl.insertInto(MASTER_ROW, ENTITY, ENTITY_ID, CANDIDATE_ID, TOMBSTONE_HLC, TOMBSTONE_DEVICE,
                                JOURNAL_SEQ)
                        .values(change.entity(), change.id(), candidateId,
                                change.tombstone() ? change.hlc() : null, change.tombstone() ? writer : null, seq));
                applied++;
            } else {
                boolean tombstoneWins = change.tombstone()
                        && LastWriterWins.beats(change.hlc(), writer, row.get(TOMBSTONE_HLC), row.get(TOMBSTONE_DEVICE));
                boolean ownerMoved = candidateId != null && !candidateId.equals(row.get(CANDIDATE_ID));
                if (tombstoneWins || ownerMoved) {
                    var update = dsl.update(MASTER_ROW).set(JOURNAL_SEQ, seq).set(CANDIDATE_ID, candidateId);
                    if (tombstoneWins) {
                        update = update.set(TOMBSTONE_HLC, change.hlc()).set(TOMBSTONE_DEVICE, writer);
                    }
                    writes.add(update.where(ENTITY.eq(change.entity())).and(ENTITY_ID.eq(change.id())));
                    applied++;
                }
            }
            if (change.fields().isEmpty()) {
                continue;
            }
            Map<String, Record4<String, String, String, String>> stored = new HashMap<>();
            dsl.select(FIELD, HLC, DEVICE_ID, VALUE).from(MASTER_FIELD)
                    .where(ENTITY.eq(change.entity())).and(ENTITY_ID.eq(change.id()))
                    .fetch().forEach(r -> stored.put(r.value1(), r));
            for (Map.Entry<String, String> field : change.fields().entrySet()) {
                Record4<String, String, String, String> old = stored.get(field.getKey());
                if (old == null) {
                    writes.add(dsl.insertInto(MASTER_FIELD, ENTITY, ENTITY_ID, FIELD, VALUE, HLC, DEVICE_ID, JOURNAL_SEQ)
                            .values(change.entity(), change.id(), field.getKey(), field.getValue(), change.hlc(), writer,
                                    seq));
                    applied++;
                } else if (LastWriterWins.beats(change.hlc(), writer, field.getValue(), old.value2(), old.value3(),
                        old.value4())) {
                    writes.add(dsl.update(MASTER_FIELD).set(VALUE, field.getValue()).set(HLC, change.hlc())
                            .set(DEVICE_ID, writer).set(JOURNAL_SEQ, seq)
                            .where(ENTITY.eq(change.entity())).and(ENTITY_ID.eq(change.id()))
                            .and(FIELD.eq(field.getKey())));
                    applied++;
                }
            }
            if (writes.size() > 500) {
                dsl.batch(writes).execute();
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            dsl.batch(writes).execute();
        }
        return applied;
    }

    /** The candidate a row belongs to, which decides who may see it; rows of no candidate are visible to all. */
    private static String owningCandidate(DSLContext dsl, Change change, String known) {
        if (change.entity().equals("candidate")) {
            return change.id();
        }
        String direct = change.fields().get("candidate_id");
        if (direct != null) {
            return direct;
        }
        String placement = change.fields().get("placement_id");
        if (placement != null && known == null) {
            return dsl.select(CANDIDATE_ID).from(MASTER_ROW).where(ENTITY.eq("placement")).and(ENTITY_ID.eq(placement))
                    .fetchOptional(CANDIDATE_ID).orElse(null);
        }
        return known;
    }

    public long journalPosition(DSLContext dsl) {
        return dsl.select(VALUE).from(HUB_SETTING).where(NAME.eq(JOURNAL)).fetchOptional(VALUE)
                .map(Long::parseLong).orElse(0L);
    }

    private long nextJournalSeq(DSLContext dsl) {
        long next = journalPosition(dsl) + 1;
        if (next == 1) {
            dsl.insertInto(HUB_SETTING, NAME, VALUE).values(JOURNAL, "1").execute();
        } else {
            dsl.update(HUB_SETTING).set(VALUE, Long.toString(next)).where(NAME.eq(JOURNAL)).execute();
        }
        return next;
    }

    /** Live (not deleted) rows per entity, for the administrator's counts. */
    public Map<String, Integer> counts(DSLContext dsl) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        dsl.select(ENTITY, org.jooq.impl.DSL.count()).from(MASTER_ROW).where(TOMBSTONE_HLC.isNull())
                .groupBy(ENTITY).orderBy(ENTITY).fetch().forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** The highest stamp stored, so the hub's own clock starts after everything it has seen. */
    public static Hlc highestStamp(DSLContext dsl) {
        String max = dsl.select(org.jooq.impl.DSL.max(HLC)).from(MASTER_FIELD).fetchOne().value1();
        return max == null ? Hlc.ZERO : Hlc.parse(max);
    }
}
