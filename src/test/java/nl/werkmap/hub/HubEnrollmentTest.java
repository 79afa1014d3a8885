package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.protocol.SyncKeys;

/** One-time codes: a code enrols exactly one device, an unknown code none. */
class HubEnrollmentTest {

    @TempDir
    Path dir;

    @Test
    void aCodeWorksOnceAndUnknownCodesAreRefused() throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            HubClient client = new HubClient(fixture.url());
            String code = fixture.hub.issueEnrollmentCode("Anouk", HubRole.TEAMLEIDER, "noord", Duration.ofHours(1));
            var answer = client.enroll(code.toLowerCase(java.util.Locale.ROOT), "laptop", SyncKeys.newSigningKey(),
                    SyncKeys.newEncryptionKey());
            assertEquals("teamleider", answer.role());
            assertEquals("noord", answer.team());
            assertEquals("gemeente-a", answer.municipality());
            assertEquals(1, fixture.hub.registry().devices().size());

            HubRefusedException reused = assertThrows(HubRefusedException.class, () -> client.enroll(code, "tweede",
                    SyncKeys.newSigningKey(), SyncKeys.newEncryptionKey()));
            assertEquals("BAD_CODE", reused.code());
            assertEquals(403, reused.status());
            assertEquals("BAD_CODE", assertThrows(HubRefusedException.class, () -> client.enroll("AAAA-BBBB-CCCC",
                    "derde", SyncKeys.newSigningKey(), SyncKeys.newEncryptionKey())).code());
            assertEquals(1, fixture.hub.registry().devices().size());
        }
    }

    @Test
    void expiredCodeIsRefused() throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            String code = fixture.hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "noord", Duration.ofSeconds(-1));
            assertEquals("BAD_CODE", assertThrows(HubRefusedException.class, () -> new HubClient(fixture.url())
                    .enroll(code, "laptop", SyncKeys.newSigningKey(), SyncKeys.newEncryptionKey())).code());
        }
    }
}
