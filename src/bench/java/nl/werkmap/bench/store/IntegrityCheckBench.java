package nl.werkmap.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.db.IntegrityCheck;

/**
 * Prints what SQLite's quick_check at open costs on a demo caseload of N candidates (default 5,000): the figure
 * behind running it at the first open of a day and after an unclean shutdown rather than at every unlock.
 * On the shared 2-core build machine, 5,000 candidates (a 137 MB file): median 430 and 533 ms in two runs.
 */
public final class IntegrityCheckBench {

    private static final int RUNS = 5;

    private IntegrityCheckBench() {
    }

    public static void main(String[] args) throws IOException {
        int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = Files.createTempDirectory("werkmap-integrity-bench");
        try {
            Path db = dir.resolve("werkmap.db");
            Vault vault = TestVaults.create(dir.resolve("keyring.json"));
            try (CaseloadStore store = CaseloadStore.open(db, vault.sealer())) {
                DemoCaseload.generate(store, candidates, 11, LocalDate.of(2026, 6, 1), done -> { });
            } finally {
                vault.lock();
            }
            IntegrityCheck.requireIntact(db);
            long[] millis = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                IntegrityCheck.requireIntact(db);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf("quick_check on %,d candidates (%d MB): median %d ms, runs %s%n", candidates,
                    Files.size(db) >> 20, millis[RUNS / 2], Arrays.toString(millis));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
