package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.ECKey;

/** The committed vectors in src/test/resources/sync-vectors open to exactly the committed payloads. */
class BundleVectorsTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = BundleVectorsTest.class.getResourceAsStream("/sync-vectors/" + name)) {
            if (in == null) {
                throw new IOException("vector ontbreekt: " + name);
            }
            return in.readAllBytes();
        }
    }

    static ECKey key(String name) throws IOException {
        return SyncKeys.parse(new String(resource(name), StandardCharsets.UTF_8));
    }

    @Test
    void upBundleOpensAtTheHubToTheCommittedPayload() throws IOException {
        String jwe = new String(resource("up-bundle.jwe"), StandardCharsets.US_ASCII);
        OpenedBundle opened = BundleEnvelope.open(jwe,
                Receiver.hub("gemeente-voorbeeld", List.of(key("hub-encryption.jwk.json"))),
                SignerDirectory.only("device-7f3a", key("device-signing.jwk.json").toPublicJWK()));

        assertArrayEquals(resource("up-payload.json"), opened.payload());
        Bundle bundle = opened.bundle();
        assertEquals("5b8f2c1e-4a7d-4e0b-9c3f-2d6a1e8b7c90", bundle.bundleId());
        assertEquals(2, bundle.changes().size());
        Change candidate = bundle.changes().get(0);
        assertEquals("Sanne de Vries", candidate.fields().get("full_name"));
        assertTrue(candidate.fields().containsKey("phone"));
        assertNull(candidate.fields().get("phone"));
        assertTrue(bundle.changes().get(1).tombstone());
    }

    @Test
    void downBundleOpensOnTheDeviceToTheCommittedPayload() throws IOException {
        String jwe = new String(resource("down-bundle.jwe"), StandardCharsets.US_ASCII);
        OpenedBundle opened = BundleEnvelope.open(jwe,
                Receiver.device("gemeente-voorbeeld", "device-7f3a", key("device-encryption.jwk.json")),
                SignerDirectory.only("hub", key("hub-signing.jwk.json").toPublicJWK()));

        assertArrayEquals(resource("down-payload.json"), opened.payload());
        assertEquals(Bundle.DOWN, opened.bundle().kind());
        assertEquals(key("hub-encryption.jwk.json").toPublicJWK(),
                SyncKeys.parse(opened.bundle().hubEncryptionKey()));
    }

    @Test
    void vectorHeadersNameOnlyTheAgreedAlgorithms() throws Exception {
        String jwe = new String(resource("up-bundle.jwe"), StandardCharsets.US_ASCII).trim();
        String header = new String(java.util.Base64.getUrlDecoder().decode(jwe.substring(0, jwe.indexOf('.'))),
                StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"ECDH-ES+A256KW\""), header);
        assertTrue(header.contains("\"enc\":\"A256GCM\""), header);
        assertTrue(header.contains("\"cty\":\"JOSE\""), header);
        assertTrue(!header.contains("\"zip\""), header);
    }
}
