package nl.werkmap.store.caseload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;

import nl.werkmap.security.FieldSealer;

/**
 * Runs the caseload list's code once on made-up rows, so SQLite's native library, jOOQ, the row rules and the
 * search index are loaded and compiled before the coach's passphrase arrives; in a fresh JVM that is most of what a
 * first unlock waits for after key derivation. Opens no caseload file (SQLite only in memory) and decrypts
 * nothing: a stand-in takes the sealer's place. Meant for a background thread while the unlock screen shows.
 */
public final class CaseloadWarmup {

    private static final int ROWS = 3_000;

    private CaseloadWarmup() {
    }

    public static void run() {
        LocalDate today = LocalDate.now();
        CaseloadQuery.statements(today);
        DayTable days = new DayTable();
        List<CandidateLine> lines;
        try (Connection memory = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            DSL.using(memory, SQLDialect.SQLITE).fetch("SELECT 1");
            lines = madeUpLines(memory, today, days);
        } catch (SQLException e) {
            // Only a warm-up: the real open reports any trouble with SQLite in Dutch.
            throw new IllegalStateException("SQLite could not be warmed up", e);
        }
        CaseloadRowBuilder builder = new CaseloadRowBuilder(new StandIn(), today, days, true);
        List<CaseloadRow> rows = new ArrayList<>(ROWS);
        for (CandidateLine line : lines) {
            rows.add(builder.row(line, "Coach", List.of()));
        }
        CaseloadIndex index = CaseloadIndex.build(rows);
        for (String typed : new String[] {"j", "ja", "jan", "jan b", "jan", "", "b", "be"}) {
            index.filter(typed, CaseloadFilter.ANY);
        }
    }

    /**
     * Made-up lines in the columns of {@link CandidateLine#SELECT}, read by the list's own line reader from an
     * in-memory table, so the reader's byte paths are compiled too.
     */
    private static List<CandidateLine> madeUpLines(Connection memory, LocalDate today, DayTable days)
            throws SQLException {
        String made = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + (ROWS - 1) + ")"
                + " SELECT printf('00000000-0000-0000-0000-%012d', i), x'01', CASE WHEN i % 3 = 0 THEN x'01' END,"
                + " CASE i % 4 WHEN 0 THEN 'ACTIEF_TRAJECT' WHEN 1 THEN 'GEPLAATST' WHEN 2 THEN 'INTAKE'"
                + " ELSE 'NAZORG' END, NULL, 'JA', 'zorg;groen', 24.0, date('2025-01-01', '+' || (i % 9) || ' days'),"
                + " CASE WHEN i % 5 = 0 THEN 'Praktijkschool' END, NULL, NULL, (i >> 8) & 1, i & 255, x'01',"
                + " strftime('%Y-%m-%dT09:30', ?, '-' || (i % 90) || ' days'),"
                + " date(?, '-' || (i % 400) || ' days'), i % 2, 0 FROM n";
        List<CandidateLine> lines = new ArrayList<>(ROWS);
        try (PreparedStatement select = memory.prepareStatement(made)) {
            select.setString(1, today.toString());
            select.setString(2, today.toString());
            CandidateLine.Reader reader = new CandidateLine.Reader(days);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    lines.add(reader.read(rs));
                }
            }
        }
        return lines;
    }

    /** Gives made-up plaintext for every field: the warm-up never sees a key. */
    private static final class StandIn implements FieldSealer {
        @Override
        public byte[] seal(String table, String column, String rowId, String plaintext) {
            throw new UnsupportedOperationException("the warm-up only reads");
        }

        @Override
        public String open(String table, String column, String rowId, byte[] sealed) {
            return switch (column) {
                case "birth_date" -> "1990-05-01";
                case "preferred_name" -> "Jan";
                default -> "Jan van den Berg " + rowId.substring(rowId.length() - 3);
            };
        }
    }
}
