package nl.werkmap.hub.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One hub database per test JVM, opened and migrated the real way once, then copied for each try of a property that
 * needs a new hub every time: a try used to pay a Flyway migration of every hub script (25-90 ms) before its first
 * write; opening a copy only validates (6-10 ms). The copy is an ordinary file, so {@link HubDatabase#open} still
 * runs on it as on any hub's file, and it holds no data yet (the migrations insert none).
 */
final class MigratedHubFile {

    private static Path template;

    private MigratedHubFile() {
    }

    /** A JDBC URL of a new, migrated, empty hub database at {@code file} (which must not exist yet). */
    static String copyTo(Path file) {
        try {
            Files.copy(template(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "jdbc:sqlite:" + file;
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("werkmap-hub-template");
            Path file = dir.resolve("hub.db");
            HubDatabase.open("jdbc:sqlite:" + file, null, null).close();
            // Closed, so SQLite folded its write-ahead log into the file: the file alone is the whole database.
            if (Files.exists(Path.of(file + "-wal"))) {
                throw new IllegalStateException("The template hub database still has a write-ahead log; copy it too");
            }
            dir.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            template = file;
        }
        return template;
    }
}
