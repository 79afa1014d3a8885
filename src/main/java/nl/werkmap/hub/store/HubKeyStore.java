package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.*;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.sync.protocol.SyncKeys;

/**
 * The hub's key generations. The signing key is the hub's identity, pinned by devices at enrolment, so it is not
 * rotated here. The encryption key is the municipality key devices encrypt to: rotation adds a new generation and
 * makes it current, while every old generation stays so bundles sealed to it remain readable.
 */
public final class HubKeyStore {

    static final String SIGNING = "signing";
    static final String ENCRYPTION = "encryption";

    private final HubDatabase db;
    private final Clock clock;
    private volatile List<ECKey> encryptionKeys;

    public HubKeyStore(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.write(dsl -> {
            if (current(dsl, SIGNING).isEmpty()) {
                insert(dsl, SIGNING, SyncKeys.newSigningKey());
            }
            if (current(dsl, ENCRYPTION).isEmpty()) {
                insert(dsl, ENCRYPTION, SyncKeys.newEncryptionKey());
            }
            return null;
        });
        reload();
    }

    public ECKey signingKey() {
        return db.read(dsl -> current(dsl, SIGNING)).orElseThrow();
    }

    public ECKey currentEncryptionKey() {
        return db.read(dsl -> current(dsl, ENCRYPTION)).orElseThrow();
    }

    /** Every generation, newest first: what the inbox may decrypt with. */
    public List<ECKey> encryptionKeys() {
        return encryptionKeys;
    }

    /** Finds a private encryption key by key id, re-reading the database once in case another process rotated. */
    public Optional<ECKey> encryptionKey(String kid) {
        Optional<ECKey> found = find(kid);
        if (found.isEmpty()) {
            reload();
            found = find(kid);
        }
        return found;
    }

    /** Makes a new municipality key current; returns it. Devices pick it up from the next down-bundle. */
    public ECKey rotateEncryptionKey() {
        ECKey fresh = SyncKeys.newEncryptionKey();
        db.write(dsl -> {
            dsl.update(HUB_KEY).set(IS_CURRENT, 0).where(PURPOSE.eq(ENCRYPTION)).execute();
            insert(dsl, ENCRYPTION, fresh);
            return null;
        });
        reload();
        return fresh;
    }

    private Optional<ECKey> find(String kid) {
        return encryptionKeys.stream().filter(k -> kid.equals(k.getKeyID())).findFirst();
    }

    private void reload() {
        encryptionKeys = db.read(dsl -> dsl.select(JWK).from(HUB_KEY).where(PURPOSE.eq(ENCRYPTION))
                .orderBy(CREATED_AT.desc(), IS_CURRENT.desc()).fetch(r -> SyncKeys.parse(r.get(JWK))));
    }

    private static Optional<ECKey> current(DSLContext dsl, String purpose) {
        return dsl.select(JWK).from(HUB_KEY).where(PURPOSE.eq(purpose)).and(IS_CURRENT.eq(1))
                .fetchOptional(r -> SyncKeys.parse(r.get(JWK)));
    }

    private void insert(DSLContext dsl, String purpose, ECKey key) {
        dsl.insertInto(HUB_KEY, KID, PURPOSE, JWK, CREATED_AT, IS_CURRENT)
                .values(SyncKeys.keyId(key), purpose, key.toJSONString(), clock.instant().toString(), 1).execute();
    }
}
