package nl.werkmap.sync.device;

import static nl.werkmap.store.jooq.Tables.SYNC_ENROLLMENT;

import java.time.Instant;
import java.util.Optional;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * Keeps the enrolment in the caseload file: private keys sealed by the vault (bound to this table, column and
 * device id, like any personal field), public hub keys as plain JWK text, and the down-feed cursor.
 */
public final class SyncIdentityStore {

    private static final String TABLE = "sync_enrollment";

    private final CaseloadStore store;
    private final FieldSealer sealer;

    public SyncIdentityStore(CaseloadStore store, FieldSealer sealer) {
        this.store = store;
        this.sealer = sealer;
    }

    public Optional<SyncIdentity> load() {
        return store.read(dsl -> dsl.selectFrom(SYNC_ENROLLMENT).limit(1).fetchOptional()).map(r -> new SyncIdentity(
                r.getDeviceId(), r.getHubUrl(), r.getMunicipality(), r.getCoachId(), r.getRole(), r.getTeam(),
                SyncKeys.parse(sealer.open(TABLE, "signing_key", r.getDeviceId(), r.getSigningKey())),
                SyncKeys.parse(sealer.open(TABLE, "encryption_key", r.getDeviceId(), r.getEncryptionKey())),
                SyncKeys.parse(r.getHubSigningKey()), SyncKeys.parse(r.getHubEncryptionKey()),
                r.getDownCursor() == null ? 0 : r.getDownCursor().longValue()));
    }

    public void save(SyncIdentity identity) {
        store.writeOwnTables(dsl -> {
            dsl.deleteFrom(SYNC_ENROLLMENT).execute();
            return dsl.insertInto(SYNC_ENROLLMENT)
                    .set(SYNC_ENROLLMENT.DEVICE_ID, identity.deviceId())
                    .set(SYNC_ENROLLMENT.HUB_URL, identity.hubUrl())
                    .set(SYNC_ENROLLMENT.MUNICIPALITY, identity.municipality())
                    .set(SYNC_ENROLLMENT.COACH_ID, identity.coachId())
                    .set(SYNC_ENROLLMENT.ROLE, identity.role())
                    .set(SYNC_ENROLLMENT.TEAM, identity.team())
                    .set(SYNC_ENROLLMENT.SIGNING_KEY, sealer.seal(TABLE, "signing_key", identity.deviceId(),
                            identity.signingKey().toJSONString()))
                    .set(SYNC_ENROLLMENT.ENCRYPTION_KEY, sealer.seal(TABLE, "encryption_key", identity.deviceId(),
                            identity.encryptionKey().toJSONString()))
                    .set(SYNC_ENROLLMENT.HUB_SIGNING_KEY, identity.hubSigningKey().toPublicJWK().toJSONString())
                    .set(SYNC_ENROLLMENT.HUB_ENCRYPTION_KEY, identity.hubEncryptionKey().toPublicJWK().toJSONString())
                    .set(SYNC_ENROLLMENT.DOWN_CURSOR, (int) identity.downCursor())
                    .set(SYNC_ENROLLMENT.ENROLLED_AT, Instant.now().toString())
                    .execute();
        });
    }

    /** After applying down-bundles: where to continue, and the municipality key the hub now wants. */
    public void advance(long cursor, String hubEncryptionKey) {
        store.writeOwnTables(dsl -> dsl.update(SYNC_ENROLLMENT)
                .set(SYNC_ENROLLMENT.DOWN_CURSOR, (int) cursor)
                .set(SYNC_ENROLLMENT.HUB_ENCRYPTION_KEY, SyncKeys.parse(hubEncryptionKey).toPublicJWK().toJSONString())
                .execute());
    }

    /** The change-log position up to which this device had seen the hub's changes (see V20). */
    public long seenChangeSeq() {
        return store.read(dsl -> dsl.select(SYNC_ENROLLMENT.SEEN_CHANGE_SEQ).from(SYNC_ENROLLMENT).limit(1)
                .fetchOptional(SYNC_ENROLLMENT.SEEN_CHANGE_SEQ).map(Integer::longValue).orElse(0L));
    }

    public void markSeen() {
        store.writeOwnTables(dsl -> dsl.update(SYNC_ENROLLMENT).set(SYNC_ENROLLMENT.SEEN_CHANGE_SEQ,
                org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(org.jooq.impl.DSL.coalesce(
                        org.jooq.impl.DSL.max(nl.werkmap.store.jooq.Tables.CHANGE_LOG.SEQ), 0))
                        .from(nl.werkmap.store.jooq.Tables.CHANGE_LOG))).execute());
    }

    /** The hub certificate this device trusts (PEM), or null for the system's authorities. */
    public String trustedCertificate() {
        return store.read(dsl -> dsl.select(SYNC_ENROLLMENT.TRUSTED_CERTIFICATE).from(SYNC_ENROLLMENT).limit(1)
                .fetchOptional(SYNC_ENROLLMENT.TRUSTED_CERTIFICATE).orElse(null));
    }

    public void trustCertificate(String pem) {
        store.writeOwnTables(dsl -> dsl.update(SYNC_ENROLLMENT).set(SYNC_ENROLLMENT.TRUSTED_CERTIFICATE, pem)
                .execute());
    }

    public void recordOutcome(Instant successAt, String error) {
        store.writeOwnTables(dsl -> {
            var update = dsl.update(SYNC_ENROLLMENT).set(SYNC_ENROLLMENT.LAST_ERROR, error);
            if (successAt != null) {
                update = update.set(SYNC_ENROLLMENT.LAST_SUCCESS_AT, successAt.toString());
            }
            return update.execute();
        });
    }

    /** Last successful sync and last error text, for the status bar. */
    public String[] lastOutcome() {
        return store.read(dsl -> dsl.select(SYNC_ENROLLMENT.LAST_SUCCESS_AT, SYNC_ENROLLMENT.LAST_ERROR)
                .from(SYNC_ENROLLMENT).limit(1).fetchOptional()
                .map(r -> new String[] {r.value1(), r.value2()}).orElse(new String[] {null, null}));
    }
}
