package nl.werkmap.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log is copied into the caseload file after writes, not inside a commit: a commit that puts 2,000 pages in the
 * log leaves the file as it was, and the copy brings them in; writes close together share a copy, which waits for
 * a pause in writing and for enough writes or enough time.
 */
class WalCopiesTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aCommitLeavesTheCopyToLaterAndTheCopyBringsThePagesIn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("werkmap.db");
        try (Database database = Database.open(file)) {
            database.write(dsl -> dsl.execute("CREATE TABLE pages (x BLOB)"));
            long before = Files.size(file);
            // About 2,000 pages of 4 kB in one transaction: twice SQLite's mark for copying at commit.
            database.write(dsl -> dsl.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                    + " WHERE i < 2000) INSERT INTO pages SELECT randomblob(4000) FROM n"));
            assertEquals(before, Files.size(file), "the commit copied nothing into the file");
            assertTrue(Files.size(wal(file)) > 2000L * 4000, "the pages are in the log");

            try (WalCopies copies = new WalCopies(() -> Database.connectPlain(file))) {
                copies.copyNow();
            }
            assertTrue(Files.size(file) > before + 2000L * 4000, "the copy brought the pages into the file");
            int rows = database.read(dsl -> dsl.fetchCount(dsl.selectFrom("pages")));
            assertEquals(2000, rows);
        }
    }

    @Test
    void bulkWritingBackToBackKeepsTheLogShort(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("werkmap.db");
        // The mark at 500 pages here instead of 65,536, so the test writes some MB instead of gigabytes.
        try (Database database = Database.open(file, 500)) {
            database.write(dsl -> dsl.execute("CREATE TABLE pages (x BLOB)"));
            // Forty writes of 300 pages, back to back as a sync's bundles: no pause for the copier's thread.
            for (int i = 0; i < 40; i++) {
                database.write(dsl -> dsl.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                        + " WHERE i < 300) INSERT INTO pages SELECT randomblob(4000) FROM n"));
            }
            long log = Files.size(wal(file));
            // Without the mark the log holds all 12,000 pages (49 MB); with it, the log starts again after each copy.
            assertTrue(log < 1_000L * 4_200, "the log stays near the mark plus one write, was " + log + " bytes");
            int rows = database.read(dsl -> dsl.fetchCount(dsl.selectFrom("pages")));
            assertEquals(12_000, rows);
        }
    }

    @Test
    void theCaseloadCopiesInsideACommitOnlyAtTheBulkMark(@TempDir Path dir) {
        try (Database database = Database.open(dir.resolve("werkmap.db"))) {
            Object pages = database.write(dsl -> dsl.fetchValue("PRAGMA wal_autocheckpoint"));
            assertEquals(String.valueOf(WalCopies.IN_COMMIT_PAGES), String.valueOf(pages));
        }
    }

    @Test
    void theThreadCopiesOnceAWriteIsDue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("werkmap.db");
        try (Connection writer = Database.connectPlain(file)) {
            try (var s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA wal_autocheckpoint = 0");
                s.execute("CREATE TABLE pages (x BLOB)");
                s.execute("INSERT INTO pages SELECT randomblob(4000) FROM (SELECT 1 UNION ALL SELECT 2)");
            }
            long before = Files.size(file);
            CountDownLatch opened = new CountDownLatch(1);
            // A clock that jumps half a minute at every look: each write is due at once.
            AtomicLong clock = new AtomicLong();
            WalCopies copies = new WalCopies(() -> {
                Connection c = Database.connectPlain(file);
                opened.countDown();
                return c;
            }, () -> clock.addAndGet(31 * SECOND));
            copies.written();
            assertTrue(opened.await(10, TimeUnit.SECONDS), "the thread started a copy");
            // Closing waits for a copy under way.
            copies.close();
            assertTrue(Files.size(file) > before, "the copy brought the pages into the file");
        }
    }

    @Test
    void writesCloseTogetherShareOneCopyAfterAPause() {
        long t = 1_000 * SECOND;
        WalCopies.Gathered none = WalCopies.Gathered.NONE;
        assertTrue(none.waitAt(t) < 0, "nothing written, nothing to copy");

        WalCopies.Gathered one = none.plus(t);
        assertEquals(30 * SECOND, one.waitAt(t), "one write waits for the longest time");
        assertEquals(0, one.waitAt(t + 30 * SECOND), "then it is copied");

        WalCopies.Gathered many = one;
        for (int i = 1; i < WalCopies.WRITES; i++) {
            many = many.plus(t + i * SECOND / 10);
        }
        long last = t + (WalCopies.WRITES - 1) * SECOND / 10;
        assertEquals(SECOND, many.waitAt(last), "enough writes wait only for a pause in writing");
        assertEquals(0, many.waitAt(last + SECOND));

        WalCopies.Gathered busy = none;
        for (int i = 0; i < WalCopies.MOST; i++) {
            busy = busy.plus(t + i * SECOND / 100);
        }
        assertEquals(0, busy.waitAt(t + WalCopies.MOST * SECOND / 100), "a long run of writes is copied anyway");
        assertEquals(t, busy.first());
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }
}
