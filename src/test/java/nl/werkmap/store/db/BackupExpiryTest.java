package nl.werkmap.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.CaseloadStore;

/**
 * Werkmap's copies made before an update go 35 days after they were made (by the moment in their name), a copy cut
 * off halfway after a day; anything else in the folder stays, and so does another caseload's copy.
 */
class BackupExpiryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void ownCopiesGoAfter35DaysByTheMomentInTheirName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Path old = touch(folder, "werkmap-20261031T095959Z-v47.db");
        Path edge = touch(folder, "werkmap-20261101T100000Z-v47.db");
        Path recent = touch(folder, "werkmap-20261205T080000Z-v48.db");
        Path oldPart = touch(folder, "werkmap-20261205T095959Z-v48.db.part");
        Path youngPart = touch(folder, "werkmap-20261206T095900Z-v48.db.part");
        Path otherCaseload = touch(folder, "ander-20260101T000000Z-v40.db");
        Path itsOwn = touch(folder, "werkmap-kopie-van-it.db");
        Path badStamp = touch(folder, "werkmap-20261399T999999Z-v47.db");

        List<Path> removed = BackupExpiry.expire(dir.resolve("werkmap.db"), Clock.fixed(NOW, ZoneOffset.UTC));

        assertEquals(Set.of(old, oldPart), Set.copyOf(removed));
        assertEquals(Set.of(edge, recent, youngPart, otherCaseload, itsOwn, badStamp), listing(folder),
                "exactly 35 days old stays until the moment passes; other files are IT's business");
    }

    @Test
    void noFolderNothingToDo() {
        assertEquals(List.of(), BackupExpiry.expire(dir.resolve("werkmap.db"), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @Test
    void openingACaseloadRemovesItsExpiredCopies() throws Exception {
        Path db = dir.resolve("werkmap.db");
        try (CaseloadStore store = CaseloadStore.open(db, nl.werkmap.store.TestVault.sealer())) {
            assertTrue(store.backupBeforeMigration().isEmpty());
        }
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Path old = touch(folder, "werkmap-20200101T000000Z-v40.db");
        Path fresh = touch(folder, "werkmap-" + MigrationBackup.STAMP.format(Instant.now()) + "-v47.db");

        try (CaseloadStore store = CaseloadStore.open(db, nl.werkmap.store.TestVault.sealer())) {
            assertTrue(store.backupBeforeMigration().isEmpty());
        }

        assertEquals(Set.of(fresh), listing(folder));
        assertTrue(Files.notExists(old));
    }

    private static Path touch(Path folder, String name) throws Exception {
        return Files.writeString(folder.resolve(name), "kopie");
    }

    private static Set<Path> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toSet());
        }
    }
}
