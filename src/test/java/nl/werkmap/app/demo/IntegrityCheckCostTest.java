package nl.werkmap.app.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.db.IntegrityCheck;

/**
 * What the quick_check at every open costs on a caseload of 5,000 candidates (with their sessions, plans and
 * placements from the demo generator). The brief's bar: run it at every open if it stays under about 150 ms.
 */
class IntegrityCheckCostTest {

    @TempDir
    Path dir;

    @Test
    void quickCheckOnFiveThousandCandidatesStaysWellUnderTheBar() throws Exception {
        Path db = dir.resolve("werkmap.db");
        Vault vault = TestVaults.create(dir.resolve("keyring.json"));
        try (CaseloadStore store = CaseloadStore.open(db, vault.sealer())) {
            DemoCaseload.generate(store, 5_000, 11, LocalDate.of(2026, 6, 1), done -> { });
        } finally {
            vault.lock();
        }
        IntegrityCheck.requireIntact(db);
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            IntegrityCheck.requireIntact(db);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("quick_check on 5,000 candidates (%d MB): median %d ms, runs %s%n",
                java.nio.file.Files.size(db) >> 20, millis[2], Arrays.toString(millis));
        assertTrue(millis[2] < 1_000, "median " + millis[2] + " ms");
    }
}
