package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The envelope accepts only its own profile: the agreed typ and cty, and canonical base64url in every part. */
class StrictJoseTest {

    private final ECKey device = SyncKeys.newSigningKey();
    private final ECKey hubEncryption = SyncKeys.newEncryptionKey();
    private final Receiver hub = Receiver.hub("gemeente-a", List.of(hubEncryption));
    private final SignerDirectory registry = SignerDirectory.only("dev-1", device.toPublicJWK());
    private final byte[] payload = BundleJson.write(Bundle.up(UUID.randomUUID().toString(), "dev-1", "gemeente-a",
            1, 1, "2026-11-24T09:00:00Z", List.of(new Change("candidate", UUID.randomUUID().toString(),
                    Map.of("status", "ACTIEF"), "001732439700000-00000", false))));

    @Test
    void aSignedBundleWithoutOrWithAnotherTypIsMalformed() throws Exception {
        assertMalformed(seal(null, "JOSE"));
        assertMalformed(seal("JWT", "JOSE"));
        assertMalformed(seal("werkmap-device+jws", "JOSE"));
        assertEquals(RefusalCode.MALFORMED, assertThrows(BundleRefusedException.class,
                () -> BundleEnvelope.open(seal("JWT", "JOSE"), hub, registry)).code());
    }

    @Test
    void anEnvelopeWithoutOrWithAnotherCtyIsMalformed() throws Exception {
        assertMalformed(seal(BundleEnvelope.JWS_TYPE, null));
        assertMalformed(seal(BundleEnvelope.JWS_TYPE, "JWT"));
        assertEquals("dev-1", BundleEnvelope.open(seal(BundleEnvelope.JWS_TYPE, "JOSE"), hub, registry).signerId());
    }

    @Test
    void paddingStrayBitsAndForeignCharactersAreMalformed() {
        String sealed = BundleEnvelope.seal(Bundle.up(UUID.randomUUID().toString(), "dev-1", "gemeente-a", 1, 1,
                "2026-11-24T09:00:00Z", List.of()), device, hubEncryption);
        String[] parts = sealed.split("\\.");
        for (int p = 0; p < parts.length; p++) {
            String[] padded = parts.clone();
            padded[p] = padded[p] + (padded[p].length() % 4 == 2 ? "==" : padded[p].length() % 4 == 3 ? "=" : "");
            if (!padded[p].equals(parts[p])) {
                assertMalformed(String.join(".", padded));
            }
            String[] foreign = parts.clone();
            foreign[p] = foreign[p].replaceFirst("[-_A-Za-z0-9]", "+");
            assertMalformed(String.join(".", foreign));
        }
        // The 12-byte IV is 16 characters, so no stray bits there; the 16-byte tag has 22, the last with 4 spare bits.
        String[] stray = parts.clone();
        char last = stray[4].charAt(stray[4].length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        stray[4] = stray[4].substring(0, stray[4].length() - 1) + alphabet.charAt(alphabet.indexOf(last) | 1);
        assertArrayEquals(Base64.getUrlDecoder().decode(parts[4]), Base64.getUrlDecoder().decode(stray[4]),
                "the JDK decodes both to the same tag");
        assertMalformed(String.join(".", stray));
    }

    @Test
    void aDeviceTokenIsJudgedByTheSameRules() throws Exception {
        Instant now = Instant.parse("2026-11-24T09:00:00Z");
        String token = DeviceToken.issue("dev-1", device, now);
        assertEquals("dev-1", DeviceToken.verify(token, registry, now));
        JWSObject untyped = new JWSObject(new JWSHeader.Builder(BundleEnvelope.SIGNATURE)
                .keyID(SyncKeys.keyId(device)).build(), new Payload("{\"deviceId\":\"dev-1\",\"at\":"
                + now.getEpochSecond() + "}"));
        untyped.sign(new ECDSASigner(device));
        assertThrows(MalformedBundleException.class, () -> DeviceToken.verify(untyped.serialize(), registry, now));
        assertThrows(MalformedBundleException.class, () -> DeviceToken.verify(token + "=", registry, now));
        SignerDirectory revoked = kid -> Optional.of(new SignerDirectory.Signer("dev-1", device.toPublicJWK(), true));
        String forged = DeviceToken.issue("dev-1", SyncKeys.newSigningKey(), now);
        BundleRefusedException underRevoked = assertThrows(BundleRefusedException.class,
                () -> DeviceToken.verify(forged, revoked, now));
        BundleRefusedException underUnknown = assertThrows(BundleRefusedException.class,
                () -> DeviceToken.verify(forged, kid -> Optional.empty(), now));
        assertEquals(underUnknown.code(), underRevoked.code());
        assertEquals(underUnknown.getMessage(), underRevoked.getMessage());
        assertThrows(RevokedDeviceException.class, () -> DeviceToken.verify(token, revoked, now));
    }

    @Property
    void decodingThenEncodingGivesTheTextBack(@ForAll byte[] bytes) {
        byte[] text = Base64Url.encode(bytes);
        assertArrayEquals(bytes, Base64Url.decode(text, 0, text.length));
        String ascii = new String(text, StandardCharsets.US_ASCII);
        assertTrue(Base64Url.isCanonical(ascii));
        assertFalse(Base64Url.isCanonical(ascii + "="));
    }

    @Property
    void anyTextTheDecoderAcceptsEncodesBackToItself(@ForAll String text) {
        byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] decoded;
        try {
            decoded = Base64Url.decode(ascii, 0, ascii.length);
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertEquals(text, new String(Base64Url.encode(decoded), StandardCharsets.US_ASCII));
    }

    /**
     * A header whose "enc" or "alg" is JSON null made Nimbus's header parser throw a NullPointerException, which got
     * past the envelope as an error instead of a refusal (found by EnvelopeNimbusDifferentialTest's mutations).
     */
    @Test
    void aHeaderWithANullNameIsMalformedNotAnError() throws Exception {
        String sealed = seal(BundleEnvelope.JWS_TYPE, "JOSE");
        String rest = sealed.substring(sealed.indexOf('.'));
        assertMalformed(base64Url("{\"alg\":\"ECDH-ES+A256KW\",\"enc\":null}") + rest);
        byte[] jws = (base64Url("{\"alg\":null}") + "." + base64Url("{}") + "." + base64Url("sig"))
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(null, CompactJws.parse(jws));
        String token = base64Url("{\"alg\":null,\"typ\":\"werkmap-device+jws\"}") + "." + base64Url("{}") + "."
                + base64Url("sig");
        assertThrows(MalformedBundleException.class, () -> DeviceToken.verify(token, registry, Instant.now()));
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private void assertMalformed(String compact) {
        assertThrows(MalformedBundleException.class, () -> BundleEnvelope.open(compact, hub, registry), compact);
    }

    private String seal(String typ, String cty) throws Exception {
        JWSHeader.Builder jwsHeader = new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(device));
        if (typ != null) {
            jwsHeader.type(new JOSEObjectType(typ));
        }
        JWSObject jws = new JWSObject(jwsHeader.build(), new Payload(payload));
        jws.sign(new ECDSASigner(device));
        JWEHeader.Builder jweHeader = new JWEHeader.Builder(BundleEnvelope.KEY_AGREEMENT, BundleEnvelope.CONTENT)
                .keyID(SyncKeys.keyId(hubEncryption));
        if (cty != null) {
            jweHeader.contentType(cty);
        }
        JWEObject jwe = new JWEObject(jweHeader.build(), new Payload(jws));
        jwe.encrypt(new ECDHEncrypter(hubEncryption.toECPublicKey()));
        return jwe.serialize();
    }
}
