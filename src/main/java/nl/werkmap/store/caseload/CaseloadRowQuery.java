package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;

/**
 * One candidate's caseload line, read after a save so the list follows without reading every candidate again: the
 * same columns and rules as {@link CaseloadQuery}, each query narrowed to the one candidate on its candidate_id
 * index. Two names and at most the birth date are opened, as for every line of the list.
 */
public final class CaseloadRowQuery {

    private final Database database;
    private final FieldSealer sealer;

    public CaseloadRowQuery(Database database, FieldSealer sealer) {
        this.database = database;
        this.sealer = sealer;
    }

    /** The line as the whole-list query would give it today; empty when the candidate is gone (deleted). */
    public Optional<CaseloadRow> row(UUID candidateId, LocalDate today) {
        String id = candidateId.toString();
        return database.read(dsl -> line(dsl, id).map(line -> build(dsl, line, today)));
    }

    private CaseloadRow build(DSLContext dsl, CandidateLine line, LocalDate today) {
        String id = line.id();
        String coachName = line.coachId() == null ? null
                : dsl.select(COACH.NAME).from(COACH).where(COACH.ID.eq(line.coachId())).fetchOne(COACH.NAME);
        // As in the whole list: a planned visit is not contact yet, so only sessions up to and including today.
        String lastSession = dsl.select(DSL.max(COACHING_SESSION.STARTS_AT)).from(COACHING_SESSION)
                .where(COACHING_SESSION.CANDIDATE_ID.eq(id)).and(COACHING_SESSION.DELETED.isFalse())
                .and(COACHING_SESSION.STARTS_AT.lt(today.plusDays(1).toString()))
                .fetchOne(0, String.class);
        String lastLadder = dsl.select(DSL.max(LADDER_MEASUREMENT.MEASURED_ON)).from(LADDER_MEASUREMENT)
                .where(LADDER_MEASUREMENT.CANDIDATE_ID.eq(id)).and(LADDER_MEASUREMENT.DELETED.isFalse())
                .fetchOne(0, String.class);
        // The latest decision wins, in the same order the whole list reads them in.
        List<Boolean> decisions = dsl.select(CONSENT.GIVEN).from(CONSENT)
                .where(CONSENT.PURPOSE.eq(ConsentPurpose.PROFIEL_AAN_WERKGEVER.name()))
                .and(CONSENT.CANDIDATE_ID.eq(id)).and(CONSENT.DELETED.isFalse())
                .orderBy(CONSENT.DECIDED_ON.asc(), CONSENT.UPDATED_AT.asc()).fetch(0, Boolean.class);
        Boolean consent = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        List<Record> trials = List.copyOf(dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, PLACEMENT.EMPLOYER_ID,
                        PLACEMENT.START_DATE, PLACEMENT.PLANNED_END)
                .from(PLACEMENT)
                .where(PLACEMENT.CANDIDATE_ID.eq(id))
                .and(PLACEMENT.TYPE.eq(PlacementType.PROEFPLAATSING.name()))
                .and(PLACEMENT.ACTUAL_END.isNull())
                .and(PLACEMENT.DELETED.isFalse())
                .fetch());
        return new CaseloadRowBuilder(sealer, today).row(line, coachName, lastSession, lastLadder, consent, trials);
    }

    /** The list's own candidate line, plain JDBC with the id bound. */
    private static Optional<CandidateLine> line(DSLContext dsl, String id) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement select = connection.prepareStatement(CandidateLine.SELECT + " AND id = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(CandidateLine.read(rs)) : Optional.empty();
                }
            }
        });
    }
}
