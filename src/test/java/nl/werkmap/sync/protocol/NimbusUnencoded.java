package nl.werkmap.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

/**
 * Form 2 of docs/sync-protocol.md §3.1 opened as an auditor would with Nimbus alone: decrypt the JWE, cut the
 * plaintext at its first and its last dot, and verify header and signature as a detached JWS with an unencoded
 * payload (RFC 7797) over the bytes between them.
 */
final class NimbusUnencoded {

    private NimbusUnencoded() {
    }

    /** The signed payload, or empty when the profile refuses the text. */
    static Optional<byte[]> open(String compact, ECKey recipient, ECKey signer) {
        try {
            String text = compact.trim();
            if (!Arrays.stream(text.split("\\.", -1)).allMatch(NimbusReference::canonical)) {
                return Optional.empty();
            }
            JWEObject jwe = JWEObject.parse(text);
            JWEHeader outer = jwe.getHeader();
            if (!BundleEnvelope.KEY_AGREEMENT.equals(outer.getAlgorithm())
                    || !BundleEnvelope.CONTENT.equals(outer.getEncryptionMethod())
                    || outer.getCompressionAlgorithm() != null || outer.getCriticalParams() != null
                    || !BundleEnvelope.UNENCODED_CONTENT_TYPE.equals(outer.getContentType())) {
                return Optional.empty();
            }
            jwe.decrypt(new ECDHDecrypter(recipient));
            byte[] plain = jwe.getPayload().toBytes();
            String ascii = new String(plain, StandardCharsets.ISO_8859_1);
            int first = ascii.indexOf('.');
            int last = ascii.lastIndexOf('.');
            if (first < 0 || last <= first) {
                return Optional.empty();
            }
            byte[] payload = Arrays.copyOfRange(plain, first + 1, last);
            JWSObject jws = JWSObject.parse(ascii.substring(0, first) + ".." + ascii.substring(last + 1),
                    new Payload(payload));
            JWSHeader header = jws.getHeader();
            if (!BundleEnvelope.SIGNATURE.equals(header.getAlgorithm()) || header.isBase64URLEncodePayload()
                    || !Set.of("b64").equals(header.getCriticalParams())
                    || !BundleEnvelope.JWS_TYPE.equals(header.getType().getType())
                    || !jws.verify(new ECDSAVerifier(signer.toECPublicKey()))) {
                return Optional.empty();
            }
            return Optional.of(payload);
        } catch (Exception refusedByNimbus) {
            return Optional.empty();
        }
    }
}
