package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.changelog.ApplyOutcome;
import nl.werkmap.store.changelog.RemoteChange;
import nl.werkmap.store.erasure.LocalErasure;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.ClockBounds;
import nl.werkmap.sync.schema.ColumnKind;
import nl.werkmap.sync.schema.ContentCheck;

/**
 * Applies a down-bundle to the local caseload through the store's change log (per-field last-writer-wins on the
 * hybrid clock, which also observes every stamp). Values of sealed columns are sealed again with this device's
 * vault. When an incoming value meets one of this device's own edits made since its previous fetch (so neither
 * writer saw the other), the loser is kept in {@code sync_conflict}: nothing is silently dropped.
 */
public final class DownApplier {

    private static final Logger LOG = LoggerFactory.getLogger(DownApplier.class);

    private final CaseloadStore store;
    private final FieldSealer sealer;
    private final Clock clock;
    private final ConflictNotes notes;
    /** Null: search every bundle's rows for own edits (the equivalence tests' reference path). */
    private final OwnEditsWatch ownEdits;

    public DownApplier(CaseloadStore store, FieldSealer sealer, Clock clock) {
        this(store, sealer, clock, true);
    }

    /** {@code watchOwnEdits} false: always search each bundle's rows for own edits, as before the watch. */
    DownApplier(CaseloadStore store, FieldSealer sealer, Clock clock, boolean watchOwnEdits) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
        this.notes = new ConflictNotes(store, sealer, clock);
        this.ownEdits = watchOwnEdits ? new OwnEditsWatch() : null;
    }

    /** A down-bundle checked at the door, ready for {@link #apply(Prepared, long)}. */
    public static final class Prepared {
        private final Bundle bundle;

        private Prepared(Bundle bundle) {
            this.bundle = bundle;
        }

        public Bundle bundle() {
            return bundle;
        }
    }

    /**
     * Returns how many conflicts were recorded; {@code seenSeq}: own edits after it count as concurrent. The hub's
     * conflict notes are kept after the changes, so the rows they are about exist by then.
     */
    public int apply(Bundle bundle, long seenSeq) {
        return apply(prepare(bundle), seenSeq);
    }

    /**
     * The door check, which needs no database. Thread-safe, so a sync checks the next bundle while the one before
     * is written ({@code DownPipeline}).
     */
    public Prepared prepare(Bundle bundle) {
        // The same door check as the hub's: a hub that sends what the schema does not know, or stamps from the
        // future, is refused whole before anything is applied.
        ContentCheck.check(bundle);
        ClockBounds.checkDown(bundle, clock.instant(), ClockBounds.DEVICE_MARGIN);
        return new Prepared(bundle);
    }

    /**
     * Writes a prepared bundle; returns how many conflicts were recorded, as {@link #apply(Bundle, long)}. The
     * values are sealed again under this laptop's key here, on the writing thread: opening a bundle is the longer
     * half of a first sync's CPU work, and sealing here evens the two threads out.
     */
    public int apply(Prepared prepared, long seenSeq) {
        int found = applyChanges(storedForm(prepared.bundle), seenSeq);
        return found + notes.record(prepared.bundle.conflictsOrNone());
    }

    /** Where the bundles after the first of a run come from. */
    @FunctionalInterface
    public interface Waiting {
        /** The next bundle if one is already waiting and {@code joins} accepts it (it is then taken); else null. */
        Prepared takeIf(Predicate<Prepared> joins);
    }

    /** Told of each bundle once it is committed, in order, with the conflicts it recorded. */
    @FunctionalInterface
    public interface Written {
        void written(Prepared prepared, int conflicts);
    }

    /**
     * Writes {@code first} and, in the same transaction, the bundles already waiting after it, up to {@code
     * perTransaction} in all, when that comes to exactly what {@link #apply(Prepared, long)} one bundle after the
     * other gives: each bundle of the run carries only changes (no conflict notes, erasures or transfers), this
     * laptop has no own edits since {@code seenSeq} and finished no erasure. Then nothing besides the changes is
     * searched or written per bundle, and nothing else can write while the run holds the transaction; a first sync
     * to a new laptop is all such bundles. Otherwise {@code first} is applied alone, as before.
     *
     * <p>A failure rolls the whole run back; its bundles are then written again one per transaction, so those
     * before the failing one stay applied and the failing one is refused whole, as without runs. The feed cursor
     * does not move before every bundle of the answer is written (SyncEngine), so a crash inside a run loses only
     * uncommitted work that the next round fetches again.
     */
    public void applyRun(Prepared first, Waiting waiting, long seenSeq, int perTransaction, Written written) {
        if (perTransaction <= 1 || !onlyChanges(first) || !quiet(seenSeq)) {
            written.written(first, apply(first, seenSeq));
            return;
        }
        List<Prepared> run = new ArrayList<>();
        run.add(first);
        try {
            store.changeLog().applyRemoteRun(storedForm(first.bundle), () -> {
                if (run.size() >= perTransaction) {
                    return null;
                }
                Prepared next = waiting.takeIf(DownApplier::onlyChanges);
                if (next == null) {
                    return null;
                }
                run.add(next);
                return storedForm(next.bundle);
            });
        } catch (RuntimeException e) {
            if (run.size() == 1) {
                throw e;
            }
            LOG.info("Een reeks van {} bundels in een transactie lukte niet ({}); ze worden een voor een verwerkt.",
                    run.size(), e.getMessage());
            for (Prepared prepared : run) {
                written.written(prepared, apply(prepared, seenSeq));
            }
            return;
        }
        for (Prepared prepared : run) {
            written.written(prepared, 0); // no own edits: nothing to conflict with, and no notes came
        }
    }

    /** A bundle that brings changes and nothing else to write. */
    private static boolean onlyChanges(Prepared prepared) {
        Bundle bundle = prepared.bundle;
        return bundle.conflictsOrNone().isEmpty() && bundle.erasedOrNone().isEmpty()
                && bundle.transferredAwayOrNone().isEmpty();
    }

    /**
     * No own edit since {@code seenSeq} (so no conflict to look for) and no finished erasure (so a returning row
     * reopens nothing): the bundles' changes are all there is to write.
     */
    private boolean quiet(long seenSeq) {
        String me = store.deviceId();
        return ownEdits != null && store.read(dsl -> ownEdits.noneSince(dsl, me, seenSeq)
                && !LocalErasure.anyFinished(dsl));
    }

    private List<RemoteChange> storedForm(Bundle bundle) {
        List<RemoteChange> remote = new ArrayList<>();
        for (Change change : bundle.changes()) {
            if (!ColumnKinds.knownEntity(change.entity())) {
                LOG.warn("Wijziging voor onbekende entiteit {} overgeslagen; werk Werkmap bij.", change.entity());
                continue;
            }
            String writer = change.writer(bundle.deviceId());
            // The entity's fields once per change, not two lookups of the schema for each field.
            Map<String, ColumnKind> kinds = ColumnKinds.fields(change.entity());
            // A tombstone sets deleted: in its place when the change names it, else after the other fields (as
            // putting it into a copy of the fields did; the fields are not copied for every change any more).
            for (Map.Entry<String, String> entry : change.fields().entrySet()) {
                String value = change.tombstone() && entry.getKey().equals("deleted") ? "true" : entry.getValue();
                add(remote, change, writer, kinds, entry.getKey(), value);
            }
            if (change.tombstone() && !change.fields().containsKey("deleted")) {
                add(remote, change, writer, kinds, "deleted", "true");
            }
        }
        return remote;
    }

    private void add(List<RemoteChange> remote, Change change, String writer, Map<String, ColumnKind> kinds,
                     String field, String value) {
        ColumnKind kind = kinds.get(field);
        if (kind == null) {
            unknownField(change, field);
            return;
        }
        // The schema's kind of a field is SEALED exactly for the personal columns (CaseloadSchema.kindOf).
        // A plain value goes on as the text it came as: the column takes text, so no UTF-8 there and back per field.
        // Sealing is a call of its own so the JIT does not inline the whole cipher into this per-field method.
        remote.add(kind == ColumnKind.SEALED ? sealed(change, writer, field, value)
                : RemoteChange.ofText(change.entity(), change.id(), field, value, change.hlc(), writer));
    }

    private RemoteChange sealed(Change change, String writer, String field, String value) {
        return new RemoteChange(change.entity(), change.id(), field,
                sealer.seal(change.entity(), field, change.id(), value), true, change.hlc(), writer);
    }

    private static void unknownField(Change change, String field) {
        LOG.warn("Onbekend veld {}.{} overgeslagen; werk Werkmap bij.", change.entity(), field);
    }

    private int applyChanges(List<RemoteChange> remote, long seenSeq) {
        if (remote.isEmpty()) {
            return 0;
        }
        Map<String, Record4<byte[], Boolean, String, String>> ownPending = ownConcurrentEdits(remote, seenSeq);
        List<ApplyOutcome> outcomes = store.changeLog().applyRemote(remote);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < remote.size() && !ownPending.isEmpty(); i++) {
            RemoteChange change = remote.get(i);
            Record4<byte[], Boolean, String, String> own = ownPending.get(key(change.entity(), change.entityId(),
                    change.field()));
            if (own == null || sameValue(change, own.value1())) {
                continue;
            }
            if (outcomes.get(i) == ApplyOutcome.APPLIED) {
                rows.add(new Object[] {change, own.value1(), own.value2(), own.value3(), own.value4(), change.hlc()});
            } else if (outcomes.get(i) == ApplyOutcome.LOCAL_NEWER) {
                rows.add(new Object[] {change, change.value(), change.sealed(), change.hlc(), change.deviceId(),
                        own.value3()});
            }
        }
        if (!rows.isEmpty()) {
            String now = clock.instant().toString();
            store.writeOwnTables(dsl -> {
                for (Object[] row : rows) {
                    RemoteChange change = (RemoteChange) row[0];
                    if (dsl.fetchExists(SYNC_CONFLICT, ConflictNotes.same(change.entity(), change.entityId(),
                            change.field(), (String) row[3]))) {
                        continue; // the hub reported this loss before
                    }
                    dsl.insertInto(SYNC_CONFLICT)
                            .set(SYNC_CONFLICT.ID, UUID.randomUUID().toString())
                            .set(SYNC_CONFLICT.ENTITY, change.entity())
                            .set(SYNC_CONFLICT.ENTITY_ID, change.entityId())
                            .set(SYNC_CONFLICT.FIELD, change.field())
                            .set(SYNC_CONFLICT.LOSING_VALUE, (byte[]) row[1])
                            .set(SYNC_CONFLICT.SEALED, (Boolean) row[2])
                            .set(SYNC_CONFLICT.LOSING_HLC, (String) row[3])
                            .set(SYNC_CONFLICT.LOSING_DEVICE, (String) row[4])
                            .set(SYNC_CONFLICT.WINNING_HLC, (String) row[5])
                            .set(SYNC_CONFLICT.DETECTED_AT, now)
                            .execute();
                }
                return null;
            });
        }
        return rows.size();
    }

    /** This device's newest own edit per field made after change-log position {@code seenSeq}. */
    private Map<String, Record4<byte[], Boolean, String, String>> ownConcurrentEdits(List<RemoteChange> remote,
                                                                                     long seenSeq) {
        String me = store.deviceId();
        if (ownEdits != null && store.read(dsl -> ownEdits.noneSince(dsl, me, seenSeq))) {
            return Map.of(); // a new laptop, or one whose coach changed nothing since the last sync
        }
        Map<String, Record4<byte[], Boolean, String, String>> found = new HashMap<>();
        List<String> ids = remote.stream().map(RemoteChange::entityId).distinct().toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<String> part = ids.subList(i, Math.min(ids.size(), i + 500));
            store.read(dsl -> dsl.select(CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_ID, CHANGE_LOG.FIELD, CHANGE_LOG.VALUE,
                            CHANGE_LOG.SEALED, CHANGE_LOG.HLC, CHANGE_LOG.DEVICE_ID)
                    .from(CHANGE_LOG)
                    .where(CHANGE_LOG.ENTITY_ID.in(part)).and(CHANGE_LOG.DEVICE_ID.eq(me))
                    .and(CHANGE_LOG.SEQ.gt((int) seenSeq))
                    .and(CHANGE_LOG.BUNDLE_ID.isNull().or(CHANGE_LOG.BUNDLE_ID.ne("received")))
                    .orderBy(CHANGE_LOG.SEQ)
                    .fetch()).forEach(r -> found.put(key(r.value1(), r.value2(), r.value3()),
                    DSL.using(org.jooq.SQLDialect.SQLITE).newRecord(CHANGE_LOG.VALUE, CHANGE_LOG.SEALED,
                            CHANGE_LOG.HLC, CHANGE_LOG.DEVICE_ID).values(r.value4(), r.value5(), r.value6(), r.value7())));
        }
        return found;
    }

    /** Two writers who set a field to the same value did not conflict. */
    private boolean sameValue(RemoteChange change, byte[] ownValue) {
        if (!change.sealed()) {
            return java.util.Arrays.equals(change.value(), ownValue);
        }
        return java.util.Objects.equals(sealer.open(change.entity(), change.field(), change.entityId(), change.value()),
                sealer.open(change.entity(), change.field(), change.entityId(), ownValue));
    }

    private static String key(String entity, String id, String field) {
        return entity + '\u0000' + id + '\u0000' + field;
    }
}
