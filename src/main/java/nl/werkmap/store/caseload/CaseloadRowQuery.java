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
import org.jooq.Record7;
import org.jooq.ResultQuery;

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

    private static final String PROEF = PlacementType.PROEFPLAATSING.name();

    private final Database database;
    private final FieldSealer sealer;
    /**
     * The days met by this store's one-row reads, kept between them: a table per read was two arrays of 95,000
     * slots made and dropped at every save. Safe to share between the lanes' threads ({@link DayTable}).
     */
    private final DayTable days = new DayTable();

    public CaseloadRowQuery(Database database, FieldSealer sealer) {
        this.database = database;
        this.sealer = sealer;
    }

    /** The line as the whole-list query would give it today; empty when the candidate is gone (deleted). */
    public Optional<CaseloadRow> row(UUID candidateId, LocalDate today) {
        String id = candidateId.toString();
        return database.read(dsl -> line(dsl, id, today, days).map(line -> build(dsl, line, today)));
    }

    private CaseloadRow build(DSLContext dsl, CandidateLine line, LocalDate today) {
        String coachName = line.coachId() == null ? null
                : dsl.select(COACH.NAME).from(COACH).where(COACH.ID.eq(line.coachId())).fetchOne(COACH.NAME);
        List<Record> trials = livePlacements(dsl, line.id()).fetch().stream()
                .filter(p -> PROEF.equals(p.get(PLACEMENT.TYPE)) && p.get(PLACEMENT.ACTUAL_END) == null)
                .map(Record.class::cast)
                .toList();
        return new CaseloadRowBuilder(sealer, today, days, false).row(line, coachName, trials);
    }

    /**
     * The candidate's live placements, of which the running proefplaatsingen are kept in Java. Asked by candidate
     * alone on purpose: with the type and the open end in the WHERE as well, SQLite (no statistics kept) took the
     * index that starts with the type and walked every running proefplaatsing of the caseload for each save, some
     * 10,000 index entries and 3-7 ms at 150,000 candidates (issue 13); a candidate has a handful of placements.
     * {@code RowQueryPlanTest} holds the plan to the candidate's own index.
     */
    static ResultQuery<Record7<String, String, String, String, String, String, String>> livePlacements(
            DSLContext dsl, String candidateId) {
        return dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, PLACEMENT.EMPLOYER_ID, PLACEMENT.START_DATE,
                        PLACEMENT.PLANNED_END, PLACEMENT.TYPE, PLACEMENT.ACTUAL_END)
                .from(PLACEMENT)
                .where(PLACEMENT.CANDIDATE_ID.eq(candidateId))
                .and(PLACEMENT.DELETED.isFalse());
    }

    /** The list's own candidate line, plain JDBC with the day and the id bound. */
    private static Optional<CandidateLine> line(DSLContext dsl, String id, LocalDate today, DayTable days) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement select = connection.prepareStatement(CandidateLine.SELECT + " AND c.id = ?")) {
                select.setString(CandidateLine.bindDay(select, today), id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(CandidateLine.read(rs, days)) : Optional.empty();
                }
            }
        });
    }
}
