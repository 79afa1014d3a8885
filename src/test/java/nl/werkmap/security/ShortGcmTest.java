package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortGcm} against vectors that owe nothing to the JDK (the GCM specification's AES-256 test cases, and a
 * bit-by-bit GHASH written from the specification's algorithm), against the JDK at every text length up to past the
 * limit, and for what a sealed field must refuse; and its key material wiped with the key.
 */
class ShortGcmTest {

    private static final HexFormat HEX = HexFormat.of();

    /** McGrew and Viega, "The Galois/Counter Mode of Operation", test cases 13 to 16 (256-bit keys). */
    @Test
    void matchesTheSpecificationsTestVectors() throws Exception {
        String zeroKey = "00".repeat(32);
        String key = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
        String plain = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
        String cipher = "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad";
        checkVector(zeroKey, "00".repeat(12), "", "", "", "530f8afbc74536b9a963b4f1c4cb738b");
        checkVector(zeroKey, "00".repeat(12), "", "00".repeat(16), "cea7403d4d606b6e074ec5d3baf39d18",
                "d0d1c8a799996bf0265b98b5d48ab919");
        checkVector(key, "cafebabefacedbaddecaf888", "", plain, cipher, "b094dac5d93471bdec1a502270e3cc6c");
        checkVector(key, "cafebabefacedbaddecaf888", "feedfacedeadbeeffeedfacedeadbeefabaddad2",
                plain.substring(0, 120), cipher.substring(0, 120), "76fc6ece0f4e1768cddf8853bb2d551b");
    }

    @Test
    void tableGhashEqualsTheSpecificationsBitByBitMultiplication() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            byte[] h = ShortGcmProperties.bytes(random, 16);
            byte[] data = ShortGcmProperties.bytes(random, random.nextInt(100));
            GhashTable table = new GhashTable(h, 0);
            table.reset();
            table.update(data, 0, data.length);
            table.lengths(7, data.length);
            byte[] got = new byte[16];
            table.finish(new byte[16], 0, got, 0);

            byte[] y = new byte[16];
            byte[] padded = Arrays.copyOf(data, (data.length + 15) / 16 * 16);
            for (int at = 0; at < padded.length; at += 16) {
                y = slowMultiply(xor(y, Arrays.copyOfRange(padded, at, at + 16)), h);
            }
            byte[] lengths = new byte[16];
            lengths[7] = 7 * 8;
            long bits = data.length * 8L;
            for (int i = 0; i < 8; i++) {
                lengths[15 - i] = (byte) (bits >>> (8 * i));
            }
            y = slowMultiply(xor(y, lengths), h);

            assertArrayEquals(y, got, "round " + round);
        }
    }

    @Test
    void everyTextLengthUpToPastTheLimitSealsAsTheJdk() throws Exception {
        Random random = new Random(2026);
        byte[] raw = ShortGcmProperties.bytes(random, 32);
        AesKey key = new AesKey(raw.clone());
        for (int aadLength : new int[] {0, 1, 76, 300}) {
            byte[] aad = ShortGcmProperties.bytes(random, aadLength);
            for (int length = 0; length <= ShortGcm.LIMIT + 40; length++) {
                byte[] nonce = ShortGcmProperties.bytes(random, 12);
                byte[] plain = ShortGcmProperties.bytes(random, length);
                byte[] expected = ShortGcmProperties.jdk(Cipher.ENCRYPT_MODE, raw, nonce, aad, plain);
                byte[] sealed = new byte[length + 16];
                AesGcm.encrypt(key, nonce, 0, aad, plain, sealed, 0);
                assertArrayEquals(expected, sealed, "aad " + aadLength + ", text " + length);
                assertArrayEquals(plain, AesGcm.decrypt(key, nonce, 0, aad, sealed, 0, sealed.length));
            }
        }
        key.destroy();
    }

    /**
     * Fields' associated data share their first 32 bytes by column, and {@link GhashTable} keeps the hash after them
     * for the last few: sealing under more columns than it keeps, in an order that reuses and evicts entries, with
     * row ids of several lengths and prefixes that differ only in their last kept byte, must still match the JDK.
     */
    @Test
    void keptAssociatedDataPrefixesGiveTheJdksBytes() throws Exception {
        Random random = new Random(17);
        byte[] raw = ShortGcmProperties.bytes(random, 32);
        AesKey key = new AesKey(raw.clone());
        String[] columns = {"full_name", "preferred_name", "birth_date", "bsn", "phone", "email", "full_namf", "x"};
        for (int i = 0; i < 3_000; i++) {
            String column = columns[random.nextInt(random.nextBoolean() ? 3 : columns.length)];
            String rowId = random.nextInt(10) == 0 ? "r" + i : java.util.UUID.randomUUID().toString();
            byte[] aad = GcmFieldSealer.associatedData(random.nextInt(8) == 0 ? "candidatf" : "candidate", column,
                    rowId);
            byte[] nonce = ShortGcmProperties.bytes(random, 12);
            byte[] plain = ShortGcmProperties.bytes(random, random.nextInt(40));
            byte[] expected = ShortGcmProperties.jdk(Cipher.ENCRYPT_MODE, raw, nonce, aad, plain);
            byte[] sealed = new byte[plain.length + 16];
            AesGcm.encrypt(key, nonce, 0, aad, plain, sealed, 0);
            assertArrayEquals(expected, sealed, column + " " + rowId);
            assertArrayEquals(plain, AesGcm.decrypt(key, nonce, 0, aad, expected, 0, expected.length));
        }
        byte[] zeroes = new byte[40];
        byte[] nonce = ShortGcmProperties.bytes(random, 12);
        byte[] expected = ShortGcmProperties.jdk(Cipher.ENCRYPT_MODE, raw, nonce, zeroes, new byte[5]);
        byte[] sealed = new byte[21];
        AesGcm.encrypt(key, nonce, 0, zeroes, new byte[5], sealed, 0);
        assertArrayEquals(expected, sealed, "associated data starting with 32 zero bytes");
        key.destroy();
    }

    /**
     * The kept prefixes are compared a word (8 bytes) at a time: associated data that differ from a kept one in only
     * one of its four words, in turn and again, must each get their own hash (a comparison that left a word out would
     * take another's kept state and give another tag).
     */
    @Test
    void aPrefixDifferingInAnyOneWordIsNotTakenForAKeptOne() throws Exception {
        Random random = new Random(23);
        byte[] raw = ShortGcmProperties.bytes(random, 32);
        AesKey key = new AesKey(raw.clone());
        byte[] base = ShortGcmProperties.bytes(random, 45);
        for (int round = 0; round < 40; round++) {
            int word = round % 5; // 4: the base itself
            byte[] aad = base.clone();
            if (word < 4) {
                aad[word * 8 + random.nextInt(8)] ^= (byte) (1 << random.nextInt(8));
            }
            byte[] nonce = ShortGcmProperties.bytes(random, 12);
            byte[] plain = ShortGcmProperties.bytes(random, 1 + random.nextInt(30));
            byte[] expected = ShortGcmProperties.jdk(Cipher.ENCRYPT_MODE, raw, nonce, aad, plain);
            byte[] sealed = new byte[plain.length + 16];
            AesGcm.encrypt(key, nonce, 0, aad, plain, sealed, 0);
            assertArrayEquals(expected, sealed, "round " + round + ", word " + word);
            assertArrayEquals(plain, AesGcm.decrypt(key, nonce, 0, aad, expected, 0, expected.length));
        }
        key.destroy();
    }

    /** The JDK 17 refuses these with a ProviderException (its output check fires first); we with a bad tag. */
    @Test
    void inputShorterThanATagIsRefusedAsBadTag() {
        Random random = new Random(5);
        byte[] raw = ShortGcmProperties.bytes(random, 32);
        AesKey key = new AesKey(raw.clone());
        byte[] nonce = ShortGcmProperties.bytes(random, 12);
        for (int length = 0; length < 16; length++) {
            byte[] input = ShortGcmProperties.bytes(random, length);
            assertThrows(Exception.class,
                    () -> ShortGcmProperties.jdk(Cipher.DECRYPT_MODE, raw, nonce, new byte[0], input));
            assertThrows(AEADBadTagException.class,
                    () -> AesGcm.decrypt(key, nonce, 0, new byte[0], input, 0, input.length));
        }
        key.destroy();
    }

    @Test
    void everySingleBitFlipOfASealedFieldIsRefused() {
        Random random = new Random(7);
        DataKey dataKey = new DataKey(new AesKey(ShortGcmProperties.bytes(random, 32)));
        GcmFieldSealer sealer = new GcmFieldSealer(dataKey);
        String id = "6f1c2a0e-0b7e-4a55-9d51-3c6b1f0e2a11";
        for (String text : new String[] {"", "J", "Jan van den Berg", "0123456789abcdef", "Ahmed Yılmaz-de Vries"}) {
            byte[] sealed = sealer.seal("candidate", "full_name", id, text);
            assertEquals(text, sealer.open("candidate", "full_name", id, sealed));
            for (int bit = 0; bit < sealed.length * 8; bit++) {
                byte[] flipped = sealed.clone();
                flipped[bit / 8] ^= (byte) (1 << (bit % 8));
                assertThrows(TamperedFieldException.class,
                        () -> sealer.open("candidate", "full_name", id, flipped), "bit " + bit);
            }
            assertThrows(TamperedFieldException.class, () -> sealer.open("candidate", "nickname", id, sealed));
            assertThrows(TamperedFieldException.class, () -> sealer.open("placement", "full_name", id, sealed));
            assertThrows(TamperedFieldException.class,
                    () -> sealer.open("candidate", "full_name", id.replace('6', '7'), sealed));
            GcmFieldSealer otherKey = new GcmFieldSealer(new DataKey(new AesKey(ShortGcmProperties.bytes(random, 32))));
            assertThrows(TamperedFieldException.class, () -> otherKey.open("candidate", "full_name", id, sealed));
        }
        dataKey.destroy();
    }

    @Test
    void destroyingTheKeyWipesItsTablesIdleOrInUse() throws Exception {
        AesKey key = new AesKey(ShortGcmProperties.bytes(new Random(11), 32));
        ShortGcm idle = key.shortGcms().borrow();
        ShortGcm inUse = key.shortGcms().borrow();
        key.shortGcms().giveBack(idle);
        assertNotEquals(0, Arrays.stream(table(idle)).filter(v -> v != 0).count(), "the table was made");

        key.destroy();
        assertTrue(Arrays.stream(table(idle)).allMatch(v -> v == 0), "an idle engine's table is wiped on destroy");
        assertNotEquals(0, Arrays.stream(table(inUse)).filter(v -> v != 0).count());
        key.shortGcms().giveBack(inUse);
        assertTrue(Arrays.stream(table(inUse)).allMatch(v -> v == 0), "an engine in use is wiped when given back");
        assertTrue(key.shortGcms().borrow() != idle, "nothing idle is kept after destroy");
    }

    private static long[] table(ShortGcm gcm) throws ReflectiveOperationException {
        Field ghash = ShortGcm.class.getDeclaredField("ghash");
        ghash.setAccessible(true);
        Field table = GhashTable.class.getDeclaredField("table");
        table.setAccessible(true);
        return (long[]) table.get(ghash.get(gcm));
    }

    private static void checkVector(String key, String nonce, String aad, String plain, String cipher, String tag)
            throws Exception {
        AesKey aesKey = new AesKey(HEX.parseHex(key));
        ShortGcm gcm = new ShortGcm(aesKey);
        byte[] p = HEX.parseHex(plain);
        byte[] out = new byte[p.length + 16];
        gcm.encrypt(HEX.parseHex(nonce), 0, HEX.parseHex(aad), p, out, 0);
        assertEquals(cipher + tag, HEX.formatHex(out));
        assertArrayEquals(p, gcm.decrypt(HEX.parseHex(nonce), 0, HEX.parseHex(aad), out, 0, out.length));
        gcm.wipe();
        aesKey.destroy();
    }

    /** The specification's Algorithm 1: X times Y in GF(2^128), one bit of X at a time. */
    private static byte[] slowMultiply(byte[] x, byte[] y) {
        byte[] z = new byte[16];
        byte[] v = y.clone();
        for (int i = 0; i < 128; i++) {
            if ((x[i / 8] >> (7 - i % 8) & 1) == 1) {
                z = xor(z, v);
            }
            boolean lsb = (v[15] & 1) == 1;
            for (int j = 15; j > 0; j--) {
                v[j] = (byte) (((v[j] & 0xFF) >>> 1) | ((v[j - 1] & 1) << 7));
            }
            v[0] = (byte) ((v[0] & 0xFF) >>> 1);
            if (lsb) {
                v[0] ^= (byte) 0xE1;
            }
        }
        return z;
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[16];
        for (int i = 0; i < 16; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }
}
