package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import nl.werkmap.domain.PlacementType;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.repo.SessionMapping;

/**
 * Builds the caseload overview in two queries: one set-based row per candidate (its latest session, ladder
 * measurement and profile consent found by an index seek each, see {@link CandidateLine#SELECT}) and the running
 * proefplaatsingen; coach names come from the small coach table. Only the names and, for non-pupils, the birth date
 * are decrypted, on all cores; for the completeness score the other sealed fields are only checked for presence in
 * SQL.
 */
public final class CaseloadQuery {

    private final Database database;
    private final FieldSealer sealer;
    private final Clock clock;

    public CaseloadQuery(Database database, FieldSealer sealer) {
        this(database, sealer, Clock.systemDefaultZone());
    }

    public CaseloadQuery(Database database, FieldSealer sealer, Clock clock) {
        this.database = database;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Every live candidate, with warnings and completeness as of today. */
    public List<CaseloadRow> load() {
        return load(LocalDate.now(clock));
    }

    public List<CaseloadRow> load(LocalDate today) {
        return database.read(dsl -> load(dsl, today));
    }

    /**
     * The SQL this query runs for {@code today}, with its one parameter written in, as the sqlite3 shell would take
     * it: benches time it there as the floor beside the whole load.
     */
    public static List<String> statements(LocalDate today) {
        DSLContext dsl = DSL.using(SQLDialect.SQLITE);
        return List.of(CandidateLine.SELECT.replace("?", "'" + today.plusDays(1) + "'"),
                dsl.renderInlined(coachNames(dsl)), dsl.renderInlined(runningProefplaatsingen(dsl)));
    }

    private List<CaseloadRow> load(DSLContext dsl, LocalDate today) {
        List<CandidateLine> lines = candidateLines(dsl, today.plusDays(1).toString());
        Map<String, String> coachNames = coachNames(dsl).fetchMap(COACH.ID, COACH.NAME);
        Map<String, List<Record>> proefplaatsingen = new HashMap<>();
        runningProefplaatsingen(dsl).forEach(r -> proefplaatsingen.computeIfAbsent(r.get(PLACEMENT.CANDIDATE_ID),
                k -> new ArrayList<>()).add(r));

        CaseloadRowBuilder builder = new CaseloadRowBuilder(sealer, today);
        CaseloadRow[] rows = new CaseloadRow[lines.size()];
        // Opening the names and applying the rules is most of the work, and independent per row: use every core.
        IntStream.range(0, rows.length).parallel().forEach(i -> {
            CandidateLine line = lines.get(i);
            String coachId = line.coachId();
            rows[i] = builder.row(line, coachId == null ? null : coachNames.get(coachId),
                    proefplaatsingen.getOrDefault(line.id(), List.of()));
        });
        return Arrays.asList(rows);
    }

    /** Plain JDBC: a jOOQ record per row would cost more than everything else this method does with it. */
    private static List<CandidateLine> candidateLines(DSLContext dsl, String tomorrow) {
        return dsl.connectionResult(connection -> {
            List<CandidateLine> lines = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(CandidateLine.SELECT)) {
                select.setString(1, tomorrow);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        lines.add(CandidateLine.read(rs));
                    }
                }
            }
            return lines;
        });
    }

    private static ResultQuery<Record2<String, String>> coachNames(DSLContext dsl) {
        return dsl.select(COACH.ID, COACH.NAME).from(COACH);
    }

    private static ResultQuery<Record5<String, String, String, String, String>> runningProefplaatsingen(
            DSLContext dsl) {
        return dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, PLACEMENT.EMPLOYER_ID, PLACEMENT.START_DATE,
                        PLACEMENT.PLANNED_END)
                .from(PLACEMENT)
                .where(PLACEMENT.TYPE.eq(PlacementType.PROEFPLAATSING.name()))
                .and(PLACEMENT.ACTUAL_END.isNull())
                .and(PLACEMENT.DELETED.isFalse());
    }
}
