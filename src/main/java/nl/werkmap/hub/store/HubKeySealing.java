package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.*;

import java.util.Base64;

import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.SQLDialect;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.TamperedFieldException;
import nl.werkmap.security.Vault;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * How the hub's private keys rest in its database: each private JWK sealed (AES-256-GCM, bound to table, column
 * and key id) with the data key of a {@link Vault} whose keyring sits in {@code hub_keyring}, wrapped under the hub
 * passphrase (PBKDF2-HMAC-SHA256). The keyring lives in the database rather than beside it, so a database backup
 * can be restored with the passphrase alone, on SQLite and PostgreSQL alike.
 */
final class HubKeySealing {

    static final String SEALED = "sealed-v1";
    static final String PLAIN = "plain";
    private static final int KEYRING_ROW = 1;

    private final Vault vault;

    HubKeySealing(Vault vault) {
        this.vault = vault;
    }

    String seal(String kid, ECKey key) {
        return Base64.getEncoder().encodeToString(sealer().seal("hub_key", "jwk", kid, key.toJSONString()));
    }

    /** Opens a (kid, jwk, protection) row; a key from before sealing existed is read as it is. */
    ECKey open(Record3<String, String, String> row) {
        if (PLAIN.equals(row.value3())) {
            return SyncKeys.parse(row.value2());
        }
        try {
            return SyncKeys.parse(sealer().open("hub_key", "jwk", row.value1(), Base64.getDecoder().decode(row.value2())));
        } catch (TamperedFieldException | IllegalArgumentException e) {
            throw new HubStoreException("De sleutel " + row.value1() + " in de hub-database is beschadigd of hoort bij"
                    + " een andere hub. Zet een reservekopie van de hub-database terug.", e);
        }
    }

    /** Seals every key still stored plain; returns how many. Runs in the caller's write transaction. */
    int sealPlainKeys(DSLContext dsl) {
        int sealed = 0;
        for (Record3<String, String, String> row : dsl.select(KID, JWK, PROTECTION).from(HUB_KEY)
                .where(PROTECTION.eq(PLAIN)).fetch()) {
            ECKey key = SyncKeys.parse(row.value2());
            dsl.update(HUB_KEY).set(JWK, seal(row.value1(), key)).set(PUBLIC_JWK, key.toPublicJWK().toJSONString())
                    .set(PROTECTION, SEALED).where(KID.eq(row.value1())).execute();
            sealed++;
        }
        return sealed;
    }

    void lock() {
        vault.lock();
    }

    /** The hub's data key, which also wraps the candidates' keys ({@link MasterSealing}). */
    Vault vault() {
        return vault;
    }

    private FieldSealer sealer() {
        return vault.sealer();
    }

    static String storedKeyring(DSLContext dsl) {
        return dsl.select(KEYRING).from(HUB_KEYRING).where(KEYRING_ID.eq(KEYRING_ROW)).fetchOptional(KEYRING)
                .orElse(null);
    }

    /** Replaces the keyring, which must exist; runs in the caller's write transaction. */
    static void replaceKeyring(DSLContext dsl, String keyring) {
        if (dsl.update(HUB_KEYRING).set(KEYRING, keyring).where(KEYRING_ID.eq(KEYRING_ROW)).execute() != 1) {
            throw new HubStoreException("De sleutelring van de hub is tijdens het wijzigen verdwenen. Zet een"
                    + " reservekopie van de hub-database terug.", null);
        }
    }

    /** Opens every sealed key once, so a data key that does not fit this database is noticed before it is kept. */
    void checkOpensEveryKey(DSLContext dsl) {
        dsl.select(KID, JWK, PROTECTION).from(HUB_KEY).fetch(this::open);
    }

    static void storeKeyring(DSLContext dsl, String keyring, String createdAt) {
        dsl.insertInto(HUB_KEYRING, KEYRING_ID, KEYRING, CREATED_AT).values(KEYRING_ROW, keyring, createdAt).execute();
    }

    /** The public half from a (public_jwk, jwk, protection) row; {@code null} if a sealed row lacks it. */
    static ECKey publicHalf(Record3<String, String, String> row) {
        if (row.value1() != null) {
            return SyncKeys.parse(row.value1());
        }
        return PLAIN.equals(row.value3()) ? SyncKeys.parse(row.value2()).toPublicJWK() : null;
    }

    /**
     * After sealing keys that were stored plain, SQLite may still hold the old text in freed pages and in the WAL:
     * VACUUM rewrites the file from live rows only, and a truncating checkpoint empties the WAL. (PostgreSQL keeps
     * old row versions until its own VACUUM; operations-hub.md tells the administrator.)
     */
    static void scrubFreedPages(HubDatabase db) {
        if (db.dialect() == SQLDialect.SQLITE) {
            db.exclusive(dsl -> {
                dsl.execute("VACUUM");
                dsl.fetch("PRAGMA wal_checkpoint(TRUNCATE)");
                return null;
            });
        }
    }
}
