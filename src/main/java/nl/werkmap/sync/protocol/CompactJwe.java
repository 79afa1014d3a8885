package nl.werkmap.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;

import nl.werkmap.security.BulkGcm;

/**
 * A compact JWE with ECDH-ES+A256KW and A256GCM (RFC 7516, RFC 7518 §4.6 and §5.3): five base64url parts, the
 * protected header's ASCII as the GCM additional data. The header goes through Nimbus (it is small and its parser
 * knows every registered member); the content, megabytes in a large bundle, is encrypted by the JDK straight from
 * and into byte arrays.
 */
final class CompactJwe {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CompactParts parts;
    private final JWEHeader header;

    private CompactJwe(CompactParts parts, JWEHeader header) {
        this.parts = parts;
        this.header = header;
    }

    /**
     * Encrypts {@code plaintext} to {@code recipient}. {@code header} names algorithm, method, key id and content
     * type; the ephemeral key is added here.
     */
    static String encrypt(JWEHeader header, byte[] plaintext, ECPublicKey recipient) throws GeneralSecurityException {
        Sealing sealing = begin(header, recipient);
        byte[] sealed = sealing.gcm().doFinal(plaintext);
        int tagAt = sealed.length - TAG_BITS / 8;
        byte[] compact = CompactParts.join(sealing.protectedHeader(), Base64Url.encode(sealing.encryptedKey()),
                Base64Url.encode(sealing.iv()), Base64Url.encode(sealed, 0, tagAt),
                Base64Url.encode(sealed, tagAt, sealed.length));
        return new String(compact, StandardCharsets.US_ASCII);
    }

    /**
     * The start of every sealing, whole ({@link #encrypt}) or streamed ({@link StreamedEnvelope}): a fresh content
     * key wrapped for the recipient, the protected header with the ephemeral key added (its ASCII is the first part
     * and the additional data), a fresh IV, and AES-GCM set up for the content. Kept in one place so both give the
     * same bytes for the same key, IV and content.
     */
    record Sealing(byte[] protectedHeader, byte[] encryptedKey, byte[] iv, Cipher gcm) {
    }

    /** Begins a sealing to {@code recipient} under {@code header} (see {@link Sealing}). */
    static Sealing begin(JWEHeader header, ECPublicKey recipient) throws GeneralSecurityException {
        EcdhEsKeyWrap.Wrapped key = EcdhEsKeyWrap.wrapNewKey(recipient);
        JWEHeader full = new JWEHeader.Builder(header)
                .ephemeralPublicKey(new ECKey.Builder(Curve.P_256, key.ephemeral()).build())
                .build();
        byte[] protectedHeader = CompactParts.ascii(full.toBase64URL().toString());
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, key.contentKey(), new GCMParameterSpec(TAG_BITS, iv));
        gcm.updateAAD(protectedHeader);
        return new Sealing(protectedHeader, key.encryptedKey(), iv, gcm);
    }

    /**
     * Cuts a compact JWE into its parts and reads the protected header (Nimbus's parser also refuses an ephemeral
     * key that is not a point of its curve). A {@link MalformedBundleException} says which of the two failed.
     */
    static CompactJwe parse(String compact) {
        CompactParts parts = CompactParts.split(CompactParts.ascii(compact), 5);
        if (parts == null) {
            throw new MalformedBundleException("Dit is geen versleutelde Werkmap-bundel (JWE): verwacht vijf delen"
                    + " van ASCII-tekens, gescheiden door punten.");
        }
        try {
            parts.requireCanonical(); // strict base64url: Nimbus's decoder would accept padding and stray bits
        } catch (IllegalArgumentException e) {
            throw new MalformedBundleException("De kop van de versleutelde bundel (JWE) is ongeldig: " + e.getMessage(),
                    e);
        }
        try {
            return new CompactJwe(parts, JWEHeader.parse(new Base64URL(parts.text(0))));
        } catch (ParseException | RuntimeException e) {
            // Nimbus's header parser is fed untrusted bytes and not only throws ParseException: a header whose "enc"
            // is JSON null ends in a NullPointerException inside it. Whatever it throws, the header is not valid.
            throw new MalformedBundleException("De kop van de versleutelde bundel (JWE) is ongeldig: " + e.getMessage(),
                    e);
        }
    }

    JWEHeader header() {
        return header;
    }

    /**
     * The plaintext, or a {@link GeneralSecurityException} when the key does not fit, the ephemeral key is not on
     * the curve, or any byte of header, wrapped key, IV, ciphertext or tag was changed.
     */
    byte[] decrypt(ECPrivateKey recipient) throws GeneralSecurityException {
        if (!(header.getEphemeralPublicKey() instanceof ECKey ephemeral) || !Curve.P_256.equals(ephemeral.getCurve())) {
            throw new GeneralSecurityException("The header has no P-256 ephemeral key");
        }
        try {
            ECPublicKey ephemeralKey = ephemeral.toECPublicKey();
            SecretKey contentKey = EcdhEsKeyWrap.unwrap(recipient, ephemeralKey, parts.decoded(1),
                    bytesOrEmpty(header.getAgreementPartyUInfo()), bytesOrEmpty(header.getAgreementPartyVInfo()));
            byte[] iv = parts.decoded(2);
            byte[] ciphertext = parts.decoded(3);
            byte[] tag = parts.decoded(4);
            if (iv.length != IV_BYTES || tag.length != TAG_BITS / 8) {
                throw new GeneralSecurityException("IV or tag of the wrong length");
            }
            // Not the JDK's GCM: it decrypts a bundle of megabytes in one call, which the JIT never compiles with
            // its intrinsics (BulkGcm says why); the same bytes, the same refusals.
            return BulkGcm.decrypt(contentKey, iv, parts.bytes(), 0, parts.end(0), ciphertext, tag);
        } catch (JOSEException | IllegalArgumentException e) {
            throw new GeneralSecurityException("The JWE could not be decrypted", e);
        }
    }

    private static byte[] bytesOrEmpty(Base64URL value) {
        return value == null ? new byte[0] : value.decode();
    }
}
