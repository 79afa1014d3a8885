package nl.werkmap.bench.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.app.demo.DemoSummary;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/**
 * Prints how long generating a demo caseload takes, end to end into a fresh encrypted SQLite file (sealing, change
 * log and all), for each size given on the command line (default 5,000 and 150,000). The vault uses the fast test
 * key derivation; unlock time is measured by UnlockBench, not here.
 */
public final class DemoBench {

    private DemoBench() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {5_000, 150_000}
                : Stream.of(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int candidates) throws IOException {
        Path dir = Files.createTempDirectory("werkmap-demo-bench");
        try {
            Vault vault = TestVaults.create(dir.resolve("keyring.json"));
            long start = System.nanoTime();
            DemoSummary summary;
            try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
                summary = DemoCaseload.generate(store, candidates, 2026, LocalDate.of(2026, 3, 16), done -> { });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long bytes = Files.size(dir.resolve("werkmap.db"));
            System.out.printf("demo %,d candidates: %.1f s, %,d rows (%,d sessions), %,d MB%n", candidates, seconds,
                    summary.totalRows(), summary.sessions(), bytes / (1024 * 1024));
            vault.lock();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
