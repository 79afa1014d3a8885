package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubDatabase;

/**
 * Issue 16.3, the proof with a PostgreSQL hub ({@link ErasureProof}): the hub's files are every file of the
 * cluster's data directory (base/ with the tables, their TOAST and free space, pg_wal/ with the WAL segments, recycled
 * ones included, global/, pg_xact/ ...), read raw after a CHECKPOINT so what sits in shared buffers is on disk.
 * Runs from scripts/test-postgres.sh, which passes the data directory as {@code -Dwerkmap.test.pgdata} and lets the
 * test role run CHECKPOINT (pg_checkpoint); the test runs as a user that can read the data directory (root in CI).
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "WERKMAP_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@EnabledIfSystemProperty(named = "werkmap.test.pgdata", matches = ".+")
class PostgresErasureScanTest {

    @TempDir
    Path dir;

    @Test
    void afterErasureNoFileOfTheClusterOrTheLaptopsYieldsTheCandidatesValues() throws Exception {
        String url = System.getenv("WERKMAP_TEST_PG_URL");
        String user = System.getenv("WERKMAP_TEST_PG_USER");
        String password = System.getenv("WERKMAP_TEST_PG_PASSWORD");
        Path pgdata = Path.of(System.getProperty("werkmap.test.pgdata"));
        assertTrue(Files.isDirectory(pgdata.resolve("base")) && Files.isDirectory(pgdata.resolve("pg_wal")),
                "werkmap.test.pgdata names a PostgreSQL data directory the test can read: " + pgdata);
        try (HubFixture hub = new HubFixture(HubDatabase.open(url, user, password), "gemeente-pg")) {
            ErasureProof.prove(dir, hub, new ErasureProof.HubDisk() {
                @Override
                public void flush() throws Exception {
                    try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
                        s.execute("CHECKPOINT");
                    }
                }

                @Override
                public List<Path> files() throws Exception {
                    try (var walk = Files.walk(pgdata)) {
                        return walk.filter(Files::isRegularFile).toList();
                    }
                }
            });
        }
    }
}
