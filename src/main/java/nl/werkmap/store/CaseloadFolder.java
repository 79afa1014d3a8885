package nl.werkmap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.PrivateFiles;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.db.CaseloadFileCheck;
import nl.werkmap.store.db.IntegrityCheck;
import nl.werkmap.store.db.OpenProgress;

/**
 * The folder of one caseload (keyring plus database): creating it so that a crash at any moment leaves either no
 * caseload or a whole one, and unlocking it so that a half-made one is repaired and an unsafe one refused.
 *
 * <p>Creation builds the database under a temporary name, migrates and binds it to the new data key, moves it into
 * place, and writes the keyring last: the keyring is the commit. Without a keyring the folder holds no caseload,
 * so whatever an interrupted creation left is put aside at the next creation (see {@link UnfinishedCaseload}).
 * A folder made by an older Werkmap, which wrote the keyring first, is repaired at unlock instead.
 */
public final class CaseloadFolder {

    /** The steps of creating a caseload, in order; tests make each one fail to prove the folder survives it. */
    public enum Step {
        FOLDER_READY, DATABASE_BUILT, DATABASE_IN_PLACE, KEYRING_WRITTEN
    }

    /** Called after each step; production passes one that does nothing. */
    @FunctionalInterface
    public interface StepHook {
        void reached(Step step);
    }

    /** Makes and opens keyrings; the standard one derives keys at full cost, tests use a faster one. */
    public interface Keys {
        Vault.Pending prepare(Path keyring, char[] passphrase);

        Vault unlock(Path keyring, char[] passphrase) throws WrongPassphraseException;
    }

    public static final Keys STANDARD_KEYS = new Keys() {
        @Override
        public Vault.Pending prepare(Path keyring, char[] passphrase) {
            return Vault.prepare(keyring, passphrase);
        }

        @Override
        public Vault unlock(Path keyring, char[] passphrase) throws WrongPassphraseException {
            return Vault.unlock(keyring, passphrase);
        }
    };

    /** An unlocked vault with the store opened under it; closing closes the store and locks the vault. */
    public record Opened(Vault vault, CaseloadStore store) implements AutoCloseable {
        @Override
        public void close() {
            try {
                store.close();
            } finally {
                vault.lock();
            }
        }
    }

    private static final String BUILDING_SUFFIX = ".nieuw";

    private final Path keyring;
    private final Path database;
    private final Keys keys;
    private final StepHook hook;
    private final Clock clock;
    private final IntegrityCheck.Policy integrity;
    private final OpenProgress progress;

    public CaseloadFolder(Path keyring, Path database) {
        this(keyring, database, STANDARD_KEYS, step -> { }, Clock.systemUTC());
    }

    public CaseloadFolder(Path keyring, Path database, Keys keys, StepHook hook, Clock clock) {
        this(keyring, database, keys, hook, clock, IntegrityCheck.Policy.DAILY, OpenProgress.NONE);
    }

    private CaseloadFolder(Path keyring, Path database, Keys keys, StepHook hook, Clock clock,
                           IntegrityCheck.Policy integrity, OpenProgress progress) {
        this.keyring = keyring.toAbsolutePath();
        this.database = database.toAbsolutePath();
        this.keys = Objects.requireNonNull(keys, "keys");
        this.hook = Objects.requireNonNull(hook, "hook");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.integrity = integrity;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The same folder, telling {@code to} what an unlock is busy with when it takes long (see {@link OpenProgress}). */
    public CaseloadFolder reportingTo(OpenProgress to) {
        return new CaseloadFolder(keyring, database, keys, hook, clock, integrity, to);
    }

    /**
     * The same folder, with SQLite's quick_check at every unlock instead of once a day: for a command that makes a
     * report from the file, which must never come from a damaged one.
     */
    public CaseloadFolder checkedAtEveryOpen() {
        return new CaseloadFolder(keyring, database, keys, hook, clock, IntegrityCheck.Policy.EVERY_OPEN, progress);
    }

    /**
     * The same folder, with the day's quick_check owed instead of run at unlock when nothing needs migrating: for
     * the app, which shows the caseload first and then runs the check on its own thread (see
     * {@link CaseloadStore#integrity()}); every write waits for the verdict and is refused if the file is damaged.
     */
    public CaseloadFolder checkedAfterOpen() {
        return new CaseloadFolder(keyring, database, keys, hook, clock, IntegrityCheck.Policy.DAILY_AFTER_OPEN,
                progress);
    }

    /** True once a caseload has been created here (its keyring exists); otherwise start with {@link #create}. */
    public boolean exists() {
        return Vault.exists(keyring);
    }

    public Opened create(char[] passphrase) {
        return create(passphrase, UnaryOperator.identity());
    }

    /**
     * Creates a new caseload; {@code storeSealer} may wrap the vault's sealer for the store (the app's lockable one).
     *
     * @throws StoreException if a caseload already exists here, or a database with data lies here without keyring
     */
    public Opened create(char[] passphrase, UnaryOperator<FieldSealer> storeSealer) {
        if (exists()) {
            throw new StoreException("In " + folder() + " staat al een caseload. Open die met je wachtwoord, of kies"
                    + " een andere map voor een nieuwe caseload. Er is niets veranderd.");
        }
        prepareFolder();
        clearLeftovers();
        hook.reached(Step.FOLDER_READY);
        Vault.Pending pending = keys.prepare(keyring, passphrase);
        Vault vault = pending.vault();
        try {
            FieldSealer sealer = storeSealer.apply(vault.sealer());
            build(sealer);
            pending.commit();
            hook.reached(Step.KEYRING_WRITTEN);
            return new Opened(vault, CaseloadStore.open(database, sealer, clock));
        } catch (RuntimeException e) {
            vault.lock();
            throw e;
        }
    }

    public Opened unlock(char[] passphrase) throws WrongPassphraseException {
        return unlock(passphrase, UnaryOperator.identity());
    }

    /**
     * Unlocks the keyring and opens the caseload. A database that an interrupted first creation left missing or
     * unfinished (no data in it) is put aside and made anew for this keyring; a damaged one, or one that belongs
     * to another keyring, is refused with the vault locked again.
     */
    public Opened unlock(char[] passphrase, UnaryOperator<FieldSealer> storeSealer) throws WrongPassphraseException {
        if (!exists()) {
            throw new StoreException("In " + folder() + " staat geen caseload (het sleutelbestand " + keyring
                    + " ontbreekt). Maak eerst een caseload aan, of kies de map waarin je caseload staat.");
        }
        Vault vault = keys.unlock(keyring, passphrase);
        try {
            FieldSealer sealer = storeSealer.apply(vault.sealer());
            prepareFolder();
            if (unfinished()) {
                setAside();
                build(sealer);
            }
            return new Opened(vault, CaseloadStore.open(database, sealer, clock, integrity, progress));
        } catch (RuntimeException e) {
            vault.lock();
            throw e;
        }
    }

    /** Missing, or not a caseload yet but nothing of the coach's in it: only an interrupted creation makes that. */
    private boolean unfinished() {
        if (!Files.exists(database)) {
            return true;
        }
        try {
            CaseloadFileCheck.check(database);
            return false;
        } catch (StoreException refused) {
            try {
                return UnfinishedCaseload.stateOf(database) != UnfinishedCaseload.State.KEEP;
            } catch (IOException e) {
                refused.addSuppressed(e);
                throw refused;
            }
        }
    }

    /** Builds the database under a temporary name and moves it into place whole. */
    private void build(FieldSealer sealer) {
        Path building = building();
        try {
            UnfinishedCaseload.deleteDatabase(building);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        CaseloadStore.open(building, sealer, clock).close();
        hook.reached(Step.DATABASE_BUILT);
        try {
            Files.move(building, database, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        hook.reached(Step.DATABASE_IN_PLACE);
    }

    /** Before a new caseload: the scratch build of an earlier attempt goes, a leftover database without data aside. */
    private void clearLeftovers() {
        try {
            UnfinishedCaseload.deleteDatabase(building());
            UnfinishedCaseload.State state = UnfinishedCaseload.stateOf(database);
            if (state == UnfinishedCaseload.State.KEEP) {
                throw new StoreException("In " + folder() + " staat al een caseloadbestand " + database.getFileName()
                        + " met gegevens, maar zonder sleutelbestand " + keyring.getFileName() + ". Werkmap maakt daar"
                        + " geen nieuwe caseload overheen en heeft niets veranderd. Zet het sleutelbestand terug uit je"
                        + " reservekopie, of kies een andere map voor een nieuwe caseload.");
            }
            setAside();
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    private void setAside() {
        try {
            UnfinishedCaseload.setAside(database, clock);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    private void prepareFolder() {
        try {
            PrivateFiles.createFolder(folder());
            PrivateFiles.tighten(keyring);
            PrivateFiles.tightenDatabase(database);
            PrivateFiles.tightenTree(folder().resolve("backups"));
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    private Path building() {
        return database.resolveSibling(database.getFileName() + BUILDING_SUFFIX);
    }

    private Path folder() {
        return database.getParent();
    }

    private StoreException cannotWrite(IOException e) {
        return new StoreException("Werkmap kan niet schrijven in de map " + folder() + " (" + e.getMessage()
                + "). Er is geen halve caseload achtergebleven. Geef je account schrijfrechten op die map, maak ruimte"
                + " vrij op de schijf, of start Werkmap met --data en een andere map.", e);
    }
}
