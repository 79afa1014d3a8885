package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void onlyWhereModesExist() {
        assumeTrue(PrivateFiles.posix(dir), "no POSIX modes on this file system");
    }

    @Test
    void newFoldersAndTheirNewParentsAreTheOwnersAlone() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path deep = dir.resolve("a").resolve("b");
        PrivateFiles.createFolder(deep);
        assertEquals("rwx------", mode(deep));
        assertEquals("rwx------", mode(dir.resolve("a")));
        assertEquals("rwxr-xr-x", mode(dir), "an existing parent is the user's business");
    }

    @Test
    void anExistingWideFolderIsTightened() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("werkmap"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        PrivateFiles.createFolder(folder);
        assertEquals("rwx------", mode(folder));
    }

    @Test
    void newFilesAre0600AndOldOnesAreTightenedWithoutTouchingTheirContent() throws IOException {
        Path fresh = dir.resolve("nieuw");
        PrivateFiles.createFile(fresh);
        assertEquals("rw-------", mode(fresh));
        Path old = Files.writeString(dir.resolve("oud"), "inhoud");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-r--"));
        PrivateFiles.createFile(old);
        assertEquals("rw-------", mode(old));
        assertEquals("inhoud", Files.readString(old));
    }

    @Test
    void tighteningKeepsTheOwnersOwnBits() throws IOException {
        Path readOnly = Files.writeString(dir.resolve("alleen-lezen"), "x");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        PrivateFiles.tighten(readOnly);
        assertEquals("r--------", mode(readOnly));
    }

    @Test
    void aCopyIsPrivateFromTheStart() throws IOException {
        Path source = Files.write(dir.resolve("bron"), new byte[] {1, 2, 3});
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-r--r--"));
        Path target = dir.resolve("kopie");
        PrivateFiles.copy(source, target);
        assertEquals("rw-------", mode(target));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }

    @Test
    void aLongCopySaysHowFarItIsAfterEachPartAndEndsWithTheWholeFile() throws IOException {
        byte[] content = new byte[5 * 1024 * 1024 + 3];
        new Random(7).nextBytes(content);
        Path source = Files.write(dir.resolve("bron"), content);
        Path target = Files.write(dir.resolve("kopie"), new byte[content.length + 999]);
        List<Long> reports = new ArrayList<>();

        PrivateFiles.copy(source, target, 1024 * 1024, reports::add);

        assertEquals(List.of(1L << 20, 2L << 20, 3L << 20, 4L << 20, 5L << 20, (long) content.length), reports);
        assertArrayEquals(content, Files.readAllBytes(target), "a longer file there before is cut to the copy");
        if (PrivateFiles.posix(target)) {
            assertEquals("rw-------", mode(target));
        }
    }

    @Test
    void aDatabaseAndItsCompanionsAreTightenedTogether() throws IOException {
        for (String name : new String[] {"werkmap.db", "werkmap.db-wal", "werkmap.db-shm"}) {
            Files.createFile(dir.resolve(name));
            Files.setPosixFilePermissions(dir.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
        }
        PrivateFiles.tightenDatabase(dir.resolve("werkmap.db"));
        for (String name : new String[] {"werkmap.db", "werkmap.db-wal", "werkmap.db-shm"}) {
            assertEquals("rw-------", mode(dir.resolve(name)), name);
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
