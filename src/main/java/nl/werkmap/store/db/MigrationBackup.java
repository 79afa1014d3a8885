package nl.werkmap.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import nl.werkmap.security.PrivateFiles;
import nl.werkmap.store.StoreException;

/**
 * Copies the caseload to {@code backups/} beside it before a migration changes the schema, so a failed or
 * regretted upgrade can be undone by putting the copy back. The WAL is checkpointed into the main file first, so
 * the one copied file holds every committed change.
 */
public final class MigrationBackup {

    static final String FOLDER = "backups";
    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MigrationBackup() {
    }

    /** @return the backup file, named after the caseload, the moment and the schema version it holds */
    public static Path backUp(Path dbFile, String schemaVersion, Clock clock) {
        return backUp(dbFile, schemaVersion, clock, OpenProgress.NONE);
    }

    /** As {@link #backUp(Path, String, Clock)}, telling {@code progress} how far the copy is. */
    public static Path backUp(Path dbFile, String schemaVersion, Clock clock, OpenProgress progress) {
        checkpoint(dbFile);
        Path folder = dbFile.toAbsolutePath().getParent().resolve(FOLDER);
        String base = dbFile.getFileName().toString().replaceFirst("\\.db$", "");
        Path target = folder.resolve(base + "-" + STAMP.format(clock.instant()) + "-v" + schemaVersion + ".db");
        Path partial = folder.resolve(target.getFileName() + ".part");
        try {
            // The copy holds the same personal data as the caseload: folder 0700, file 0600 from the start.
            PrivateFiles.createFolder(folder);
            long total = Files.size(dbFile);
            progress.backingUp(0, total);
            PrivateFiles.copy(dbFile, partial, copied -> progress.backingUp(copied, total));
            // Only a complete copy gets the real name: a half copy never looks like a usable backup.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new StoreException("Werkmap moet de caseload bijwerken naar een nieuwe versie, maar kan eerst geen "
                    + "reservekopie maken in " + folder + " (" + e.getMessage() + "). Er is niets gewijzigd. Maak "
                    + "ruimte vrij op de schijf of zorg dat je in die map mag schrijven, en start Werkmap opnieuw.", e);
        }
    }

    private static void checkpoint(Path dbFile) {
        try (Connection c = Database.connectPlain(dbFile);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                throw new StoreException("De caseload is nog in gebruik door een ander programma, daarom kan er "
                        + "geen volledige reservekopie worden gemaakt. Sluit andere Werkmap-vensters en probeer het "
                        + "opnieuw.");
            }
        } catch (SQLException e) {
            throw SqliteFailures.translate(dbFile, e);
        }
    }
}
