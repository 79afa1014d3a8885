package nl.werkmap.store.caseload;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/**
 * Where an opening's file read goes (issue 13): a candidate's whole file as the candidate screen reads it
 * ({@code loadStamped}), and apart its parts: the file alone ({@code load}), the stamps of its parts, the sessions
 * alone, the candidate row alone; over the candidates with the most sessions, warm, this thread's CPU and wall, p50
 * and p95. Only reads.
 *
 * <pre>java -cp ... nl.werkmap.store.caseload.FileReadBench DIR PASSPHRASE</pre>
 */
public final class FileReadBench {

    private FileReadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.getInteger("rounds", 8);
        Vault vault = Vault.unlock(dir.resolve("keyring.json"), args[1].toCharArray());
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            List<UUID> heavy = new ArrayList<>();
            store.read(dsl -> dsl.fetch("SELECT candidate_id FROM coaching_session WHERE deleted = 0"
                    + " GROUP BY candidate_id ORDER BY count(*) DESC LIMIT 25")).forEach(r ->
                    heavy.add(UUID.fromString(r.get(0, String.class))));
            CandidateFileQuery files = store.candidateFiles();
            System.out.printf(Locale.ROOT, "%d candidates, %d rounds, load average %.2f%n", heavy.size(), rounds,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            time("warm-up (not counted)", heavy, 3, id -> files.loadStamped(id).orElseThrow());
            time("loadStamped (the screen's read)", heavy, rounds, id -> files.loadStamped(id).orElseThrow());
            time("load (the file alone)", heavy, rounds, id -> files.load(id).orElseThrow());
            time("the parts' stamps alone", heavy, rounds,
                    id -> store.read(dsl -> FileStamps.read(dsl, id)));
            time("sessions alone (rows, notes opened)", heavy, rounds,
                    id -> store.read(dsl -> files.sessions(dsl, id)));
            time("placements with employers and contacts alone", heavy, rounds,
                    id -> store.read(dsl -> files.placements(dsl, id)));
        }
    }

    private static void time(String what, List<UUID> ids, int rounds, Consumer<UUID> read) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[ids.size() * rounds];
        double[] wall = new double[cpu.length];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (UUID id : ids) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                read.accept(id);
                wall[n] = (System.nanoTime() - t0) / 1e6;
                cpu[n++] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "%-48s CPU p50 %.2f p95 %.2f ms | wall p50 %.2f p95 %.2f ms (n=%d)%n", what,
                cpu[n / 2], cpu[(int) (n * 0.95)], wall[n / 2], wall[(int) (n * 0.95)], n);
    }
}
