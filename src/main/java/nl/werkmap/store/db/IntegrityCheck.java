package nl.werkmap.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.sqlite.ProgressHandler;

import nl.werkmap.store.StoreException;

/**
 * Runs SQLite's {@code PRAGMA quick_check} before a caseload is used, so a damaged file is refused whole instead of
 * being half read (a report from it could silently miss rows) or written into (which can spread the damage).
 * quick_check reads every page but skips the index-content comparison of a full integrity_check. On 5,000 demo
 * candidates (a 137 MB file) it takes about half a second (IntegrityCheckBench), well over the 150 ms an unlock
 * may add at every open; so by default it runs at the first open of a day and after an unclean shutdown (a WAL,
 * shared-memory or rollback journal file left beside the caseload), and always for a report ({@link Policy}).
 */
public final class IntegrityCheck {

    /** When the check runs at open. */
    public enum Policy {
        /** At every open: for commands that make a report from the file. */
        EVERY_OPEN,
        /** At the first open of a day, and after an unclean shutdown. */
        DAILY,
        /**
         * As {@link #DAILY}, but when the file needs no migration the check is owed instead of run at open: the app
         * shows the caseload first and runs it on its own thread ({@link IntegrityWatch}); writes wait for it.
         */
        DAILY_AFTER_OPEN
    }

    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};

    /**
     * SQLite steps between two turns of giving way. A step's cost depends on whether its pages are cached: on a
     * 5.5 GB caseload of 150,000 candidates a turn of 10,000 steps took 0.07 ms with the file cached but up to 0.8 s
     * with the file cold (the first check of a day, after a restart), so a turn begun just before the coach's first key
     * ran on through the first keys for up to 1.5 s in the app. With 200 steps, 9 of 1.15 million turns of a cold check
     * took more than 20 ms (the longest 0.18 s: a stretch in which SQLite asks nothing), and the warm check took as long
     * as with 10,000 (3.6–3.9 s).
     */
    static final int STEPS_PER_TURN = 200;
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

    /**
     * Whether the check is due: always under {@link Policy#EVERY_OPEN}; otherwise if the file was not closed cleanly
     * (a companion file is there), or its last passed check (caseload_binding.last_check_on) was not {@code today}.
     */
    static boolean due(Path dbFile, Policy policy, LocalDate today) {
        if (policy == Policy.EVERY_OPEN) {
            return true;
        }
        Path absolute = dbFile.toAbsolutePath();
        for (String suffix : COMPANIONS) {
            if (Files.exists(absolute.resolveSibling(absolute.getFileName() + suffix))) {
                return true;
            }
        }
        try (Connection c = ReadOnlyLook.connect(dbFile);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_check_on FROM caseload_binding")) {
            return !(rs.next() && today.toString().equals(rs.getString(1)));
        } catch (SQLException e) {
            // No binding table yet (an older caseload), or a file that cannot even answer this: check it.
            return true;
        }
    }

    /** The problems quick_check reports; empty for an intact file. Read-only: it changes nothing on disk. */
    static List<String> problems(Path dbFile) throws SQLException {
        return problems(dbFile, GiveWay.NEVER, () -> true);
    }

    /**
     * As {@link #problems(Path)}, giving way every {@link #STEPS_PER_TURN} of SQLite's steps (SQLite calls its
     * progress handler inside quick_check too) unless {@code hurry} holds.
     */
    static List<String> problems(Path dbFile, GiveWay giveWay, BooleanSupplier hurry) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = ReadOnlyLook.connect(dbFile)) {
            if (giveWay != GiveWay.NEVER) {
                ProgressHandler.setHandler(c, STEPS_PER_TURN, new ProgressHandler() {
                    @Override
                    protected int progress() {
                        try {
                            giveWay.giveWay(hurry);
                        } catch (InterruptedException e) {
                            // Go on with the check at full speed; whoever interrupted will see the flag.
                            Thread.currentThread().interrupt();
                        }
                        return 0;
                    }
                });
            }
            collect(c, problems);
        }
        return problems;
    }

    private static void collect(Connection c, List<String> problems) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check(" + MAX_ERRORS + ")")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        }
    }

    static boolean isDamage(SQLException e) {
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
        return damaged(dbFile, cause, " Werkmap opent het niet, zodat er geen onvolledige overzichten uit komen en de"
                + " schade niet groter wordt; er is niets veranderd.");
    }

    /** For a check that ran after the caseload was opened (see {@link IntegrityWatch}): it was open, but unchanged. */
    static StoreException damagedAfterOpen(Path dbFile, Throwable cause) {
        return damaged(dbFile, cause, " Werkmap slaat er niets meer in op, zodat de schade niet groter wordt; sinds het"
                + " openen is er niets in veranderd.");
    }

    private static StoreException damaged(Path dbFile, Throwable cause, String consequence) {
        Path file = dbFile.toAbsolutePath();
        String name = file.getFileName().toString();
        String restore = newestBackup(file)
                .map(b -> " Zet de nieuwste reservekopie terug: sluit Werkmap, hernoem " + name + " (bewaar het) en"
                        + " kopieer " + b + " naar " + name + " in dezelfde map.")
                .orElse(" Er staat geen reservekopie in de map backups ernaast. Bewaar het bestand zoals het is en"
                        + " neem contact op met je beheerder.");
        return new StoreException("Het caseloadbestand " + file + " is beschadigd." + consequence + restore, cause);
    }
}
