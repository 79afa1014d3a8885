package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;

import nl.werkmap.domain.PlacementType;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;

/**
 * One candidate's caseload line, read after a save so the list follows without reading every candidate again: the
 * whole list's own statement ({@link CandidateLine#SELECT}, with its latest contact, ladder and consent) narrowed
 * to the one candidate, plus its coach's name and running proefplaatsingen. Two names and at most the birth date
 * are opened, as for every line of the list.
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
        return database.read(dsl -> line(dsl, id, today).map(line -> build(dsl, line, today)));
    }

    private CaseloadRow build(DSLContext dsl, CandidateLine line, LocalDate today) {
        String coachName = line.coachId() == null ? null
                : dsl.select(COACH.NAME).from(COACH).where(COACH.ID.eq(line.coachId())).fetchOne(COACH.NAME);
        List<Record> trials = List.copyOf(dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, PLACEMENT.EMPLOYER_ID,
                        PLACEMENT.START_DATE, PLACEMENT.PLANNED_END)
                .from(PLACEMENT)
                .where(PLACEMENT.CANDIDATE_ID.eq(line.id()))
                .and(PLACEMENT.TYPE.eq(PlacementType.PROEFPLAATSING.name()))
                .and(PLACEMENT.ACTUAL_END.isNull())
                .and(PLACEMENT.DELETED.isFalse())
                .fetch());
        return new CaseloadRowBuilder(sealer, today).row(line, coachName, trials);
    }

    /** The list's own candidate line, plain JDBC with the day and the id bound. */
    private static Optional<CandidateLine> line(DSLContext dsl, String id, LocalDate today) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement select = connection.prepareStatement(CandidateLine.SELECT + " AND c.id = ?")) {
                select.setString(CandidateLine.bindDay(select, today), id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(CandidateLine.read(rs)) : Optional.empty();
                }
            }
        });
    }
}
