package nl.werkmap.bench.sync;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleJson;

/**
 * The raw cost the sync benches compare with: the bundle's JSON written, encrypted with plain AES-256-GCM, decrypted
 * and read again, with no signature, key agreement or encoding around it. The key is 256 bits, said so explicitly
 * (a JDK's default AES key size has differed between versions), and {@link #warm} runs before any figure so both
 * sides of a comparison use the JIT's AES and carry-less multiply intrinsics.
 */
final class PlainAes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PlainAes() {
    }

    /** A fresh AES key of 256 bits. */
    static SecretKey key256() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        SecretKey key = generator.generateKey();
        if (key.getEncoded().length != 32) {
            throw new IllegalStateException("AES key is not 256 bits");
        }
        return key;
    }

    /**
     * Many small AES-GCM calls, as the TLS records of a hub in service make: the JDK compiles AES-GCM with the CPU's
     * AES and carry-less multiply instructions only after many calls, and a short bench of a few large calls would
     * otherwise time one side on the slow path. Warms the JOSE envelope's A256GCM too: both use the same cipher.
     */
    static void warm(SecretKey key) throws GeneralSecurityException {
        byte[] record = new byte[16_384];
        byte[] iv = new byte[12];
        for (int i = 0; i < 20_000; i++) {
            iv[0] = (byte) i;
            iv[1] = (byte) (i >> 8);
            Cipher enc = Cipher.getInstance("AES/GCM/NoPadding");
            enc.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = enc.doFinal(record);
            Cipher dec = Cipher.getInstance("AES/GCM/NoPadding");
            dec.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
            dec.doFinal(sealed);
        }
    }

    /** One round trip; returns the payload's size in bytes. */
    static int roundTrip(Bundle bundle, SecretKey key) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher enc = Cipher.getInstance("AES/GCM/NoPadding");
        enc.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] payload = BundleJson.write(bundle);
        byte[] sealed = enc.doFinal(payload);
        Cipher dec = Cipher.getInstance("AES/GCM/NoPadding");
        dec.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        BundleJson.read(dec.doFinal(sealed));
        return payload.length;
    }
}
