package nl.werkmap.store.caseload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;

import nl.werkmap.security.FieldSealer;

/**
 * Runs the caseload list's own read on made-up rows, so SQLite's native library, jOOQ, the line reader, opening the
 * sealed names, the row rules, the pool's batches and the search index are loaded and compiled before the coach's
 * passphrase arrives; in a fresh JVM that is most of what a first unlock waits for after key derivation. Opens no
 * caseload file (SQLite only in memory); the names are sealed and opened with a throwaway key the caller hands in
 * (never the coach's), so the real decryption is compiled too. Enough rows (and names as varied as real ones: accents,
 * tussenvoegsels, double names) that the per-row code reaches the JIT's last tier on the paths real rows take
 * (issue 13: with 3,000 uniform rows it stayed a tier lower, and two methods were compiled for the made-up names and
 * thrown away on the first real ones). Meant for a background thread while the unlock screen shows.
 */
public final class CaseloadWarmup {

    /** Made-up candidates: their names sealed once, then read {@link #ROUNDS} times. */
    static final int ROWS = 16_000;
    /**
     * Reads of the made-up candidates. One read takes about 0.2 s in a fresh JVM, too short for the JIT: the per-row
     * code reached its profiling tier only when the read was nearly done, and the pool's batch loop was never
     * compiled (a JIT log of a cold unlock at 150,000 showed both compiled during the unlock instead). Each next
     * read runs on warmer code, about 0.1 s.
     */
    static final int ROUNDS = 6;
    private static final String[] FIRST = {"Jan", "Fatima", "Özlem", "Chloë", "Daan", "Noa", "Aïcha", "Sven",
        "Mohammed", "Eline", "Léa", "Bram", "Zoë", "Yusuf", "Anne-Marie", "Thijs", "Siham", "Renée", "Kees", "Mila"};
    private static final String[] MIDDLE = {"", "", "", "van ", "de ", "van der ", "van den ", "el ", "ter ", "'t "};
    private static final String[] LAST = {"Berg", "Jansen", "Yılmaz", "Bakker", "Smit", "Vries-Kok", "Öztürk",
        "Peeters", "Dijkstra", "Çelik", "Hoek", "Mulder", "Brouwer", "Kaya", "Visser", "Boer", "Ramdin", "Wit"};

    private CaseloadWarmup() {
    }

    /** @param throwaway a sealer on a key made for the warm-up alone, destroyed by the caller afterwards */
    public static void run(FieldSealer throwaway) {
        run(throwaway, () -> true);
    }

    /**
     * As {@link #run(FieldSealer)}, reading again only while {@code goOn} says so: the app stops the warm-up when the
     * coach presses "Ontgrendelen", so it never competes with the unlock it prepares.
     */
    public static void run(FieldSealer throwaway, BooleanSupplier goOn) {
        CaseloadQuery.Listed listed = read(throwaway, LocalDate.now(), ROUNDS, goOn);
        for (String typed : new String[] {"j", "ja", "jan", "jan b", "jan", "", "b", "be", "öz", "van d", "el"}) {
            listed.index().filter(typed, CaseloadFilter.ANY);
        }
    }

    /** The made-up caseload read as the list reads a real one, {@code rounds} times while {@code goOn}; the last read. */
    static CaseloadQuery.Listed read(FieldSealer throwaway, LocalDate today, int rounds, BooleanSupplier goOn) {
        CaseloadQuery.statements(today);
        DayTable days = new DayTable();
        CaseloadRowBuilder builder = new CaseloadRowBuilder(throwaway, today, days, true);
        Map<String, String> coachNames = Map.of(coachId(0), "Coach Een", coachId(1), "Coach Twee",
                coachId(2), "Coach Drie");
        CaseloadQuery.Listed listed = null;
        try (Connection memory = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            DSL.using(memory, SQLDialect.SQLITE).fetch("SELECT 1");
            madeUpCandidates(memory, throwaway);
            try (PreparedStatement select = memory.prepareStatement(MADE_UP_LINES)) {
                select.setString(1, today.toString());
                select.setString(2, today.toString());
                for (int round = 0; round < rounds && (round == 0 || goOn.getAsBoolean()); round++) {
                    try (ResultSet rs = select.executeQuery()) {
                        // A new reader, coaches and folding per read, as each unlock has.
                        listed = CaseloadQuery.rowsOf(rs, new CandidateLine.Reader(days), builder,
                                new CaseloadCoaches(coachNames, builder), new RunningTrials(Map.of()),
                                UnaryOperator.identity(), new ConcurrentHashMap<>(), 2_000);
                    }
                }
            }
        } catch (SQLException e) {
            // Only a warm-up: the real open reports any trouble with SQLite in Dutch.
            throw new IllegalStateException("SQLite could not be warmed up", e);
        }
        return listed;
    }

    /** The made-up candidates' ids and sealed names, in an in-memory table the line query reads. */
    private static void madeUpCandidates(Connection memory, FieldSealer sealer) throws SQLException {
        try (Statement create = memory.createStatement()) {
            create.execute("CREATE TABLE w (i INTEGER PRIMARY KEY, id TEXT, full_name BLOB, preferred_name BLOB,"
                    + " birth_date BLOB)");
        }
        memory.setAutoCommit(false);
        try (PreparedStatement insert = memory.prepareStatement("INSERT INTO w VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                String id = String.format("00000000-0000-4000-8000-%012d", i);
                String first = FIRST[i % FIRST.length];
                String name = first + " " + MIDDLE[(i / 3) % MIDDLE.length] + LAST[(i / 7) % LAST.length];
                insert.setInt(1, i);
                insert.setString(2, id);
                insert.setBytes(3, sealer.seal("candidate", "full_name", id, name));
                insert.setBytes(4, i % 3 == 0 ? sealer.seal("candidate", "preferred_name", id, first) : null);
                insert.setBytes(5, sealer.seal("candidate", "birth_date", id, (1970 + i % 40) + "-05-0" + (1 + i % 9)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        memory.commit();
        memory.setAutoCommit(true);
    }

    private static String coachId(int n) {
        return "00000000-0000-4000-8000-c0ac" + String.format("%08d", n);
    }

    /**
     * Made-up lines in the columns of {@link CandidateLine#SELECT}, names and birth dates from the table above, the
     * rest made up by SQLite, so the line reader's byte paths are compiled too.
     */
    private static final String MADE_UP_LINES = "SELECT w.id, w.full_name, w.preferred_name,"
            + " CASE w.i % 4 WHEN 0 THEN 'ACTIEF_TRAJECT' WHEN 1 THEN 'GEPLAATST' WHEN 2 THEN 'INTAKE'"
            + " ELSE 'NAZORG' END,"
            + " CASE w.i % 4 WHEN 0 THEN NULL ELSE '00000000-0000-4000-8000-c0ac' || printf('%08d', w.i % 3) END,"
            + " 'JA', 'zorg;groen', 24.0, date('2025-01-01', '+' || (w.i % 9) || ' days'),"
            + " CASE WHEN w.i % 5 = 0 THEN 'Praktijkschool' END, NULL, NULL, (w.i >> 8) & 1, w.i & 255, w.birth_date,"
            + " strftime('%Y-%m-%dT09:30', ?, '-' || (w.i % 90) || ' days'),"
            + " date(?, '-' || (w.i % 400) || ' days'), w.i % 2, 0 FROM w ORDER BY w.i";
}
