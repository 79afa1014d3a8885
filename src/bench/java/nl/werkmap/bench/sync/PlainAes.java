package nl.werkmap.bench.sync;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleJson;

/**
 * The raw cost the sync benches compare with: the bundle's JSON written, encrypted with plain AES-256-GCM, decrypted
 * and read again, with no signature, key agreement or encoding around it.
 */
final class PlainAes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PlainAes() {
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
