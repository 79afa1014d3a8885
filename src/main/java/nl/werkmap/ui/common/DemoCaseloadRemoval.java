package nl.werkmap.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Deletes a closed demo caseload from disk so a real one can be started in its place. The demo holds only fictional
 * people, so nothing is kept. The database goes first and the keyring last: if deleting stops halfway, the keyring
 * still stands and the app still shows the unlock screen of the same (demo) caseload, never a keyring without data
 * or a new key over old demo data. File work: not on the FX thread.
 */
public final class DemoCaseloadRemoval {

    private DemoCaseloadRemoval() {
    }

    /** The caseload must be closed. */
    public static void delete(CaseloadFiles files) throws IOException {
        Path database = files.database();
        for (String suffix : List.of("-wal", "-shm", "-journal", "")) {
            Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
        }
        Files.deleteIfExists(files.keyring());
    }
}
