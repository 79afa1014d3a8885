package nl.werkmap.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The coach's vault: a random 256-bit data key that seals every personal field, kept on disk only wrapped under a
 * key derived from the passphrase. Unlocking gives a {@link FieldSealer}; locking wipes the data key, and every
 * sealer handed out before then refuses from that moment on. Passphrase arrays stay the caller's to clear.
 */
public final class Vault {

    private static final int DATA_KEY_BYTES = 32;

    private final Path keyringFile;
    private final KeyDerivation derivation;
    private final DataKey dataKey;
    private final FieldSealer sealer;

    private Vault(Path keyringFile, KeyDerivation derivation, AesKey key) {
        this.keyringFile = keyringFile;
        this.derivation = derivation;
        this.dataKey = new DataKey(key);
        this.sealer = new GcmFieldSealer(dataKey);
    }

    /** A new vault whose keyring its owner keeps as text instead of in a file, with that text. */
    public record Detached(Vault vault, String keyring) {
    }

    public static boolean exists(Path keyringFile) {
        return Files.isRegularFile(keyringFile);
    }

    /**
     * Makes a new data key and writes its keyring. Refuses (with an {@link java.io.UncheckedIOException}) when the
     * file already exists, so an existing caseload can never be orphaned by accident. Check
     * {@link PassphrasePolicy#problem(char[])} first; the vault takes whatever passphrase it is given.
     */
    public static Vault create(Path keyringFile, char[] passphrase) {
        return create(keyringFile, passphrase, KeyDerivation.standard());
    }

    /** Opens the keyring; nothing on disk changes, whether this succeeds or not. */
    public static Vault unlock(Path keyringFile, char[] passphrase) throws WrongPassphraseException {
        return unlock(keyringFile, passphrase, KeyDerivation.standard());
    }

    /**
     * As {@link #create(Path, char[])}, but the keyring is handed back as JSON text for the caller to keep (the hub
     * keeps it in its database, so a database backup carries it). Its passphrase changes through
     * {@link #rewrapDetached(String, String, char[], char[])}, which hands the owner new text to store.
     */
    public static Detached createDetached(char[] passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        KeyDerivation derivation = KeyDerivation.standard();
        AesKey key = new AesKey(AesGcm.randomBytes(DATA_KEY_BYTES));
        String text;
        try {
            Keyring keyring = Keyring.wrap(key, passphrase, derivation, derivation.iterationsForNewKeys(), Instant.now());
            text = new String(KeyringFile.format(keyring), java.nio.charset.StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            key.destroy();
            throw e;
        }
        return new Detached(new Vault(null, derivation, key), text);
    }

    /** Opens a keyring kept as text; {@code where} names its place in the message if the text is damaged. */
    public static Vault unlockDetached(String keyring, String where, char[] passphrase)
            throws WrongPassphraseException {
        Objects.requireNonNull(keyring, "keyring");
        Objects.requireNonNull(passphrase, "passphrase");
        KeyDerivation derivation = KeyDerivation.standard();
        Keyring parsed = KeyringFile.parse(keyring.getBytes(java.nio.charset.StandardCharsets.UTF_8), where,
                derivation);
        return new Vault(null, derivation, parsed.unwrap(passphrase, derivation));
    }

    /**
     * The detached counterpart of {@link #changePassphrase(char[], char[])}: opens {@code keyring} with
     * {@code current} and wraps the same data key under {@code next}, with a fresh salt and nonce and an iteration
     * count that never goes down. Returns the open vault (so the owner can check its sealed data still opens) with the
     * new keyring text; storing that text is the owner's job. With a wrong {@code current}, nothing is made.
     */
    public static Detached rewrapDetached(String keyring, String where, char[] current, char[] next)
            throws WrongPassphraseException {
        Objects.requireNonNull(keyring, "keyring");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(next, "next");
        KeyDerivation derivation = KeyDerivation.standard();
        Keyring old = KeyringFile.parse(keyring.getBytes(java.nio.charset.StandardCharsets.UTF_8), where, derivation);
        AesKey key = old.unwrap(current, derivation);
        String text;
        try {
            Keyring rewrapped = Keyring.wrap(key, next, derivation, derivation.iterationsForRewrap(old.iterations),
                    old.created);
            text = new String(KeyringFile.format(rewrapped), java.nio.charset.StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            key.destroy();
            throw e;
        }
        return new Detached(new Vault(null, derivation, key), text);
    }

    /**
     * A new vault whose keyring is not written yet: {@link #commit()} writes it, as the last step of creating a
     * caseload, so a crash before that leaves no keyring that points at a half-made caseload.
     */
    public static final class Pending {
        private final Vault vault;
        private final Keyring keyring;

        private Pending(Vault vault, Keyring keyring) {
            this.vault = vault;
            this.keyring = keyring;
        }

        public Vault vault() {
            return vault;
        }

        /** Writes the keyring atomically; refuses (UncheckedIOException) if a keyring file already exists. */
        public void commit() {
            if (vault.keyringFile == null) {
                throw new IllegalStateException("no keyring file");
            }
            KeyringFile.write(vault.keyringFile, keyring, true);
        }
    }

    /** As {@link #create(Path, char[])}, but the keyring file is only written by {@link Pending#commit()}. */
    public static Pending prepare(Path keyringFile, char[] passphrase) {
        return prepare(keyringFile, passphrase, KeyDerivation.standard());
    }

    static Pending prepare(Path keyringFile, char[] passphrase, KeyDerivation derivation) {
        Objects.requireNonNull(keyringFile, "keyringFile");
        Objects.requireNonNull(passphrase, "passphrase");
        AesKey key = new AesKey(AesGcm.randomBytes(DATA_KEY_BYTES));
        try {
            Keyring keyring = Keyring.wrap(key, passphrase, derivation, derivation.iterationsForNewKeys(), Instant.now());
            return new Pending(new Vault(keyringFile, derivation, key), keyring);
        } catch (RuntimeException e) {
            key.destroy();
            throw e;
        }
    }

    static Vault create(Path keyringFile, char[] passphrase, KeyDerivation derivation) {
        Objects.requireNonNull(keyringFile, "keyringFile");
        Objects.requireNonNull(passphrase, "passphrase");
        AesKey key = new AesKey(AesGcm.randomBytes(DATA_KEY_BYTES));
        try {
            Keyring keyring = Keyring.wrap(key, passphrase, derivation, derivation.iterationsForNewKeys(), Instant.now());
            KeyringFile.write(keyringFile, keyring, true);
        } catch (RuntimeException e) {
            key.destroy();
            throw e;
        }
        return new Vault(keyringFile, derivation, key);
    }

    static Vault unlock(Path keyringFile, char[] passphrase, KeyDerivation derivation) throws WrongPassphraseException {
        Objects.requireNonNull(keyringFile, "keyringFile");
        Objects.requireNonNull(passphrase, "passphrase");
        Keyring keyring = KeyringFile.read(keyringFile, derivation);
        return new Vault(keyringFile, derivation, keyring.unwrap(passphrase, derivation));
    }

    /**
     * Wraps the same data key under {@code next}, with a fresh salt and nonce and an iteration count that never goes
     * down; sealed data is not touched. With a wrong {@code current}, nothing changes on disk.
     */
    public synchronized void changePassphrase(char[] current, char[] next) throws WrongPassphraseException {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(next, "next");
        if (dataKey.isDestroyed()) {
            throw new VaultLockedException();
        }
        if (keyringFile == null) {
            throw new IllegalStateException("This vault's keyring is kept by its owner; make a new one instead");
        }
        Keyring old = KeyringFile.read(keyringFile, derivation);
        AesKey onDisk = old.unwrap(current, derivation);
        try {
            long stamp = dataKey.begin();
            boolean same = onDisk.sameBytes(dataKey.key());
            dataKey.end(stamp);
            if (!same) {
                throw CorruptKeyringException.foreignKey(keyringFile);
            }
            Keyring rewrapped = Keyring.wrap(onDisk, next, derivation, derivation.iterationsForRewrap(old.iterations),
                    old.created);
            KeyringFile.write(keyringFile, rewrapped, false);
        } finally {
            onDisk.destroy();
        }
    }

    public FieldSealer sealer() {
        if (dataKey.isDestroyed()) {
            throw new VaultLockedException();
        }
        return sealer;
    }

    /**
     * A new {@link SubjectKey} and its wrapped form (sealed with this vault's data key, bound to {@code table} and
     * {@code subject}), for the owner to store; the wrapped form opens with {@link #openSubjectKey} only.
     */
    public SubjectKey.Fresh newSubjectKey(String table, String subject) {
        long stamp = dataKey.begin();
        SubjectKey.Fresh fresh = SubjectKey.fresh(dataKey.key(), table, subject);
        dataKey.end(stamp);
        return fresh;
    }

    /**
     * Opens a wrapped subject key; throws {@link TamperedFieldException} if it was changed, belongs to another
     * subject or table, or was wrapped by another vault.
     */
    public SubjectKey openSubjectKey(String table, String subject, byte[] wrapped) {
        long stamp = dataKey.begin();
        SubjectKey key = SubjectKey.unwrap(dataKey.key(), table, subject, wrapped);
        try {
            dataKey.end(stamp);
        } catch (VaultLockedException e) {
            key.destroy();
            throw e;
        }
        return key;
    }

    /**
     * A public name of the data key (16 hex digits of an HMAC-SHA-256 of a fixed label under the key), so a file
     * sealed with it can say which key it needs without revealing anything of the key.
     */
    public String keyId() {
        long stamp = dataKey.begin();
        String id = StreamSeal.keyId(dataKey.key());
        dataKey.end(stamp);
        return id;
    }

    /** Seals a stream for a file: see {@link StreamSeal}. {@code header} is bound to every chunk. */
    public void sealStream(byte[] header, java.io.InputStream in, java.io.OutputStream out) throws java.io.IOException {
        long stamp = dataKey.begin();
        StreamSeal.seal(dataKey.key(), header, in, out);
        dataKey.end(stamp);
    }

    /**
     * Opens what {@link #sealStream} wrote; throws {@link TamperedFieldException} if any chunk was changed, moved,
     * cut off or sealed with another key or header. What was written to {@code out} before that must be discarded.
     */
    public void openStream(byte[] header, java.io.InputStream in, java.io.OutputStream out) throws java.io.IOException {
        long stamp = dataKey.begin();
        StreamSeal.open(dataKey.key(), header, in, out);
        dataKey.end(stamp);
    }

    /** Wipes the data key. Safe to call more than once and from any thread. */
    public void lock() {
        dataKey.destroy();
    }

    public boolean isLocked() {
        return dataKey.isDestroyed();
    }
}
