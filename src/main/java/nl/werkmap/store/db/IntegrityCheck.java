package nl.werkmap.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;


import nl.werkmap.store.StoreException;

/**
 * Runs SQLite's {@code PRAGMA quick_check} before a caseload is used, so a damaged file is refused whole instead of
 * being half read (a report from it could silently miss rows) or written into (which can spread the damage).
 * quick_check reads every page but skips the index-content comparison of a full integrity_check; on 5,000
 * candidates it costs a few tens of milliseconds (see the report in CaseloadIntegrityTest), so it runs at every open.
 */
public final class IntegrityCheck {

    /** quick_check stops after this many problems; one is enough to refuse. */
    private static final int MAX_ERRORS = 5;

    private IntegrityCheck() {
    }

    /** @throws StoreException naming the newest backup, if the file fails the check; nothing is written */
    public static void requireIntact(Path dbFile) {
        List<String> problems;
        try {
            problems = problems(dbFile);
        } catch (SQLException e) {
            if (isDamage(e)) {
                throw damaged(dbFile, e);
            }
            throw SqliteFailures.translate(dbFile, e);
        }
        if (!problems.isEmpty()) {
            throw damaged(dbFile, new IllegalStateException(String.join("; ", problems)));
        }
    }

    /** The problems quick_check reports; empty for an intact file. Read-only: it changes nothing on disk. */
    static List<String> problems(Path dbFile) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = ReadOnlyLook.connect(dbFile);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check(" + MAX_ERRORS + ")")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    private static boolean isDamage(SQLException e) {
        var code = SqliteFailures.codeOf(e);
        return code != null && (code.name().startsWith("SQLITE_CORRUPT") || code.name().equals("SQLITE_NOTADB"));
    }

    /** The newest copy in {@code backups/} beside the caseload, by the time it was written. */
    public static Optional<Path> newestBackup(Path dbFile) {
        Path folder = dbFile.toAbsolutePath().getParent().resolve(MigrationBackup.FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db") && Files.isRegularFile(f))
                    .max(Comparator.comparing(IntegrityCheck::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    static StoreException damaged(Path dbFile, Throwable cause) {
        Path file = dbFile.toAbsolutePath();
        String restore = newestBackup(file)
                .map(b -> " De nieuwste reservekopie is " + b + ". Sluit Werkmap, zet het beschadigde bestand apart"
                        + " (hernoem het), kopieer die reservekopie naar " + file + " en start Werkmap opnieuw.")
                .orElse(" Er staat geen reservekopie in " + file.getParent().resolve(MigrationBackup.FOLDER)
                        + ". Neem contact op met je beheerder; bewaar het bestand zoals het is.");
        return new StoreException("Het caseloadbestand " + file + " is beschadigd: de controle bij het openen vond"
                + " fouten. Werkmap gebruikt het niet, zodat er geen onvolledige overzichten uit komen en de schade"
                + " niet groter wordt; er is niets veranderd." + restore, cause);
    }
}
