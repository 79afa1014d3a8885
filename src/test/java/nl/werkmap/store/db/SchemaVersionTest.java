package nl.werkmap.store.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

    @TempDir
    Path dir;

    private static Flyway flyway(Path db, String target) {
        return Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                .target(target).load();
    }

    @Test
    void knowsTheNewestMigrationFlywayWouldApply() {
        MigrationInfo[] all = flyway(dir.resolve("x.db"), "latest").info().all();
        int[] flywayNewest = Arrays.stream(all[all.length - 1].getVersion().getVersion().split("\\."))
                .mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(flywayNewest, SchemaVersion.newestBundled().orElseThrow());
    }

    @Test
    void anOlderCaseloadIsNotCurrentAndAMigratedOneIs() {
        Path db = dir.resolve("werkmap.db");
        flyway(db, "1").migrate();
        assertFalse(SchemaVersion.isCurrent(db));

        SchemaMigrator.migrate(db, Clock.systemUTC());
        assertTrue(SchemaVersion.isCurrent(db));
        assertTrue(flyway(db, "latest").info().pending().length == 0);
    }

    @Test
    void aFileWithoutHistoryIsNotCurrent() {
        assertFalse(SchemaVersion.isCurrent(dir.resolve("nothing-here.db")));
    }
}
