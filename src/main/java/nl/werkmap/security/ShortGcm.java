package nl.werkmap.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM (12-byte nonce, 128-bit tag) for short values, byte for byte what the JDK's {@code AES/GCM/NoPadding}
 * gives, but with the per-key work done once: the JDK's {@code Cipher.init} for GCM works out the hash key and its
 * tables and allocates about 1.2 KB for every field, and opening a caseload of 150,000 rows opens some 287,000
 * fields. Here the AES block cipher is the JDK's own {@code AES/ECB/NoPadding} (so its AES-NI intrinsics), keyed
 * once, and one call to it makes every counter block a value needs: J0 for the tag, J0+1 onwards for the data. GHASH
 * runs in Java over tables made once from H ({@link GhashTable}, which says why a table GHASH is acceptable here).
 *
 * <p>Values longer than {@link #LIMIT} bytes (associated data and text together) stay on the JDK's path
 * ({@link AesGcm}), where its intrinsics win over the set-up. One instance per key and thread at a time, lent out by
 * {@link ShortGcms}; {@link #wipe()} leaves nothing of the key in it.
 */
final class ShortGcm {

    /**
     * Associated data plus text, in bytes, up to which this path is taken. Measured with {@code FieldGcmBench}
     * (thread CPU, 76 bytes of associated data as a field has): at texts up to 32 bytes this path takes 1.4 to 2.4
     * times less CPU than the JDK's and allocates nothing to seal; the two are even at texts of about 64 to 100 bytes
     * (140 to 180 in all), past which the JDK's intrinsics win, at 1 KB by four to five times.
     */
    static final int LIMIT = 160;
    private static final int BLOCK = 16;

    private final Cipher blocks;
    private final GhashTable ghash;
    /** Counter blocks in, key stream out: J0 first, then one block per 16 bytes of text. */
    private final byte[] counters;
    private final byte[] stream;
    private final byte[] expected = new byte[BLOCK];
    private final byte[] given = new byte[BLOCK];

    ShortGcm(AesKey key) {
        this(key, LIMIT);
    }

    /** An engine for texts of up to {@code capacity} bytes; other than {@link #LIMIT} only to measure the limit. */
    ShortGcm(AesKey key, int capacity) {
        counters = new byte[capacity + 2 * BLOCK];
        stream = new byte[capacity + 2 * BLOCK];
        try {
            blocks = Cipher.getInstance("AES/ECB/NoPadding");
            blocks.init(Cipher.ENCRYPT_MODE, key);
            byte[] h = new byte[BLOCK];
            blocks.update(h, 0, BLOCK, h, 0);
            ghash = new GhashTable(h, 0);
            Arrays.fill(h, (byte) 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no AES/ECB; Werkmap cannot run without it", e);
        }
    }

    /** Whether a value of these lengths takes this path. */
    static boolean fits(int aadBytes, int textBytes) {
        return aadBytes + textBytes <= LIMIT;
    }

    /** As {@link AesGcm#encrypt}: writes ciphertext and tag into {@code out} at {@code outOffset}. */
    int encrypt(byte[] nonce, int nonceOffset, byte[] aad, byte[] plain, byte[] out, int outOffset) {
        int length = plain.length;
        keyStream(nonce, nonceOffset, length);
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = (byte) (plain[i] ^ stream[BLOCK + i]);
        }
        tag(aad, out, outOffset, length, out, outOffset + length);
        return length + BLOCK;
    }

    /**
     * As {@link AesGcm#decrypt}: the text of {@code ciphertext+tag}, after the tag is checked in constant time;
     * {@link AEADBadTagException} when it does not match or the input is shorter than a tag, as the JDK does.
     */
    byte[] decrypt(byte[] nonce, int nonceOffset, byte[] aad, byte[] input, int offset, int length)
            throws AEADBadTagException {
        if (length < BLOCK) {
            throw new AEADBadTagException("Input too short - need tag");
        }
        int textLength = length - BLOCK;
        keyStream(nonce, nonceOffset, textLength);
        tag(aad, input, offset, textLength, expected, 0);
        System.arraycopy(input, offset + textLength, given, 0, BLOCK);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new AEADBadTagException("Tag mismatch");
        }
        byte[] plain = new byte[textLength];
        for (int i = 0; i < textLength; i++) {
            plain[i] = (byte) (input[offset + i] ^ stream[BLOCK + i]);
        }
        return plain;
    }

    /** Replaces the key schedule by one of a key of zeroes and zeroes the tables and scratch blocks. */
    void wipe() {
        ghash.wipe();
        Arrays.fill(counters, (byte) 0);
        Arrays.fill(stream, (byte) 0);
        Arrays.fill(expected, (byte) 0);
        Arrays.fill(given, (byte) 0);
        try {
            blocks.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[32], "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES refused a key of zeroes", e);
        }
    }

    /** Fills {@link #stream} with E(J0) and the key stream for {@code textLength} bytes. */
    private void keyStream(byte[] nonce, int nonceOffset, int textLength) {
        int count = 1 + (textLength + BLOCK - 1) / BLOCK;
        for (int i = 0; i < count; i++) {
            int at = i * BLOCK;
            System.arraycopy(nonce, nonceOffset, counters, at, AesGcm.NONCE_BYTES);
            int counter = i + 1;
            counters[at + 12] = (byte) (counter >>> 24);
            counters[at + 13] = (byte) (counter >>> 16);
            counters[at + 14] = (byte) (counter >>> 8);
            counters[at + 15] = (byte) counter;
        }
        try {
            blocks.update(counters, 0, count * BLOCK, stream, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB failed on whole blocks", e);
        }
    }

    /** GHASH over the associated data and ciphertext and the lengths, masked with E(J0): the tag, into out. */
    private void tag(byte[] aad, byte[] text, int textOffset, int textLength, byte[] out, int outOffset) {
        ghash.startWith(aad);
        ghash.update(text, textOffset, textLength);
        ghash.lengths(aad.length, textLength);
        ghash.finish(stream, 0, out, outOffset);
    }
}
