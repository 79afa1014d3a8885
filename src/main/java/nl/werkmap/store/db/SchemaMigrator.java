package nl.werkmap.store.db;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

import nl.werkmap.security.PrivateFiles;
import nl.werkmap.store.StoreException;

/**
 * Brings a caseload file to the schema of this Werkmap version with Flyway (classpath:db/migration), after
 * checking the file is a caseload and, for an existing caseload, backing it up first. A caseload already at the
 * newest schema is opened without starting Flyway (see {@link SchemaVersion}).
 */
public final class SchemaMigrator {

    private static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {
    }

    /**
     * What {@link #prepare} did: the backup made before migrating, if one was needed, whether the file is known
     * intact as of now (it passed quick_check, or it was made new here), and whether the check is owed instead
     * (policy {@link IntegrityCheck.Policy#DAILY_AFTER_OPEN}, nothing to migrate).
     */
    public record Prepared(Optional<Path> backup, boolean checked, boolean checkOwed) {
        public Prepared(Optional<Path> backup, boolean checked) {
            this(backup, checked, false);
        }
    }

    /** @return the backup made before migrating, if one was needed */
    public static Optional<Path> migrate(Path dbFile, Clock clock) {
        return prepare(dbFile, clock, IntegrityCheck.Policy.DAILY).backup();
    }

    /** Checks (per {@code policy}) and migrates the file, ready for {@link Database#open}. */
    public static Prepared prepare(Path dbFile, Clock clock, IntegrityCheck.Policy policy) {
        return prepare(dbFile, clock, policy, OpenProgress.NONE);
    }

    /** As {@link #prepare(Path, Clock, IntegrityCheck.Policy)}, telling {@code progress} what takes long. */
    public static Prepared prepare(Path dbFile, Clock clock, IntegrityCheck.Policy policy, OpenProgress progress) {
        createFolder(dbFile.toAbsolutePath().getParent());
        CaseloadFileCheck.Kind kind = CaseloadFileCheck.check(dbFile);
        boolean checked = true;
        if (kind == CaseloadFileCheck.Kind.WERKMAP) {
            checked = IntegrityCheck.due(dbFile, policy, LocalDate.now(clock));
            boolean current = SchemaVersion.isCurrent(dbFile);
            if (checked && current && policy == IntegrityCheck.Policy.DAILY_AFTER_OPEN) {
                // Nothing will be migrated: the store owes the check and holds every write until it passed.
                return new Prepared(Optional.empty(), false, true);
            }
            // Before anything writes: a damaged file is refused whole, never migrated or half used.
            if (checked) {
                if (!current) {
                    // Only when converting: the day's everyday check runs after the caseload shows.
                    progress.checking();
                }
                IntegrityCheck.requireIntact(dbFile);
            }
            if (current) {
                return new Prepared(Optional.empty(), checked);
            }
        } else {
            createPrivately(dbFile);
        }
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource("jdbc:sqlite:" + dbFile.toAbsolutePath(), null, null)
                .locations(LOCATION)
                .validateOnMigrate(true)
                // Version ranges are shared out between parts (caseload V6..V19, sync V21..): a caseload migration
                // added after a file got V20 must still be applied to it.
                .outOfOrder(true)
                .load();
        try {
            Optional<Path> backup = Optional.empty();
            if (kind == CaseloadFileCheck.Kind.WERKMAP) {
                MigrationInfoService info = flyway.info();
                MigrationInfo current = info.current();
                if (info.pending().length > 0) {
                    String version = current == null ? "0" : current.getVersion().getVersion();
                    backup = Optional.of(MigrationBackup.backUp(dbFile, version, clock, progress));
                    progress.converting();
                }
            }
            flyway.migrate();
            return new Prepared(backup, checked);
        } catch (FlywayException e) {
            if (SqliteFailures.codeOf(e) != null) {
                throw SqliteFailures.translate(dbFile, e);
            }
            throw new StoreException("De caseload kon niet worden bijgewerkt naar deze versie van Werkmap ("
                    + e.getMessage() + "). Een eventuele reservekopie staat in de map backups naast de caseload; "
                    + "neem contact op met je beheerder.", e);
        }
    }

    /** Whether opening {@code dbFile} would migrate nothing: every migration of this build is applied. Only reads. */
    public static boolean isCurrent(Path dbFile) {
        return SchemaVersion.isCurrent(dbFile);
    }

    /**
     * SQLite would create the file with the umask's mode, and gives its -wal and -shm files the mode of the main
     * file; making the empty file 0600 first keeps all three private whatever the umask is.
     */
    private static void createPrivately(Path dbFile) {
        try {
            PrivateFiles.createFile(dbFile);
        } catch (IOException e) {
            throw new StoreException("Werkmap kan het caseloadbestand " + dbFile + " niet aanmaken (" + e.getMessage()
                    + "). Geef je account schrijfrechten op die map of start Werkmap met --data en een map waarin je"
                    + " wel mag schrijven.", e);
        }
    }

    /** The first start on a laptop: the per-user data folder does not exist yet. Only its owner may look in it. */
    private static void createFolder(Path folder) {
        try {
            PrivateFiles.createFolder(folder);
        } catch (IOException e) {
            throw new StoreException("Werkmap kan de map " + folder + " voor de caseload niet maken (" + e.getMessage()
                    + "). Geef je account schrijfrechten op de bovenliggende map of start Werkmap met --data en een "
                    + "map waarin je wel mag schrijven.", e);
        }
    }
}
