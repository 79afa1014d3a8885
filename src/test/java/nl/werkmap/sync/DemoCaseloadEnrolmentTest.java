package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.device.SyncIdentityStore;

class DemoCaseloadEnrolmentTest {

    @TempDir
    Path dir;

    @Test
    void aDemoCaseloadIsNeverEnrolledAndTheCodeStaysUsable() throws Exception {
        FieldSealer sealer = TestVault.sealer();
        try (HubFixture hub = new HubFixture(dir, "gemeente-a");
             CaseloadStore demo = CaseloadStore.open(dir.resolve("demo.db"), sealer);
             CaseloadStore real = CaseloadStore.open(dir.resolve("echt.db"), sealer)) {
            demo.demoImport();
            String code = hub.hub.issueEnrollmentCode("Anna", HubRole.JOBCOACH, "Noord", Duration.ofHours(1));

            DemoCaseloadException refused = assertThrows(DemoCaseloadException.class, () ->
                    Enroller.enroll(demo, sealer, new HubClient(hub.url()), hub.url(), code, "demo-laptop"));
            assertTrue(refused.getMessage().contains("democaseload"));
            assertTrue(new SyncIdentityStore(demo, sealer).load().isEmpty(), "nothing stored on the demo caseload");

            // The one-time code was not spent on the demo: the real caseload can still use it.
            assertEquals(real.deviceId(),
                    Enroller.enroll(real, sealer, new HubClient(hub.url()), hub.url(), code, "laptop").deviceId());
        }
    }
}
