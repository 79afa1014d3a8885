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
 * The list's rows are built with fast day reading and shared coach ids (issue 13): on a demo caseload, with roepnamen,
 * pupils, proefplaatsingen and candidates never seen mixed in, every line gives the same row as the builder before
 * the change ({@link ReferenceRowBuilder}), and the whole list read gives the same rows in the same order.
 */
class CaseloadRowBuilderEquivalenceTest {

    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = DEMO_DAY.minusDays(30);

    @TempDir
    Path dir;

    @Test
    void everyLineGivesTheRowTheOldBuilderGave() throws Exception {
        Path db = dir.resolve("werkmap.db");
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            DemoCaseload.generate(store, 200, 7, DEMO_DAY, done -> { });
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // A few candidates with a coach the coach table does not know.
            s.executeUpdate("UPDATE candidate SET coach_id = '00000000-0000-0000-0000-0000000000c1'"
                    + " WHERE rowid % 13 = 0");
        }
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            Map<String, String> coaches = new HashMap<>();
            store.read(dsl -> dsl.resultQuery("SELECT id, name FROM coach").fetch())
                    .forEach(r -> coaches.put(r.get(0, String.class), r.get(1, String.class)));
            Map<String, List<Record>> trials = new HashMap<>();
            store.read(dsl -> dsl.resultQuery("SELECT id, candidate_id, employer_id, start_date, planned_end"
                    + " FROM placement WHERE type = 'PROEFPLAATSING' AND actual_end IS NULL AND deleted = 0").fetch())
                    .forEach(r -> trials.computeIfAbsent(r.get("candidate_id", String.class),
                            k -> new ArrayList<>()).add(r));
            List<Lines> lines = lines(store);
            CaseloadRowBuilder now = new CaseloadRowBuilder(TestVault.sealer(), TODAY);
            ReferenceRowBuilder before = new ReferenceRowBuilder(TestVault.sealer(), TODAY);
            List<CaseloadRow> expected = new ArrayList<>();
            for (Lines both : lines) {
                ReferenceLine line = both.before();
                String coach = line.coachId() == null ? null : coaches.get(line.coachId());
                List<Record> own = trials.getOrDefault(line.id(), List.of());
                CaseloadRow old = before.row(line, coach, own);
                assertEquals(old, now.row(both.now(), coach, own), line.id());
                expected.add(old);
            }

            assertEquals(200, lines.size());
            assertTrue(expected.stream().anyMatch(r -> r.lastContact() == null), "someone never seen");
            assertTrue(expected.stream().anyMatch(r -> !r.cue().isEmpty() && !r.pupil()), "a birth year as cue");
            assertTrue(expected.stream().anyMatch(CaseloadRow::pupil), "a pupil");
            assertTrue(expected.stream().anyMatch(r -> !r.displayName().equals(r.fullName())), "a roepnaam");
            assertTrue(expected.stream().anyMatch(r -> r.coachId() != null && r.coachName() == null),
                    "a coach the coach table does not know");
            assertTrue(expected.stream().anyMatch(r -> r.warningKeys().stream()
                    .anyMatch(k -> k.startsWith("proefplaatsing"))), "a proefplaatsing warning");
            // The whole read, in batches on the pool, gives the same rows in the order of the lines.
            assertEquals(expected, store.caseloadQuery().load(TODAY));
        }
    }

    /** One row of the list's statement as the old line read it and as the lean reader reads it. */
    private record Lines(ReferenceLine before, CandidateLine now) {
    }

    private static List<Lines> lines(CaseloadStore store) {
        return store.read(dsl -> dsl.connectionResult(connection -> {
            List<Lines> read = new ArrayList<>();
            CandidateLine.Reader reader = new CandidateLine.Reader(new DayTable());
            try (PreparedStatement select = connection.prepareStatement(CandidateLine.SELECT)) {
                CandidateLine.bindDay(select, TODAY);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read.add(new Lines(ReferenceLine.read(rs), reader.read(rs)));
                    }
                }
            }
            return read;
        }));
    }
}
