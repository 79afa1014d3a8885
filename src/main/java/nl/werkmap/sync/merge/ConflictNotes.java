package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.mapping.StoredForm;
import nl.werkmap.sync.protocol.ConflictNote;

/**
 * Keeps the concurrent edits the hub reports in {@code sync_conflict}, so the coach sees them on the record even
 * when this laptop's own edit had already been acknowledged when the newer one came in. A conflict is one field's
 * losing stamp: one this laptop already holds (found by itself, or reported before) is not added again; a settled
 * one is marked resolved.
 */
final class ConflictNotes {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictNotes.class);

    private final CaseloadStore store;
    private final FieldSealer sealer;
    private final Clock clock;

    ConflictNotes(CaseloadStore store, FieldSealer sealer, Clock clock) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Returns how many new open conflicts were recorded. */
    int record(List<ConflictNote> notes) {
        if (notes.isEmpty()) {
            return 0;
        }
        String now = clock.instant().toString();
        return store.writeOwnTables(dsl -> {
            int added = 0;
            for (ConflictNote note : notes) {
                if (!ColumnKinds.knownField(note.entity(), note.field())) {
                    LOG.warn("Conflict over onbekend veld {}.{} overgeslagen; werk Werkmap bij.", note.entity(),
                            note.field());
                    continue;
                }
                Condition same = same(note.entity(), note.id(), note.field(), note.hlc());
                if (note.settled()) {
                    dsl.update(SYNC_CONFLICT).set(SYNC_CONFLICT.RESOLVED_AT, now).where(same)
                            .and(SYNC_CONFLICT.RESOLVED_AT.isNull()).execute();
                    continue;
                }
                if (dsl.fetchExists(SYNC_CONFLICT, same)) {
                    continue;
                }
                boolean sealed = ColumnKinds.sealed(note.entity(), note.field());
                byte[] stored = sealed ? sealer.seal(note.entity(), note.field(), note.id(), note.value())
                        : StoredForm.utf8(note.value());
                insert(dsl, note, stored, sealed, now);
                added++;
            }
            return added;
        });
    }

    /** The conflict a loss with this stamp on this field is, wherever it was found. */
    static Condition same(String entity, String id, String field, String losingHlc) {
        return SYNC_CONFLICT.ENTITY_ID.eq(id).and(SYNC_CONFLICT.ENTITY.eq(entity)).and(SYNC_CONFLICT.FIELD.eq(field))
                .and(SYNC_CONFLICT.LOSING_HLC.eq(losingHlc));
    }

    private static void insert(DSLContext dsl, ConflictNote note, byte[] stored, boolean sealed, String now) {
        dsl.insertInto(SYNC_CONFLICT)
                .set(SYNC_CONFLICT.ID, UUID.randomUUID().toString())
                .set(SYNC_CONFLICT.ENTITY, note.entity())
                .set(SYNC_CONFLICT.ENTITY_ID, note.id())
                .set(SYNC_CONFLICT.FIELD, note.field())
                .set(SYNC_CONFLICT.LOSING_VALUE, stored)
                .set(SYNC_CONFLICT.SEALED, sealed)
                .set(SYNC_CONFLICT.LOSING_HLC, note.hlc())
                .set(SYNC_CONFLICT.LOSING_DEVICE, note.origin())
                .set(SYNC_CONFLICT.WINNING_HLC, note.winningHlc())
                .set(SYNC_CONFLICT.DETECTED_AT, now)
                .execute();
    }
}
