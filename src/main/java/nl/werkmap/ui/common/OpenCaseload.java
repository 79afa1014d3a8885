package nl.werkmap.ui.common;

import java.nio.file.Path;

import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.ListReadAhead;
import nl.werkmap.store.db.OpenProgress;

/**
 * The caseload while the app runs: the vault and the store opened with it. Locking drops the vault's key; the
 * store stays open but cannot read or write personal fields until {@link #unlockAgain} re-derives the key.
 * All methods do slow work (key derivation, file access) and belong on a background thread.
 */
public final class OpenCaseload implements AutoCloseable {

    private final Path keyringFile;
    private final SwitchableSealer sealer;
    private final CaseloadStore store;
    private volatile Vault vault;
    /** Read once on the opening thread, so the FX thread can ask without touching the file. */
    private volatile boolean demo;

    private OpenCaseload(Path keyringFile, Vault vault, SwitchableSealer sealer, CaseloadStore store) {
        this.keyringFile = keyringFile;
        this.vault = vault;
        this.sealer = sealer;
        this.store = store;
        this.demo = store.isDemo();
    }

    public static boolean exists(CaseloadFiles files) {
        return folder(files).exists();
    }

    /** A new vault and an empty store, made so that a crash halfway leaves no half caseload (see CaseloadFolder). */
    public static OpenCaseload create(CaseloadFiles files, char[] passphrase) {
        SwitchableSealer[] made = new SwitchableSealer[1];
        CaseloadFolder.Opened opened = folder(files).create(passphrase, s -> made[0] = new SwitchableSealer(s));
        return new OpenCaseload(files.keyring(), opened.vault(), made[0], opened.store());
    }

    /** Unlocks and opens; a damaged caseload or a keyring of another caseload is refused with a Dutch message. */
    public static OpenCaseload unlock(CaseloadFiles files, char[] passphrase) throws WrongPassphraseException {
        return unlock(files, passphrase, OpenProgress.NONE, null);
    }

    /**
     * As {@link #unlock(CaseloadFiles, char[])}, telling {@code progress} what a long opening is busy with, and
     * handing {@code readAhead} (may be null, may still be reading) to the store once it is open, for its first list
     * read. Until then it stays the caller's: after a wrong passphrase it may serve the next try.
     */
    public static OpenCaseload unlock(CaseloadFiles files, char[] passphrase, OpenProgress progress,
                                      ListReadAhead readAhead) throws WrongPassphraseException {
        SwitchableSealer[] made = new SwitchableSealer[1];
        // The day's integrity check runs after the caseload shows (MainWindow starts it); writes wait for it.
        CaseloadFolder.Opened opened = folder(files).checkedAfterOpen().reportingTo(progress)
                .unlock(passphrase, s -> made[0] = new SwitchableSealer(s));
        if (readAhead != null) {
            opened.store().offerReadAhead(readAhead);
        }
        return new OpenCaseload(files.keyring(), opened.vault(), made[0], opened.store());
    }

    private static CaseloadFolder folder(CaseloadFiles files) {
        return new CaseloadFolder(files.keyring(), files.database());
    }

    /** Whether this caseload holds fictional demo people; as read at opening or at the last {@link #readKind}. */
    public boolean isDemo() {
        return demo;
    }

    /** Reads again whether the caseload is a demo (after the demo generator filled it). Slow: not on the FX thread. */
    public void readKind() {
        demo = store.isDemo();
    }

    public CaseloadStore store() {
        return store;
    }

    /** The store's sealer, for sync: it follows lock and unlock like the store does. */
    public nl.werkmap.security.FieldSealer sealer() {
        return sealer;
    }

    public void lock() {
        vault.lock();
    }

    public boolean isLocked() {
        return vault.isLocked();
    }

    /** Re-wraps the key under a new passphrase; with a wrong current one nothing changes. Slow. */
    public void changePassphrase(char[] current, char[] next) throws WrongPassphraseException {
        vault.changePassphrase(current, next);
    }

    public void unlockAgain(char[] passphrase) throws WrongPassphraseException {
        Vault fresh = Vault.unlock(keyringFile, passphrase);
        try {
            // The keyring file is read anew: one swapped in while the app was locked must not seal anything here.
            store.requireOwnKey(fresh.sealer());
        } catch (RuntimeException e) {
            fresh.lock();
            throw e;
        }
        sealer.use(fresh.sealer());
        vault = fresh;
    }

    @Override
    public void close() {
        vault.lock();
        store.close();
    }
}
