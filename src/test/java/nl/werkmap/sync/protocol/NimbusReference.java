package nl.werkmap.sync.protocol;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

/**
 * The bundle profile of docs/sync-protocol.md §3 opened with Nimbus alone: parse, decrypt, verify with Nimbus's
 * objects, plus the profile's own rules that a general library does not know (exact algorithms, {@code typ},
 * {@code cty}, and canonical base64url checked as "decode, re-encode, same text" with the JDK). The oracle for the
 * differential test: Werkmap's envelope must accept exactly what this accepts, with the same payload.
 */
final class NimbusReference {

    private NimbusReference() {
    }

    /** The signed payload, or empty when the profile refuses the text. */
    static Optional<byte[]> open(String compact, ECKey recipient, ECKey signer) {
        try {
            String text = compact.trim(); // the envelope trims, as the file form has one bundle per line
            if (!allCanonical(text, 5)) {
                return Optional.empty();
            }
            JWEObject jwe = JWEObject.parse(text);
            JWEHeader outer = jwe.getHeader();
            if (!BundleEnvelope.KEY_AGREEMENT.equals(outer.getAlgorithm())
                    || !BundleEnvelope.CONTENT.equals(outer.getEncryptionMethod())
                    || outer.getCompressionAlgorithm() != null || outer.getCriticalParams() != null
                    || !BundleEnvelope.NESTED_CONTENT_TYPE.equals(outer.getContentType()) || outer.getType() != null
                    || !SyncKeys.keyId(recipient).equals(outer.getKeyID())) {
                return Optional.empty();
            }
            jwe.decrypt(new ECDHDecrypter(recipient));
            String inner = jwe.getPayload().toString();
            if (!allCanonical(inner, 3)) {
                return Optional.empty();
            }
            JWSObject jws = JWSObject.parse(inner);
            JWSHeader header = jws.getHeader();
            if (!BundleEnvelope.SIGNATURE.equals(header.getAlgorithm()) || header.getCriticalParams() != null
                    || header.getType() == null || !BundleEnvelope.JWS_TYPE.equals(header.getType().getType())
                    || header.getContentType() != null || !SyncKeys.keyId(signer).equals(header.getKeyID())
                    || !jws.verify(new ECDSAVerifier(signer.toECPublicKey()))) {
                return Optional.empty();
            }
            return Optional.of(jws.getPayload().toBytes());
        } catch (Exception refusedByNimbus) {
            // Any exception from Nimbus is its refusal; the oracle only needs to know accepted or not.
            return Optional.empty();
        }
    }

    private static boolean allCanonical(String compact, int parts) {
        String[] split = compact.split("\\.", -1);
        return split.length == parts && Arrays.stream(split).allMatch(NimbusReference::canonical);
    }

    /** Decoding then re-encoding gives the same text: no padding, no foreign characters, no stray bits. */
    static boolean canonical(String part) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(part);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(part);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
