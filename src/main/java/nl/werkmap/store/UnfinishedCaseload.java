package nl.werkmap.store;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import nl.werkmap.security.PrivateFiles;
import nl.werkmap.store.db.Database;

/**
 * Recognises what a crash during the first creation of a caseload can leave behind (a database file that is
 * missing, empty, half migrated or still holding a rollback journal, without any of the coach's data) and puts it
 * aside, so the next start can begin afresh. Nothing with data in it is ever deleted: non-empty files are moved to
 * {@code backups/onvoltooid-<moment>/}.
 */
final class UnfinishedCaseload {

    /** What a database file beside a keyring (or in place of one) turns out to be. */
    enum State {
        /** No file, an empty one, or one without tables: nothing to keep. */
        NOTHING,
        /** Werkmap's own schema (perhaps half migrated) with no candidate, coach, employer or change in it. */
        NO_DATA,
        /** A caseload with the coach's data, or a file that is not ours: never touched. */
        KEEP
    }

    /** A freshly made caseload is well under a megabyte; anything bigger is not a half-made one. */
    private static final long MAX_UNFINISHED_BYTES = 16L * 1024 * 1024;
    private static final String[] COMPANIONS = {"-journal", "-wal", "-shm"};
    private static final List<String> DATA_TABLES = List.of("candidate", "coach", "employer", "change_log");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private UnfinishedCaseload() {
    }

    /**
     * Looks at a copy, never at the file itself: opening the real file could roll back or replay its journal, and
     * an answer of {@link State#KEEP} must leave it exactly as it was.
     */
    static State stateOf(Path dbFile) throws IOException {
        if (!Files.exists(dbFile) || Files.size(dbFile) == 0) {
            return companions(dbFile).isEmpty() ? State.NOTHING : State.NO_DATA;
        }
        if (Files.size(dbFile) > MAX_UNFINISHED_BYTES) {
            return State.KEEP;
        }
        Path scratch = dbFile.resolveSibling(".werkmap-check-" + UUID.randomUUID());
        PrivateFiles.createFolder(scratch);
        try {
            Path copy = scratch.resolve(dbFile.getFileName());
            PrivateFiles.copy(dbFile, copy);
            for (Path companion : companions(dbFile)) {
                PrivateFiles.copy(companion, scratch.resolve(companion.getFileName()));
            }
            return inspect(copy);
        } finally {
            deleteTree(scratch);
        }
    }

    private static State inspect(Path copy) {
        // A read-write connection on the copy rolls back a hot journal or replays a WAL, as a real open would.
        try (Connection c = Database.connectPlain(copy); Statement s = c.createStatement()) {
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return State.NOTHING;
            }
            if (!tables.contains("flyway_schema_history")) {
                return State.KEEP;
            }
            for (String table : DATA_TABLES) {
                if (tables.contains(table)) {
                    try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                        if (rs.next() && rs.getBoolean(1)) {
                            return State.KEEP;
                        }
                    }
                }
            }
            return State.NO_DATA;
        } catch (SQLException e) {
            // Not readable as SQLite even after recovery: not ours to judge, so it stays.
            return State.KEEP;
        }
    }

    /**
     * Moves the database and its journal files to {@code backups/onvoltooid-<moment>/}; empty files are deleted.
     *
     * @return the folder the files went to, or null if there was nothing worth keeping
     */
    static Path setAside(Path dbFile, Clock clock) throws IOException {
        List<Path> files = new ArrayList<>(companions(dbFile));
        if (Files.exists(dbFile)) {
            files.add(0, dbFile);
        }
        Path folder = null;
        for (Path file : files) {
            if (Files.size(file) == 0) {
                Files.delete(file);
                continue;
            }
            if (folder == null) {
                folder = dbFile.toAbsolutePath().resolveSibling("backups")
                        .resolve("onvoltooid-" + STAMP.format(clock.instant()) + "-" + UUID.randomUUID()
                                .toString().substring(0, 8));
                PrivateFiles.createFolder(folder.getParent());
                PrivateFiles.createFolder(folder);
            }
            Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        return folder;
    }

    /** Removes a scratch database this class or {@link CaseloadFolder} made itself (it never holds the coach's data). */
    static void deleteDatabase(Path dbFile) throws IOException {
        for (Path companion : companions(dbFile)) {
            Files.delete(companion);
        }
        Files.deleteIfExists(dbFile);
    }

    private static List<Path> companions(Path dbFile) {
        List<Path> found = new ArrayList<>();
        for (String suffix : COMPANIONS) {
            Path p = dbFile.resolveSibling(dbFile.getFileName() + suffix);
            if (Files.exists(p)) {
                found.add(p);
            }
        }
        return found;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> all = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
