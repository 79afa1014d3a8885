package nl.werkmap.store.db;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Tells, without starting Flyway, whether a caseload already has the newest schema this build carries. Starting
 * Flyway costs most of a second on a cold start, every time a coach unlocks; it is only needed when there is
 * something to migrate. Whenever either side cannot be read with certainty the answer is "not known", and the
 * caller runs Flyway as before.
 */
final class SchemaVersion {

    private static final String FOLDER = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private SchemaVersion() {
    }

    /**
     * True only if the file's history holds, without failures, every migration on the classpath. Every one, not
     * just the newest: version ranges are shared out (caseload V6..V19, sync V21..), so a file at V20 can still
     * lack a V6 added later.
     */
    static boolean isCurrent(Path dbFile) {
        Optional<Set<List<Integer>>> bundled = allBundled();
        Optional<Set<List<Integer>>> applied = allApplied(dbFile);
        return bundled.isPresent() && applied.isPresent() && applied.get().containsAll(bundled.get());
    }

    /** Every versioned migration in this build; empty if the folder cannot be listed or holds others. */
    static Optional<Set<List<Integer>>> allBundled() {
        return withMigrationFolder(SchemaVersion::allIn);
    }

    private static Optional<Set<List<Integer>>> allIn(Path folder) throws IOException {
        Set<List<Integer>> all = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Matcher m = VERSIONED.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    return Optional.empty();
                }
                all.add(asList(parse(m.group(1))));
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    /** Every successfully applied version; empty if any migration failed or there is no history. */
    static Optional<Set<List<Integer>>> allApplied(Path dbFile) {
        try (Connection c = ReadOnlyLook.connect(dbFile);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL")) {
            Set<List<Integer>> all = new HashSet<>();
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return Optional.empty();
                }
                all.add(asList(parse(rs.getString(1))));
            }
            return all.isEmpty() ? Optional.empty() : Optional.of(all);
        } catch (SQLException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Integer> asList(int[] version) {
        return Arrays.stream(version).boxed().toList();
    }

    private interface FolderReader<T> {
        Optional<T> read(Path folder) throws IOException;
    }

    private static <T> Optional<T> withMigrationFolder(FolderReader<T> reader) {
        URL url = SchemaVersion.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return reader.read(Path.of(uri));
            }
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return reader.read(jar.getPath(FOLDER));
                }
            }
            return Optional.empty();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // Not knowing only means Flyway runs, as it always did.
            return Optional.empty();
        }
    }

    /** The newest versioned migration in this build; empty if the folder cannot be listed or holds others. */
    static Optional<int[]> newestBundled() {
        return withMigrationFolder(SchemaVersion::newestIn);
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
            // Someone else holds this jar open as a file system; closing ours would close theirs.
            throw new IOException("jar file system already open");
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static Optional<int[]> newestIn(Path folder) throws IOException {
        int[] newest = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Matcher m = VERSIONED.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    // A repeatable or Java migration: leave the decision to Flyway.
                    return Optional.empty();
                }
                int[] version = parse(m.group(1));
                if (newest == null || Arrays.compare(version, newest) > 0) {
                    newest = version;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    private static int[] parse(String version) {
        return Arrays.stream(version.split("[._]")).mapToInt(Integer::parseInt).toArray();
    }
}
