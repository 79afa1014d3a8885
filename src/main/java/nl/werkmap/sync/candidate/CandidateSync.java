package nl.werkmap.sync.candidate;

import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;
import static nl.werkmap.store.jooq.Tables.SYNC_ENROLLMENT;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.changelog.ChangeLogWriter;
import nl.werkmap.store.changelog.FieldChange;
import nl.werkmap.store.jooq.DefaultSchema;
import nl.werkmap.store.jooq.tables.records.SyncConflictRecord;
import nl.werkmap.store.mapping.StoredForm;
import nl.werkmap.sync.merge.CandidateRows;
import nl.werkmap.sync.merge.ConflictDecisions;
import nl.werkmap.sync.merge.PendingChanges;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.Resolution;

/**
 * Sync as one candidate's screen sees it: the state for the header, the open conflicts on the candidate and its
 * rows, and the coach's two ways out of a conflict. "Keep" marks it resolved and records the decision on the
 * conflict row, so the next up-bundle takes it to the hub, which settles the conflict for every device that sees the
 * record; "use the other value" writes that value as a new local edit, stamped and change-logged like any save, so
 * it syncs to the hub and the other devices, and marks the conflict resolved in the same transaction. Resolved
 * conflicts stay in the table.
 */
public final class CandidateSync {

    private final CaseloadStore store;
    private final FieldSealer sealer;
    private final Clock clock;

    public CandidateSync(CaseloadStore store, FieldSealer sealer, Clock clock) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
    }

    public CandidateSyncState state(UUID candidate) {
        return store.read(dsl -> {
            if (!dsl.fetchExists(SYNC_ENROLLMENT)) {
                return CandidateSyncState.NOT_LINKED;
            }
            List<String> rows = CandidateRows.of(dsl, candidate.toString());
            if (dsl.fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.ENTITY_ID.in(rows).and(SYNC_CONFLICT.RESOLVED_AT.isNull()))) {
                return CandidateSyncState.CONFLICT;
            }
            return PendingChanges.any(dsl, rows) || ConflictDecisions.unsent(dsl, rows) > 0
                    ? CandidateSyncState.PENDING : CandidateSyncState.SENT;
        });
    }

    /** What the candidate's page shows of sync: {@link #state}, {@link #open} and {@link #unsentDecisions}. */
    public record View(CandidateSyncState state, List<OpenConflict> open, int unsentDecisions) {
    }

    /**
     * The three answers the candidate's page asks at every opening, in one read that lists the candidate's rows
     * once (three reads each listing them cost the worker more than the candidate's own file, issue 13). The same
     * answers as the three methods.
     */
    public View view(UUID candidate) {
        record Read(CandidateSyncState state, List<SyncConflictRecord> found, int unsent) {
        }
        Read read = store.read(dsl -> {
            boolean linked = dsl.fetchExists(SYNC_ENROLLMENT);
            // Open conflicts and unsent decisions both live in sync_conflict: with no row there at all, both answers
            // are empty for every candidate, and a laptop never linked has nothing else to ask. Listing the
            // candidate's rows (every session, goal, placement) is skipped then: about 4 ms of every save (issue 13).
            boolean anyConflict = dsl.fetchExists(SYNC_CONFLICT);
            if (!linked && !anyConflict) {
                return new Read(CandidateSyncState.NOT_LINKED, List.of(), 0);
            }
            List<String> rows = CandidateRows.of(dsl, candidate.toString());
            List<SyncConflictRecord> found = anyConflict ? openRecords(dsl, rows) : List.of();
            int unsent = anyConflict ? ConflictDecisions.unsent(dsl, rows) : 0;
            CandidateSyncState state;
            if (!linked) {
                state = CandidateSyncState.NOT_LINKED;
            } else if (!found.isEmpty()) {
                state = CandidateSyncState.CONFLICT;
            } else {
                state = PendingChanges.any(dsl, rows) || unsent > 0 ? CandidateSyncState.PENDING
                        : CandidateSyncState.SENT;
            }
            return new Read(state, found, unsent);
        });
        return new View(read.state(), opened(read.found()), read.unsent());
    }

    private static List<SyncConflictRecord> openRecords(DSLContext dsl, List<String> rows) {
        return dsl.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ENTITY_ID.in(rows))
                .and(SYNC_CONFLICT.RESOLVED_AT.isNull())
                .orderBy(SYNC_CONFLICT.DETECTED_AT, SYNC_CONFLICT.ID).fetch();
    }

    /** Open conflicts on the candidate and its rows, oldest first, with both values opened for the screen. */
    public List<OpenConflict> open(UUID candidate) {
        return opened(store.read(dsl -> openRecords(dsl, CandidateRows.of(dsl, candidate.toString()))));
    }

    private List<OpenConflict> opened(List<SyncConflictRecord> found) {
        List<OpenConflict> open = new ArrayList<>(found.size());
        for (SyncConflictRecord r : found) {
            Object kept = store.read(dsl -> current(dsl, r.getEntity(), r.getEntityId(), r.getField()));
            open.add(new OpenConflict(r.getId(), r.getEntity(), r.getEntityId(), r.getField(),
                    plain(r.getEntity(), r.getField(), r.getEntityId(), kept),
                    plain(r.getEntity(), r.getField(), r.getEntityId(), r.getLosingValue()),
                    store.deviceId().equals(r.getLosingDevice()), r.getLosingDevice(),
                    writtenAt(r.getLosingHlc()), Instant.parse(r.getDetectedAt())));
        }
        return open;
    }

    /** The coach's decisions on this candidate's conflicts that the hub has not acknowledged yet. */
    public int unsentDecisions(UUID candidate) {
        return store.read(dsl -> ConflictDecisions.unsent(dsl, CandidateRows.of(dsl, candidate.toString())));
    }

    /**
     * The coach keeps what the caseload holds now: the conflict is resolved here at once, and the decision waits on
     * its row for the next sync (which may be days away), so the hub closes it on the coach's other devices and the
     * team lead's too. A conflict that was already resolved (e.g. the hub settled it meanwhile) is left as it is.
     */
    public void keep(String conflictId) {
        store.writeOwnTables(dsl -> dsl.update(SYNC_CONFLICT)
                .set(SYNC_CONFLICT.RESOLVED_AT, clock.instant().toString())
                .set(SYNC_CONFLICT.DECISION, Resolution.KEEP)
                .where(SYNC_CONFLICT.ID.eq(conflictId)).and(SYNC_CONFLICT.RESOLVED_AT.isNull()).execute());
    }

    /**
     * The coach wants the other value: it becomes a new edit on this laptop (newest stamp, so it wins everywhere)
     * and the conflict is resolved, both in one transaction.
     */
    public void useOther(String conflictId) {
        store.writeOwnTables(dsl -> {
            SyncConflictRecord r = dsl.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId))
                    .and(SYNC_CONFLICT.RESOLVED_AT.isNull()).fetchOne();
            if (r == null) {
                throw new IllegalStateException("Dit conflict is al afgehandeld. Open de kandidaat opnieuw.");
            }
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(r.getEntity());
            if (table == null || table.field(r.getField()) == null) {
                throw new IllegalStateException("Het veld " + r.getEntity() + "." + r.getField()
                        + " bestaat niet in deze versie van Werkmap; werk Werkmap bij.");
            }
            @SuppressWarnings("unchecked")
            Field<Object> column = (Field<Object>) table.field(r.getField());
            Object sqlValue = Boolean.TRUE.equals(r.getSealed()) ? r.getLosingValue()
                    : column.getDataType().convert(r.getLosingValue() == null ? null
                            : StoredForm.fromUtf8(r.getLosingValue()));
            String hlc = store.clock().now();
            String me = store.deviceId();
            dsl.update(table).set(column, sqlValue)
                    .set(table.field("updated_at", String.class), hlc)
                    .set(table.field("updated_by", String.class), me)
                    .where(table.field("id", String.class).eq(r.getEntityId())).execute();
            ChangeLogWriter.append(dsl, List.of(new FieldChange(r.getEntity(), r.getEntityId(), r.getField(),
                    r.getLosingValue(), Boolean.TRUE.equals(r.getSealed()))), hlc, me);
            return markResolved(dsl, conflictId);
        });
    }

    private int markResolved(DSLContext dsl, String conflictId) {
        return dsl.update(SYNC_CONFLICT).set(SYNC_CONFLICT.RESOLVED_AT, clock.instant().toString())
                .where(SYNC_CONFLICT.ID.eq(conflictId)).and(SYNC_CONFLICT.RESOLVED_AT.isNull()).execute();
    }

    private static Object current(DSLContext dsl, String entity, String id, String field) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(entity);
        if (table == null || table.field(field) == null) {
            return null;
        }
        Record row = dsl.select(table.field(field)).from(table).where(table.field("id", String.class).eq(id))
                .fetchOne();
        return row == null ? null : row.get(0);
    }

    /** Plain text for the screen: sealed bytes opened with the vault, plain stored text as it is. */
    private String plain(String entity, String field, String id, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(entity);
            boolean sealed = table != null && table.field(field) != null
                    && byte[].class.equals(table.field(field).getDataType().getType());
            return sealed ? sealer.open(entity, field, id, bytes) : StoredForm.fromUtf8(bytes);
        }
        return StoredForm.text(value);
    }

    private static Instant writtenAt(String hlc) {
        try {
            return Instant.ofEpochMilli(Hlc.parse(hlc).physical());
        } catch (RuntimeException e) { // a stamp this version cannot read: show no time rather than a wrong one
            return null;
        }
    }
}
