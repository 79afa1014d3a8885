package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.db.IntegrityCheck;
import nl.werkmap.store.db.OpenProgress;

/**
 * The first opening after an update says what it is busy with, in order (the file checked, the reserve copy with
 * how far it is, the conversion); an everyday opening says nothing. Through a real caseload made by an older
 * version, opened as the app opens it (the day's check owed after the opening).
 */
class OpeningProgressTest {

    @TempDir
    Path dir;

    /** Each report as text: "checking", "backup copied/total", "converting". */
    private final List<String> heard = new ArrayList<>();

    private final OpenProgress recorder = new OpenProgress() {
        @Override
        public void checking() {
            heard.add("checking");
        }

        @Override
        public void backingUp(long copied, long total) {
            heard.add("backup " + copied + "/" + total);
        }

        @Override
        public void converting() {
            heard.add("converting");
        }
    };

    @Test
    void theFirstOpeningAfterAnUpdateSaysEachStepAndHowFarTheCopyIs() throws Exception {
        Path db = OldCaseloads.atVersion1(dir.resolve("werkmap.db"));
        long size = Files.size(db);

        Path backup;
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer(), Clock.systemUTC(),
                IntegrityCheck.Policy.DAILY_AFTER_OPEN, recorder)) {
            backup = store.backupBeforeMigration().orElseThrow();
        }

        assertEquals(List.of("checking", "backup 0/" + size, "backup " + size + "/" + size, "converting"), heard);
        assertEquals(size, Files.size(backup), "the total said is the copy's size");

        heard.clear();
        try (CaseloadStore again = CaseloadStore.open(db, TestVault.sealer(), Clock.systemUTC(),
                IntegrityCheck.Policy.DAILY_AFTER_OPEN, recorder)) {
            assertTrue(again.backupBeforeMigration().isEmpty());
        }
        assertEquals(List.of(), heard, "an everyday opening says nothing");
    }
}
