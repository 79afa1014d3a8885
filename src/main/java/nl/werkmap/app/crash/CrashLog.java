package nl.werkmap.app.crash;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.app.AppVersion;

/**
 * Writes a {@link CrashReport} to {@code logs/werkmap-YYYYMMDD-HHMMSS-mmm.log} in the data folder, for the CLI and
 * the desktop app alike. The folder is 0700 and each file 0600 where the file system has POSIX permissions (on
 * Windows the per-user data folder already keeps others out). Only the newest {@value #KEEP} logs are kept, so a
 * command that fails every night in a script cannot fill the disk.
 */
public final class CrashLog {

    static final String FOLDER = "logs";
    static final int KEEP = 10;
    private static final String PREFIX = "werkmap-";
    private static final String SUFFIX = ".log";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(CrashLog.class);

    private final Path folder;
    private final Clock clock;

    /** A log in {@code dataDir/logs}. */
    public CrashLog(Path dataDir, Clock clock) {
        this.folder = dataDir.resolve(FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Writes the report of {@code failure} and returns the file; older logs beyond {@value #KEEP} are removed. */
    public Path write(String context, List<String> optionNames, Throwable failure) throws IOException {
        Instant now = clock.instant();
        String text = CrashReport.of(context, optionNames, failure, now, AppVersion.version());
        createFolder();
        Path file = create(now);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        prune();
        return file;
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** A new file, never an existing one (or a link someone put there): two crashes in one millisecond get -2. */
    private Path create(Instant now) throws IOException {
        FileAttribute<?>[] attributes = posix(folder)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        String base = PREFIX + STAMP.format(now);
        for (int n = 1; ; n++) {
            Path file = folder.resolve(base + (n == 1 ? "" : "-" + n) + SUFFIX);
            try {
                return Files.createFile(file, attributes);
            } catch (FileAlreadyExistsException e) {
                if (n >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Removes all but the newest {@value #KEEP} logs; the names sort by time. A log that cannot be removed stays. */
    private void prune() throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(folder)) {
            logs = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
            }).sorted().toList();
        }
        for (Path old : logs.subList(0, Math.max(0, logs.size() - KEEP))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.warn("Oud logbestand {} kon niet worden verwijderd: {}", old.getFileName(), e.getClass().getSimpleName());
            }
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
