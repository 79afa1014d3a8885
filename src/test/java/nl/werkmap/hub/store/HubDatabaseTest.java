package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's connection handling on a real SQLite file: one writer at a time, readers beside it, nesting. */
class HubDatabaseTest {

    @TempDir
    Path dir;
    HubDatabase db;

    @BeforeEach
    void open() {
        db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int settings() {
        return db.read(dsl -> dsl.fetchCount(dsl.selectFrom("hub_setting")));
    }

    private void addSetting(org.jooq.DSLContext dsl, String name) {
        dsl.execute("insert into hub_setting (name, value) values (?, 'x')", name);
    }

    @Test
    void manyThreadsWritingAndReadingAtOnceNeverMeetALockedDatabase() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 50; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    String name = "t" + thread + "-" + i;
                    db.write(dsl -> {
                        addSetting(dsl, name);
                        return null;
                    });
                    // A read inside a read: with more threads than reader connections this must not wait on itself.
                    db.read(dsl -> db.read(inner -> inner.fetchCount(inner.selectFrom("hub_setting"))));
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        assertEquals(1000, settings());
    }

    @Test
    void aWriteInsideAWriteJoinsItAndFailsWithIt() {
        assertThrows(IllegalStateException.class, () -> db.write(dsl -> {
            addSetting(dsl, "outer");
            db.write(inner -> {
                addSetting(inner, "inner");
                return null;
            });
            throw new IllegalStateException("the outer work fails after the inner write");
        }));
        assertEquals(0, settings(), "neither write is kept");
    }

    @Test
    void aReadDuringAWriteSeesOnlyWhatWasCommitted() {
        db.write(dsl -> {
            addSetting(dsl, "first");
            return null;
        });
        int seenInside = db.write(dsl -> {
            addSetting(dsl, "second");
            return settings();
        });
        assertEquals(1, seenInside, "the reader does not see the open write");
        assertEquals(2, settings());
    }

    @Test
    void committedPagesReachTheDatabaseFileWithoutWaitingForClose() throws Exception {
        Path file = dir.resolve("hub.db");
        long before = java.nio.file.Files.size(file);
        db.write(dsl -> {
            for (int i = 0; i < 3_000; i++) {
                addSetting(dsl, "setting-" + i + "-" + "x".repeat(100));
            }
            return null;
        });
        // The writer no longer checkpoints in its commit; the background checkpoint must copy the log into the file.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (java.nio.file.Files.size(file) <= before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(java.nio.file.Files.size(file) > before, "the database file grew while the hub was still open");
        assertEquals(3_000, settings());
    }
}
