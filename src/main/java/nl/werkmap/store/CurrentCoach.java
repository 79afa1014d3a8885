package nl.werkmap.store;

import static nl.werkmap.store.jooq.Tables.CASELOAD_INFO;
import static nl.werkmap.store.jooq.Tables.SYNC_ENROLLMENT;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.store.db.Database;

/**
 * Who works on this laptop. A laptop linked to the municipality hub works for the coach the hub assigned at
 * enrolment; an unlinked laptop remembers the coach chosen at first start ("Wie ben je?") in caseload_info (V25).
 * Both live in the caseload file, not in the user's settings: a coach id only means something inside this caseload,
 * and the choice must travel with the file (and its backups), never to another caseload or to the hub.
 */
public final class CurrentCoach {

    private final Database database;

    CurrentCoach(Database database) {
        this.database = database;
    }

    /** The coach of this laptop: the enrolled one if linked, else the chosen one; empty if nobody chose yet. */
    public Optional<UUID> get() {
        return database.read(dsl -> {
            Optional<String> enrolled = dsl.select(SYNC_ENROLLMENT.COACH_ID).from(SYNC_ENROLLMENT).limit(1)
                    .fetchOptional(SYNC_ENROLLMENT.COACH_ID);
            Optional<String> chosen = enrolled.isPresent() ? enrolled
                    : dsl.select(CASELOAD_INFO.CURRENT_COACH_ID).from(CASELOAD_INFO).fetchOptional(
                            CASELOAD_INFO.CURRENT_COACH_ID);
            return chosen.filter(id -> !id.isBlank()).map(CurrentCoach::uuidOrNull);
        });
    }

    /** True if the hub decides who works here (a linked laptop); the choice in Instellingen is then not offered. */
    public boolean fromEnrolment() {
        return database.read(dsl -> dsl.fetchExists(SYNC_ENROLLMENT));
    }

    /** Remembers the coach chosen on this laptop. A file without a caseload_info row is real, so one is made real. */
    public void choose(UUID coachId, Instant now) {
        database.write(tx -> {
            if (tx.fetchExists(CASELOAD_INFO)) {
                tx.update(CASELOAD_INFO).set(CASELOAD_INFO.CURRENT_COACH_ID, coachId.toString()).execute();
            } else {
                tx.insertInto(CASELOAD_INFO, CASELOAD_INFO.ID, CASELOAD_INFO.DEMO, CASELOAD_INFO.CREATED_AT,
                        CASELOAD_INFO.CURRENT_COACH_ID).values(1, false, now.toString(), coachId.toString()).execute();
            }
            return null;
        });
    }

    private static UUID uuidOrNull(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // A hub that names coaches by something else than a UUID: treat as "not known here", never crash.
            return null;
        }
    }
}
