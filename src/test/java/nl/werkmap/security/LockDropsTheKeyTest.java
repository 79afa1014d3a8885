package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lock means locked: after {@link Vault#lock()} nothing reachable holds the data key. Checked two ways, with the
 * worker threads that sealed still alive (a per-thread cipher cache would keep the key in each of them): every cipher
 * that was used with the key is collected, and a walk of everything reachable from the vault and its sealer finds no
 * cipher, no {@link SecretKeySpec}, no GHASH table derived from the key and no array with the key's bytes. The walk
 * is shown to find the ciphers and tables before the lock, so it can fail.
 */
class LockDropsTheKeyTest {

    @TempDir
    Path dir;

    @Test
    void afterLockNoCipherAndNoCopyOfTheKeyIsReachable() throws Exception {
        Vault vault = TestVaults.create(dir.resolve("keyring.json"));
        FieldSealer sealer = vault.sealer();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                jobs.add(workers.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        String rowId = thread + "-" + i;
                        byte[] sealed = sealer.seal("candidate", "name", rowId, "Naam " + rowId);
                        assertEquals("Naam " + rowId, sealer.open("candidate", "name", rowId, sealed));
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            AesKey key = dataKeyOf(vault).key();
            byte[] keyBytes = key.getEncoded();
            List<WeakReference<Object>> used = idleCiphers(key);
            assertFalse(used.isEmpty(), "the sealers left ciphers to reuse");
            List<String> before = reachableSecrets(keyBytes, vault, sealer);
            assertTrue(before.contains(GhashTable.class.getName()), "the walk sees the cached tables: " + before);
            assertFalse(before.isEmpty(), "the walk sees the cached ciphers");

            vault.lock();

            assertEquals(List.of(), reachableSecrets(keyBytes, vault, sealer));
            for (int attempt = 0; attempt < 20 && used.stream().anyMatch(r -> r.get() != null); attempt++) {
                System.gc();
            }
            assertTrue(used.stream().allMatch(r -> r.get() == null),
                    "a cipher that held the data key is still reachable after lock");
            assertTrue(workers.submit(() -> !Thread.currentThread().isInterrupted()).get(),
                    "the worker threads were alive throughout");
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aCipherInUseWhileLockingIsDroppedWhenGivenBack() throws Exception {
        AesKey key = new AesKey(AesGcm.randomBytes(32));
        KeyCiphers ciphers = key.ciphers();
        Cipher inUse = ciphers.borrow();

        key.destroy();
        ciphers.giveBack(inUse);

        assertTrue(idleCiphers(key).isEmpty());
    }

    private static DataKey dataKeyOf(Vault vault) throws ReflectiveOperationException {
        Field field = Vault.class.getDeclaredField("dataKey");
        field.setAccessible(true);
        return (DataKey) field.get(vault);
    }

    /** The idle ciphers and short-value GCM engines (with their tables) pooled for the key. */
    private static List<WeakReference<Object>> idleCiphers(AesKey key) throws ReflectiveOperationException {
        Field field = KeyPool.class.getDeclaredField("slots");
        field.setAccessible(true);
        List<WeakReference<Object>> found = new ArrayList<>();
        for (KeyPool<?> pool : List.of(key.ciphers(), key.shortGcms())) {
            AtomicReferenceArray<?> slots = (AtomicReferenceArray<?>) field.get(pool);
            for (int i = 0; i < slots.length(); i++) {
                if (slots.get(i) != null) {
                    found.add(new WeakReference<>(slots.get(i)));
                }
            }
        }
        return found;
    }

    /**
     * What is reachable from {@code roots} and holds key material: ciphers, {@link SecretKeySpec}s, and byte arrays
     * equal to the key. Follows the fields of Werkmap's own classes, arrays, collections, maps and atomic arrays;
     * other JDK objects (strings, paths, locks) are leaves, as no key material can hide in them.
     */
    private static List<String> reachableSecrets(byte[] keyBytes, Object... roots) throws IllegalAccessException {
        List<String> found = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>(Arrays.asList(roots));
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next == null || seen.put(next, Boolean.TRUE) != null) {
                continue;
            }
            if (next instanceof Cipher || next instanceof SecretKeySpec || next instanceof GhashTable) {
                found.add(next.getClass().getName());
            } else if (next instanceof byte[] bytes) {
                if (Arrays.equals(bytes, keyBytes)) {
                    found.add("byte[] with the key");
                }
            } else if (next.getClass().isArray() && !next.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(next); i++) {
                    push(todo, Array.get(next, i));
                }
            } else if (next instanceof AtomicReferenceArray<?> atomic) {
                for (int i = 0; i < atomic.length(); i++) {
                    push(todo, atomic.get(i));
                }
            } else if (next instanceof Collection<?> collection) {
                collection.forEach(e -> push(todo, e));
            } else if (next instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    push(todo, k);
                    push(todo, v);
                });
            } else if (next.getClass().getName().startsWith("nl.werkmap.")) {
                for (Class<?> type = next.getClass(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                            field.setAccessible(true);
                            push(todo, field.get(next));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** ArrayDeque takes no nulls; a null field leads nowhere anyway. */
    private static void push(Deque<Object> todo, Object next) {
        if (next != null) {
            todo.push(next);
        }
    }
}
