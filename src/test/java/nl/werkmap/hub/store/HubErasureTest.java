package nl.werkmap.hub.store;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.HubFixture;

/** Issue 16 at a SQLite hub (see {@link HubErasureChecks}). */
class HubErasureTest {

    @TempDir
    Path dir;

    @Test
    void erasureByTheTeamLeadReachesEveryRowTheKeyAndEveryDeviceAndStaysErased() throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            HubErasureChecks.run(fixture, UUID.randomUUID().toString().substring(0, 8));
        }
    }
}
