package nl.werkmap.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

/**
 * Opens AES-GCM (12-byte IV, 128-bit tag) of megabytes, such as a sync bundle's JWE content, byte for byte as the
 * JDK's {@code AES/GCM/NoPadding} does, but at the speed of its intrinsics from the first bundle on.
 *
 * <p>Why not the JDK's GCM: to check the tag before it gives out anything, it keeps the whole ciphertext and hashes
 * and decrypts it in one call when {@code doFinal} comes. The JIT puts its carry-less-multiply GHASH and its AES
 * counter mode in only where a compiled method calls them, and a method called once per bundle is never compiled,
 * so a laptop's first sync hashed every bundle with the JDK's bit-by-bit Java GHASH: some 50 ms of CPU per 5 MB,
 * about 110 MB/s, on the machine where its intrinsic takes 3 ms. Here the tag is worked out first with
 * {@link GhashTable} (table GHASH in Java, some 750 MB/s), compared in constant time, and only then is the text
 * decrypted, with the JDK's {@code AES/CTR/NoPadding} fed a few kilobytes a call, so the calls become hot and
 * compiled, with AES-NI, after the first few bundles.
 *
 * <p>GCM counts its blocks in the last 32 bits of the counter block, the JDK's CTR in all 128: they part only after
 * 2^32 - 2 blocks (64 GiB), longer than any Java array. The tables are derived from the key (H = AES_K(0)); they are
 * wiped before this returns. A table GHASH can leak H through cache timing to code running beside it ({@link
 * GhashTable}); for a bundle that H belongs to one fresh content key of one bundle, whose content is a JWS signed
 * inside the encryption, so even a forged tag would not make a forged bundle pass.
 */
public final class BulkGcm {

    private static final int BLOCK = 16;
    private static final int IV_BYTES = 12;
    /** Bytes per call into the JDK's counter mode: small enough that the calls soon count as hot. */
    private static final int CHUNK = 4 * 1024;

    private BulkGcm() {
    }

    /**
     * The text of {@code ciphertext} under {@code key} and {@code iv}, with {@code aad[aadOffset, aadOffset +
     * aadLength)} as associated data and {@code tag} as its 16-byte tag; {@link AEADBadTagException} (nothing
     * decrypted) when any of them does not match, as the JDK's GCM.
     */
    public static byte[] decrypt(SecretKey key, byte[] iv, byte[] aad, int aadOffset, int aadLength,
                                 byte[] ciphertext, byte[] tag) throws GeneralSecurityException {
        if (iv.length != IV_BYTES) {
            throw new GeneralSecurityException("GCM here takes a 12-byte IV, not " + iv.length);
        }
        if (tag.length != BLOCK) {
            throw new AEADBadTagException("Tag of " + tag.length + " bytes, not " + BLOCK);
        }
        Cipher blocks = Cipher.getInstance("AES/ECB/NoPadding");
        blocks.init(Cipher.ENCRYPT_MODE, key);
        // H = E(0) for the hash; E(J0) masks the tag; J0 = IV || 0...01.
        byte[] h = new byte[BLOCK];
        byte[] counter = Arrays.copyOf(iv, BLOCK);
        counter[BLOCK - 1] = 1;
        byte[] mask = new byte[BLOCK];
        byte[] expected = new byte[BLOCK];
        GhashTable ghash = null;
        try {
            blocks.update(h, 0, BLOCK, h, 0);
            blocks.update(counter, 0, BLOCK, mask, 0);
            ghash = new GhashTable(h, 0);
            ghash.update(aad, aadOffset, aadLength);
            ghash.update(ciphertext, 0, ciphertext.length);
            ghash.lengths(aadLength, ciphertext.length);
            ghash.finish(mask, 0, expected, 0);
            if (!MessageDigest.isEqual(expected, tag)) {
                throw new AEADBadTagException("Tag mismatch");
            }
        } finally {
            Arrays.fill(h, (byte) 0);
            Arrays.fill(mask, (byte) 0);
            Arrays.fill(expected, (byte) 0);
            if (ghash != null) {
                ghash.wipe();
            }
        }
        // The text's first counter block is J0 + 1.
        counter[BLOCK - 1] = 2;
        Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
        ctr.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(counter));
        byte[] plain = new byte[ciphertext.length];
        int done = 0;
        while (done < ciphertext.length) {
            int n = Math.min(CHUNK, ciphertext.length - done);
            int written = ctr.update(ciphertext, done, n, plain, done);
            if (written != n) {
                throw new GeneralSecurityException("Counter mode gave " + written + " of " + n + " bytes");
            }
            done += n;
        }
        return plain;
    }
}
