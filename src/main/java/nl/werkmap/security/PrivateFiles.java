package nl.werkmap.security;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Folders and files only their owner can read: on POSIX file systems (Linux, macOS) folders get mode 0700 and files
 * 0600, set when they are created (so the umask never matters) and tightened when an older, wider one is found.
 * On Windows this does nothing: the coach's data lives under {@code %APPDATA%}, whose ACL already grants only that
 * user (plus SYSTEM and administrators), and a file created there inherits it.
 *
 * <p>Tightening only takes away group and other rights; the owner's own bits are left as they are.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    /** The files SQLite keeps beside a database, which hold the same personal data. */
    private static final String[] SQLITE_COMPANIONS = {"-wal", "-shm", "-journal"};

    private PrivateFiles() {
    }

    /** True where modes exist; false on Windows (ACLs), where every method here leaves modes to the OS. */
    public static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code folder} and its missing parents: those made here get 0700; {@code folder} itself is tightened
     * to 0700 even when it already existed. Parents that already exist (the user's home, a chosen {@code --data}
     * parent) are the user's business and stay as they are.
     */
    public static Path createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (!posix(absolute)) {
            return Files.createDirectories(absolute);
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createFolder(parent);
        }
        try {
            Files.createDirectory(absolute, asAttribute(FOLDER));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
        tighten(absolute);
        return absolute;
    }

    /** Creates an empty 0600 file if none is there; an existing file is tightened and otherwise left alone. */
    public static void createFile(Path file) throws IOException {
        if (!posix(file.toAbsolutePath())) {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            return;
        }
        try {
            Files.createFile(file, asAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            tighten(file);
        }
    }

    /** Opens {@code file} for writing from the start, creating it 0600 first if it is new. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        createFile(file);
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Copies {@code source} to {@code target} (replacing it) without the copy ever being readable by others. */
    public static void copy(Path source, Path target) throws IOException {
        copy(source, target, copied -> { });
    }

    /** The part copied between two reports of {@link #copy(Path, Path, LongConsumer)}. */
    static final long COPY_PART = 32L * 1024 * 1024;

    /**
     * As {@link #copy(Path, Path)}, telling {@code copied} how many bytes are copied so far after each part of
     * {@link #COPY_PART} (the last report is the whole file); for a copy long enough to show its progress.
     */
    public static void copy(Path source, Path target, LongConsumer copied) throws IOException {
        copy(source, target, COPY_PART, copied);
    }

    static void copy(Path source, Path target, long part, LongConsumer copied) throws IOException {
        createFile(target);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            long at = 0;
            while (at < in.size()) {
                long moved = in.transferTo(at, part, out);
                if (moved <= 0) {
                    throw new IOException("Het kopiëren van " + source + " stopte na " + at + " bytes.");
                }
                at += moved;
                copied.accept(at);
            }
        }
    }

    /**
     * Takes group and other rights away from {@code path} (a file or folder); does nothing if it does not exist or
     * the file system has no modes. Symbolic links are not followed, so a link cannot tighten a file elsewhere.
     */
    public static void tighten(Path path) throws IOException {
        if (!posix(path.toAbsolutePath()) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                || Files.isSymbolicLink(path)) {
            return;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> kept = EnumSet.noneOf(PosixFilePermission.class);
        kept.addAll(now);
        kept.removeAll(NOT_OWNER);
        if (!kept.equals(now)) {
            Files.setPosixFilePermissions(path, kept);
        }
    }

    /** Tightens a database file and the WAL, shared-memory and journal files SQLite keeps beside it. */
    public static void tightenDatabase(Path dbFile) throws IOException {
        tighten(dbFile);
        for (String suffix : SQLITE_COMPANIONS) {
            tighten(dbFile.resolveSibling(dbFile.getFileName() + suffix));
        }
    }

    /** Tightens {@code folder} and every file and folder in it (not following links). */
    public static void tightenTree(Path folder) throws IOException {
        if (!posix(folder.toAbsolutePath()) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                tighten(p);
            }
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> asAttribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
