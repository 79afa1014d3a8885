package nl.werkmap.bench.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;

/**
 * Prints how long a production unlock takes (real PBKDF2 work factor, median of 5 after one cold run) and how many
 * short personal fields per second one thread can seal and open, the figures behind the default iteration count and
 * the "open 150,000 rows after unlock" target.
 */
public final class UnlockBench {

    private static final int UNLOCK_RUNS = 5;
    private static final int FIELDS = 100_000;
    private static final int ROUNDS = 5;

    private UnlockBench() {
    }

    public static void main(String[] args) throws IOException, WrongPassphraseException {
        Path dir = Files.createTempDirectory("werkmap-unlock-bench");
        try {
            run(dir.resolve("keyring.json"));
        } finally {
            deleteTree(dir);
        }
    }

    private static void run(Path keyring) throws IOException, WrongPassphraseException {
        char[] passphrase = "fietsen naar de markt op zaterdag".toCharArray();
        long start = System.nanoTime();
        Vault.create(keyring, passphrase).lock();
        double createMs = millisSince(start);
        String iterations = Files.readAllLines(keyring).stream().filter(l -> l.contains("\"iterations\""))
                .map(String::trim).findFirst().orElse("?");

        double coldMs = timeUnlock(keyring, passphrase);
        double[] warm = new double[UNLOCK_RUNS];
        Vault vault = null;
        for (int i = 0; i < UNLOCK_RUNS; i++) {
            start = System.nanoTime();
            vault = Vault.unlock(keyring, passphrase);
            warm[i] = millisSince(start);
            if (i < UNLOCK_RUNS - 1) {
                vault.lock();
            }
        }
        Arrays.sort(warm);
        System.out.printf("keyring %s%n", iterations);
        System.out.printf("create: %.0f ms (first PBKDF2 in this JVM)%n", createMs);
        System.out.printf("unlock: first %.0f ms; median of next %d = %.0f ms (min %.0f, max %.0f)%n",
                coldMs, UNLOCK_RUNS, warm[UNLOCK_RUNS / 2], warm[0], warm[UNLOCK_RUNS - 1]);

        measureSealing(vault.sealer());
        vault.lock();
    }

    private static double timeUnlock(Path keyring, char[] passphrase) throws WrongPassphraseException {
        long start = System.nanoTime();
        Vault.unlock(keyring, passphrase).lock();
        return millisSince(start);
    }

    private static void measureSealing(FieldSealer sealer) {
        String[] rowIds = new String[FIELDS];
        String[] values = new String[FIELDS];
        List<String> names = List.of("Jan Jansen", "Fatima el Amrani", "Priya Ramdin", "Kees de Vries",
                "0612345678", "j.jansen@example.nl", "Dorpsstraat 12");
        for (int i = 0; i < FIELDS; i++) {
            rowIds[i] = java.util.UUID.randomUUID().toString();
            values[i] = names.get(i % names.size());
        }
        byte[][] sealed = new byte[FIELDS][];
        double[] sealRates = new double[ROUNDS];
        double[] openRates = new double[ROUNDS];
        long checksum = 0;
        for (int round = -2; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < FIELDS; i++) {
                sealed[i] = sealer.seal("candidate", "name", rowIds[i], values[i]);
            }
            double sealSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            for (int i = 0; i < FIELDS; i++) {
                checksum += sealer.open("candidate", "name", rowIds[i], sealed[i]).length();
            }
            double openSeconds = (System.nanoTime() - start) / 1e9;
            if (round >= 0) {
                sealRates[round] = FIELDS / sealSeconds;
                openRates[round] = FIELDS / openSeconds;
            }
        }
        Arrays.sort(sealRates);
        Arrays.sort(openRates);
        System.out.printf("seal: median %,.0f ops/s over %d rounds of %,d short fields (1 thread)%n",
                sealRates[ROUNDS / 2], ROUNDS, FIELDS);
        System.out.printf("open: median %,.0f ops/s over %d rounds of %,d short fields (1 thread)%n",
                openRates[ROUNDS / 2], ROUNDS, FIELDS);
        System.out.printf("opening 150,000 rows x 3 fields at that rate: %.2f s (checksum %d)%n",
                450_000 / openRates[ROUNDS / 2], checksum);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(file);
            }
        }
    }
}
