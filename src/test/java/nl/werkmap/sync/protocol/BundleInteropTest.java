package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

/**
 * The envelope is standard compact JOSE: what Werkmap seals, an independent library (Nimbus's own JWE/JWS objects)
 * opens and verifies, and what that library seals, Werkmap opens. Plus the header checks the JDK-based code must do
 * itself: critical members, an ephemeral key off the curve, a zero signature.
 */
class BundleInteropTest {

    private final ECKey device = SyncKeys.newSigningKey();
    private final ECKey hubEncryption = SyncKeys.newEncryptionKey();
    private final Receiver hub = Receiver.hub("gemeente-a", List.of(hubEncryption));
    private final SignerDirectory registry = SignerDirectory.only("dev-1", device.toPublicJWK());

    private Bundle bundle() {
        return Bundle.up(UUID.randomUUID().toString(), "dev-1", "gemeente-a", 1, 2, "2026-11-25T09:00:00Z",
                List.of(new Change("candidate", UUID.randomUUID().toString(), Map.of("status", "ACTIEF",
                                "roepnaam", "Zoë"), "001732439700000-00000", false),
                        new Change("session", UUID.randomUUID().toString(), Map.of(), "001732439700001-00000", true)));
    }

    @Test
    void whatWerkmapSealsAnotherJoseLibraryOpensAndVerifies() throws Exception {
        Bundle sent = bundle();
        JWEObject jwe = JWEObject.parse(BundleEnvelope.seal(sent, device, hubEncryption));
        assertEquals(BundleEnvelope.KEY_AGREEMENT, jwe.getHeader().getAlgorithm());
        assertEquals(BundleEnvelope.CONTENT, jwe.getHeader().getEncryptionMethod());
        assertEquals(SyncKeys.keyId(hubEncryption), jwe.getHeader().getKeyID());
        assertEquals("JOSE", jwe.getHeader().getContentType());
        jwe.decrypt(new ECDHDecrypter(hubEncryption));

        JWSObject jws = jwe.getPayload().toJWSObject();
        assertEquals(BundleEnvelope.SIGNATURE, jws.getHeader().getAlgorithm());
        assertEquals(SyncKeys.keyId(device), jws.getHeader().getKeyID());
        assertEquals(BundleEnvelope.JWS_TYPE, jws.getHeader().getType().getType());
        assertTrue(jws.verify(new ECDSAVerifier(device.toECPublicKey())));
        assertArrayEquals(BundleJson.write(sent), jws.getPayload().toBytes());
    }

    @Test
    void whatAnotherJoseLibrarySealsWerkmapOpens() throws Exception {
        Bundle sent = bundle();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(device))
                .type(new JOSEObjectType(BundleEnvelope.JWS_TYPE)).build(), new Payload(BundleJson.write(sent)));
        jws.sign(new ECDSASigner(device));
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(BundleEnvelope.KEY_AGREEMENT, BundleEnvelope.CONTENT)
                .keyID(SyncKeys.keyId(hubEncryption)).contentType("JOSE").build(), new Payload(jws));
        jwe.encrypt(new ECDHEncrypter(hubEncryption.toECPublicKey()));

        OpenedBundle opened = BundleEnvelope.open(jwe.serialize(), hub, registry);
        assertEquals(sent, opened.bundle());
        assertEquals("dev-1", opened.signerId());
    }

    @Test
    void aCriticalHeaderMemberIsRefusedAsMalformed() {
        String[] parts = BundleEnvelope.seal(bundle(), device, hubEncryption).split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        parts[0] = encode("{\"crit\":[\"werkmap-later\"],\"werkmap-later\":1," + header.substring(1));
        assertThrows(MalformedBundleException.class, () -> BundleEnvelope.open(String.join(".", parts), hub, registry));
    }

    @Test
    void anEphemeralKeyOffTheCurveIsRefusedBeforeAnyContentIsRead() {
        String[] parts = BundleEnvelope.seal(bundle(), device, hubEncryption).split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String x = header.replaceAll(".*\"x\":\"([^\"]+)\".*", "$1");
        byte[] moved = Base64.getUrlDecoder().decode(x);
        moved[31] ^= 1;
        parts[0] = encode(header.replace(x, Base64.getUrlEncoder().withoutPadding().encodeToString(moved)));
        MalformedBundleException refused = assertThrows(MalformedBundleException.class,
                () -> BundleEnvelope.open(String.join(".", parts), hub, registry));
        assertTrue(refused.getMessage().startsWith("De kop van de versleutelde bundel (JWE) is ongeldig"),
                refused::getMessage);
    }

    @Test
    void aSignatureOfZeroesIsBadSignature() throws Exception {
        JWSObject signed = new JWSObject(new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(device))
                .type(new JOSEObjectType(BundleEnvelope.JWS_TYPE)).build(), new Payload(BundleJson.write(bundle())));
        signed.sign(new ECDSASigner(device));
        String[] jwsParts = signed.serialize().split("\\.");
        jwsParts[2] = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(BundleEnvelope.KEY_AGREEMENT, BundleEnvelope.CONTENT)
                .keyID(SyncKeys.keyId(hubEncryption)).contentType("JOSE").build(),
                new Payload(String.join(".", jwsParts)));
        jwe.encrypt(new ECDHEncrypter(hubEncryption.toECPublicKey()));
        assertThrows(BadSignatureException.class, () -> BundleEnvelope.open(jwe.serialize(), hub, registry));
    }

    @Test
    void nonAsciiOrAWrongNumberOfPartsIsMalformed() {
        String sealed = BundleEnvelope.seal(bundle(), device, hubEncryption);
        assertThrows(MalformedBundleException.class, () -> BundleEnvelope.open(sealed + ".extra", hub, registry));
        assertThrows(MalformedBundleException.class, () -> BundleEnvelope.open("é" + sealed, hub, registry));
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
