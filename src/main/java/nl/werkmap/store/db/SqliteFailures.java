package nl.werkmap.store.db;

import java.nio.file.Path;
import java.sql.SQLException;

import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import nl.werkmap.store.StoreException;

/**
 * Turns SQLite failures into Dutch messages a coach can act on: a full disk, a folder without write rights, a
 * locked or damaged file. The transaction that failed has been rolled back, so the message can say nothing was
 * half saved.
 */
public final class SqliteFailures {

    private SqliteFailures() {
    }

    /**
     * A database failure as a {@link StoreException}; anything else (a locked vault, a tampered field, a bug) is
     * passed on unchanged so its own handling applies.
     */
    public static RuntimeException translateIfDatabase(Path dbFile, RuntimeException failure) {
        if (codeOf(failure) != null || failure instanceof DataAccessException) {
            return translate(dbFile, failure);
        }
        return failure;
    }

    public static StoreException translate(Path dbFile, Throwable failure) {
        if (failure instanceof StoreException store) {
            return store;
        }
        SQLiteErrorCode code = codeOf(failure);
        String folder = dbFile.toAbsolutePath().getParent().toString();
        if (code == null) {
            return new StoreException("Werken met de caseload is mislukt (" + failure.getMessage()
                    + "). Er is niets half opgeslagen; probeer het opnieuw.", failure);
        }
        return switch (code) {
            case SQLITE_FULL, SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC -> new StoreException(
                    "De schijf is vol: de wijziging is niet opgeslagen en er is niets half opgeslagen. Maak ruimte "
                            + "vrij op de schijf met de map " + folder + " en probeer het opnieuw.", failure);
            case SQLITE_READONLY, SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_RECOVERY,
                    SQLITE_READONLY_ROLLBACK, SQLITE_READONLY_DBMOVED, SQLITE_CANTOPEN, SQLITE_PERM,
                    SQLITE_AUTH -> new StoreException(
                    "Werkmap mag niet schrijven in de map " + folder + ". Geef je account schrijfrechten op die map "
                            + "of start Werkmap met --data en een map waarin je wel mag schrijven.", failure);
            case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY -> new StoreException(
                    "De caseload is in gebruik door een ander programma (misschien een tweede Werkmap-venster). "
                            + "Sluit dat programma en probeer het opnieuw.", failure);
            case SQLITE_CONSTRAINT, SQLITE_CONSTRAINT_NOTNULL, SQLITE_CONSTRAINT_FOREIGNKEY,
                    SQLITE_CONSTRAINT_CHECK, SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE -> new StoreException(
                    "Deze gegevens passen niet in de caseload: een verplicht veld ontbreekt, een waarde valt buiten het "
                            + "toegestane bereik of een verwijzing (naar coach, kandidaat of werkgever) bestaat niet. "
                            + "Er is niets opgeslagen; vul de gegevens aan en probeer het opnieuw.", failure);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> new StoreException(
                    "Het caseloadbestand in " + folder + " is beschadigd. Zet een reservekopie uit de map backups "
                            + "terug of neem contact op met je beheerder.", failure);
            default -> new StoreException("De caseload gaf een fout (" + code.name() + "): " + failure.getMessage()
                    + ". Er is niets half opgeslagen; probeer het opnieuw.", failure);
        };
    }

    /** The SQLite result code somewhere in the cause chain, or null if SQLite did not report one. */
    public static SQLiteErrorCode codeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return sqlite.getResultCode();
            }
            if (t instanceof SQLException sql) {
                SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(sql.getErrorCode());
                if (code != SQLiteErrorCode.UNKNOWN_ERROR) {
                    return code;
                }
            }
        }
        return null;
    }
}
