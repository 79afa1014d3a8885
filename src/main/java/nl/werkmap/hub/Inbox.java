package nl.werkmap.hub;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Clock;
import java.util.List;
import java.util.UUID;


import nl.werkmap.hub.store.DeviceRegistry;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubKeyStore;
import nl.werkmap.hub.store.MasterCaseload;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.BundleRefusedException;
import nl.werkmap.sync.protocol.ClockBounds;
import nl.werkmap.sync.protocol.OpenedBundle;
import nl.werkmap.sync.protocol.Receiver;
import nl.werkmap.sync.protocol.ReplayException;
import nl.werkmap.sync.schema.ContentCheck;

/**
 * Receives up-bundles: opens and verifies them against the device registry, refuses replays, applies the changes
 * to the master caseload (with the coach's decisions on conflicts it carries) and keeps the bundle as received, all
 * in one transaction so a bundle is either fully applied and recorded or not at all. Refusals are logged for the
 * administrator.
 */
public final class Inbox {

    private final HubDatabase db;
    private final String municipality;
    private final HubKeyStore keys;
    private final DeviceRegistry registry;
    private final MasterCaseload caseload;
    private final Clock clock;
    private final java.time.Duration clockMargin;

    Inbox(HubDatabase db, String municipality, HubKeyStore keys, DeviceRegistry registry, MasterCaseload caseload,
          Clock clock, java.time.Duration clockMargin) {
        this.clockMargin = clockMargin;
        this.db = db;
        this.municipality = municipality;
        this.keys = keys;
        this.registry = registry;
        this.caseload = caseload;
        this.clock = clock;
    }

    /** Accepts a compact JWE bundle; {@code via} records how it came ("http" or "file"). */
    public Receipt receive(String jwe, String via) {
        OpenedBundle opened;
        try {
            opened = BundleEnvelope.open(jwe, new Receiver(nl.werkmap.sync.protocol.Bundle.UP, municipality,
                    municipality, keys::encryptionKey), registry.signers());
            // Content and clock before anything is applied: a bundle that does not fit is refused whole.
            ContentCheck.check(opened.bundle());
            ClockBounds.checkUp(opened.bundle(), clock.instant(), clockMargin);
        } catch (BundleRefusedException e) {
            logRefusal(e);
            throw e;
        }
        // Only a bundle with decisions on conflicts needs to know what its device sees; read before the write.
        List<String> visibleCoaches = opened.bundle().resolutionsOrNone().isEmpty() ? List.of()
                : registry.device(opened.signerId()).map(d -> Hub.visibleCoaches(registry, d))
                        .orElse(List.of());
        try {
            Receipt receipt = db.write(dsl -> {
                org.jooq.Record2<String, String> earlier = dsl.select(field(name("device_id"), String.class),
                                field(name("payload_digest"), String.class))
                        .from(table(name("received_bundle")))
                        .where(field(name("bundle_id"), String.class).eq(opened.bundle().bundleId())).fetchOne();
                if (earlier != null) {
                    if (earlier.value1().equals(opened.signerId()) && earlier.value2().equals(opened.payloadDigest())) {
                        registry.markSeen(dsl, opened.signerId());
                        return new Receipt(opened.bundle().bundleId(), true, 0);
                    }
                    throw new ReplayException("Bundel " + opened.bundle().bundleId() + " is al eerder ontvangen met"
                            + " een andere inhoud. Deze bundel is geweigerd.");
                }
                // Kept per candidate, sealed under each candidate's key, instead of as the JWE (see KeptBundles).
                int applied = caseload.applyAndKeep(dsl, opened.signerId(), opened.bundle(), visibleCoaches);
                // avgwis: an erasure a team lead decided on a laptop reaches the hub and, from there, every device.
                ErasureRequests.accept(dsl, registry, opened.signerId(), opened.bundle().erasedOrNone(),
                        clock.instant().toString());
                dsl.insertInto(table(name("received_bundle")),
                                field(name("bundle_id")), field(name("device_id")), field(name("payload_digest")),
                                field(name("jwe")), field(name("change_count")), field(name("received_at")),
                                field(name("via")))
                        .values(opened.bundle().bundleId(), opened.signerId(), opened.payloadDigest(), "",
                                opened.bundle().changes().size(), clock.instant().toString(), via)
                        .execute();
                registry.markSeen(dsl, opened.signerId());
                return new Receipt(opened.bundle().bundleId(), false, applied);
            });
            if (!opened.bundle().erasedOrNone().isEmpty()) {
                nl.werkmap.hub.store.HubErasure.finishAll(db, clock.instant().toString());
            }
            return receipt;
        } catch (BundleRefusedException e) {
            logRefusal(e);
            throw e;
        }
    }

    private void logRefusal(BundleRefusedException e) {
        db.write(dsl -> dsl.insertInto(table(name("refused_bundle")), field(name("id")), field(name("error_code")),
                        field(name("detail")), field(name("received_at")))
                .values(UUID.randomUUID().toString(), e.code().name(), String.valueOf(e.getMessage()),
                        clock.instant().toString())
                .execute());
    }
}
