package nl.werkmap.ui.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.db.Database;
import nl.werkmap.ui.common.CaseloadFiles;

/**
 * One empty caseload per test JVM, made the real way (full-cost key derivation, every migration), copied for each
 * flow instead of made anew: a flow class used to pay a cold key derivation and a Flyway migration before its first
 * click. The copy gets the same keyring, so the window still unlocks it with the real passphrase at full cost, but
 * it gets its own device id and caseload binding (both are made again at the first open, as for a new caseload),
 * so two copies never pass for the same laptop or the same caseload.
 */
final class CaseloadTemplate {

    /** {@code -Dwerkmap.caseloadTemplate=false} makes every caseload anew, to measure what the template saves. */
    static final boolean USED = !"false".equals(System.getProperty("werkmap.caseloadTemplate"));

    private static Path keyring;
    private static Path database;
    /** The template's vault stays unlocked for the JVM's life: copies share its data key, so it seals their seeds. */
    private static Vault vault;

    private CaseloadTemplate() {
    }

    /**
     * Puts a fresh empty caseload at {@code files} that opens with {@link UiFixture#PASSPHRASE}, opens it with the
     * template's key, fills it and closes it.
     */
    static void copyTo(CaseloadFiles files, Consumer<CaseloadStore> seed) throws IOException {
        FieldSealer sealer = ready();
        Files.createDirectories(files.database().toAbsolutePath().getParent());
        Files.createDirectories(files.keyring().toAbsolutePath().getParent());
        Files.copy(keyring, files.keyring(), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(database, files.database(), StandardCopyOption.COPY_ATTRIBUTES);
        forgetIdentity(files.database());
        try (CaseloadStore store = CaseloadStore.open(files.database(), sealer)) {
            seed.accept(store);
        }
    }

    private static synchronized FieldSealer ready() throws IOException {
        if (vault == null) {
            Path dir = Files.createTempDirectory("werkmap-template");
            keyring = dir.resolve("keyring.json");
            database = dir.resolve("werkmap.db");
            CaseloadFolder.Opened made = new CaseloadFolder(keyring, database).create(
                    UiFixture.PASSPHRASE.toCharArray());
            // Closed so SQLite folds its write-ahead log into the file: the copy is then the whole caseload.
            made.store().close();
            vault = made.vault();
            if (Files.exists(Path.of(database + "-wal"))) {
                throw new IllegalStateException("The template caseload still has a write-ahead log; copy it too");
            }
            dir.toFile().deleteOnExit();
            keyring.toFile().deleteOnExit();
            database.toFile().deleteOnExit();
        }
        return vault.sealer();
    }

    /** Drops what makes a caseload one particular caseload on one particular laptop; the first open makes them anew. */
    private static void forgetIdentity(Path db) {
        try (Connection c = Database.connectPlain(db); Statement s = c.createStatement()) {
            s.execute("DELETE FROM device_info");
            s.execute("DELETE FROM caseload_binding");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the copied template caseload " + db, e);
        }
    }
}
