package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The optional members {@code bases} (up) and {@code conflicts} (down) travel, and older payloads still read. */
class BundleConflictJsonTest {

    private static final String ID = "0d9a9a53-6f0e-4f4b-8d0a-6f1c2b3a4d5e";

    @Test
    void basesAndConflictsSurviveTheJson() {
        Change change = new Change("candidate", ID, Map.of("status", "INTAKE"), "001732439700000-00001-dev",
                false, null, Map.of("status", Change.NO_BASE));
        Bundle up = BundleJson.read(BundleJson.write(Bundle.up(UUID.randomUUID().toString(), "dev", "gem", 1, 1,
                "2026-11-24T09:15:00Z", List.of(change))));
        assertEquals(Change.NO_BASE, up.changes().get(0).base("status"));

        ConflictNote note = new ConflictNote("candidate", ID, "status", "INTAKE", "001732439700000-00001-dev", "dev",
                "001732439700005-00000-lead", false);
        Bundle down = BundleJson.read(BundleJson.write(Bundle.down(UUID.randomUUID().toString(), "hub", "gem", "dev",
                0, 3, "2026-11-24T09:15:00Z", List.of(), null, List.of(), List.of(note))));
        assertEquals(List.of(note), down.conflictsOrNone());
    }

    @Test
    void aPayloadWithoutTheNewMembersReadsAsBefore() {
        String json = "{\"format\":\"werkmap-bundle\",\"version\":1,\"kind\":\"down\",\"bundleId\":\""
                + UUID.randomUUID() + "\",\"deviceId\":\"hub\",\"municipality\":\"gem\",\"recipient\":\"dev\","
                + "\"seqFrom\":0,\"seqTo\":1,\"createdAt\":\"2026-11-24T09:15:00Z\",\"changes\":[{\"entity\":"
                + "\"candidate\",\"id\":\"" + ID + "\",\"fields\":{\"status\":\"INTAKE\"},\"hlc\":"
                + "\"001732439700000-00000\",\"tombstone\":false,\"origin\":\"dev\"}],\"hubEncryptionKey\":null}";
        Bundle bundle = BundleJson.read(json.getBytes(StandardCharsets.UTF_8));
        assertNull(bundle.changes().get(0).bases());
        assertNull(bundle.changes().get(0).base("status"));
        assertTrue(bundle.conflictsOrNone().isEmpty());
    }

    @Test
    void aBaseForAnAbsentFieldAndConflictsFromADeviceAreRefused() {
        Change stray = new Change("candidate", ID, Map.of("status", "INTAKE"), "001732439700000-00001-dev", false,
                null, Map.of("city", Change.NO_BASE));
        assertThrows(MalformedBundleException.class, () -> BundleJson.read(BundleJson.write(Bundle.up(
                UUID.randomUUID().toString(), "dev", "gem", 1, 1, "2026-11-24T09:15:00Z", List.of(stray)))));
        ConflictNote note = new ConflictNote("candidate", ID, "status", "X", "001732439700000-00001-dev", "dev",
                "001732439700005-00000-lead", false);
        Bundle fromDevice = new Bundle(Bundle.FORMAT, Bundle.VERSION, Bundle.UP, UUID.randomUUID().toString(), "dev",
                "gem", "gem", 1, 1, "2026-11-24T09:15:00Z", List.of(), null, null, List.of(note));
        assertThrows(MalformedBundleException.class, () -> BundleJson.read(BundleJson.write(fromDevice)));
    }
}
