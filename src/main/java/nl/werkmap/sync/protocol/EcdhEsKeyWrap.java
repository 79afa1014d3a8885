package nl.werkmap.sync.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key management of the bundle's JWE: ECDH-ES+A256KW (RFC 7518 §4.6). An ephemeral P-256 key pair agrees a secret
 * with the recipient's key, the Concat KDF (NIST SP 800-56A, one SHA-256 round for a 256-bit key) turns it into a
 * key-encryption key, and that wraps the random content key with AES Key Wrap (RFC 3394). All of it is the JDK's.
 */
final class EcdhEsKeyWrap {

    static final String ALGORITHM = "ECDH-ES+A256KW";
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the sender puts in the JWE: the ephemeral public key for the header, the wrapped and the plain CEK. */
    record Wrapped(ECPublicKey ephemeral, byte[] encryptedKey, SecretKey contentKey) {
    }

    private EcdhEsKeyWrap() {
    }

    /** A fresh content key, wrapped for {@code recipient}. */
    static Wrapped wrapNewKey(ECPublicKey recipient) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(recipient.getParams(), RANDOM);
        KeyPair ephemeral = generator.generateKeyPair();
        byte[] cek = new byte[KEY_BITS / 8];
        RANDOM.nextBytes(cek);
        SecretKey contentKey = new SecretKeySpec(cek, "AES");
        Cipher wrap = Cipher.getInstance("AESWrap");
        wrap.init(Cipher.WRAP_MODE, keyEncryptionKey(ephemeral.getPrivate(), recipient, new byte[0], new byte[0]));
        return new Wrapped((ECPublicKey) ephemeral.getPublic(), wrap.wrap(contentKey), contentKey);
    }

    /**
     * The content key from a received JWE. The JDK's ECDH refuses an ephemeral key that is not a point of the
     * recipient's curve; a wrong key or altered wrapped key fails the RFC 3394 integrity check. Either way a
     * {@link GeneralSecurityException}.
     */
    static SecretKey unwrap(PrivateKey recipient, ECPublicKey ephemeral, byte[] encryptedKey, byte[] partyU,
                            byte[] partyV) throws GeneralSecurityException {
        Cipher unwrap = Cipher.getInstance("AESWrap");
        unwrap.init(Cipher.UNWRAP_MODE, keyEncryptionKey(recipient, ephemeral, partyU, partyV));
        SecretKey contentKey = (SecretKey) unwrap.unwrap(encryptedKey, "AES", Cipher.SECRET_KEY);
        if (contentKey.getEncoded().length != KEY_BITS / 8) {
            throw new GeneralSecurityException("Content key of " + contentKey.getEncoded().length + " bytes");
        }
        return contentKey;
    }

    private static SecretKey keyEncryptionKey(PrivateKey own, ECPublicKey other, byte[] partyU, byte[] partyV)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(own);
        agreement.doPhase(other, true);
        byte[] shared = agreement.generateSecret();
        try {
            return new SecretKeySpec(concatKdf(shared, partyU, partyV), "AES");
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    /** RFC 7518 §4.6.2: SHA-256(counter 1 | Z | AlgorithmID | PartyUInfo | PartyVInfo | SuppPubInfo). */
    private static byte[] concatKdf(byte[] shared, byte[] partyU, byte[] partyV) throws GeneralSecurityException {
        byte[] algorithm = ALGORITHM.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer input = ByteBuffer.allocate(4 + shared.length + 4 + algorithm.length + 4 + partyU.length + 4
                + partyV.length + 4);
        input.putInt(1).put(shared)
                .putInt(algorithm.length).put(algorithm)
                .putInt(partyU.length).put(partyU)
                .putInt(partyV.length).put(partyV)
                .putInt(KEY_BITS);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.array());
        Arrays.fill(input.array(), (byte) 0);
        return digest;
    }
}
