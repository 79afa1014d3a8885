package nl.werkmap.sync.protocol;

import java.util.HexFormat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The key pairs of the protocol: P-256 for both ES256 signatures and ECDH-ES key agreement, each JWK carrying its
 * RFC 7638 thumbprint as {@code kid} so a receiver can pick the right key from a header without trusting it.
 */
public final class SyncKeys {

    private SyncKeys() {
    }

    public static ECKey newSigningKey() {
        return generate(KeyUse.SIGNATURE);
    }

    public static ECKey newEncryptionKey() {
        return generate(KeyUse.ENCRYPTION);
    }

    private static ECKey generate(KeyUse use) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(use).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("P-256 sleutelparen maken is niet mogelijk op deze Java-installatie", e);
        }
    }

    /** RFC 7638 thumbprint (SHA-256, base64url) of the public part: the key id used in every header. */
    public static String keyId(ECKey key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Vingerafdruk van een P-256 sleutel kon niet worden berekend", e);
        }
    }

    /**
     * What people compare by phone or on paper: the first 16 bytes of the RFC 7638 thumbprint in upper-case hex
     * groups of four, e.g. {@code 3F2A-91C0-...}.
     */
    public static String fingerprint(ECKey key) {
        try {
            String hex = HexFormat.of().withUpperCase().formatHex(key.computeThumbprint().decode(), 0, 16);
            StringBuilder groups = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                if (i > 0) {
                    groups.append('-');
                }
                groups.append(hex, i, i + 4);
            }
            return groups.toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Vingerafdruk kon niet worden berekend", e);
        }
    }

    /** Parses a public or private JWK and makes sure it is a P-256 key, refusing anything else. */
    public static ECKey parse(String jwkJson) {
        try {
            ECKey key = ECKey.parse(jwkJson);
            if (!Curve.P_256.equals(key.getCurve())) {
                throw new IllegalArgumentException("Alleen P-256 sleutels worden gebruikt, niet " + key.getCurve());
            }
            return key;
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("Geen geldige EC-sleutel (JWK): " + e.getMessage(), e);
        }
    }
}
