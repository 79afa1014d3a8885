package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;

/**
 * Form 2 of the envelope (issue 13): the payload signed unencoded (RFC 7797, {@code b64: false}) inside the same
 * compact JWE. It opens to the exact payload with ours and with Nimbus, is about a quarter shorter than form 1, and
 * everything form 1 refuses stays refused: every flipped bit of every part, either form's plaintext under the other
 * form's content type, a header that does not say b64 false with exactly "b64" critical, and a payload changed after
 * signing.
 */
class UnencodedEnvelopeTest {

    private final ECKey hub = SyncKeys.newSigningKey();
    private final ECKey device = SyncKeys.newEncryptionKey();

    private OpenedBundle open(String compact) {
        return BundleEnvelope.open(compact, Receiver.device("gemeente-a", "device-1", device),
                SignerDirectory.only("hub", hub.toPublicJWK()));
    }

    @Test
    void formTwoOpensToTheExactPayloadWithOursAndWithNimbusStreamedOrWhole() throws Exception {
        for (int changes : new int[] {0, 1, 2, 3, 17, 101, 1_000, 3_000}) {
            byte[] payload = payload(changes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BundleEnvelope.sealTo(payload, payload.length, hub, device.toPublicJWK(), BundleEnvelope.FORM_UNENCODED,
                    out);
            String streamed = out.toString(StandardCharsets.US_ASCII);
            String whole = BundleEnvelope.sealBytes(payload, hub, device.toPublicJWK(), BundleEnvelope.FORM_UNENCODED);
            for (String compact : List.of(streamed, whole)) {
                OpenedBundle opened = open(compact);
                assertArrayEquals(payload, opened.payload(), changes + " changes");
                assertEquals(BundleJson.read(payload), opened.bundle());
                assertArrayEquals(payload, NimbusUnencoded.open(compact, device, hub.toPublicJWK()).orElseThrow(),
                        "Nimbus opens form 2 as the protocol document says");
            }
            assertEquals(whole.length(), streamed.length(), "same length: only key and IV differ");
        }
    }

    @Test
    void formTwoIsAQuarterShorterForALargeBundle() {
        byte[] payload = payload(3_000);
        int one = BundleEnvelope.sealBytes(payload, hub, device.toPublicJWK()).length();
        int two = BundleEnvelope.sealBytes(payload, hub, device.toPublicJWK(), BundleEnvelope.FORM_UNENCODED).length();
        double ratio = two / (double) one;
        assertTrue(ratio > 0.74 && ratio < 0.76, "form 2 / form 1 = " + ratio);
    }

    @Test
    void dotsAndAnyByteInThePayloadAreCarriedAsTheyAre() {
        List<Change> changes = List.of(new Change("candidate", UUID.randomUUID().toString(),
                Map.of("full_name", "J. de Vries...", "notes", ".\n.\t\"x\".\u00e9\u20ac."),
                "000001733390000-00001", false, "device-2"));
        byte[] payload = BundleJson.write(Bundle.down(UUID.randomUUID().toString(), "hub", "gemeente-a", "device-1",
                0, 9, "2026-12-05T07:00:00.123456Z", changes, null));
        String compact = BundleEnvelope.sealBytes(payload, hub, device.toPublicJWK(), BundleEnvelope.FORM_UNENCODED);
        assertArrayEquals(payload, open(compact).payload());
    }

    @Test
    void everyFlippedBitOfEveryPartIsRefused() {
        byte[] payload = payload(1);
        String compact = BundleEnvelope.sealBytes(payload, hub, device.toPublicJWK(), BundleEnvelope.FORM_UNENCODED);
        assertArrayEquals(payload, open(compact).payload());
        String[] parts = compact.split("\\.", -1);
        int tried = 0;
        for (int part = 0; part < parts.length; part++) {
            byte[] bytes = Base64.getUrlDecoder().decode(parts[part]);
            for (int bit = 0; bit < bytes.length * 8; bit++) {
                bytes[bit / 8] ^= (byte) (1 << (bit % 8));
                String[] changed = parts.clone();
                changed[part] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                String flipped = String.join(".", changed);
                assertThrows(BundleRefusedException.class, () -> open(flipped), "part " + part + " bit " + bit);
                bytes[bit / 8] ^= (byte) (1 << (bit % 8));
                tried++;
            }
        }
        assertTrue(tried > 4_000, tried + " bits tried");
    }

    @Test
    void formOnesPlaintextUnderFormTwosContentTypeIsMalformed() throws Exception {
        byte[] jws = CompactJws.sign(jwsHeader(null), payload(2), hub.toECPrivateKey());
        assertThrows(MalformedBundleException.class, () -> open(encrypt(BundleEnvelope.UNENCODED_CONTENT_TYPE, jws)));
    }

    @Test
    void formTwosPlaintextUnderFormOnesContentTypeIsMalformed() throws Exception {
        byte[] payload = payload(2);
        byte[] jws = CompactJws.signUnencoded(jwsHeader(Set.of("b64")), payload, hub.toECPrivateKey());
        assertThrows(MalformedBundleException.class, () -> open(encrypt(BundleEnvelope.NESTED_CONTENT_TYPE, jws)));
        // The same plaintext under its own content type opens: the refusal above is the content type's.
        assertArrayEquals(payload, open(encrypt(BundleEnvelope.UNENCODED_CONTENT_TYPE, jws)).payload());
    }

    @Test
    void aFormTwoHeaderWithoutExactlyB64CriticalIsMalformed() throws Exception {
        byte[] payload = payload(2);
        for (Set<String> critical : List.of(Set.<String>of(), Set.of("b64", "exp"))) {
            JWSHeader header = new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(hub))
                    .type(new JOSEObjectType(BundleEnvelope.JWS_TYPE)).base64URLEncodePayload(false)
                    .criticalParams(critical.isEmpty() ? null : critical).build();
            byte[] jws = CompactJws.signUnencoded(header, payload, hub.toECPrivateKey());
            assertThrows(MalformedBundleException.class,
                    () -> open(encrypt(BundleEnvelope.UNENCODED_CONTENT_TYPE, jws)), "crit " + critical);
        }
    }

    @Test
    void aPayloadChangedAfterSigningOrSignedEncodedIsABadSignature() throws Exception {
        byte[] payload = payload(2);
        byte[] jws = CompactJws.signUnencoded(jwsHeader(Set.of("b64")), payload, hub.toECPrivateKey());
        String text = new String(jws, StandardCharsets.UTF_8);
        byte[] changed = text.replace("Kandidaat", "KandidaaT").getBytes(StandardCharsets.UTF_8);
        assertThrows(BadSignatureException.class, () -> open(encrypt(BundleEnvelope.UNENCODED_CONTENT_TYPE, changed)));

        // A signature made over the base64url of the payload (form 1's signing input) does not pass in form 2.
        String header = jwsHeader(Set.of("b64")).toBase64URL().toString();
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(hub.toECPrivateKey());
        signer.update((header + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload))
                .getBytes(StandardCharsets.US_ASCII));
        byte[] wrong = CompactParts.join(CompactParts.ascii(header), payload,
                Base64Url.encode(signer.sign()));
        assertThrows(BadSignatureException.class, () -> open(encrypt(BundleEnvelope.UNENCODED_CONTENT_TYPE, wrong)));
    }

    @Test
    void plaintextWithoutTwoDotsIsMalformed() throws Exception {
        for (String plaintext : List.of("", "abc", "eyJhbGciOiJFUzI1NiJ9.abc")) {
            assertThrows(MalformedBundleException.class, () -> open(encrypt(BundleEnvelope.UNENCODED_CONTENT_TYPE,
                    plaintext.getBytes(StandardCharsets.US_ASCII))), plaintext);
        }
    }

    @Test
    void theFormAHubAnswersInIsTheNewestBothRead() {
        assertEquals(1, BundleEnvelope.formFor(1));
        assertEquals(2, BundleEnvelope.formFor(2));
        assertEquals(2, BundleEnvelope.formFor(7), "a newer device gets the newest form this hub writes");
        assertEquals(1, BundleEnvelope.formFor(0));
        assertEquals(1, BundleEnvelope.formFor(-3));
    }

    private JWSHeader jwsHeader(Set<String> critical) throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(hub))
                .type(new JOSEObjectType(BundleEnvelope.JWS_TYPE));
        if (critical != null) {
            header.base64URLEncodePayload(false).criticalParams(critical);
        }
        return header.build();
    }

    private String encrypt(String contentType, byte[] plaintext) throws Exception {
        return CompactJwe.encrypt(new JWEHeader.Builder(BundleEnvelope.KEY_AGREEMENT, BundleEnvelope.CONTENT)
                .keyID(SyncKeys.keyId(device)).contentType(contentType).build(), plaintext, device.toECPublicKey());
    }

    static byte[] payload(int count) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(new Change("candidate", UUID.randomUUID().toString(), Map.of("full_name", "Kandidaat é " + i),
                    "000001733390000-00001", false, "device-2"));
        }
        return BundleJson.write(Bundle.down(UUID.randomUUID().toString(), "hub", "gemeente-a", "device-1", 0, 9,
                "2026-12-05T07:00:00Z", changes, null));
    }
}
