package nl.werkmap.store.repo;

import static nl.werkmap.store.jooq.Tables.SESSION_DRAFT;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;

/**
 * Unsaved quick-session input, one sealed draft per candidate. Written straight to its own table, never through the
 * change log: a draft is this laptop's scratch paper and must never reach the hub or another device.
 */
public final class SessionDrafts {

    /** The table's name (also the sealed content's associated data). */
    public static final String TABLE = "session_draft";
    private static final String CONTENT = "content";

    private final Database database;
    private final FieldSealer sealer;
    private final Clock clock;

    /** A stored draft: the typed fields as the UI wrote them, and when. */
    public record Draft(UUID candidateId, String content, Instant savedAt) {
    }

    public SessionDrafts(Database database, FieldSealer sealer, Clock clock) {
        this.database = database;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Keeps (replaces) the draft for this candidate. */
    public void keep(UUID candidateId, String content) {
        String id = candidateId.toString();
        byte[] sealed = sealer.seal(TABLE, CONTENT, id, content);
        String now = clock.instant().toString();
        database.write(tx -> tx.insertInto(SESSION_DRAFT, SESSION_DRAFT.CANDIDATE_ID, SESSION_DRAFT.CONTENT,
                        SESSION_DRAFT.SAVED_AT)
                .values(id, sealed, now)
                .onConflict(SESSION_DRAFT.CANDIDATE_ID).doUpdate()
                .set(SESSION_DRAFT.CONTENT, sealed)
                .set(SESSION_DRAFT.SAVED_AT, now)
                .execute());
    }

    public Optional<Draft> find(UUID candidateId) {
        String id = candidateId.toString();
        return database.read(dsl -> dsl.selectFrom(SESSION_DRAFT).where(SESSION_DRAFT.CANDIDATE_ID.eq(id))
                .fetchOptional(r -> new Draft(candidateId, sealer.open(TABLE, CONTENT, id, r.getContent()),
                        Instant.parse(r.getSavedAt()))));
    }

    /** Removes the draft (thrown away); true if there was one. */
    public boolean discard(UUID candidateId) {
        return database.write(tx -> discard(tx, candidateId));
    }

    /** Removes the draft inside an open write transaction (a session saved from it, {@link RecordTransaction}). */
    static boolean discard(DSLContext tx, UUID candidateId) {
        return tx.deleteFrom(SESSION_DRAFT).where(SESSION_DRAFT.CANDIDATE_ID.eq(candidateId.toString())).execute() > 0;
    }
}
