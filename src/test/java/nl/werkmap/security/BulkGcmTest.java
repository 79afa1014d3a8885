package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * {@link BulkGcm} opens what the JDK's {@code AES/GCM/NoPadding} seals, at every length that matters to its blocks
 * and chunks, with the associated data a window of a larger array (as a JWE's header is); and refuses, before it
 * decrypts anything, whatever was changed: any bit of text, tag, associated data or IV, or another key.
 */
class BulkGcmTest {

    private static final HexFormat HEX = HexFormat.of();

    /** McGrew and Viega, "The Galois/Counter Mode of Operation", test cases 15 and 16 (256-bit key). */
    @Test
    void opensTheSpecificationsTestVectors() throws Exception {
        SecretKey key = new SecretKeySpec(HEX.parseHex(
                "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"), "AES");
        byte[] iv = HEX.parseHex("cafebabefacedbaddecaf888");
        String plain = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
        String cipher = "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad";
        assertArrayEquals(HEX.parseHex(plain), BulkGcm.decrypt(key, iv, new byte[0], 0, 0, HEX.parseHex(cipher),
                HEX.parseHex("b094dac5d93471bdec1a502270e3cc6c")));
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        assertArrayEquals(HEX.parseHex(plain.substring(0, 120)), BulkGcm.decrypt(key, iv, aad, 0, aad.length,
                HEX.parseHex(cipher.substring(0, 120)), HEX.parseHex("76fc6ece0f4e1768cddf8853bb2d551b")));
    }

    @Test
    void opensWhatTheJdkSealsAtEveryLength() throws Exception {
        Random random = new Random(2026);
        int[] longer = {4_095, 4_096, 4_097, 8_192 + 15, 65_536 + 1, 1_000_003, 3 * 1_048_576 + 7};
        int[] lengths = new int[80 + longer.length];
        for (int i = 0; i < 80; i++) {
            lengths[i] = i;
        }
        System.arraycopy(longer, 0, lengths, 80, longer.length);
        for (int length : lengths) {
            Sealed sealed = Sealed.random(random, length, random.nextInt(200));
            assertArrayEquals(sealed.plain, sealed.open(), "length " + length);
        }
    }

    @Test
    void refusesEveryChangedBitOfTextAndTag() throws Exception {
        Sealed sealed = Sealed.random(new Random(7), 37, 20);
        for (int bit = 0; bit < sealed.ciphertext.length * 8; bit++) {
            byte[] changed = flip(sealed.ciphertext, bit);
            assertThrows(AEADBadTagException.class, () -> BulkGcm.decrypt(sealed.key, sealed.iv, sealed.aad,
                    sealed.aadOffset, sealed.aadLength, changed, sealed.tag), "text bit " + bit);
        }
        for (int bit = 0; bit < 128; bit++) {
            byte[] changed = flip(sealed.tag, bit);
            assertThrows(AEADBadTagException.class, () -> BulkGcm.decrypt(sealed.key, sealed.iv, sealed.aad,
                    sealed.aadOffset, sealed.aadLength, sealed.ciphertext, changed), "tag bit " + bit);
        }
    }

    @Test
    void refusesChangedAssociatedDataIvOrKey() throws Exception {
        Sealed sealed = Sealed.random(new Random(11), 5_000, 30);
        for (int bit = 0; bit < sealed.aadLength * 8; bit++) {
            byte[] changed = flip(sealed.aad, sealed.aadOffset * 8 + bit);
            assertThrows(AEADBadTagException.class, () -> BulkGcm.decrypt(sealed.key, sealed.iv, changed,
                    sealed.aadOffset, sealed.aadLength, sealed.ciphertext, sealed.tag), "aad bit " + bit);
        }
        // A byte more or less of associated data, or the window moved, is other associated data.
        assertThrows(AEADBadTagException.class, () -> BulkGcm.decrypt(sealed.key, sealed.iv, sealed.aad,
                sealed.aadOffset, sealed.aadLength - 1, sealed.ciphertext, sealed.tag));
        assertThrows(AEADBadTagException.class, () -> BulkGcm.decrypt(sealed.key, sealed.iv, sealed.aad,
                sealed.aadOffset + 1, sealed.aadLength, sealed.ciphertext, sealed.tag));
        for (int bit = 0; bit < 96; bit++) {
            byte[] changed = flip(sealed.iv, bit);
            assertThrows(AEADBadTagException.class, () -> BulkGcm.decrypt(sealed.key, changed, sealed.aad,
                    sealed.aadOffset, sealed.aadLength, sealed.ciphertext, sealed.tag), "iv bit " + bit);
        }
        SecretKey other = new SecretKeySpec(flip(sealed.key.getEncoded(), 200), "AES");
        assertThrows(AEADBadTagException.class, () -> BulkGcm.decrypt(other, sealed.iv, sealed.aad,
                sealed.aadOffset, sealed.aadLength, sealed.ciphertext, sealed.tag));
        // The text cut short by a byte, as a bundle cut off would be.
        assertThrows(AEADBadTagException.class, () -> BulkGcm.decrypt(sealed.key, sealed.iv, sealed.aad,
                sealed.aadOffset, sealed.aadLength, Arrays.copyOf(sealed.ciphertext, sealed.ciphertext.length - 1),
                sealed.tag));
    }

    private static byte[] flip(byte[] bytes, int bit) {
        byte[] copy = bytes.clone();
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    /** A text sealed by the JDK, its associated data a window inside a larger array. */
    private record Sealed(SecretKey key, byte[] iv, byte[] aad, int aadOffset, int aadLength, byte[] plain,
                          byte[] ciphertext, byte[] tag) {

        static Sealed random(Random random, int length, int aadLength) throws Exception {
            SecretKey key = new SecretKeySpec(bytes(random, 32), "AES");
            byte[] iv = bytes(random, 12);
            byte[] aad = bytes(random, aadLength + 9);
            int aadOffset = 4;
            byte[] plain = bytes(random, length);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            gcm.updateAAD(aad, aadOffset, aadLength);
            byte[] sealed = gcm.doFinal(plain);
            return new Sealed(key, iv, aad, aadOffset, aadLength, plain, Arrays.copyOf(sealed, length),
                    Arrays.copyOfRange(sealed, length, length + 16));
        }

        byte[] open() throws Exception {
            return BulkGcm.decrypt(key, iv, aad, aadOffset, aadLength, ciphertext, tag);
        }

        private static byte[] bytes(Random random, int count) {
            byte[] b = new byte[count];
            random.nextBytes(b);
            return b;
        }
    }
}
