package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.EMPLOYER;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static nl.werkmap.store.jooq.Tables.ZRM_MEASUREMENT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import nl.werkmap.store.jooq.tables.records.CandidateRecord;
import nl.werkmap.store.jooq.tables.records.CoachingSessionRecord;
import nl.werkmap.store.jooq.tables.records.PlacementRecord;

/**
 * A real SQLite caseload file migrated by the app's own Flyway scripts, filled row by row with jOOQ. Sealed
 * columns get placeholder bytes: summaries never open them, which is part of what the tests show.
 */
final class CaseloadFixture implements AutoCloseable {

    static final byte[] SEALED = {1, 2, 3};

    private final Connection connection;
    final DSLContext dsl;

    CaseloadFixture(Path file) throws SQLException {
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url);
        dsl = DSL.using(connection, SQLDialect.SQLITE);
    }

    void coach(String id, String name, String team, Integer target) {
        dsl.insertInto(COACH).set(COACH.ID, id).set(COACH.NAME, name).set(COACH.ROLE, "JOBCOACH").set(COACH.TEAM, team)
                .set(COACH.CASELOAD_TARGET, target).set(COACH.UPDATED_AT, "0").set(COACH.UPDATED_BY, "test").execute();
    }

    void employer(String id, String name, String sector) {
        dsl.insertInto(EMPLOYER).set(EMPLOYER.ID, id).set(EMPLOYER.NAME, name).set(EMPLOYER.SECTOR, sector)
                .set(EMPLOYER.UPDATED_AT, "0").set(EMPLOYER.UPDATED_BY, "test").execute();
    }

    /** A candidate registered on 2026-01-10, in the register only if {@code register} says so; change and store. */
    CandidateRecord candidate(String id, String coachId, String register, String status) {
        CandidateRecord c = dsl.newRecord(CANDIDATE);
        c.setId(id);
        c.setFullName(SEALED);
        c.setCoachId(coachId);
        c.setRegisterStatus(register);
        c.setStatus(status);
        c.setRegisteredOn("2026-01-10");
        c.setUpdatedAt("0");
        c.setUpdatedBy("test");
        c.setDeleted(false);
        return c;
    }

    PlacementRecord placement(String id, String candidateId, String employerId, String type, String start,
                              String actualEnd, double hours) {
        PlacementRecord p = dsl.newRecord(PLACEMENT);
        p.setId(id);
        p.setCandidateId(candidateId);
        p.setEmployerId(employerId);
        p.setType(type);
        p.setStartDate(start);
        p.setActualEnd(actualEnd);
        p.setHoursPerWeek(hours);
        p.setUpdatedAt("0");
        p.setUpdatedBy("test");
        p.setDeleted(false);
        return p;
    }

    CoachingSessionRecord session(String candidateId, String placementId, String coachId, String startsAt,
                                  double hoursAccounted) {
        CoachingSessionRecord s = dsl.newRecord(COACHING_SESSION);
        s.setId(UUID.randomUUID().toString());
        s.setCandidateId(candidateId);
        s.setPlacementId(placementId);
        s.setCoachId(coachId);
        s.setStartsAt(startsAt);
        s.setDurationMinutes((int) Math.round(hoursAccounted * 60));
        s.setLocation("WERKPLEK");
        s.setType("WERKPLEKBEZOEK");
        s.setHoursAccounted(hoursAccounted);
        s.setUpdatedAt("0");
        s.setUpdatedBy("test");
        s.setDeleted(false);
        s.store();
        return s;
    }

    void ladder(String candidateId, String on, int rung) {
        dsl.insertInto(LADDER_MEASUREMENT).set(LADDER_MEASUREMENT.ID, UUID.randomUUID().toString())
                .set(LADDER_MEASUREMENT.CANDIDATE_ID, candidateId).set(LADDER_MEASUREMENT.MEASURED_ON, on)
                .set(LADDER_MEASUREMENT.RUNG, rung).set(LADDER_MEASUREMENT.UPDATED_AT, "0")
                .set(LADDER_MEASUREMENT.UPDATED_BY, "test").execute();
    }

    void zrm(String candidateId, String on, Integer geldzaken, Integer woning) {
        dsl.insertInto(ZRM_MEASUREMENT).set(ZRM_MEASUREMENT.ID, UUID.randomUUID().toString())
                .set(ZRM_MEASUREMENT.CANDIDATE_ID, candidateId).set(ZRM_MEASUREMENT.MEASURED_ON, on)
                .set(ZRM_MEASUREMENT.GELDZAKEN, geldzaken).set(ZRM_MEASUREMENT.WONING, woning)
                .set(ZRM_MEASUREMENT.GEESTELIJKE_GEZONDHEID, SEALED)
                .set(ZRM_MEASUREMENT.UPDATED_AT, "0").set(ZRM_MEASUREMENT.UPDATED_BY, "test").execute();
    }

    void consent(String candidateId) {
        dsl.insertInto(CONSENT).set(CONSENT.ID, UUID.randomUUID().toString()).set(CONSENT.CANDIDATE_ID, candidateId)
                .set(CONSENT.PURPOSE, "PROFIEL_AAN_WERKGEVER").set(CONSENT.GIVEN, true).set(CONSENT.DECIDED_ON, "2026-01-10")
                .set(CONSENT.UPDATED_AT, "0").set(CONSENT.UPDATED_BY, "test").execute();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
