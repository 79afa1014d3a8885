package nl.werkmap.ui.common;

import java.nio.file.Path;

/** Where the keyring and the database of this caseload live (the app decides; see DataDirectory). */
public record CaseloadFiles(Path keyring, Path database) {
}
