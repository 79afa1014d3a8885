package nl.werkmap.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the copies {@link MigrationBackup} made before an update once they are {@link #KEEP} old
 * (docs/bewaren-en-wissen.md, "Backups made earlier": they still hold the values of candidates erased since, and
 * are only needed to undo a failed update). Only Werkmap's own copies of this caseload are touched, aged by the
 * moment in their name (a copied or touched file keeps it); a copy cut off halfway ({@code .part}) goes after a day.
 * Nothing here ever stops an opening: a copy that cannot be removed is logged and tried again at the next.
 */
public final class BackupExpiry {

    /** How long a copy made before an update is kept. */
    public static final Duration KEEP = Duration.ofDays(35);
    /** How long a copy cut off halfway is left (another instance could still be writing it within seconds). */
    static final Duration PARTIAL_KEEP = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(BackupExpiry.class);

    private BackupExpiry() {
    }

    /** @return the copies removed */
    public static List<Path> expire(Path dbFile, Clock clock) {
        Path folder = dbFile.toAbsolutePath().getParent().resolve(MigrationBackup.FOLDER);
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        String base = dbFile.getFileName().toString().replaceFirst("\\.db$", "");
        Pattern own = Pattern.compile(Pattern.quote(base) + "-(\\d{8}T\\d{6}Z)-v[0-9.]+\\.db(\\.part)?");
        Instant now = clock.instant();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = own.matcher(file.getFileName().toString());
                if (!name.matches() || !Files.isRegularFile(file)) {
                    continue;
                }
                Instant made = madeAt(name.group(1));
                Duration keep = name.group(2) == null ? KEEP : PARTIAL_KEEP;
                if (made != null && made.plus(keep).isBefore(now)) {
                    remove(file, removed);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("De oude reservekopieën in {} konden niet worden nagelopen; volgende keer opnieuw.", folder, e);
        }
        return removed;
    }

    private static Instant madeAt(String stamp) {
        try {
            return MigrationBackup.STAMP.parse(stamp, Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void remove(Path file, List<Path> removed) {
        try {
            Files.deleteIfExists(file);
            removed.add(file);
            LOG.info("Reservekopie van voor een update verwijderd na {} dagen: {}", KEEP.toDays(), file);
        } catch (IOException e) {
            LOG.warn("Reservekopie {} kon niet worden verwijderd; volgende keer opnieuw.", file, e);
        }
    }
}
