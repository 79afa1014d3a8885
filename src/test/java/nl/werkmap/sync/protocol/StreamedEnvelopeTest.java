package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.ECKey;

/**
 * A bundle sealed in one pass into a stream ({@link BundleEnvelope#sealTo}) is the same compact JWE as
 * {@link BundleEnvelope#sealBytes} makes: our strict opener and Nimbus (the auditor's library) both open it to the
 * exact payload bytes, at payload sizes around the encoder's and the cipher's chunk edges, and it has the same
 * structure (five parts, the same headers).
 */
class StreamedEnvelopeTest {

    private final ECKey hub = SyncKeys.newSigningKey();
    private final ECKey device = SyncKeys.newEncryptionKey();

    @Test
    void aStreamedBundleOpensToTheExactPayloadWithOursAndWithNimbus() throws Exception {
        for (int changes : new int[] {0, 1, 2, 3, 17, 101, 1_000, 3_000}) {
            byte[] payload = payload(changes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BundleEnvelope.sealTo(payload, hub, device.toPublicJWK(), out);
            String compact = out.toString(StandardCharsets.US_ASCII);
            OpenedBundle opened = BundleEnvelope.open(compact, Receiver.device("gemeente-a", "device-1", device),
                    SignerDirectory.only("hub", hub.toPublicJWK()));
            assertArrayEquals(payload, opened.payload(), changes + " changes");
            assertArrayEquals(payload, NimbusReference.open(compact, device, hub.toPublicJWK()).orElseThrow());
            String whole = BundleEnvelope.sealBytes(payload, hub, device.toPublicJWK());
            assertEquals(whole.length(), compact.length(), "same length: only key and IV differ");
            assertEquals(whole.substring(0, whole.indexOf('.')).length(), compact.indexOf('.'));
        }
    }

    @Test
    void aPayloadAtTheStartOfALargerBufferIsSealedAsItsOwnBytes() throws Exception {
        // The hub writes every payload of a first fetch into one kept buffer; only [0, length) is the payload.
        byte[] payload = payload(40);
        byte[] buffer = java.util.Arrays.copyOf(payload, payload.length + 5_000);
        java.util.Arrays.fill(buffer, payload.length, buffer.length, (byte) '}');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleEnvelope.sealTo(buffer, payload.length, hub, device.toPublicJWK(), out);
        String compact = out.toString(StandardCharsets.US_ASCII);
        assertArrayEquals(payload, NimbusReference.open(compact, device, hub.toPublicJWK()).orElseThrow());
        assertEquals(BundleEnvelope.sealBytes(payload, hub, device.toPublicJWK()).length(), compact.length());
    }

    @Test
    void payloadLengthsAroundEveryChunkEdgeOpen() throws Exception {
        // Base64 takes 3 bytes at a time and the JDK's encoder writes about 8 KB at once; GCM works in 16-byte blocks.
        for (int length = 6_090; length < 6_110; length++) {
            byte[] payload = payload(0);
            byte[] padded = new byte[length];
            System.arraycopy(payload, 0, padded, 0, payload.length - 1);
            java.util.Arrays.fill(padded, payload.length - 1, length - 1, (byte) ' ');
            padded[length - 1] = '}';
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BundleEnvelope.sealTo(padded, hub, device.toPublicJWK(), out);
            assertTrue(NimbusReference.open(out.toString(StandardCharsets.US_ASCII), device, hub.toPublicJWK())
                    .map(p -> java.util.Arrays.equals(p, padded)).orElse(false), "length " + length);
        }
    }

    private static byte[] payload(int count) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(new Change("candidate", UUID.randomUUID().toString(), Map.of("full_name", "Kandidaat é " + i),
                    "000001733390000-00001", false, "device-2"));
        }
        return BundleJson.write(Bundle.down(UUID.randomUUID().toString(), "hub", "gemeente-a", "device-1", 0, 9,
                "2026-12-05T07:00:00Z", changes, null));
    }
}
