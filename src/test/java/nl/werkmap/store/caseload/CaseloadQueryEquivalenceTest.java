package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The caseload list used to be built from six queries (grouping every session, every ladder measurement and every
 * consent) joined in memory; it is now one set-based query with an index seek per candidate. This keeps the old
 * grouping queries as the reference and checks both give the same rows on a demo caseload, with deleted sessions,
 * deleted consents, overruled consents and appointments after "today" mixed in.
 */
class CaseloadQueryEquivalenceTest {

    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 2);
    /** A month before the demo's reference day: its last month of sessions lies in the future for the list. */
    private static final LocalDate TODAY = DEMO_DAY.minusDays(30);

    @TempDir
    Path dir;

    @Test
    void oneQueryGivesTheRowsOfTheSixItReplaced() throws Exception {
        Path db = dir.resolve("werkmap.db");
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            DemoCaseload.generate(store, 400, 11, DEMO_DAY, done -> { });
        }
        mixInEdgeCases(db);
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            List<CaseloadRow> now = sorted(store.caseloadQuery().load(TODAY));
            List<CaseloadRow> before = sorted(reference(store));

            assertEquals(400, now.size());
            assertEquals(before, now);
            assertTrue(now.stream().anyMatch(r -> r.lastContact() == null), "someone never seen");
            assertTrue(now.stream().anyMatch(CaseloadRow::hasWarnings), "someone with a warning");
        }
        // Rows are built in batches while the rest is still read: many small batches give the same rows in the
        // same order as one batch.
        try (nl.werkmap.store.db.Database database = nl.werkmap.store.db.Database.open(db)) {
            java.time.Clock clock = java.time.Clock.systemDefaultZone();
            List<CaseloadRow> whole = new CaseloadQuery(database, TestVault.sealer(), clock, 1_000).load(TODAY);
            List<CaseloadRow> small = new CaseloadQuery(database, TestVault.sealer(), clock, 7).load(TODAY);
            assertEquals(400, small.size());
            assertEquals(whole, small);

            // The list with its index folded per batch on the pool (issue 13) is the list and the index built from
            // it afterwards, also with the rows adjusted on the way (the coach's own contact limit).
            java.util.function.UnaryOperator<CaseloadRow> adjust = r -> r.id().getLeastSignificantBits() % 3 == 0
                    ? r.withWarningKeys(List.of("contact.warning.tooLong")) : r;
            for (java.util.function.UnaryOperator<CaseloadRow> each : List.of(
                    java.util.function.UnaryOperator.<CaseloadRow>identity(), adjust)) {
                CaseloadQuery.Listed listed = new CaseloadQuery(database, TestVault.sealer(), clock, 7)
                        .loadIndexed(TODAY, each);
                List<CaseloadRow> expected = whole.stream().map(each).toList();
                assertEquals(expected, listed.rows());
                CaseloadIndex built = CaseloadIndex.build(expected);
                assertEquals(built.all(), listed.index().all());
                for (String typed : new String[] {"", "a", "an", "de", "van d", "j", "el", "zz"}) {
                    for (CaseloadFilter f : List.of(CaseloadFilter.ANY, CaseloadFilter.ANY.withOnlyWarnings(true),
                            CaseloadFilter.ANY.withSector("zorg"))) {
                        assertEquals(built.filter(typed, f), listed.index().filter(typed, f), typed + " " + f);
                    }
                }
                for (int i = 0; i < listed.rows().size(); i++) {
                    assertTrue(listed.index().all().contains(listed.rows().get(i)));
                }
            }
            assertTrue(new CaseloadQuery(database, TestVault.sealer(), clock, 7).loadIndexed(TODAY, adjust).index()
                    .filter("", CaseloadFilter.ANY.withOnlyWarnings(true)).size() > 100, "adjusted rows found");
        }
    }

    /** Soft-deletes some sessions and consents, and adds a later refusal for some who consented. */
    private static void mixInEdgeCases(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE coaching_session SET deleted = 1 WHERE rowid % 7 = 0");
            s.executeUpdate("UPDATE consent SET deleted = 1 WHERE rowid % 11 = 0");
            s.executeUpdate("UPDATE ladder_measurement SET deleted = 1 WHERE rowid % 5 = 0");
            s.executeUpdate("INSERT INTO consent (id, candidate_id, purpose, given, decided_on, updated_at,"
                    + " updated_by, deleted)"
                    + " SELECT id || '-later', candidate_id, purpose, 1 - given, date(decided_on, '+1 day'),"
                    + " updated_at, updated_by, 0 FROM consent WHERE purpose = 'PROFIEL_AAN_WERKGEVER' AND rowid % 3 = 0");
        }
    }

    /** The old way: the latest session, ladder measurement and consent per candidate by grouping all of them. */
    private static List<CaseloadRow> reference(CaseloadStore store) {
        String tomorrow = TODAY.plusDays(1).toString();
        Map<String, String> lastSession = pairs(store, "SELECT candidate_id, max(starts_at) FROM coaching_session"
                + " WHERE deleted = 0 AND starts_at < '" + tomorrow + "' GROUP BY candidate_id");
        Map<String, String> lastLadder = pairs(store, "SELECT candidate_id, max(measured_on) FROM ladder_measurement"
                + " WHERE deleted = 0 GROUP BY candidate_id");
        Map<String, String> consent = pairs(store, "SELECT candidate_id, given FROM consent"
                + " WHERE purpose = 'PROFIEL_AAN_WERKGEVER' AND deleted = 0 ORDER BY decided_on, updated_at");
        Map<String, String> coaches = pairs(store, "SELECT id, name FROM coach");
        Map<String, List<Record>> trials = new HashMap<>();
        store.read(dsl -> dsl.resultQuery("SELECT id, candidate_id, employer_id, start_date, planned_end"
                + " FROM placement WHERE type = 'PROEFPLAATSING' AND actual_end IS NULL AND deleted = 0").fetch())
                .forEach(r -> trials.computeIfAbsent(r.get("candidate_id", String.class), k -> new ArrayList<>())
                        .add(r));
        List<ReferenceLine> lines = store.read(dsl -> dsl.connectionResult(connection -> {
            List<ReferenceLine> read = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(CandidateLine.SELECT)) {
                CandidateLine.bindDay(select, TODAY);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read.add(ReferenceLine.read(rs));
                    }
                }
            }
            return read;
        }));
        // The old line and builder too, so the reference is the whole read as it was.
        ReferenceRowBuilder builder = new ReferenceRowBuilder(TestVault.sealer(), TODAY);
        List<CaseloadRow> rows = new ArrayList<>();
        for (ReferenceLine l : lines) {
            String given = consent.get(l.id());
            ReferenceLine old = new ReferenceLine(l.id(), l.fullName(), l.preferredName(), l.birthDate(), l.status(),
                    l.coachId(), l.registerStatus(), l.sectors(), l.hoursAvailable(), l.registeredOn(),
                    l.schoolName(), l.expectedLeavingDate(), l.schoolDestination(), l.present(),
                    lastSession.get(l.id()), lastLadder.get(l.id()), given == null ? null : given.equals("1"));
            rows.add(builder.row(old, l.coachId() == null ? null : coaches.get(l.coachId()),
                    trials.getOrDefault(l.id(), List.of())));
        }
        return rows;
    }

    /** First column to second, later rows overwriting earlier ones. */
    private static Map<String, String> pairs(CaseloadStore store, String sql) {
        Map<String, String> map = new HashMap<>();
        store.read(dsl -> dsl.resultQuery(sql).fetch()).forEach(r -> map.put(r.get(0, String.class),
                r.get(1, String.class)));
        return map;
    }

    private static List<CaseloadRow> sorted(List<CaseloadRow> rows) {
        List<CaseloadRow> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(r -> r.id().toString()));
        return copy;
    }
}
