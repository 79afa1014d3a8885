package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.store.changelog.ChangeEntry;

/** Saves from several threads at once (UI, sync, demo data) queue behind one writer instead of failing BUSY. */
class OneWriterTest {

    @TempDir
    Path dir;

    @Test
    void concurrentSavesAllLandWithDistinctStamps() throws Exception {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Candidate>> saved = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                saved.add(pool.submit(() -> {
                    Candidate c = Samples.candidate("Kandidaat " + n, null);
                    store.candidates().save(c);
                    store.caseloadQuery().load();
                    return c;
                }));
            }
            for (Future<Candidate> f : saved) {
                Candidate c = f.get();
                assertEquals(c, store.candidates().find(c.id()).orElseThrow());
            }
            pool.shutdown();

            List<ChangeEntry> log = store.changeLog().unsent(100_000);
            Set<String> rowStamps = new HashSet<>();
            log.forEach(e -> rowStamps.add(e.entityId() + " " + e.hlc()));
            Set<String> stamps = new HashSet<>();
            log.forEach(e -> stamps.add(e.hlc()));
            assertEquals(24, stamps.size(), "one stamp per saved row, never shared between rows");
            assertEquals(24, rowStamps.size());
            assertEquals(24, store.caseloadQuery().load().size());
        }
    }
}
