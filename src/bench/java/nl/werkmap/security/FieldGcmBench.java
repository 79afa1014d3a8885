package nl.werkmap.security;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import javax.crypto.AEADBadTagException;

/**
 * One field sealed and opened, through the JDK's GCM (a pooled cipher, init per value, as before {@link ShortGcm})
 * and through {@link ShortGcm}, interleaved in the same rounds: per text length, the thread's CPU per seal and per
 * open and the bytes it allocates per operation (median of the rounds). The associated data is a real field's: prefix,
 * table, column and a UUID row id, 76 bytes. ShortGcm is measured past its {@link ShortGcm#LIMIT} too (an engine made
 * for the largest length), which is how the limit was chosen: where the JDK's intrinsics overtake it. Last, the cost
 * per key: a key made, one field sealed and opened, the key destroyed, as a hub does per candidate (subject) key.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) nl.werkmap.security.FieldGcmBench [OPS] [ROUNDS]</pre>
 */
public final class FieldGcmBench {

    private static final int[] LENGTHS = {0, 8, 16, 20, 32, 64, 128, 256, 512, 768, 1024, 1536, 2048, 4096};
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FieldGcmBench() {
    }

    public static void main(String[] args) throws Exception {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Random random = new Random(42);
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        AesKey key = new AesKey(raw);
        int largest = LENGTHS[LENGTHS.length - 1];
        ShortGcm engine = new ShortGcm(key, largest);
        byte[] aad = GcmFieldSealer.associatedData("candidate", "full_name", "6f1c2a0e-0b7e-4a55-9d51-3c6b1f0e2a11");
        System.out.printf(Locale.ROOT, "%d processors, load average %.2f; %d ops per lap, %d rounds, aad %d bytes%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), ops, rounds, aad.length);
        System.out.println("text B | seal ns JDK / short (x) | open ns JDK / short (x) | B alloc/op seal JDK / short,"
                + " open JDK / short");
        // JIT first, for both paths and every length.
        for (int length : LENGTHS) {
            Case c = new Case(key, engine, aad, length, random);
            for (int i = 0; i < 3; i++) {
                c.lap(Path.JDK_SEAL, ops / 4);
                c.lap(Path.SHORT_SEAL, ops / 4);
                c.lap(Path.JDK_OPEN, ops / 4);
                c.lap(Path.SHORT_OPEN, ops / 4);
            }
        }
        for (int length : LENGTHS) {
            Case c = new Case(key, engine, aad, length, random);
            double[][] ns = new double[4][rounds];
            double[][] bytes = new double[4][rounds];
            for (int r = 0; r < rounds; r++) {
                for (Path path : Path.values()) {
                    double[] lap = c.lap(path, ops);
                    ns[path.ordinal()][r] = lap[0];
                    bytes[path.ordinal()][r] = lap[1];
                }
            }
            double js = median(ns[0]);
            double ss = median(ns[1]);
            double jo = median(ns[2]);
            double so = median(ns[3]);
            System.out.printf(Locale.ROOT, "%6d | %6.0f / %6.0f (%.2f) | %6.0f / %6.0f (%.2f) | %5.0f / %4.0f, %5.0f / %4.0f%n",
                    length, js, ss, js / ss, jo, so, jo / so, median(bytes[0]), median(bytes[1]), median(bytes[2]),
                    median(bytes[3]));
        }
        keys(ops / 10, rounds, aad);
        System.out.printf(Locale.ROOT, "load average %.2f at the end%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        engine.wipe();
        key.destroy();
    }

    /**
     * A key made, one 20-byte field sealed and opened with it, the key destroyed: what a hub pays per candidate key
     * (subject key) beyond its fields. The JDK's path makes a GCM cipher per key, the short path an ECB cipher and
     * its tables.
     */
    private static void keys(int count, int rounds, byte[] aad) throws AEADBadTagException {
        Random random = new Random(7);
        byte[] plain = new byte[20];
        byte[] nonce = new byte[12];
        byte[] sealed = new byte[36];
        double[][] ns = new double[2][rounds];
        for (int r = -2; r < rounds; r++) {
            for (int path = 0; path < 2; path++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < count; i++) {
                    byte[] raw = new byte[32];
                    random.nextBytes(raw);
                    AesKey key = new AesKey(raw);
                    if (path == 0) {
                        AesGcm.jdkEncrypt(key, nonce, 0, aad, plain, sealed, 0);
                        AesGcm.jdkDecrypt(key, nonce, 0, aad, sealed, 0, sealed.length);
                    } else {
                        AesGcm.encrypt(key, nonce, 0, aad, plain, sealed, 0);
                        AesGcm.decrypt(key, nonce, 0, aad, sealed, 0, sealed.length);
                    }
                    key.destroy();
                }
                if (r >= 0) {
                    ns[path][r] = (double) (THREADS.getCurrentThreadCpuTime() - cpu) / count;
                }
            }
        }
        System.out.printf(Locale.ROOT, "a new key, one 20-byte field sealed and opened, the key destroyed (the random"
                + " key bytes included): JDK %.0f ns, short %.0f ns CPU per key (median of %d rounds of %d keys)%n",
                median(ns[0]), median(ns[1]), rounds, count);
    }

    private enum Path { JDK_SEAL, SHORT_SEAL, JDK_OPEN, SHORT_OPEN }

    /** One text length: a sealed copy to open, an output buffer to seal into. */
    private static final class Case {
        private final AesKey key;
        private final ShortGcm engine;
        private final byte[] aad;
        private final byte[] plain;
        private final byte[] nonce = new byte[12];
        private final byte[] out;
        private final byte[] sealed;
        private final byte[] openNonce;
        private long sink;

        Case(AesKey key, ShortGcm engine, byte[] aad, int length, Random random) {
            this.key = key;
            this.engine = engine;
            this.aad = aad;
            plain = new byte[length];
            random.nextBytes(plain);
            random.nextBytes(nonce);
            out = new byte[length + 16];
            sealed = new byte[length + 16];
            AesGcm.jdkEncrypt(key, nonce, 0, aad, plain, sealed, 0);
            openNonce = nonce.clone();
        }

        /** CPU ns and allocated bytes per operation for {@code ops} operations on this thread. */
        double[] lap(Path path, int ops) throws AEADBadTagException {
            long thread = Thread.currentThread().getId();
            long allocated = THREADS.getThreadAllocatedBytes(thread);
            long cpu = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < ops; i++) {
                nonce[0] = (byte) i; // a fresh nonce per seal, as in use
                switch (path) {
                    case JDK_SEAL -> sink += AesGcm.jdkEncrypt(key, nonce, 0, aad, plain, out, 0);
                    case SHORT_SEAL -> sink += engine.encrypt(nonce, 0, aad, plain, out, 0);
                    case JDK_OPEN -> sink += AesGcm.jdkDecrypt(key, openNonce, 0, aad, sealed, 0, sealed.length).length;
                    case SHORT_OPEN -> sink += engine.decrypt(openNonce, 0, aad, sealed, 0, sealed.length).length;
                    default -> throw new IllegalStateException();
                }
            }
            long cpuUsed = THREADS.getCurrentThreadCpuTime() - cpu;
            long bytes = THREADS.getThreadAllocatedBytes(thread) - allocated;
            if (sink == 42) {
                System.out.print(""); // keeps the results alive for the JIT
            }
            return new double[] {(double) cpuUsed / ops, (double) bytes / ops};
        }

    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
