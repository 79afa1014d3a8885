package nl.werkmap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/** Caseload files as an older Werkmap left them, for tests of what the first opening after an update does. */
final class OldCaseloads {

    private OldCaseloads() {
    }

    /** A caseload at schema version 1 holding one coach, "Oude Coach". */
    static Path atVersion1(Path db) throws Exception {
        Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO coach (id, name, role, updated_at, updated_by) "
                    + "VALUES ('c1', 'Oude Coach', 'JOBCOACH', 'x', 'y')");
        }
        return db;
    }
}
