package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.HlcClock;
import nl.werkmap.sync.protocol.LastWriterWins;
import nl.werkmap.sync.protocol.MalformedBundleException;
import nl.werkmap.sync.protocol.Resolution;

/**
 * The municipality's master copy of every caseload, kept per field with the stamp and device of its last writer.
 * Applying is per-field last-writer-wins, so applying the same changes twice or in another order gives the same
 * state. Every write moves the hub's journal position, which down-bundles are cut from. One apply reads the stored
 * state of every row it touches in a few bulk queries, merges in memory, and writes back only what changed, in
 * batches (see {@link MasterRows}).
 */
public final class MasterCaseload {

    private static final String JOURNAL = "journal_seq";

    private final HlcClock clock;
    private final MasterSealing sealing;

    /** {@code sealing}: how personal fields rest (see {@link MasterSealing}). */
    public MasterCaseload(HlcClock clock, MasterSealing sealing) {
        this.clock = clock;
        this.sealing = sealing;
    }

    public MasterSealing sealing() {
        return sealing;
    }

    public HlcClock clock() {
        return clock;
    }

    /** Applies {@code changes} written by {@code deviceId}; returns the number of rows and fields that changed. */
    public int apply(DSLContext dsl, String deviceId, List<Change> changes) {
        return apply(dsl, deviceId, changes, List.of(), List.of());
    }

    /**
     * As {@link #apply(DSLContext, String, List)}, with the coach's decisions on conflicts the bundle carries
     * ({@code resolutions}); they count only on rows of {@code visibleCoaches}' candidates (and rows of no candidate).
     */
    public int apply(DSLContext dsl, String deviceId, List<Change> changes, List<Resolution> resolutions,
                     List<String> visibleCoaches) {
        return apply(dsl, deviceId, changes, resolutions, visibleCoaches, null);
    }

    /**
     * Applies a received up-bundle, as {@link #apply(DSLContext, String, List, List, List)}, and keeps it for audit
     * the way it can be erased: one part per candidate, holding that candidate's changes, sealed with the
     * candidate's key (see {@link KeptBundles}).
     */
    public int applyAndKeep(DSLContext dsl, String deviceId, Bundle bundle, List<String> visibleCoaches) {
        return apply(dsl, deviceId, bundle.changes(), bundle.resolutionsOrNone(), visibleCoaches, bundle);
    }

    private int apply(DSLContext dsl, String deviceId, List<Change> changes, List<Resolution> resolutions,
                      List<String> visibleCoaches, Bundle keep) {
        long seq = nextJournalSeq(dsl);
        ConflictLedger conflicts = new ConflictLedger();
        if (!resolutions.isEmpty()) {
            conflicts.decided(deviceId, resolutions, visibleCoaches);
        }
        int changed = dsl.connectionResult(connection -> {
            try (MasterSealing.Session keys = sealing.session(connection)) {
                MasterRows state = new MasterRows(keys);
                state.load(connection, touchedIds(changes));
                // avgwis: nothing about an erased candidate comes back from a laptop that had not heard of it yet.
                List<Change> admitted = HubErasure.withoutErased(org.jooq.impl.DSL.using(connection, dsl.dialect()),
                        changes, (entity, id) -> state.row(entity, id) != null);
                state.openKeysFor(admitted);
                int applied = 0;
                for (Change change : admitted) {
                    applied += merge(state, conflicts, change, change.writer(deviceId));
                }
                state.store(connection, seq);
                conflicts.store(dsl, keys, seq);
                if (keep != null) {
                    KeptBundles.keep(connection, keys, admitted.size() == changes.size() ? keep
                            : HubErasure.withChanges(keep, admitted), change -> state.row(change.entity(), change.id()).candidate);
                }
                keys.storeNewKeys(java.time.Instant.now().toString());
                return applied;
            }
        });
        return changed;
    }

    /** Merges one change into the in-memory state; returns how many rows and fields it changed. */
    private int merge(MasterRows state, ConflictLedger conflicts, Change change, String writer)
            throws java.sql.SQLException {
        clock.observe(Hlc.parse(change.hlc()));
        int applied = 0;
        MasterRows.Row row = state.row(change.entity(), change.id());
        String candidateId = owningCandidate(state, change, row == null ? null : row.candidate);
        if (row == null) {
            row = state.newRow(change.entity(), change.id());
            row.candidate = candidateId;
            if (change.tombstone()) {
                row.tombstoneHlc = change.hlc();
                row.tombstoneDevice = writer;
            }
            row.dirty = true;
            applied++;
        } else {
            boolean tombstoneWins = change.tombstone()
                    && LastWriterWins.beats(change.hlc(), writer, row.tombstoneHlc, row.tombstoneDevice);
            boolean ownerMoved = candidateId != null && !candidateId.equals(row.candidate);
            if (tombstoneWins || ownerMoved) {
                row.candidate = candidateId;
                if (tombstoneWins) {
                    row.tombstoneHlc = change.hlc();
                    row.tombstoneDevice = writer;
                }
                row.dirty = true;
                applied++;
            }
        }
        for (Map.Entry<String, String> entry : change.fields().entrySet()) {
            MasterRows.Field field = state.field(row, entry.getKey());
            if (field == null) {
                field = state.newField(row, entry.getKey());
            } else {
                String stored = state.value(row, entry.getKey(), field);
                boolean wins = LastWriterWins.beats(change.hlc(), writer, entry.getValue(), field.hlc, field.device,
                        stored);
                conflicts.consider(row.candidate, change.entity(), change.id(), entry.getKey(), entry.getValue(),
                        change.hlc(), writer, change.base(entry.getKey()), wins, stored, field.hlc, field.device);
                if (!wins) {
                    continue;
                }
            }
            field.value = entry.getValue();
            field.opened = true;
            field.hlc = change.hlc();
            field.device = writer;
            field.dirty = true;
            applied++;
        }
        return applied;
    }

    /** Every row the changes name, plus the placements whose candidate decides who may see a row. */
    private static Map<String, Set<String>> touchedIds(List<Change> changes) {
        Map<String, Set<String>> ids = MasterRows.idsByEntity();
        for (Change change : changes) {
            MasterRows.want(ids, change.entity(), change.id());
            String placement = change.fields().get("placement_id");
            if (placement != null) {
                MasterRows.want(ids, "placement", placement);
            }
        }
        return ids;
    }

    /** The candidate a row belongs to, which decides who may see it; rows of no candidate are visible to all. */
    private static String owningCandidate(MasterRows state, Change change, String known) {
        if (change.entity().equals("candidate")) {
            return change.id();
        }
        String direct = change.fields().get("candidate_id");
        if (direct != null) {
            return direct;
        }
        String placement = change.fields().get("placement_id");
        if (placement != null && known == null) {
            MasterRows.Row placementRow = state.row("placement", placement);
            return placementRow == null ? null : placementRow.candidate;
        }
        return known;
    }

    public static long journalPosition(DSLContext dsl) {
        return dsl.select(VALUE).from(HUB_SETTING).where(NAME.eq(JOURNAL)).fetchOptional(VALUE)
                .map(Long::parseLong).orElse(0L);
    }

    /** Moves the journal one position on, inside the caller's transaction; also used by {@link ClockRepair}. */
    static long nextJournalSeq(DSLContext dsl) {
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

    /**
     * The highest stamp stored, so the hub's own clock starts after everything it has seen. A highest text that is no
     * stamp (its digits of another script, as a hub on an Arabic or Persian default locale wrote them before its
     * stamps were made in ASCII, and as the door let through then) sorts after every stamp, as one from far in the
     * future does: the clock starts at the end of its range, so the hub stamps nothing until the administrator has
     * run {@code hub repair-clock} ({@link ClockRepair}), which stamps such texts again.
     */
    public static Hlc highestStamp(DSLContext dsl) {
        String max = dsl.select(org.jooq.impl.DSL.max(HLC)).from(MASTER_FIELD).fetchOne().value1();
        if (max == null) {
            return Hlc.ZERO;
        }
        try {
            return Hlc.parse(max);
        } catch (MalformedBundleException notAStamp) {
            return Hlc.LAST;
        }
    }
}
