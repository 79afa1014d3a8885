package nl.werkmap.hub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.SQLDialect;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.store.CaseloadFeed;
import nl.werkmap.hub.store.DeviceRegistry;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubKeyStore;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.hub.store.MasterCaseload;
import nl.werkmap.hub.store.RegisteredDevice;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.HlcClock;
import nl.werkmap.sync.protocol.RevokedDeviceException;
import nl.werkmap.sync.protocol.SyncKeys;
import nl.werkmap.sync.protocol.UnknownDeviceException;

/**
 * The municipality hub without its HTTP face: registry, keys, inbox, master caseload and the down feed, wired on one
 * database. The HTTP server and the admin commands both work through this class.
 */
public final class Hub implements AutoCloseable {

    /** The signer id of down-bundles. */
    public static final String HUB_ID = "hub";
    static final int CHANGES_PER_DOWN_BUNDLE = 5_000;

    private final HubDatabase db;
    private final String municipality;
    private final Clock clock;
    private final HubKeyStore keys;
    private final DeviceRegistry registry;
    private final MasterCaseload caseload;
    private final Inbox inbox;

    private Hub(HubDatabase db, String municipality, Clock clock) {
        this.db = db;
        this.municipality = municipality;
        this.clock = clock;
        this.keys = new HubKeyStore(db, clock);
        this.registry = new DeviceRegistry(db, clock);
        this.caseload = new MasterCaseload(new HlcClock(clock, db.read(MasterCaseload::highestStamp)));
        this.inbox = new Inbox(db, municipality, keys, registry, caseload, clock);
    }

    /** Opens (and on first use sets up) the hub for {@code municipality}; refuses a database of another one. */
    public static Hub open(HubDatabase db, String municipality, Clock clock) {
        String stored = db.write(dsl -> {
            var table = org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("hub_setting"));
            var name = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("name"), String.class);
            var value = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("value"), String.class);
            String found = dsl.select(value).from(table).where(name.eq("municipality")).fetchOptional(value).orElse(null);
            if (found == null && municipality != null) {
                dsl.insertInto(table, name, value).values("municipality", municipality).execute();
                return municipality;
            }
            return found;
        });
        if (stored == null) {
            throw new IllegalStateException("Deze hub heeft nog geen gemeente. Geef --municipality CODE op.");
        }
        if (municipality != null && !stored.equals(municipality)) {
            throw new IllegalStateException("Deze hub-database hoort bij " + stored + ", niet bij " + municipality + ".");
        }
        return new Hub(db, stored, clock);
    }

    public String municipality() {
        return municipality;
    }

    public DeviceRegistry registry() {
        return registry;
    }

    public HubKeyStore keys() {
        return keys;
    }

    public Inbox inbox() {
        return inbox;
    }

    public HubDatabase database() {
        return db;
    }

    /**
     * Issues a one-time enrolment code for a coach and makes sure the coach exists in the master caseload as a
     * {@code coach} row, so devices receive it before any candidate that refers to it.
     */
    public String issueEnrollmentCode(String coachName, HubRole role, String team, java.time.Duration validity) {
        String code = registry.issueCode(coachName, role, team, validity);
        String coachId = registry.coachId(coachName, team).orElseThrow();
        db.write(dsl -> caseload.apply(dsl, HUB_ID, List.of(new Change("coach", coachId,
                Map.of("name", coachName, "role", role.name(), "team", team),
                caseload.clock().now().stamp(HUB_ID), false))));
        return code;
    }

    /** Down-bundles for {@code deviceId} with everything it may see after journal position {@code after}. */
    public Delivery deliver(String deviceId, long after) {
        RegisteredDevice device = registry.device(deviceId)
                .orElseThrow(() -> new UnknownDeviceException("Onbekend apparaat " + deviceId + "."));
        if (device.revoked()) {
            throw new RevokedDeviceException("Het apparaat is ingetrokken en mag niet meer synchroniseren.");
        }
        List<String> visibleCoaches = device.role() == HubRole.TEAMLEIDER
                ? registry.teamCoachIds(device.team()) : List.of(device.coachId());
        CaseloadFeed.Slice slice = db.read(dsl -> CaseloadFeed.changesFor(dsl, device, visibleCoaches, after,
                caseload.journalPosition(dsl)));
        ECKey signing = keys.signingKey();
        String currentKey = keys.currentEncryptionKey().toPublicJWK().toJSONString();
        List<String> bundles = new ArrayList<>();
        List<Change> changes = slice.changes();
        for (int i = 0; i < changes.size() || (i == 0 && bundles.isEmpty()); i += CHANGES_PER_DOWN_BUNDLE) {
            List<Change> part = changes.subList(i, Math.min(changes.size(), i + CHANGES_PER_DOWN_BUNDLE));
            Bundle bundle = Bundle.down(UUID.randomUUID().toString(), HUB_ID, municipality, device.id(), after,
                    slice.upTo(), clock.instant().toString(), part, currentKey);
            bundles.add(BundleEnvelope.seal(bundle, signing, device.encryptionKey()));
            if (changes.isEmpty()) {
                break;
            }
        }
        return new Delivery(bundles, slice.upTo());
    }

    /** Assigns or transfers a candidate to a coach, as a hub-stamped change that reaches every device concerned. */
    public void assign(String candidateId, String coachId) {
        db.write(dsl -> caseload.apply(dsl, HUB_ID, List.of(new Change("candidate", candidateId,
                Map.of("coach_id", coachId), caseload.clock().now().stamp(HUB_ID), false))));
    }

    public Map<String, Integer> counts() {
        return db.read(caseload::counts);
    }

    /** Writes a consistent copy of the SQLite database to {@code target}; PostgreSQL is backed up with pg_dump. */
    public void backup(Path target) throws java.io.IOException {
        if (db.dialect() != SQLDialect.SQLITE) {
            throw new UnsupportedOperationException("Maak een reservekopie van PostgreSQL met pg_dump.");
        }
        if (Files.exists(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString());
        }
        db.exclusive(dsl -> dsl.execute("VACUUM INTO ?", target.toAbsolutePath().toString()));
    }

    public String signingFingerprint() {
        return SyncKeys.fingerprint(keys.signingKey());
    }

    /** Closes the database connections. */
    @Override
    public void close() {
        db.close();
    }
}
