package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.changelog.ApplyOutcome;
import nl.werkmap.store.changelog.RemoteRow;
import nl.werkmap.store.erasure.LocalErasure;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.FieldMap;
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

    /**
     * A down-bundle checked at the door and in stored form (its changes as row writes, personal values sealed again
     * under this laptop's key), ready for {@link #apply(Prepared, long)}.
     */
    public static final class Prepared {
        /** The bundle without its changes: those are in {@link #rows}; the parsed text is not kept. */
        private final Bundle header;
        private final int changeCount;
        private final Set<String> namedCandidates;
        private final List<RemoteRow> rows;

        private Prepared(Bundle bundle, List<RemoteRow> rows) {
            this.header = bundle.withoutChanges();
            this.changeCount = bundle.changes().size();
            this.namedCandidates = candidatesNamed(bundle);
            this.rows = rows;
        }

        /**
         * The bundle's members but its changes ({@code changes()} is empty here: they wait as row writes, a first
         * sync's bundles one after the other, and holding their text as well doubled what the collector copied).
         */
        public Bundle header() {
            return header;
        }

        /** How many changes the bundle brought. */
        public int changeCount() {
            return changeCount;
        }

        /** {@link #candidatesNamed} of the bundle, worked out on the reading thread. */
        public Set<String> namedCandidates() {
            return namedCandidates;
        }
    }

    /**
     * The candidates a bundle's changes name: a candidate's own id, and the {@code candidate_id} of any other row. A
     * candidate erased here whose rows came back with the bundle is erased again (ErasureSync).
     */
    public static Set<String> candidatesNamed(Bundle bundle) {
        Set<String> named = new LinkedHashSet<>();
        for (Change change : bundle.changes()) {
            if (change.entity().equals("candidate")) {
                named.add(change.id());
            } else {
                String candidate = change.fields().get("candidate_id");
                if (candidate != null) {
                    named.add(candidate);
                }
            }
        }
        return named;
    }

    /**
     * Returns how many conflicts were recorded; {@code seenSeq}: own edits after it count as concurrent. The hub's
     * conflict notes are kept after the changes, so the rows they are about exist by then.
     */
    public int apply(Bundle bundle, long seenSeq) {
        return apply(prepare(bundle), seenSeq);
    }

    /**
     * The door check and the stored form, which need no database. Thread-safe, so a sync prepares the next bundle
     * while the one before is written ({@code DownPipeline}). The values are sealed again under this laptop's key
     * here, on the reading thread: since bundles are opened and read cheaply, writing is the longer half of a first
     * sync's CPU work by far, and sealing here evens the two threads out.
     */
    public Prepared prepare(Bundle bundle) {
        // The same door check as the hub's: a hub that sends what the schema does not know, or stamps from the
        // future, is refused whole before anything is applied.
        ContentCheck.check(bundle);
        ClockBounds.checkDown(bundle, clock.instant(), ClockBounds.DEVICE_MARGIN);
        return new Prepared(bundle, storedForm(bundle));
    }

    /** Writes a prepared bundle; returns how many conflicts were recorded, as {@link #apply(Bundle, long)}. */
    public int apply(Prepared prepared, long seenSeq) {
        int found = applyChanges(prepared.rows, seenSeq);
        return found + notes.record(prepared.header.conflictsOrNone());
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
            store.changeLog().applyRemoteRun(first.rows, () -> {
                if (run.size() >= perTransaction) {
                    return null;
                }
                Prepared next = waiting.takeIf(DownApplier::onlyChanges);
                if (next == null) {
                    return null;
                }
                run.add(next);
                return next.rows;
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
        Bundle bundle = prepared.header;
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

    /**
     * The bundle's changes as row writes in stored form: each change one write of its known fields, in order, a
     * tombstone's deleted flag set (in its place when the change names it, else after the other fields), personal
     * values sealed. Writes of one entity with the same fields share their names and seal flags.
     */
    private List<RemoteRow> storedForm(Bundle bundle) {
        List<RemoteRow> rows = new ArrayList<>(bundle.changes().size());
        Shape shape = new Shape();
        for (Change change : bundle.changes()) {
            if (!ColumnKinds.knownEntity(change.entity())) {
                LOG.warn("Wijziging voor onbekende entiteit {} overgeslagen; werk Werkmap bij.", change.entity());
                continue;
            }
            RemoteRow row = storedForm(bundle, change, shape);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The field names and seal flags of the write before, for the next write of the same entity and fields. */
    private static final class Shape {
        String entity;
        String[] names = new String[0];
        boolean[] sealed = new boolean[0];
        /** The names of the change before as the reader gave them. */
        String[] fieldNames;
    }

    /** One change as a write; null when it sets no field this version knows. */
    private RemoteRow storedForm(Bundle bundle, Change change, Shape shape) {
        String writer = change.writer(bundle.deviceId());
        // The entity's fields once per change, not two lookups of the schema for each field.
        Map<String, ColumnKind> kinds = ColumnKinds.fields(change.entity());
        boolean tombstone = change.tombstone();
        FieldMap fields = FieldMap.of(change.fields()); // read by place: no entry object per field
        int count = fields.size() + (tombstone && !fields.containsKey("deleted") ? 1 : 0);
        String[] names = new String[count];
        Object[] values = new Object[count];
        boolean[] sealed = new boolean[count];
        int n = 0;
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.name(i);
            String value = tombstone && field.equals("deleted") ? "true" : fields.value(i);
            n = add(change, kinds, field, value, names, values, sealed, n);
        }
        if (n < count) {
            // The tombstone's flag after the other fields (as putting it into a copy of the fields did).
            n = add(change, kinds, "deleted", "true", names, values, sealed, n);
        }
        if (n == 0) {
            return null;
        }
        // The same fields as the change before (the reader shares its names), unless that one was a tombstone
        // whose deleted flag came after them: then its names are one longer than these.
        if (n == fields.size() && n == count && change.entity().equals(shape.entity)
                && fields.names() == shape.fieldNames && shape.names.length == n) {
            names = shape.names;
        } else if (n < count) {
            names = Arrays.copyOf(names, n);
            values = Arrays.copyOf(values, n);
            sealed = Arrays.copyOf(sealed, n);
        }
        if (change.entity().equals(shape.entity) && Arrays.equals(names, shape.names)) {
            names = shape.names; // the seal flags follow from entity and field: the same too
            sealed = shape.sealed;
        } else {
            shape.entity = change.entity();
            shape.names = names;
            shape.sealed = sealed;
        }
        shape.fieldNames = fields.names();
        return new RemoteRow(change.entity(), change.id(), change.hlc(), writer, names, values, sealed);
    }

    /** Field {@code field} in stored form at place {@code n} when the schema knows it; the next place. */
    private int add(Change change, Map<String, ColumnKind> kinds, String field, String value, String[] names,
                    Object[] values, boolean[] sealed, int n) {
        ColumnKind kind = kinds.get(field);
        if (kind == null) {
            unknownField(change, field);
            return n;
        }
        names[n] = field;
        // The schema's kind of a field is SEALED exactly for the personal columns (CaseloadSchema.kindOf).
        // A plain value goes on as the text it came as: the column takes text, so no UTF-8 there and back per field.
        // Sealing is a call of its own so the JIT does not inline the whole cipher into this per-field method.
        if (kind == ColumnKind.SEALED) {
            values[n] = sealed(change, field, value);
            sealed[n] = true;
        } else {
            values[n] = RemoteRow.plain(value);
        }
        return n + 1;
    }

    private byte[] sealed(Change change, String field, String value) {
        return sealer.seal(change.entity(), field, change.id(), value);
    }

    private static void unknownField(Change change, String field) {
        LOG.warn("Onbekend veld {}.{} overgeslagen; werk Werkmap bij.", change.entity(), field);
    }

    private int applyChanges(List<RemoteRow> remote, long seenSeq) {
        if (remote.isEmpty()) {
            return 0;
        }
        Map<String, Record4<byte[], Boolean, String, String>> ownPending = ownConcurrentEdits(remote, seenSeq);
        List<ApplyOutcome> outcomes = store.changeLog().applyRemoteRows(remote);
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (int r = 0; r < remote.size() && !ownPending.isEmpty(); r++) {
            RemoteRow write = remote.get(r);
            for (int f = 0; f < write.size(); f++, position++) {
                Record4<byte[], Boolean, String, String> own = ownPending.get(key(write.entity(), write.entityId(),
                        write.field(f)));
                if (own == null || sameValue(write, f, own.value1())) {
                    continue;
                }
                if (outcomes.get(position) == ApplyOutcome.APPLIED) {
                    rows.add(new Object[] {write, f, own.value1(), own.value2(), own.value3(), own.value4(),
                            write.hlc()});
                } else if (outcomes.get(position) == ApplyOutcome.LOCAL_NEWER) {
                    rows.add(new Object[] {write, f, write.value(f), write.sealed(f), write.hlc(), write.deviceId(),
                            own.value3()});
                }
            }
        }
        if (!rows.isEmpty()) {
            String now = clock.instant().toString();
            store.writeOwnTables(dsl -> {
                for (Object[] row : rows) {
                    RemoteRow write = (RemoteRow) row[0];
                    String field = write.field((Integer) row[1]);
                    if (dsl.fetchExists(SYNC_CONFLICT, ConflictNotes.same(write.entity(), write.entityId(), field,
                            (String) row[4]))) {
                        continue; // the hub reported this loss before
                    }
                    dsl.insertInto(SYNC_CONFLICT)
                            .set(SYNC_CONFLICT.ID, UUID.randomUUID().toString())
                            .set(SYNC_CONFLICT.ENTITY, write.entity())
                            .set(SYNC_CONFLICT.ENTITY_ID, write.entityId())
                            .set(SYNC_CONFLICT.FIELD, field)
                            .set(SYNC_CONFLICT.LOSING_VALUE, (byte[]) row[2])
                            .set(SYNC_CONFLICT.SEALED, (Boolean) row[3])
                            .set(SYNC_CONFLICT.LOSING_HLC, (String) row[4])
                            .set(SYNC_CONFLICT.LOSING_DEVICE, (String) row[5])
                            .set(SYNC_CONFLICT.WINNING_HLC, (String) row[6])
                            .set(SYNC_CONFLICT.DETECTED_AT, now)
                            .execute();
                }
                return null;
            });
        }
        return rows.size();
    }

    /** This device's newest own edit per field made after change-log position {@code seenSeq}. */
    private Map<String, Record4<byte[], Boolean, String, String>> ownConcurrentEdits(List<RemoteRow> remote,
                                                                                     long seenSeq) {
        String me = store.deviceId();
        if (ownEdits != null && store.read(dsl -> ownEdits.noneSince(dsl, me, seenSeq))) {
            return Map.of(); // a new laptop, or one whose coach changed nothing since the last sync
        }
        Map<String, Record4<byte[], Boolean, String, String>> found = new HashMap<>();
        List<String> ids = remote.stream().map(RemoteRow::entityId).distinct().toList();
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
    private boolean sameValue(RemoteRow write, int f, byte[] ownValue) {
        if (!write.sealed(f)) {
            return Arrays.equals(write.value(f), ownValue);
        }
        return java.util.Objects.equals(sealer.open(write.entity(), write.field(f), write.entityId(), write.value(f)),
                sealer.open(write.entity(), write.field(f), write.entityId(), ownValue));
    }

    private static String key(String entity, String id, String field) {
        return entity + '\u0000' + id + '\u0000' + field;
    }
}
