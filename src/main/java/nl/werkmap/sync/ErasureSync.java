package nl.werkmap.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.impl.DSL;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.erasure.LocalErasure;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.client.HubUnavailableException;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.merge.DownApplier;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;

/**
 * Erasure as a synced event (issue 16). Down: a bundle's {@code erased} member names candidates erased at the hub;
 * each is journalled here and erased at once (see {@link LocalErasure}); a candidate this laptop erased whose rows a
 * crossing bundle brought back is erased again. Up: an erasure a team lead decided on this laptop goes to the hub in
 * a bundle of its own without changes, sent after the outbox, until the hub acknowledges it; the journal row, not
 * the outbox, is what keeps it, since the outbox holds no trace of an erased candidate.
 */
final class ErasureSync {

    private ErasureSync() {
    }

    static void received(CaseloadStore store, FieldSealer sealer, Bundle bundle, Instant now) {
        received(store, sealer, DownApplier.candidatesNamed(bundle), bundle.erasedOrNone(), now);
    }

    /**
     * As {@link #received(CaseloadStore, FieldSealer, Bundle, Instant)} for a bundle whose changes name {@code named}
     * ({@link DownApplier#candidatesNamed}) and that erases {@code erased}.
     */
    static void received(CaseloadStore store, FieldSealer sealer, Set<String> named, List<String> erased,
                         Instant now) {
        int work = LocalErasure.reopenReturned(store, named);
        for (String candidate : erased) {
            if (LocalErasure.begin(store, sealer, candidate, "gemeente (hub)", LocalErasure.HUB, null, false, now)) {
                work++;
            }
        }
        if (work > 0) {
            LocalErasure.completeAll(store, now);
        }
    }

    /** Sends the erasures decided here; returns the error to report, or null. */
    static String sendDecided(CaseloadStore store, SyncIdentity identity, HubClient client, Clock clock) {
        List<String> waiting = store.read(LocalErasure::waitingForHub);
        if (waiting.isEmpty()) {
            return null;
        }
        long last = store.read(dsl -> dsl.select(DSL.coalesce(DSL.max(DSL.field(DSL.name("seq"), Long.class)),
                DSL.inline(0L))).from(DSL.table(DSL.name("change_log"))).fetchOne(0, Long.class));
        Bundle bundle = Bundle.up(UUID.randomUUID().toString(), identity.deviceId(), identity.municipality(), last,
                last, clock.instant().toString(), List.of()).withErased(waiting);
        try {
            client.send(BundleEnvelope.seal(bundle, identity.signingKey(), identity.hubEncryptionKey()));
            LocalErasure.hubHeard(store, waiting);
            return null;
        } catch (HubUnavailableException e) {
            return e.getMessage();
        } catch (HubRefusedException e) {
            return "De gemeente weigerde het wissen van " + waiting.size() + " kandidaat/kandidaten (" + e.code()
                    + "): " + e.getMessage();
        }
    }
}
