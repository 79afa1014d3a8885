package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hubs on one SQLite file (a {@code hub import} next to a running {@code hub serve}, or two serves by mistake):
 * their writes take turns through the file's lock, so every apply gets its own journal position and none fails.
 */
class TwoHubProcessesTest {

    @TempDir
    Path dir;

    @Test
    void twoHubsOnOneFileHandOutEveryJournalPositionOnce() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("hub.db");
        JournalRace.Outcome outcome = JournalRace.run(() -> HubDatabase.open(url, null, null), 2, 4, 25);
        assertEquals(outcome.applies(), outcome.rows());
        assertEquals(outcome.applies(), outcome.journalPosition(), "no position lost");
        assertEquals(outcome.applies(), outcome.distinctPositions(), "no position handed out twice");
    }
}
