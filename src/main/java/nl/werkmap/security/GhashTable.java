package nl.werkmap.security;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * GCM's GHASH for one hash key H, with Shoup's 8-bit tables: the products of H with every byte value are worked out
 * once per key, so hashing a 16-byte block is sixteen table look-ups, shifts and XORs instead of the JDK's per-call
 * set-up. A field is some eight blocks (associated data, a name, the lengths), so the set-up, not the hashing, was
 * what each field paid for.
 *
 * <p>The table is derived from the key (H = AES_K(0)), so it is key material: {@link #wipe()} zeroes it, and
 * {@link ShortGcm} calls that when its key is destroyed. Look-ups indexed by secret data can leak through cache
 * timing; that is acceptable here because the attacker it needs runs code on the coach's own laptop, while it is
 * unlocked, and such an attacker can read the key out of memory anyway. The JDK's carry-less-multiply intrinsic is not
 * reachable for a short value without the per-call set-up this class exists to avoid. Not thread-safe: one
 * {@link ShortGcm} (and its table) is used by one thread at a time.
 *
 * <p>Bit order is GCM's: byte 0's most significant bit is the coefficient of x^0. A block is held as two longs,
 * {@code hi} bytes 0..7 and {@code lo} bytes 8..15 (big-endian), so multiplying by x is a right shift by one with
 * R = 0xE1 followed by zeroes folded into {@code hi} when a bit falls off the end.
 */
final class GhashTable {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final long R = 0xE100000000000000L;
    /** What the byte shifted out of {@code lo} by a multiplication with x^8 folds back into {@code hi}. */
    private static final long[] REDUCE = reductions();

    /** Leading associated-data bytes whose hash is kept: a field's first two blocks are prefix, table and column. */
    private static final int KEPT_PREFIX = 32;
    private static final int KEPT = 4;
    private static final int ENTRY = 6;

    /** H times each byte value: hi at 2b, lo at 2b + 1. */
    private final long[] table = new long[512];
    /**
     * The last {@link #KEPT} associated-data prefixes seen, each as its 32 bytes (four longs) and the hash state
     * after them. A caseload read opens names, roepnamen and birth dates in turn, so a few suffice. An unused entry is
     * all zeroes, which is also right: two blocks of zeroes hash to zero.
     */
    private final long[] prefixes = new long[KEPT * ENTRY];
    private int nextEntry;
    private long hi;
    private long lo;

    /** Builds the tables from the 16 bytes of H at {@code offset}; the caller wipes its copy of H. */
    GhashTable(byte[] h, int offset) {
        long hHi = (long) LONGS.get(h, offset);
        long hLo = (long) LONGS.get(h, offset + 8);
        // Byte value 0x80 stands for the polynomial 1, 0x40 for x, ... 0x01 for x^7.
        for (int bit = 0x80; bit > 0; bit >>>= 1) {
            table[2 * bit] = hHi;
            table[2 * bit + 1] = hLo;
            long carry = hLo & 1;
            hLo = (hLo >>> 1) | (hHi << 63);
            hHi = (hHi >>> 1) ^ (R & -carry);
        }
        for (int bit = 2; bit < 256; bit <<= 1) {
            for (int low = 1; low < bit; low++) {
                table[2 * (bit | low)] = table[2 * bit] ^ table[2 * low];
                table[2 * (bit | low) + 1] = table[2 * bit + 1] ^ table[2 * low + 1];
            }
        }
    }

    /** Starts a new hash. */
    void reset() {
        hi = 0;
        lo = 0;
    }

    /**
     * Starts a new hash with the associated data, zero-padded to whole blocks. When its first 32 bytes are those of
     * one of the last few calls (a field's prefix, table and column), the state after them is taken as kept instead
     * of hashed again. The comparison is on the associated data, which is not secret.
     */
    void startWith(byte[] aad) {
        reset();
        if (aad.length < KEPT_PREFIX) {
            update(aad, 0, aad.length);
            return;
        }
        long a = (long) LONGS.get(aad, 0);
        long b = (long) LONGS.get(aad, 8);
        long c = (long) LONGS.get(aad, 16);
        long d = (long) LONGS.get(aad, 24);
        long[] p = prefixes;
        boolean found = false;
        for (int e = 0; e < p.length; e += ENTRY) {
            // One test per entry, not four: the JIT compiled a branch per word from the profile of the first
            // fields and had to throw the code away (and compile it again) when another table's prefix came.
            if (((p[e] ^ a) | (p[e + 1] ^ b) | (p[e + 2] ^ c) | (p[e + 3] ^ d)) == 0) {
                hi = p[e + 4];
                lo = p[e + 5];
                found = true;
                break;
            }
        }
        if (!found) {
            multiply(a, b);
            multiply(c, d);
            int e = nextEntry;
            p[e] = a;
            p[e + 1] = b;
            p[e + 2] = c;
            p[e + 3] = d;
            p[e + 4] = hi;
            p[e + 5] = lo;
            nextEntry = (e + ENTRY) % p.length;
        }
        update(aad, KEPT_PREFIX, aad.length - KEPT_PREFIX);
    }

    /** Hashes {@code length} bytes, zero-padded to whole blocks, as GCM pads the associated data and the ciphertext. */
    void update(byte[] data, int offset, int length) {
        int end = offset + length;
        int whole = offset + (length & ~15);
        for (int at = offset; at < whole; at += 16) {
            multiply((long) LONGS.get(data, at), (long) LONGS.get(data, at + 8));
        }
        if (whole < end) {
            long blockHi = 0;
            long blockLo = 0;
            for (int at = whole; at < end; at++) {
                int index = at - whole;
                long b = (data[at] & 0xFFL);
                if (index < 8) {
                    blockHi |= b << (56 - 8 * index);
                } else {
                    blockLo |= b << (56 - 8 * (index - 8));
                }
            }
            multiply(blockHi, blockLo);
        }
    }

    /** Hashes GCM's closing block: the bit lengths of the associated data and the ciphertext. */
    void lengths(long aadBytes, long textBytes) {
        multiply(aadBytes << 3, textBytes << 3);
    }

    /** Writes the hash into {@code out} at {@code offset}, each byte XORed with the same byte of {@code mask}. */
    void finish(byte[] mask, int maskOffset, byte[] out, int offset) {
        LONGS.set(out, offset, hi ^ (long) LONGS.get(mask, maskOffset));
        LONGS.set(out, offset + 8, lo ^ (long) LONGS.get(mask, maskOffset + 8));
    }

    /** Zeroes the table and the running hash: nothing derived from the key stays behind. */
    void wipe() {
        Arrays.fill(table, 0L);
        Arrays.fill(prefixes, 0L);
        reset();
    }

    /** state = (state XOR block) * H, by Horner's rule over the 16 bytes, last byte first. */
    private void multiply(long blockHi, long blockLo) {
        long xHi = hi ^ blockHi;
        long xLo = lo ^ blockLo;
        long[] t = table;
        int b = (int) xLo & 0xFF;
        long zHi = t[2 * b];
        long zLo = t[2 * b + 1];
        for (int shift = 8; shift < 64; shift += 8) {
            b = (int) (xLo >>> shift) & 0xFF;
            int rem = (int) zLo & 0xFF;
            zLo = (zLo >>> 8) | (zHi << 56);
            zHi = (zHi >>> 8) ^ REDUCE[rem] ^ t[2 * b];
            zLo ^= t[2 * b + 1];
        }
        for (int shift = 0; shift < 64; shift += 8) {
            b = (int) (xHi >>> shift) & 0xFF;
            int rem = (int) zLo & 0xFF;
            zLo = (zLo >>> 8) | (zHi << 56);
            zHi = (zHi >>> 8) ^ REDUCE[rem] ^ t[2 * b];
            zLo ^= t[2 * b + 1];
        }
        hi = zHi;
        lo = zLo;
    }

    /** For each byte value r: multiply (0, r) by x eight times; what lands in {@code hi} is r's reduction. */
    private static long[] reductions() {
        long[] reduce = new long[256];
        for (int r = 0; r < 256; r++) {
            long high = 0;
            long low = r;
            for (int step = 0; step < 8; step++) {
                long carry = low & 1;
                low = (low >>> 1) | (high << 63);
                high = (high >>> 1) ^ (R & -carry);
            }
            reduce[r] = high;
        }
        return reduce;
    }
}
