package nl.werkmap.store.caseload;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
        try (Connection memory = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            DSL.using(memory, SQLDialect.SQLITE).fetch("SELECT 1");
        } catch (SQLException e) {
            // Only a warm-up: the real open reports any trouble with SQLite in Dutch.
            throw new IllegalStateException("SQLite could not be warmed up", e);
        }
        CaseloadRowBuilder builder = new CaseloadRowBuilder(new StandIn(), today);
        List<CaseloadRow> rows = new ArrayList<>(ROWS);
        String[] statuses = {"ACTIEF_TRAJECT", "GEPLAATST", "INTAKE", "NAZORG"};
        byte[] sealed = new byte[1];
        for (int i = 0; i < ROWS; i++) {
            CandidateLine line = new CandidateLine(new UUID(0, i).toString(), sealed, i % 3 == 0 ? sealed : null,
                    sealed, statuses[i % statuses.length], null, "JA", "zorg;groen", 24.0, "2025-01-0" + (1 + i % 9),
                    i % 5 == 0 ? "Praktijkschool" : null, null, null, i & 0x1ff, today.minusDays(i % 90) + "T09:30",
                    today.minusDays(i % 400).toString(), i % 2 == 0);
            rows.add(builder.row(line, "Coach", List.of()));
        }
        CaseloadIndex index = CaseloadIndex.build(rows);
        for (String typed : new String[] {"j", "ja", "jan", "jan b", "jan", "", "b", "be"}) {
            index.filter(typed, CaseloadFilter.ANY);
        }
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
