package nl.werkmap.sync.protocol;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.Arrays;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;

/**
 * A compact JWS signed with ES256 (RFC 7515, RFC 7518 §3.4), made and checked with the JDK's own ECDSA in the
 * IEEE P1363 form JOSE uses (R and S, 32 bytes each). The header is small and goes through Nimbus; the payload,
 * megabytes in a large bundle, is never turned into a string.
 */
final class CompactJws {

    private static final String ALGORITHM = "SHA256withECDSAinP1363Format";
    private static final int SIGNATURE_LENGTH = 64;

    private final CompactParts parts;
    private final JWSHeader header;

    private CompactJws(CompactParts parts, JWSHeader header) {
        this.parts = parts;
        this.header = header;
    }

    /** Signs {@code payload} under {@code header}; returns the compact serialisation as ASCII bytes. */
    static byte[] sign(JWSHeader header, byte[] payload, ECPrivateKey key) throws GeneralSecurityException {
        return signed(CompactParts.join(CompactParts.ascii(header.toBase64URL().toString()),
                Base64Url.encode(payload)), key);
    }

    /**
     * Signs {@code payload} under {@code header}, which must say {@code b64: false} (RFC 7797): the signing input is
     * the header's base64url, a dot and the payload bytes as they are. Returns header, dot, payload, dot, signature
     * ({@link #parseUnencoded}); the payload is written once, not base64url-encoded.
     */
    static byte[] signUnencoded(JWSHeader header, byte[] payload, ECPrivateKey key) throws GeneralSecurityException {
        if (header.isBase64URLEncodePayload()) {
            throw new IllegalArgumentException("An unencoded JWS needs a header with b64: false");
        }
        return signed(CompactParts.join(CompactParts.ascii(header.toBase64URL().toString()), payload), key);
    }

    /** The signing input, a dot and its signature in base64url. */
    private static byte[] signed(byte[] signingInput, ECPrivateKey key) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(ALGORITHM);
        signer.initSign(key);
        signer.update(signingInput);
        byte[] signature = Base64Url.encode(signer.sign());
        byte[] compact = Arrays.copyOf(signingInput, signingInput.length + 1 + signature.length);
        compact[signingInput.length] = '.';
        System.arraycopy(signature, 0, compact, signingInput.length + 1, signature.length);
        return compact;
    }

    /**
     * Cuts a JWS with an unencoded payload, header, dot, payload, dot, signature ({@link #signUnencoded}), at its
     * first and last dot and reads its header. Null when there are not two dots, header or signature are not
     * canonical base64url, or the header is not a JWS header: the caller decides what that means (and checks that
     * the header says {@code b64: false}).
     */
    static CompactJws parseUnencoded(byte[] bytes) {
        CompactParts parts = CompactParts.unencoded(bytes);
        return parts == null ? null : withHeader(parts);
    }

    /**
     * Cuts a compact JWS into its parts and reads its header. Null when the bytes are not three parts or the header
     * is not a JWS header: the caller decides what that means.
     */
    static CompactJws parse(byte[] compact) {
        CompactParts parts = CompactParts.split(compact, 3);
        if (parts == null) {
            return null;
        }
        return withHeader(parts);
    }

    private static CompactJws withHeader(CompactParts parts) {
        try {
            parts.requireCanonical(); // strict base64url: Nimbus's decoder would accept padding and stray bits
            return new CompactJws(parts, JWSHeader.parse(new Base64URL(parts.text(0))));
        } catch (ParseException | RuntimeException e) {
            // Nimbus's header parser is fed untrusted bytes and not only throws ParseException (a JSON null where a
            // name is due ends in a NullPointerException inside it): whatever it throws, this is no JWS header.
            return null;
        }
    }

    JWSHeader header() {
        return header;
    }

    /** True only for a well-formed ES256 signature by {@code key} over exactly these header and payload bytes. */
    boolean verifies(ECPublicKey key) throws GeneralSecurityException {
        byte[] signature;
        try {
            signature = parts.decoded(2);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (signature.length != SIGNATURE_LENGTH || !inRange(signature, 0, key) || !inRange(signature, 32, key)) {
            return false;
        }
        Signature verifier = Signature.getInstance(ALGORITHM);
        verifier.initVerify(key);
        verifier.update(parts.bytes(), 0, parts.end(1));
        return verifier.verify(signature);
    }

    /**
     * The payload bytes as signed: decoded, or as they stand when the header says {@code b64: false};
     * {@link IllegalArgumentException} when an encoded part is not base64url.
     */
    byte[] payload() {
        return header.isBase64URLEncodePayload() ? parts.decoded(1) : parts.raw(1);
    }

    /** R and S must lie in [1, n-1]; checked here too, so a zero signature can never pass whatever the JDK does. */
    private static boolean inRange(byte[] signature, int offset, ECPublicKey key) {
        BigInteger value = new BigInteger(1, Arrays.copyOfRange(signature, offset, offset + 32));
        return value.signum() > 0 && value.compareTo(key.getParams().getOrder()) < 0;
    }
}
