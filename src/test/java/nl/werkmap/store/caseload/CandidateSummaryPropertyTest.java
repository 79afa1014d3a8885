package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * candidate_summary (V43) is kept by triggers; the list reads it instead of four subqueries per candidate. Random
 * runs of writes on the four tables it summarises and on candidates (inserts, field changes, moves to another
 * candidate, soft deletes and undeletes, hard deletes as an erasure does, a candidate made after rows that name it)
 * must leave the list's rows exactly as the old subqueries ({@link ReferenceCandidateSelect}) give them, on days
 * before, between and after the rows' dates: the summary keeps the latest session whatever its day, so a "done"
 * session after today exercises the list's fall-back to the sessions. Small pools of ids, dates and stamps make ties,
 * moves and repeats common. Each run is one transaction on a migrated file, rolled back afterwards.
 */
class CandidateSummaryPropertyTest {

    private static final int CANDIDATES = 4;
    private static final int ROWS = 6;
    private static final String[] DAYS = {"2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"};
    private static final String[] TIMES = {"T09:00", "T13:30", "T23:59"};
    private static final String[] STAMPS = {"2026-03-01T08:00:00Z", "2026-03-02T08:00:00Z", "2026-03-02T09:00:00Z"};
    private static final String[] STATES = {null, "GEDAAN", "GEPLAND", "NIET_DOORGEGAAN"};
    private static final LocalDate[] TODAYS = {LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5),
            LocalDate.of(2026, 3, 9)};

    private static Path dir;
    private static Connection connection;

    @BeforeContainer
    static void migrate() throws Exception {
        dir = Files.createTempDirectory("candidate-summary");
        Path db = dir.resolve("werkmap.db");
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            store.read(dsl -> null);
        }
        connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        connection.setAutoCommit(false);
    }

    @AfterContainer
    static void close() throws Exception {
        connection.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * A later migration that rebuilds one of these tables (create, copy, drop, rename) drops its triggers with it,
     * and the list would silently show stale dates: every trigger must still be there after all migrations.
     */
    @Example
    void everyTableTheSummaryFollowsStillHasItsTriggers() throws SQLException {
        TreeSet<String> kept = new TreeSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT tbl_name || ' '"
                + " || count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'candidate_summary_%'"
                + " GROUP BY tbl_name")) {
            while (rs.next()) {
                kept.add(rs.getString(1));
            }
        }
        assertEquals(new TreeSet<>(List.of("candidate 3", "coaching_session 3", "consent 3", "ladder_measurement 3",
                "werknemersprofiel 3")), kept);
    }

    @Provide
    Arbitrary<List<Integer>> writes() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(50);
    }

    @Property(tries = 100)
    void theSummaryBasedListEqualsTheSubqueriesAfterAnyWrites(@ForAll("writes") List<Integer> writes)
            throws Exception {
        try {
            for (int c = 0; c < CANDIDATES - 1; c++) {
                insertCandidate(c, c % 2 == 0);
            }
            int step = 0;
            for (int write : writes) {
                apply(new Random(write));
                LocalDate today = TODAYS[step++ % TODAYS.length];
                assertEquals(oldRows(today), newRows(today), "after " + step + " writes, today " + today);
            }
            for (LocalDate today : TODAYS) {
                assertEquals(oldRows(today), newRows(today), "at the end, today " + today);
            }
            assertEquals(ids("SELECT id FROM candidate"), ids("SELECT candidate_id FROM candidate_summary"),
                    "one summary row per candidate, none left over");
        } finally {
            connection.rollback();
        }
    }

    private static void apply(Random r) throws SQLException {
        int candidate = r.nextInt(CANDIDATES);
        String row = "r" + r.nextInt(ROWS);
        switch (r.nextInt(16)) {
            case 0 -> {
                if (!exists("candidate", "c" + candidate)) {
                    insertCandidate(candidate, r.nextBoolean());
                }
            }
            case 1 -> execute("DELETE FROM candidate WHERE id = ?", "c" + candidate);
            case 2 -> execute("UPDATE candidate SET deleted = 1 - deleted WHERE id = ?", "c" + candidate);
            case 3 -> execute("UPDATE candidate SET school_type = CASE WHEN school_type IS NULL THEN 'VSO' END"
                    + " WHERE id = ?", "c" + candidate);
            case 4 -> {
                if (!exists("coaching_session", row)) {
                    execute("INSERT INTO coaching_session (id, candidate_id, starts_at, duration_minutes, location,"
                            + " type, updated_at, updated_by, state, deleted) VALUES (?, ?, ?, 60, 'KANTOOR',"
                            + " 'GESPREK', ?, 'x', ?, ?)", row, "c" + candidate, moment(r), stamp(r), state(r),
                            deleted(r));
                }
            }
            case 5 -> updateSession(r, row, candidate);
            case 6 -> execute("DELETE FROM coaching_session WHERE id = ?", row);
            case 7 -> {
                if (!exists("ladder_measurement", row)) {
                    execute("INSERT INTO ladder_measurement (id, candidate_id, measured_on, rung, updated_at,"
                            + " updated_by, deleted) VALUES (?, ?, ?, 3, ?, 'x', ?)", row, "c" + candidate, day(r),
                            stamp(r), deleted(r));
                }
            }
            case 8 -> {
                switch (r.nextInt(4)) {
                    case 0 -> execute("UPDATE ladder_measurement SET candidate_id = ? WHERE id = ?",
                            "c" + candidate, row);
                    case 1 -> execute("UPDATE ladder_measurement SET measured_on = ? WHERE id = ?", day(r), row);
                    case 2 -> execute("UPDATE ladder_measurement SET deleted = 1 - deleted WHERE id = ?", row);
                    default -> execute("UPDATE ladder_measurement SET rung = 4, updated_at = ? WHERE id = ?",
                            stamp(r), row);
                }
            }
            case 9 -> execute("DELETE FROM ladder_measurement WHERE id = ?", row);
            case 10 -> {
                if (!exists("consent", row)) {
                    execute("INSERT INTO consent (id, candidate_id, purpose, given, decided_on, updated_at,"
                            + " updated_by, deleted) VALUES (?, ?, ?, ?, ?, ?, 'x', ?)", row, "c" + candidate,
                            purpose(r), r.nextInt(2), day(r), stamp(r), deleted(r));
                }
            }
            case 11 -> updateConsent(r, row, candidate);
            case 12 -> execute("DELETE FROM consent WHERE id = ?", row);
            case 13 -> {
                if (!exists("werknemersprofiel", row)) {
                    execute("INSERT INTO werknemersprofiel (id, candidate_id, updated_at, updated_by, deleted)"
                            + " VALUES (?, ?, ?, 'x', ?)", row, "c" + candidate, stamp(r), deleted(r));
                }
            }
            case 14 -> {
                if (r.nextBoolean()) {
                    execute("UPDATE werknemersprofiel SET candidate_id = ? WHERE id = ?", "c" + candidate, row);
                } else {
                    execute("UPDATE werknemersprofiel SET deleted = 1 - deleted WHERE id = ?", row);
                }
            }
            default -> execute("DELETE FROM werknemersprofiel WHERE id = ?", row);
        }
    }

    private static void updateSession(Random r, String row, int candidate) throws SQLException {
        switch (r.nextInt(6)) {
            case 0 -> execute("UPDATE coaching_session SET candidate_id = ? WHERE id = ?", "c" + candidate, row);
            case 1 -> execute("UPDATE coaching_session SET starts_at = ? WHERE id = ?", moment(r), row);
            case 2 -> execute("UPDATE coaching_session SET state = ? WHERE id = ?", state(r), row);
            case 3 -> execute("UPDATE coaching_session SET deleted = 1 - deleted WHERE id = ?", row);
            case 4 -> execute("UPDATE coaching_session SET location = 'THUIS', updated_at = ? WHERE id = ?", stamp(r),
                    row);
            default -> execute("UPDATE coaching_session SET candidate_id = ?, starts_at = ?, state = ?, deleted = ?"
                    + " WHERE id = ?", "c" + candidate, moment(r), state(r), deleted(r), row);
        }
    }

    private static void updateConsent(Random r, String row, int candidate) throws SQLException {
        switch (r.nextInt(7)) {
            case 0 -> execute("UPDATE consent SET candidate_id = ? WHERE id = ?", "c" + candidate, row);
            case 1 -> execute("UPDATE consent SET decided_on = ? WHERE id = ?", day(r), row);
            case 2 -> execute("UPDATE consent SET updated_at = ? WHERE id = ?", stamp(r), row);
            case 3 -> execute("UPDATE consent SET given = 1 - given WHERE id = ?", row);
            case 4 -> execute("UPDATE consent SET deleted = 1 - deleted WHERE id = ?", row);
            case 5 -> execute("UPDATE consent SET purpose = ? WHERE id = ?", purpose(r), row);
            default -> execute("UPDATE consent SET given = ?, decided_on = ?, updated_at = ? WHERE id = ?",
                    r.nextInt(2), day(r), stamp(r), row);
        }
    }

    private static void insertCandidate(int candidate, boolean pupil) throws SQLException {
        execute("INSERT INTO candidate (id, full_name, register_status, status, registered_on, updated_at,"
                + " updated_by, school_type) VALUES (?, X'00', 'DOELGROEP', 'ACTIEF', '2026-01-01', ?, 'x', ?)",
                "c" + candidate, STAMPS[0], pupil ? "VSO" : null);
    }

    private static String moment(Random r) {
        return day(r) + TIMES[r.nextInt(TIMES.length)];
    }

    private static String day(Random r) {
        return DAYS[r.nextInt(DAYS.length)];
    }

    private static String stamp(Random r) {
        return STAMPS[r.nextInt(STAMPS.length)];
    }

    private static String state(Random r) {
        return STATES[r.nextInt(STATES.length)];
    }

    private static String purpose(Random r) {
        return r.nextInt(4) == 0 ? "GEGEVENS_DELEN" : "PROFIEL_AAN_WERKGEVER";
    }

    private static int deleted(Random r) {
        return r.nextInt(4) == 0 ? 1 : 0;
    }

    private static boolean exists(String table, String id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static TreeSet<String> ids(String sql) throws SQLException {
        TreeSet<String> ids = new TreeSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static List<String> oldRows(LocalDate today) throws SQLException {
        return ReferenceCandidateSelect.rowsAsText(connection, ReferenceCandidateSelect.SELECT, today, false);
    }

    private static List<String> newRows(LocalDate today) throws SQLException {
        return ReferenceCandidateSelect.rowsAsText(connection, CandidateLine.SELECT, today, true);
    }
}
