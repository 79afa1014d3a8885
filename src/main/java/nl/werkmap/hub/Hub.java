package nl.werkmap.hub;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.SQLDialect;

import nl.werkmap.hub.store.DeviceRegistry;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubKeyStore;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.hub.store.MasterCaseload;
import nl.werkmap.hub.store.RegisteredDevice;
import nl.werkmap.sync.protocol.BadSignatureException;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.HlcClock;
import nl.werkmap.sync.protocol.RevokedDeviceException;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * The municipality hub without its HTTP face: registry, keys, inbox, master caseload and the down feed, wired on one
 * database. The HTTP server and the admin commands both work through this class.
 */
public final class Hub implements AutoCloseable {

    /** The signer id of down-bundles. */
    public static final String HUB_ID = "hub";
    static final int CHANGES_PER_DOWN_BUNDLE = 5_000;
    /**
     * The first down-bundle of a first fetch holds up to this many changes, each next one twice as many up to
     * {@link #CHANGES_PER_DOWN_BUNDLE} (RowBundles): a new laptop starts opening and applying after a few hundred rows
     * instead of waiting for the hub to read and seal 5,000 with its code still cold.
     */
    public static final int FIRST_DOWN_BUNDLE = 256;

    private final HubDatabase db;
    private final String municipality;
    private final Clock clock;
    private final HubKeyStore keys;
    private final DeviceRegistry registry;
    private final MasterCaseload caseload;
    private final Inbox inbox;
    private final java.time.Duration clockMargin;

    private static final org.jooq.Table<?> HUB_SETTING = org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("hub_setting"));
    private static final org.jooq.Field<String> SETTING_NAME = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("name"),
            String.class);
    private static final org.jooq.Field<String> SETTING_VALUE = org.jooq.impl.DSL.field(
            org.jooq.impl.DSL.name("value"), String.class);

    private Hub(HubDatabase db, String municipality, Clock clock, HubKeyStore keys) {
        this.db = db;
        this.municipality = municipality;
        this.clock = clock;
        this.keys = keys;
        this.registry = new DeviceRegistry(db, clock);
        // Laptop stamps beyond now + margin are refused at the door; the hub's own clock is bounded by the same margin.
        this.clockMargin = ClockMargin.read(db);
        this.caseload = new MasterCaseload(new HlcClock(clock, db.read(MasterCaseload::highestStamp), clockMargin),
                nl.werkmap.hub.store.MasterSealing.of(keys));
        this.inbox = new Inbox(db, municipality, keys, registry, caseload, clock, clockMargin);
    }

    /**
     * Opens (and on first use sets up) the hub for {@code municipality} with its private keys, unlocked by the hub
     * passphrase; refuses a database of another municipality. A new hub gets its keys now; keys stored before they
     * were protected are sealed now. The caller clears {@code passphrase}.
     *
     * @throws nl.werkmap.hub.store.HubLockedException for a wrong or weak passphrase (nothing changed)
     */
    public static Hub open(HubDatabase db, String municipality, Clock clock, char[] passphrase) {
        String resolved = municipality(db, municipality);
        HubKeyStore keys = HubKeyStore.unlock(db, clock, passphrase);
        remember(db, resolved);
        // avgwis: an erasure the hub was stopped in the middle of is finished before anything else happens.
        nl.werkmap.hub.store.HubErasure.finishAll(db, clock.instant().toString());
        return new Hub(db, resolved, clock, keys);
    }

    /**
     * Opens the hub without its private keys, for administration that needs none (devices, codes, assignments,
     * counts). Receiving and delivering bundles refuse with {@link nl.werkmap.hub.store.HubLockedException}.
     */
    public static Hub open(HubDatabase db, String municipality, Clock clock) {
        String resolved = municipality(db, municipality);
        remember(db, resolved);
        return new Hub(db, resolved, clock, HubKeyStore.locked(db, clock));
    }

    private static String municipality(HubDatabase db, String municipality) {
        String stored = db.read(dsl -> dsl.select(SETTING_VALUE).from(HUB_SETTING).where(SETTING_NAME.eq("municipality"))
                .fetchOptional(SETTING_VALUE).orElse(null));
        if (stored == null && municipality == null) {
            throw new IllegalStateException("Deze hub heeft nog geen gemeente. Geef --municipality CODE op.");
        }
        if (stored != null && municipality != null && !stored.equals(municipality)) {
            throw new IllegalStateException("Deze hub-database hoort bij " + stored + ", niet bij " + municipality + ".");
        }
        return stored != null ? stored : municipality;
    }

    private static void remember(HubDatabase db, String municipality) {
        db.write(dsl -> {
            if (!dsl.fetchExists(dsl.selectOne().from(HUB_SETTING).where(SETTING_NAME.eq("municipality")))) {
                dsl.insertInto(HUB_SETTING, SETTING_NAME, SETTING_VALUE).values("municipality", municipality).execute();
            }
            return null;
        });
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

    /** How far ahead of this hub's clock a laptop's stamps may lie ({@link ClockMargin}). */
    public java.time.Duration clockMargin() {
        return clockMargin;
    }

    /**
     * Issues a one-time enrolment code for a coach and makes sure the coach exists in the master caseload as a
     * {@code coach} row, so devices receive it before any candidate that refers to it.
     */
    public String issueEnrollmentCode(String coachName, HubRole role, String team, java.time.Duration validity) {
        String code = registry.issueCode(coachName, role, team, validity);
        String coachId = registry.coachId(coachName, team).orElseThrow();
        if (!role.hasCaseload()) {
            // A privacy officer reads at the hub only; the laptops need no coach row for them.
            return code;
        }
        db.write(dsl -> caseload.apply(dsl, HUB_ID, List.of(new Change("coach", coachId,
                Map.of("name", coachName, "role", role.name(), "team", team),
                caseload.clock().now().stamp(HUB_ID), false))));
        return code;
    }

    /** Down-bundles for {@code deviceId} with everything it may see after journal position {@code after}. */
    public Delivery deliver(String deviceId, long after) {
        List<String> bundles = new ArrayList<>();
        DownFeed feed = feed(deviceId, after);
        feed.sealEach(bundles::add);
        return new Delivery(bundles, feed.next());
    }

    /**
     * As {@link #deliver}, but the bundles are sealed one at a time as the caller takes them: the HTTP route writes
     * each to the device while the next is sealed, so a first sync's device applies while the hub still seals. The
     * device is checked here; the feed is read when {@link DownFeed#sealEach} runs, in one read transaction. A
     * first fetch ({@code after == 0}) is read in pages while it goes out ({@link FeedReading}), so its first bundle
     * leaves after the first page and the hub never holds the whole team; later fetches, small, are read at once.
     */
    public DownFeed feed(String deviceId, long after) {
        return feed(deviceId, after, BundleEnvelope.FORM_NESTED);
    }

    /**
     * As {@link #feed(String, long)}, the bundles sealed in envelope {@code form}: the newest the device said it
     * reads ({@link BundleEnvelope#formFor}), given by the fetch's device token; without it form 1, which every
     * device reads.
     */
    public DownFeed feed(String deviceId, long after, int form) {
        RegisteredDevice device = registry.device(deviceId)
                .orElseThrow(() -> new BadSignatureException("Dit apparaat is niet (meer) aangemeld bij de hub. Meld"
                        + " het opnieuw aan bij de gemeente."));
        if (device.revoked()) {
            throw new RevokedDeviceException("Het apparaat is ingetrokken en mag niet meer synchroniseren.");
        }
        List<String> visibleCoaches = visibleCoaches(registry, device);
        int sealedAs = BundleEnvelope.formFor(form);
        // Form 2 also writes the changes compact (sync-protocol.md §2.1): only a device that reads form 2 gets them.
        return new DownFeed(new FeedReading(db, caseload.sealing(), new FeedReading.Ask(device, visibleCoaches, after,
                municipality, keys.currentEncryptionPublicKey().toJSONString(), clock.instant().toString(),
                sealedAs >= BundleEnvelope.FORM_UNENCODED), FIRST_DOWN_BUNDLE, CHANGES_PER_DOWN_BUNDLE),
                keys.signingKey(), device.encryptionKey(), sealedAs);
    }

    /** The coaches whose candidates {@code device} sees: its own coach's, or a team lead's whole team's. */
    static List<String> visibleCoaches(DeviceRegistry registry, RegisteredDevice device) {
        return device.role() == HubRole.TEAMLEIDER ? registry.teamCoachIds(device.team()) : List.of(device.coachId());
    }

    /** Assigns or transfers a candidate to a coach, as a hub-stamped change that reaches every device concerned. */
    public void assign(String candidateId, String coachId) {
        db.write(dsl -> caseload.apply(dsl, HUB_ID, List.of(new Change("candidate", candidateId,
                Map.of("coach_id", coachId), caseload.clock().now().stamp(HUB_ID), false))));
    }

    /** One candidate's records at the hub, opened, and the log of who read them there (avglog, issue 16). */
    public nl.werkmap.hub.store.HubCandidateRecords candidateRecords() {
        return new nl.werkmap.hub.store.HubCandidateRecords(db, caseload, registry, clock, HUB_ID);
    }

    /**
     * avgwis: erases a candidate at the hub and tells every device to erase its copy (see
     * {@link nl.werkmap.hub.store.HubErasure}); false when it was erased before.
     */
    public boolean erase(String candidateId, String decidedBy, String reason) {
        return nl.werkmap.hub.store.HubErasure.erase(db, candidateId, decidedBy, reason, clock.instant().toString());
    }

    public Map<String, Integer> counts() {
        return db.read(caseload::counts);
    }

    /**
     * Writes an encrypted copy of the SQLite database to {@code target} (see {@link nl.werkmap.hub.store.HubBackup});
     * PostgreSQL is backed up with pg_dump.
     */
    public void backup(Path target) throws java.io.IOException {
        if (db.dialect() != SQLDialect.SQLITE) {
            throw new UnsupportedOperationException("Maak een reservekopie van PostgreSQL met pg_dump.");
        }
        nl.werkmap.hub.store.HubBackup.write(db, keys, municipality, target);
    }

    public String signingFingerprint() {
        return SyncKeys.fingerprint(keys.signingPublicKey());
    }

    /** Wipes the key that opens the private keys and closes the database connections. */
    @Override
    public void close() {
        keys.lock();
        db.close();
    }
}
