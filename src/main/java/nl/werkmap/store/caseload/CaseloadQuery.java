package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.repo.SessionMapping;

/**
 * Builds the caseload overview: one query per table (candidates, coaches, last session, last ladder measurement,
 * profile consent, running proefplaatsingen), joined in memory, so 5,000 candidates cost six queries, not 30,000.
 * Only the two name fields are decrypted, on all cores; for the completeness score the other sealed fields are only
 * checked for presence in SQL.
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

    private List<CaseloadRow> load(DSLContext dsl, LocalDate today) {
        List<CandidateLine> lines = candidateLines(dsl);
        // Sized for every candidate up front: growing maps of 150,000 entries step by step is measurable.
        int expected = lines.size();
        Map<String, String> coachNames = dsl.select(COACH.ID, COACH.NAME).from(COACH).fetchMap(COACH.ID, COACH.NAME);
        // A planned visit is not contact yet: only sessions up to and including today count, or a candidate with
        // an appointment next month would never show as "uit beeld". starts_at is yyyy-MM-ddTHH:mm, so comparing
        // with the next day's date as text takes every moment of today and nothing after. A missed appointment (niet
        // doorgegaan) or one still gepland is no contact either.
        String tomorrow = today.plusDays(1).toString();
        Map<String, String> lastContact = perCandidate(dsl, dsl
                .select(COACHING_SESSION.CANDIDATE_ID, DSL.max(COACHING_SESSION.STARTS_AT))
                .from(COACHING_SESSION)
                .where(COACHING_SESSION.DELETED.isFalse())
                .and(COACHING_SESSION.STARTS_AT.lt(tomorrow))
                .and(SessionMapping.HAPPENED)
                .groupBy(COACHING_SESSION.CANDIDATE_ID), expected, rs -> rs.getString(2));
        Map<String, String> lastLadder = perCandidate(dsl, dsl
                .select(LADDER_MEASUREMENT.CANDIDATE_ID, DSL.max(LADDER_MEASUREMENT.MEASURED_ON))
                .from(LADDER_MEASUREMENT)
                .where(LADDER_MEASUREMENT.DELETED.isFalse())
                .groupBy(LADDER_MEASUREMENT.CANDIDATE_ID), expected, rs -> rs.getString(2));
        Map<String, Boolean> profileConsent = profileConsent(dsl, expected);
        Map<String, List<Record>> proefplaatsingen = runningProefplaatsingen(dsl);

        CaseloadRowBuilder builder = new CaseloadRowBuilder(sealer, today);
        CaseloadRow[] rows = new CaseloadRow[lines.size()];
        // Opening the names and applying the rules is most of the work, and independent per row: use every core.
        IntStream.range(0, rows.length).parallel().forEach(i -> {
            CandidateLine line = lines.get(i);
            String id = line.id();
            String coachId = line.coachId();
            rows[i] = builder.row(line, coachId == null ? null : coachNames.get(coachId), lastContact.get(id),
                    lastLadder.get(id), profileConsent.get(id), proefplaatsingen.getOrDefault(id, List.of()));
        });
        return Arrays.asList(rows);
    }

    /** Plain JDBC: a jOOQ record per row would cost more than everything else this method does with it. */
    private static List<CandidateLine> candidateLines(DSLContext dsl) {
        return dsl.connectionResult(connection -> {
            List<CandidateLine> lines = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(CandidateLine.SELECT);
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    lines.add(CandidateLine.read(rs));
                }
            }
            return lines;
        });
    }

    /** The latest decision per candidate on sharing the profile with employers: later rows overwrite earlier. */
    private static Map<String, Boolean> profileConsent(DSLContext dsl, int expected) {
        return perCandidate(dsl, dsl.select(CONSENT.CANDIDATE_ID, CONSENT.GIVEN)
                .from(CONSENT)
                .where(CONSENT.PURPOSE.eq(ConsentPurpose.PROFIEL_AAN_WERKGEVER.name()))
                .and(CONSENT.DELETED.isFalse())
                .orderBy(CONSENT.DECIDED_ON.asc(), CONSENT.UPDATED_AT.asc()), expected, rs -> rs.getBoolean(2));
    }

    /**
     * Runs a query whose first column is a candidate id into a map, through plain JDBC: with 150,000 candidates a
     * jOOQ record per row costs more than the query. The query holds only constants (inlined), no user input.
     */
    private static <V> Map<String, V> perCandidate(DSLContext dsl, ResultQuery<?> query, int expected,
                                                   ValueReader<V> value) {
        String sql = dsl.renderInlined(query);
        return dsl.connectionResult(connection -> {
            Map<String, V> map = new HashMap<>(expected * 4 / 3 + 1);
            try (PreparedStatement select = connection.prepareStatement(sql);
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), value.read(rs));
                }
            }
            return map;
        });
    }

    /** Reads the value column of the current row. */
    @FunctionalInterface
    private interface ValueReader<V> {
        V read(ResultSet rs) throws SQLException;
    }

    private static Map<String, List<Record>> runningProefplaatsingen(DSLContext dsl) {
        Map<String, List<Record>> byCandidate = new HashMap<>();
        dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, PLACEMENT.EMPLOYER_ID, PLACEMENT.START_DATE,
                        PLACEMENT.PLANNED_END)
                .from(PLACEMENT)
                .where(PLACEMENT.TYPE.eq(PlacementType.PROEFPLAATSING.name()))
                .and(PLACEMENT.ACTUAL_END.isNull())
                .and(PLACEMENT.DELETED.isFalse())
                .forEach(r -> byCandidate.computeIfAbsent(r.get(PLACEMENT.CANDIDATE_ID), k -> new ArrayList<>())
                        .add(r));
        return byCandidate;
    }
}
