package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.store.SaveOutcome;

import nl.werkmap.store.jooq.Tables;

/** Coaching sessions: visits, calls and talks, with their three sealed notes. */
public final class SessionRepository {

    private final TableAccess<CoachingSession> access;

    public SessionRepository(StoreContext context) {
        this.access = new TableAccess<>(context, SessionMapping.TABLE);
    }

    /** Inserts or updates in its own transaction; logs only the fields that changed. */
    public SaveOutcome save(CoachingSession value) {
        return access.save(value);
    }

    /** Saves all (insert or update) in one transaction: all of them or none. */
    public void saveAll(List<CoachingSession> values) {
        access.saveAll(values);
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<CoachingSession> values) {
        access.insertAll(values);
    }

    /** The live row, if there is one (tombstoned rows are not found). */
    public Optional<CoachingSession> find(UUID id) {
        return access.find(id);
    }

    /** Marks the row deleted: it disappears from reads and the deletion syncs. False if there was no live row. */
    public boolean tombstone(UUID id) {
        return access.tombstone(id);
    }

    /** A candidate's sessions, newest first. */
    public List<CoachingSession> forCandidate(UUID candidateId) {
        return access.findBy("candidate_id", candidateId, Tables.COACHING_SESSION.STARTS_AT.desc());
    }
}
