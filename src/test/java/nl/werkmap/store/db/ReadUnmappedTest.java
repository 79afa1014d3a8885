package nl.werkmap.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caseload list reads without the file mapping (issue 13, unlockcold: a cold file through the mapping was read
 * one page per fault), and every read connection has its mapping back afterwards, also when the read failed, for
 * the reads that gain from it.
 */
class ReadUnmappedTest {

    /** More reads than there are read connections, so every connection is met. */
    private static final int ROUNDS = 8;

    @Test
    void theReadRunsUnmappedAndEveryConnectionHasItsMappingBack(@TempDir Path dir) throws Exception {
        try (Database database = opened(dir)) {
            long mapped = database.read(ReadUnmappedTest::mmapSize);
            assertEquals(1L << 31, mapped, "a read connection maps the file");
            for (int i = 0; i < ROUNDS; i++) {
                assertEquals(0L, database.readUnmapped(ReadUnmappedTest::mmapSize));
            }
            Set<Long> after = new HashSet<>();
            for (int i = 0; i < ROUNDS; i++) {
                after.add(database.read(ReadUnmappedTest::mmapSize));
            }
            assertEquals(Set.of(1L << 31), after);
        }
    }

    @Test
    void aFailedReadStillGivesTheMappingBack(@TempDir Path dir) throws Exception {
        try (Database database = opened(dir)) {
            for (int i = 0; i < ROUNDS; i++) {
                assertThrows(IllegalStateException.class, () -> database.readUnmapped(dsl -> {
                    throw new IllegalStateException("broken read");
                }));
            }
            Set<Long> after = new HashSet<>();
            for (int i = 0; i < ROUNDS; i++) {
                after.add(database.read(ReadUnmappedTest::mmapSize));
            }
            assertEquals(Set.of(1L << 31), after);
        }
    }

    @Test
    void theReadSeesWhatAPlainReadSees(@TempDir Path dir) throws Exception {
        try (Database database = opened(dir)) {
            database.write(dsl -> dsl.execute("CREATE TABLE t (v INTEGER)"));
            database.write(dsl -> dsl.execute("INSERT INTO t VALUES (1), (2), (3)"));
            assertEquals(database.read(ReadUnmappedTest::sum), database.readUnmapped(ReadUnmappedTest::sum));
            assertEquals(6L, database.readUnmapped(ReadUnmappedTest::sum));
        }
    }

    private static Database opened(Path dir) throws Exception {
        Path db = dir.resolve("werkmap.db");
        SchemaMigrator.migrate(db, Clock.systemUTC());
        return Database.open(db);
    }

    /** Read with getLong: the driver's getObject gives 2^31 as a negative int. */
    private static long mmapSize(DSLContext dsl) {
        return dsl.connectionResult(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA mmap_size")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static long sum(DSLContext dsl) {
        return ((Number) dsl.fetchValue("SELECT sum(v) FROM t")).longValue();
    }
}
