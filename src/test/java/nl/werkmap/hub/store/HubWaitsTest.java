package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.werkmap.sync.device.HubClients;

/**
 * A first fetch on a busy hub waits for its turn and then for a reader before its headers go out; together that
 * must stay below the laptop's wait for those headers, so the laptop hears "busy, try later" (and backs off) instead
 * of timing out while the hub then streams to a connection nobody reads.
 */
class HubWaitsTest {

    @Test
    void theHubsWaitsEndBeforeTheLaptopGivesUp() {
        Duration hubWaits = Duration.ofSeconds(HubDatabase.LONG_READ_WAIT_SECONDS + ReaderPool.WAIT_SECONDS);
        assertTrue(hubWaits.plusSeconds(5).compareTo(HubClients.TIMEOUT) <= 0,
                hubWaits + " of waiting on the hub against the laptop's " + HubClients.TIMEOUT);
    }
}
