package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;

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
        Map<String, String[]> rows = new HashMap<>();
        Map<String, String[]> fields = new HashMap<>();
        prefetch(dsl, changes, rows, fields);
        int applied = 0;
        List<Query> writes = new ArrayList<>();
        List<Object[]> fieldInserts = new ArrayList<>();
        List<Object[]> fieldUpdates = new ArrayList<>();
        for (Change change : changes) {
            String writer = change.writer(deviceId);
            clock.observe(Hlc.parse(change.hlc()));
            String rowKey = change.entity() + '\u0000' + change.id();
            String[] row = rows.get(rowKey);
            String candidateId = owningCandidate(dsl, change, row == null ? null : row[0], rows);
            if (row == null) {
                row = new String[] {candidateId, change.tombstone() ? change.hlc() : null,
                    change.tombstone() ? writer : null};
                rows.put(rowKey, row);
                writes.add(dsl.insertInto(MASTER_ROW, ENTITY, ENTITY_ID, CANDIDATE_ID, TOMBSTONE_HLC, TOMBSTONE_DEVICE,
                                JOURNAL_SEQ)
                        .values(change.entity(), change.id(), candidateId, row[1], row[2], seq));
                applied++;
            } else {
                boolean tombstoneWins = change.tombstone()
                        && LastWriterWins.beats(change.hlc(), writer, row[1], row[2]);
                boolean ownerMoved = candidateId != null && !candidateId.equals(row[0]);
                if (tombstoneWins || ownerMoved) {
                    var update = dsl.update(MASTER_ROW).set(JOURNAL_SEQ, seq).set(CANDIDATE_ID, candidateId);
                    row[0] = candidateId;
                    if (tombstoneWins) {
                        update = update.set(TOMBSTONE_HLC, change.hlc()).set(TOMBSTONE_DEVICE, writer);
                        row[1] = change.hlc();
                        row[2] = writer;
                    }
                    writes.add(update.where(ENTITY.eq(change.entity())).and(ENTITY_ID.eq(change.id())));
                    applied++;
                }
            }
            for (Map.Entry<String, String> field : change.fields().entrySet()) {
                String fieldKey = rowKey + '\u0000' + field.getKey();
                String[] old = fields.get(fieldKey);
                if (old == null) {
                    fieldInserts.add(new Object[] {change.entity(), change.id(), field.getKey(), field.getValue(),
                        change.hlc(), writer, seq});
                    applied++;
                } else if (LastWriterWins.beats(change.hlc(), writer, field.getValue(), old[0], old[1], old[2])) {
                    fieldUpdates.add(new Object[] {field.getValue(), change.hlc(), writer, seq, change.entity(),
                        change.id(), field.getKey()});
                    applied++;
                } else {
                    continue;
                }
                fields.put(fieldKey, new String[] {change.hlc(), writer, field.getValue()});
            }
            if (writes.size() > 1000) {
                dsl.batch(writes).execute();
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            dsl.batch(writes).execute();
        }
        // Field writes as two prepared batches: one statement each, many bind sets; in memory the state is exact.
        if (!fieldInserts.isEmpty()) {
            var insert = dsl.batch(dsl.insertInto(MASTER_FIELD, ENTITY, ENTITY_ID, FIELD, VALUE, HLC, DEVICE_ID,
                    JOURNAL_SEQ).values((String) null, null, null, null, null, null, (Long) null));
            fieldInserts.forEach(insert::bind);
            insert.execute();
        }
        if (!fieldUpdates.isEmpty()) {
            var update = dsl.batch(dsl.update(MASTER_FIELD).set(VALUE, (String) null).set(HLC, (String) null)
                    .set(DEVICE_ID, (String) null).set(JOURNAL_SEQ, (Long) null)
                    .where(ENTITY.eq((String) null)).and(ENTITY_ID.eq((String) null)).and(FIELD.eq((String) null)));
            fieldUpdates.forEach(update::bind);
            update.execute();
        }
        return applied;
    }

    /** Loads the stored state of every row the changes touch, a few hundred ids per query. */
    private static void prefetch(DSLContext dsl, List<Change> changes, Map<String, String[]> rows,
                                 Map<String, String[]> fields) {
        List<String> ids = changes.stream().map(Change::id).distinct().toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<String> part = ids.subList(i, Math.min(ids.size(), i + 500));
            dsl.select(ENTITY, ENTITY_ID, CANDIDATE_ID, TOMBSTONE_HLC, TOMBSTONE_DEVICE).from(MASTER_ROW)
                    .where(ENTITY_ID.in(part)).fetch()
                    .forEach(r -> rows.put(r.value1() + '\u0000' + r.value2(),
                            new String[] {r.value3(), r.value4(), r.value5()}));
            dsl.select(ENTITY, ENTITY_ID, FIELD, HLC, DEVICE_ID, VALUE).from(MASTER_FIELD)
                    .where(ENTITY_ID.in(part)).fetch()
                    .forEach(r -> fields.put(r.value1() + '\u0000' + r.value2() + '\u0000' + r.value3(),
                            new String[] {r.value4(), r.value5(), r.value6()}));
        }
    }

    /** The candidate a row belongs to, which decides who may see it; rows of no candidate are visible to all. */
    private static String owningCandidate(DSLContext dsl, Change change, String known, Map<String, String[]> rows) {
        if (change.entity().equals("candidate")) {
            return change.id();
        }
        String direct = change.fields().get("candidate_id");
        if (direct != null) {
            return direct;
        }
        String placement = change.fields().get("placement_id");
        if (placement != null && known == null) {
            String[] placementRow = rows.get("placement" + '\u0000' + placement);
            if (placementRow != null) {
                return placementRow[0];
            }
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
