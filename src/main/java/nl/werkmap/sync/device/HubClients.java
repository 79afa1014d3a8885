package nl.werkmap.sync.device;

import java.time.Duration;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.HubTls;

/** HTTP clients for the app's sync rounds: they trust the hub certificate chosen at enrolment, if any. */
public final class HubClients {

    /**
     * How long a call may wait for the hub before the round gives up and backs off: for the answer's headers, and
     * again for each next byte of its body while it is read (a hub that stops halfway).
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private HubClients() {
    }

    public static SyncEngine.HubClientFactory trustingEnrolled(CaseloadStore store) {
        return url -> new HubClient(url, HubTls.trusting(
                store.read(dsl -> dsl.select(nl.werkmap.store.jooq.Tables.SYNC_ENROLLMENT.TRUSTED_CERTIFICATE)
                        .from(nl.werkmap.store.jooq.Tables.SYNC_ENROLLMENT).limit(1)
                        .fetchOptional(nl.werkmap.store.jooq.Tables.SYNC_ENROLLMENT.TRUSTED_CERTIFICATE)
                        .orElse(null))), TIMEOUT);
    }
}
