package nl.werkmap.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files a hub command is about to create for a SQLite hub that does not exist yet: the database with its
 * journal files, and the folders above it that are missing. When the command is refused (bad input), they are
 * removed again, so a mistyped first command leaves the disk as it was.
 */
final class NewHubFiles {

    private static final List<String> SQLITE_SUFFIXES = List.of("", "-wal", "-shm", "-journal");

    private final Path database;
    private final List<Path> newFolders;

    private NewHubFiles(Path database, List<Path> newFolders) {
        this.database = database;
        this.newFolders = newFolders;
    }

    /** Empty when {@code database} is null (PostgreSQL) or already exists: then nothing is new. */
    static Optional<NewHubFiles> before(Path database) {
        if (database == null || Files.exists(database)) {
            return Optional.empty();
        }
        List<Path> missing = new ArrayList<>();
        for (Path folder = database.toAbsolutePath().getParent(); folder != null && !Files.exists(folder);
                folder = folder.getParent()) {
            missing.add(folder);
        }
        return Optional.of(new NewHubFiles(database, missing));
    }

    /** Removes what was made; innermost folder first, and only folders that are empty again. */
    void remove() {
        try {
            for (String suffix : SQLITE_SUFFIXES) {
                Files.deleteIfExists(Path.of(database + suffix));
            }
            for (Path folder : newFolders) {
                try {
                    Files.deleteIfExists(folder);
                } catch (DirectoryNotEmptyException e) {
                    return; // something else was put there meanwhile: leave it and the folders above it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De half aangemaakte hub " + database + " kon niet worden opgeruimd", e);
        }
    }
}
