package nl.werkmap.store;

import static nl.werkmap.store.jooq.Tables.CASELOAD_BINDING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.security.Vault;
import nl.werkmap.store.db.Database;

/** A caseload that cannot be opened safely is refused whole, with the vault locked and the files as they were. */
class UnsafeCaseloadTest {

    @TempDir
    Path dir;

    @Test
    void aKeyringFromAnotherCaseloadIsRefusedAtUnlock() throws Exception {
        Path mine = dir.resolve("mijn");
        Path other = dir.resolve("ander");
        try (CaseloadFolder.Opened opened = TestKeys.folder(mine).create(TestKeys.PASSPHRASE)) {
            opened.store().candidates().save(Samples.bareCandidate("Łukasz Nowak"));
        }
        TestKeys.folder(other).create(TestKeys.PASSPHRASE).close();
        Files.copy(other.resolve("keyring.json"), mine.resolve("keyring.json"), StandardCopyOption.REPLACE_EXISTING);
        List<byte[]> before = contents(mine);

        StoreException e = assertThrows(StoreException.class,
                () -> TestKeys.folder(mine).unlock(TestKeys.PASSPHRASE));
        assertTrue(e.getMessage().contains("hoort niet bij deze caseload"), e.getMessage());
        assertTrue(e.getMessage().contains("niets veranderd"), e.getMessage());
        assertFilesUnchanged(before, contents(mine));
    }

    @Test
    void unlockingAgainWithAKeyringSwappedInWhileLockedIsRefused() throws Exception {
        Path mine = dir.resolve("mijn");
        Path other = dir.resolve("ander");
        TestKeys.folder(other).create(TestKeys.PASSPHRASE).close();
        try (CaseloadFolder.Opened opened = TestKeys.folder(mine).create(TestKeys.PASSPHRASE)) {
            opened.store().requireOwnKey(opened.vault().sealer());
            Vault foreign = new TestKeys().unlock(other.resolve("keyring.json"), TestKeys.PASSPHRASE);
            try {
                StoreException e = assertThrows(StoreException.class,
                        () -> opened.store().requireOwnKey(foreign.sealer()));
                assertTrue(e.getMessage().contains("hoort niet bij deze caseload"), e.getMessage());
            } finally {
                foreign.lock();
            }
        }
    }

    @Test
    void anEmptyCaseloadOfAnotherKeyringIsRefusedToo() throws Exception {
        Path mine = dir.resolve("mijn");
        Path other = dir.resolve("ander");
        TestKeys.folder(mine).create(TestKeys.PASSPHRASE).close();
        TestKeys.folder(other).create(TestKeys.PASSPHRASE).close();
        Files.copy(other.resolve("keyring.json"), mine.resolve("keyring.json"), StandardCopyOption.REPLACE_EXISTING);
        assertThrows(StoreException.class, () -> TestKeys.folder(mine).unlock(TestKeys.PASSPHRASE));
    }

    @Test
    void aCaseloadMadeBeforeTheBindingGetsItAtItsNextUnlock() throws Exception {
        try (CaseloadFolder.Opened opened = TestKeys.folder(dir).create(TestKeys.PASSPHRASE)) {
            opened.store().candidates().save(Samples.bareCandidate("Şeyma Yılmaz"));
            opened.store().writeOwnTables(tx -> tx.deleteFrom(CASELOAD_BINDING).execute());
        }
        try (CaseloadFolder.Opened opened = TestKeys.folder(dir).unlock(TestKeys.PASSPHRASE)) {
            assertEquals(1, (int) opened.store().read(tx -> tx.fetchCount(CASELOAD_BINDING)));
        }
    }

    @Test
    void anUnboundOldCaseloadIsNotBoundToAForeignKeyring() throws Exception {
        Path mine = dir.resolve("mijn");
        Path other = dir.resolve("ander");
        try (CaseloadFolder.Opened opened = TestKeys.folder(mine).create(TestKeys.PASSPHRASE)) {
            opened.store().candidates().save(Samples.bareCandidate("Yıldız Kılıç"));
            opened.store().writeOwnTables(tx -> tx.deleteFrom(CASELOAD_BINDING).execute());
        }
        TestKeys.folder(other).create(TestKeys.PASSPHRASE).close();
        Files.copy(other.resolve("keyring.json"), mine.resolve("keyring.json"), StandardCopyOption.REPLACE_EXISTING);

        assertThrows(StoreException.class, () -> TestKeys.folder(mine).unlock(TestKeys.PASSPHRASE));
        try (Database db = Database.open(mine.resolve("werkmap.db"))) {
            assertEquals(0, (int) db.read(tx -> tx.fetchCount(CASELOAD_BINDING)), "no binding was written");
        }
    }

    @Test
    void aDamagedFileIsRefusedWithTheNewestBackupNamed() throws Exception {
        try (CaseloadFolder.Opened opened = TestKeys.folder(dir).create(TestKeys.PASSPHRASE)) {
            for (int i = 0; i < 400; i++) {
                opened.store().candidates().save(Samples.bareCandidate("Kandidaat " + i));
            }
        }
        Path db = dir.resolve("werkmap.db");
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Path older = Files.copy(db, backups.resolve("werkmap-20260101T000000Z-v22.db"));
        Path newest = Files.copy(db, backups.resolve("werkmap-20260301T000000Z-v22.db"));
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_000));
        corruptAPageInTheMiddle(db);
        List<byte[]> before = contents(dir);

        CaseloadFolder folder = TestKeys.tomorrow(dir);
        StoreException e = assertThrows(StoreException.class, () -> folder.unlock(TestKeys.PASSPHRASE));
        assertTrue(e.getMessage().contains("beschadigd"), e.getMessage());
        assertTrue(e.getMessage().contains(newest.toAbsolutePath().toString()), e.getMessage());
        assertFilesUnchanged(before, contents(dir));
    }

    @Test
    void aDamagedFileWithoutBackupsSaysSo() throws Exception {
        try (CaseloadFolder.Opened opened = TestKeys.folder(dir).create(TestKeys.PASSPHRASE)) {
            for (int i = 0; i < 400; i++) {
                opened.store().candidates().save(Samples.bareCandidate("Kandidaat " + i));
            }
        }
        corruptAPageInTheMiddle(dir.resolve("werkmap.db"));
        StoreException e = assertThrows(StoreException.class,
                () -> TestKeys.folder(dir).checkedAtEveryOpen().unlock(TestKeys.PASSPHRASE));
        assertTrue(e.getMessage().contains("geen reservekopie"), e.getMessage());
    }

    @Test
    void theVaultIsLockedAgainWhenTheCaseloadIsRefused() throws Exception {
        Vault[] seen = new Vault[1];
        TestKeys keys = new TestKeys() {
            @Override
            public Vault unlock(Path keyring, char[] passphrase) throws nl.werkmap.security.WrongPassphraseException {
                seen[0] = super.unlock(keyring, passphrase);
                return seen[0];
            }
        };
        try (CaseloadFolder.Opened opened = TestKeys.folder(dir).create(TestKeys.PASSPHRASE)) {
            for (int i = 0; i < 400; i++) {
                opened.store().candidates().save(Samples.bareCandidate("Kandidaat " + i));
            }
        }
        corruptAPageInTheMiddle(dir.resolve("werkmap.db"));
        CaseloadFolder folder = new CaseloadFolder(dir.resolve("keyring.json"), dir.resolve("werkmap.db"), keys,
                step -> { }, java.time.Clock.systemUTC()).checkedAtEveryOpen();
        assertThrows(StoreException.class, () -> folder.unlock(TestKeys.PASSPHRASE));
        assertTrue(seen[0].isLocked());
    }

    /** Overwrites the middle of one page in the middle of the file, as a bad sector or a torn copy would. */
    static void corruptAPageInTheMiddle(Path db) throws IOException {
        long size = Files.size(db);
        int pageSize = 4096;
        long pages = size / pageSize;
        assertTrue(pages > 8, "a file with a few pages: " + size);
        long offset = (pages / 2) * pageSize + 100;
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(offset);
            byte[] junk = new byte[1500];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            f.write(junk);
        }
    }

    private static List<byte[]> contents(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    byte[] name = p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    byte[] body = Files.readAllBytes(p);
                    byte[] both = new byte[name.length + 1 + body.length];
                    System.arraycopy(name, 0, both, 0, name.length);
                    System.arraycopy(body, 0, both, name.length + 1, body.length);
                    return both;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static void assertFilesUnchanged(List<byte[]> before, List<byte[]> after) {
        assertEquals(before.size(), after.size(), "no file added or removed");
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), "file " + i + " unchanged");
        }
    }
}
