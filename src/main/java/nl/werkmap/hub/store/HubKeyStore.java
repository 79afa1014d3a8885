package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.*;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.security.PassphrasePolicy;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * The hub's key generations. The signing key is the hub's identity, pinned by devices at enrolment, so it is not
 * rotated here. The encryption key is the municipality key devices encrypt to: rotation adds a new generation and
 * makes it current, while every old generation stays so bundles sealed to it remain readable.
 *
 * <p>Private keys are sealed at rest ({@link HubKeySealing}): opened with the hub passphrase, the store holds them in
 * memory; opened without, it knows only the public halves and refuses anything that needs a private key.
 */
public final class HubKeyStore {

    static final String SIGNING = "signing";
    static final String ENCRYPTION = "encryption";

    private final HubDatabase db;
    private final Clock clock;
    private final HubKeySealing sealing;
    private volatile List<ECKey> encryptionKeys = List.of();
    private volatile ECKey signing;

    private HubKeyStore(HubDatabase db, Clock clock, HubKeySealing sealing) {
        this.db = db;
        this.clock = clock;
        this.sealing = sealing;
    }

    /**
     * Opens the keys with the hub passphrase. A new hub gets its keyring and keys now (the passphrase must pass
     * {@link PassphrasePolicy}); keys stored before sealing existed are sealed now, in one transaction.
     *
     * @throws HubLockedException with a Dutch message for a wrong or weak passphrase; nothing has changed then
     */
    public static HubKeyStore unlock(HubDatabase db, Clock clock, char[] passphrase) {
        String stored = db.read(HubKeySealing::storedKeyring);
        Vault vault;
        String newKeyring = null;
        if (stored != null) {
            try {
                vault = Vault.unlockDetached(stored, "in de hub-database", passphrase);
            } catch (WrongPassphraseException e) {
                throw HubLockedException.wrongPassphrase(e);
            }
        } else {
            Optional<String> problem = PassphrasePolicy.problem(passphrase);
            if (problem.isPresent()) {
                throw HubLockedException.weakPassphrase(problem.get());
            }
            Vault.Detached created = Vault.createDetached(passphrase);
            vault = created.vault();
            newKeyring = created.keyring();
        }
        HubKeyStore store = new HubKeyStore(db, clock, new HubKeySealing(vault));
        store.setUp(newKeyring);
        store.reload();
        // A hub from before V8 seals its master caseload's plain personal values and re-keeps its bundles now, once.
        PlainValueSealing.run(db, MasterSealing.of(store), clock.instant().toString(), store.keptBundleOpener());
        return store;
    }

    /**
     * Changes the hub passphrase: the data key in {@code hub_keyring} is wrapped again under {@code next}, with a
     * fresh salt, in one transaction. The sealed keys stay exactly as they are, so devices, bundles sealed before the
     * change and a hub that is running right now go on working; only the next start needs {@code next}. The new
     * passphrase must pass {@link PassphrasePolicy}, the rule a new hub's first passphrase meets. The caller clears
     * both arrays.
     *
     * @throws HubLockedException with a Dutch message for a wrong current or a weak new passphrase, for a hub without
     *         keys yet, or when someone else changed the passphrase meanwhile; nothing has changed then
     */
    public static void changePassphrase(HubDatabase db, char[] current, char[] next) {
        Optional<String> problem = PassphrasePolicy.problem(next);
        if (problem.isPresent()) {
            throw HubLockedException.weakNewPassphrase(problem.get());
        }
        if (java.util.Arrays.equals(current, next)) {
            throw HubLockedException.samePassphrase();
        }
        String stored = db.read(HubKeySealing::storedKeyring);
        if (stored == null) {
            throw HubLockedException.noKeysYet();
        }
        // Both key derivations run before the transaction, so other writers (a running hub) wait only for the update.
        Vault.Detached rewrapped;
        try {
            rewrapped = Vault.rewrapDetached(stored, "in de hub-database", current, next);
        } catch (WrongPassphraseException e) {
            throw HubLockedException.wrongPassphrase(e);
        }
        HubKeySealing sealing = new HubKeySealing(rewrapped.vault());
        try {
            db.write(dsl -> {
                if (!stored.equals(HubKeySealing.storedKeyring(dsl))) {
                    throw HubLockedException.changedMeanwhile();
                }
                sealing.checkOpensEveryKey(dsl);
                HubKeySealing.replaceKeyring(dsl, rewrapped.keyring());
                return null;
            });
        } finally {
            sealing.lock();
        }
    }

    /** Opens without the passphrase: public keys only, for administration that hands out or shows them. */
    public static HubKeyStore locked(HubDatabase db, Clock clock) {
        return new HubKeyStore(db, clock, null);
    }

    public boolean unlocked() {
        return sealing != null;
    }

    /** Keeps the new keyring, seals plain keys and makes missing keys; on SQLite wipes what the plain keys left. */
    private void setUp(String newKeyring) {
        boolean sealedPlainKeys = db.write(dsl -> {
            if (newKeyring != null) {
                HubKeySealing.storeKeyring(dsl, newKeyring, clock.instant().toString());
            }
            int sealed = sealing.sealPlainKeys(dsl);
            if (!hasCurrent(dsl, SIGNING)) {
                insert(dsl, SIGNING, SyncKeys.newSigningKey());
            }
            if (!hasCurrent(dsl, ENCRYPTION)) {
                insert(dsl, ENCRYPTION, SyncKeys.newEncryptionKey());
            }
            return sealed > 0;
        });
        if (sealedPlainKeys) {
            HubKeySealing.scrubFreedPages(db);
        }
    }

    /** The private signing key; only when unlocked. */
    public ECKey signingKey() {
        requireUnlocked();
        return signing;
    }

    /** The public signing key: the hub's identity, pinned by devices. */
    public ECKey signingPublicKey() {
        return signing != null ? signing.toPublicJWK()
                : db.read(dsl -> currentPublic(dsl, SIGNING)).orElseThrow(HubLockedException::noKeysYet);
    }

    /** The current private encryption key; only when unlocked. */
    public ECKey currentEncryptionKey() {
        requireUnlocked();
        return encryptionKeys.get(0);
    }

    /** The public half of the current municipality key, which devices encrypt to. */
    public ECKey currentEncryptionPublicKey() {
        return !encryptionKeys.isEmpty() ? encryptionKeys.get(0).toPublicJWK()
                : db.read(dsl -> currentPublic(dsl, ENCRYPTION)).orElseThrow(HubLockedException::noKeysYet);
    }

    /** Every generation, newest first: what the inbox may decrypt with. */
    public List<ECKey> encryptionKeys() {
        requireUnlocked();
        return encryptionKeys;
    }

    /** Finds a private encryption key by key id, re-reading the database once in case another process rotated. */
    public Optional<ECKey> encryptionKey(String kid) {
        requireUnlocked();
        Optional<ECKey> found = find(kid);
        if (found.isEmpty()) {
            reload();
            found = find(kid);
        }
        return found;
    }

    /** Makes a new municipality key current; returns it. Devices pick it up from the next down-bundle. */
    public ECKey rotateEncryptionKey() {
        requireUnlocked();
        ECKey fresh = SyncKeys.newEncryptionKey();
        db.write(dsl -> {
            dsl.update(HUB_KEY).set(IS_CURRENT, 0).where(PURPOSE.eq(ENCRYPTION)).execute();
            insert(dsl, ENCRYPTION, fresh);
            return null;
        });
        reload();
        return fresh;
    }

    /** Wipes the key that opens the private keys and forgets them; the store is locked from then on. */
    public void lock() {
        if (sealing != null) {
            sealing.lock();
        }
        signing = null;
        encryptionKeys = List.of();
    }

    /**
     * Opens a bundle the hub kept whole before V9, to keep it per candidate: verified as at receipt, against the
     * device that signed it even if it was revoked since (it was not then); null when it does not open.
     */
    private java.util.function.Function<String, nl.werkmap.sync.protocol.Bundle> keptBundleOpener() {
        return jwe -> {
            String municipality = db.read(dsl -> dsl.select(VALUE).from(HUB_SETTING).where(NAME.eq("municipality"))
                    .fetchOptional(VALUE).orElse(null));
            nl.werkmap.sync.protocol.SignerDirectory everyDevice = kid -> db.read(dsl -> dsl
                    .select(ID, SIGNING_JWK).from(DEVICE).where(SIGNING_KID.eq(kid))
                    .fetchOptional(r -> new nl.werkmap.sync.protocol.SignerDirectory.Signer(r.get(ID),
                            SyncKeys.parse(r.get(SIGNING_JWK)), false)));
            try {
                return nl.werkmap.sync.protocol.BundleEnvelope.open(jwe, nl.werkmap.sync.protocol.Receiver.hub(
                        municipality, encryptionKeys), everyDevice).bundle();
            } catch (RuntimeException e) {
                // Left whole (still sealed to the municipality key); the caller counts and reports them.
                org.slf4j.LoggerFactory.getLogger(HubKeyStore.class).warn("Een bewaarde bundel is niet te openen en"
                        + " blijft heel bewaard: {}", e.getMessage());
                return null;
            }
        };
    }

    /** The hub's data key; only when unlocked. */
    Vault vault() {
        requireUnlocked();
        return sealing.vault();
    }

    private void requireUnlocked() {
        if (sealing == null || signing == null) {
            throw HubLockedException.locked();
        }
    }

    private Optional<ECKey> find(String kid) {
        return encryptionKeys.stream().filter(k -> kid.equals(k.getKeyID())).findFirst();
    }

    private void reload() {
        db.read(dsl -> {
            encryptionKeys = dsl.select(KID, JWK, PROTECTION).from(HUB_KEY).where(PURPOSE.eq(ENCRYPTION))
                    .orderBy(CREATED_AT.desc(), IS_CURRENT.desc()).fetch(sealing::open);
            signing = dsl.select(KID, JWK, PROTECTION).from(HUB_KEY).where(PURPOSE.eq(SIGNING)).and(IS_CURRENT.eq(1))
                    .fetchOne(sealing::open);
            return null;
        });
    }

    private static boolean hasCurrent(DSLContext dsl, String purpose) {
        return dsl.fetchExists(dsl.selectOne().from(HUB_KEY).where(PURPOSE.eq(purpose)).and(IS_CURRENT.eq(1)));
    }

    private static Optional<ECKey> currentPublic(DSLContext dsl, String purpose) {
        return dsl.select(PUBLIC_JWK, JWK, PROTECTION).from(HUB_KEY).where(PURPOSE.eq(purpose)).and(IS_CURRENT.eq(1))
                .fetchOptional(HubKeySealing::publicHalf);
    }

    private void insert(DSLContext dsl, String purpose, ECKey key) {
        String kid = SyncKeys.keyId(key);
        dsl.insertInto(HUB_KEY, KID, PURPOSE, JWK, PUBLIC_JWK, PROTECTION, CREATED_AT, IS_CURRENT)
                .values(kid, purpose, sealing.seal(kid, key), key.toPublicJWK().toJSONString(), HubKeySealing.SEALED,
                        clock.instant().toString(), 1)
                .execute();
    }
}
