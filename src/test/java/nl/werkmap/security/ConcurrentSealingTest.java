package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentSealingTest {

    private static final int THREADS = 4;

    @TempDir
    Path dir;

    @Test
    void threadsSharingOneSealerEachGetTheirOwnValuesBack() throws Exception {
        FieldSealer sealer = TestVaults.create(dir.resolve("keyring.json")).sealer();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        String rowId = thread + "-" + i;
                        String text = "kandidaat " + rowId;
                        assertEquals(text, sealer.open("candidate", "name", rowId,
                                sealer.seal("candidate", "name", rowId, text)));
                    }
                    return thread;
                }));
            }
            for (Future<Integer> result : results) {
                result.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Locking wipes the key while other threads may be sealing. Whatever a seal returned, before or during the lock,
     * must have been made with the real key: a value sealed with half-wiped key bytes would be lost for good. The
     * race window is tiny, so this is a stress test; VaultTest checks the same rule step by step.
     */
    @Test
    void lockDuringSealingNeverHandsOutBytesMadeWithAWipedKey() throws Exception {
        Path keyring = dir.resolve("keyring.json");
        Vault vault = TestVaults.create(keyring);
        FieldSealer sealer = vault.sealer();
        ConcurrentLinkedQueue<byte[]> sealed = new ConcurrentLinkedQueue<>();
        CountDownLatch running = new CountDownLatch(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> stoppedByLock = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                stoppedByLock.add(pool.submit(() -> {
                    running.countDown();
                    try {
                        while (true) {
                            sealed.add(sealer.seal("candidate", "name", "row-1", "Sanne Bakker"));
                        }
                    } catch (VaultLockedException e) {
                        return true;
                    }
                }));
            }
            running.await();
            Thread.sleep(50);
            vault.lock();
            for (Future<Boolean> stopped : stoppedByLock) {
                assertTrue(stopped.get(1, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        FieldSealer reopened = TestVaults.unlock(keyring, TestVaults.PASSPHRASE.toCharArray()).sealer();
        assertTrue(sealed.size() > 0);
        for (byte[] value : sealed) {
            assertEquals("Sanne Bakker", reopened.open("candidate", "name", "row-1", value));
        }
    }
}
