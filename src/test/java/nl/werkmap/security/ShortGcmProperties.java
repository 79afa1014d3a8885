package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link AesGcm} (short values through {@link ShortGcm}, long ones through the JDK) against a plain JDK
 * {@code AES/GCM/NoPadding} cipher made here: random keys, nonces, associated data of 0..300 bytes and texts from
 * empty to past {@link ShortGcm#LIMIT}, lengths around block boundaries drawn often. Sealing must give the same bytes;
 * opening must give the same text for what the JDK sealed, and refuse what the JDK refuses.
 */
class ShortGcmProperties {

    @Property(tries = 600)
    void sealsTheSameBytesAsTheJdkAndOpensWhatItSealed(@ForAll("seeds") long seed, @ForAll("aadLengths") int aadLength,
            @ForAll("textLengths") int textLength) throws Exception {
        Random random = new Random(seed);
        byte[] raw = bytes(random, 32);
        byte[] nonce = bytes(random, 12);
        byte[] aad = bytes(random, aadLength);
        byte[] plain = bytes(random, textLength);

        byte[] expected = jdk(Cipher.ENCRYPT_MODE, raw, nonce, aad, plain);
        AesKey key = new AesKey(raw.clone());
        byte[] sealed = new byte[textLength + 16];
        int written = AesGcm.encrypt(key, nonce, 0, aad, plain, sealed, 0);

        assertEquals(expected.length, written);
        assertArrayEquals(expected, sealed);
        assertArrayEquals(plain, AesGcm.decrypt(key, nonce, 0, aad, expected, 0, expected.length));
        key.destroy();
    }

    @Property(tries = 400)
    void refusesWhatTheJdkRefuses(@ForAll("seeds") long seed, @ForAll("aadLengths") int aadLength,
            @ForAll("textLengths") int textLength) throws Exception {
        Random random = new Random(seed);
        byte[] raw = bytes(random, 32);
        byte[] nonce = bytes(random, 12);
        byte[] aad = bytes(random, aadLength);
        byte[] sealed = jdk(Cipher.ENCRYPT_MODE, raw, nonce, aad, bytes(random, textLength));
        int bit = random.nextInt(sealed.length * 8);
        sealed[bit / 8] ^= (byte) (1 << (bit % 8));

        assertThrows(AEADBadTagException.class, () -> jdk(Cipher.DECRYPT_MODE, raw, nonce, aad, sealed));
        AesKey key = new AesKey(raw.clone());
        assertThrows(AEADBadTagException.class, () -> AesGcm.decrypt(key, nonce, 0, aad, sealed, 0, sealed.length));
        key.destroy();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Integer> aadLengths() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 76, 300)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 300)));
    }

    @Provide
    Arbitrary<Integer> textLengths() {
        int limit = ShortGcm.LIMIT;
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0, 1, 15, 16, 17, 31, 32, 33, 47, 48, 49, limit / 2,
                        limit - 17, limit - 16, limit - 1, limit, limit + 1, limit + 16, limit + 17)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, limit + 300)));
    }

    static byte[] jdk(int mode, byte[] raw, byte[] nonce, byte[] aad, byte[] input) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(raw, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(aad);
        return cipher.doFinal(input);
    }

    static byte[] bytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
