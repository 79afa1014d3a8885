package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The optional up-bundle member {@code resolutions} (the coach's "keep" decisions): it travels, it is written
 * {@code null} when there is none, a payload without it reads as before, and anything a hub could misread is refused.
 */
class BundleResolutionJsonTest {

    private static final String ID = "0d9a9a53-6f0e-4f4b-8d0a-6f1c2b3a4d5e";
    private static final String LOSING = "001732439700000-00001-dev";

    private static Bundle up(List<Resolution> resolutions) {
        return Bundle.up(UUID.randomUUID().toString(), "dev", "gem", 4, 4, "2026-11-24T09:15:00Z", List.of(),
                resolutions);
    }

    @Test
    void aDecisionSurvivesTheJsonAndABundleWithoutOneWritesNull() {
        Resolution keep = Resolution.keep("candidate", ID, "status", LOSING);
        String json = new String(BundleJson.write(up(List.of(keep))), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"resolutions\":[{\"entity\":\"candidate\",\"id\":\"" + ID + "\",\"field\":\"status\","
                + "\"hlc\":\"" + LOSING + "\",\"decision\":\"keep\"}]"), json);
        assertEquals(List.of(keep), BundleJson.read(json.getBytes(StandardCharsets.UTF_8)).resolutionsOrNone());

        String none = new String(BundleJson.write(up(List.of())), StandardCharsets.UTF_8);
        assertTrue(none.endsWith("\"resolutions\":null,\"erased\":null}"), none);
    }

    @Test
    void anUpPayloadOfAnOlderWriterReadsWithoutDecisions() {
        String json = "{\"format\":\"werkmap-bundle\",\"version\":1,\"kind\":\"up\",\"bundleId\":\"" + UUID.randomUUID()
                + "\",\"deviceId\":\"dev\",\"municipality\":\"gem\",\"recipient\":\"gem\",\"seqFrom\":1,\"seqTo\":1,"
                + "\"createdAt\":\"2026-11-24T09:15:00Z\",\"changes\":[],\"hubEncryptionKey\":null,"
                + "\"transferredAway\":null,\"conflicts\":null}";
        assertTrue(BundleJson.read(json.getBytes(StandardCharsets.UTF_8)).resolutionsOrNone().isEmpty());
    }

    @Test
    void decisionsFromTheHubUnknownDecisionsAndBadNamesAreRefused() {
        Bundle fromHub = new Bundle(Bundle.FORMAT, Bundle.VERSION, Bundle.DOWN, UUID.randomUUID().toString(), "hub",
                "gem", "dev", 0, 1, "2026-11-24T09:15:00Z", List.of(), null, null, null,
                List.of(Resolution.keep("candidate", ID, "status", LOSING)));
        assertThrows(MalformedBundleException.class, () -> BundleJson.read(BundleJson.write(fromHub)));
        for (Resolution bad : List.of(new Resolution("candidate", ID, "status", LOSING, "drop"),
                new Resolution("candidate", ID, "Status; --", LOSING, Resolution.KEEP),
                new Resolution("candidate", ID, "status", "gisteren", Resolution.KEEP),
                new Resolution("candidate", null, "status", LOSING, Resolution.KEEP))) {
            assertThrows(MalformedBundleException.class, () -> BundleJson.read(BundleJson.write(up(List.of(bad)))),
                    bad.toString());
        }
    }
}
