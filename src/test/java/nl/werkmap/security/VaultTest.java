package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {

    private static final char[] PASSPHRASE = "een lange zin als wachtwoord".toCharArray();
    private static final char[] OTHER = "nog een heel ander wachtwoord".toCharArray();

    @TempDir
    Path dir;

    private Path keyring() {
        return dir.resolve("keyring.json");
    }

    @Test
    void createThenUnlockOpensWhatWasSealed() throws Exception {
        assertFalse(Vault.exists(keyring()));
        Vault created = TestVaults.create(keyring(), PASSPHRASE);
        assertTrue(Vault.exists(keyring()));
        byte[] sealed = created.sealer().seal("candidate", "name", "row-1", "Fatima el Amrani");

        Vault unlocked = TestVaults.unlock(keyring(), PASSPHRASE);

        assertFalse(unlocked.isLocked());
        assertEquals("Fatima el Amrani", unlocked.sealer().open("candidate", "name", "row-1", sealed));
    }

    @Test
    void createRefusesAnExistingKeyringAndLeavesItAlone() throws Exception {
        TestVaults.create(keyring(), PASSPHRASE);
        byte[] before = Files.readAllBytes(keyring());

        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                () -> TestVaults.create(keyring(), OTHER));

        assertTrue(refused.getMessage().startsWith("Er bestaat al een sleutelbestand"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(keyring()));
        TestVaults.unlock(keyring(), PASSPHRASE);
    }

    @Test
    void createMakesMissingFoldersAndLeavesNoTempFiles() throws Exception {
        Path nested = dir.resolve("a/b/keyring.json");
        TestVaults.create(nested, PASSPHRASE);
        try (var files = Files.list(nested.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void wrongPassphraseIsRefusedAndChangesNothingOnDisk() throws Exception {
        TestVaults.create(keyring(), PASSPHRASE);
        byte[] before = Files.readAllBytes(keyring());
        var modifiedBefore = Files.getLastModifiedTime(keyring());

        WrongPassphraseException wrong = assertThrows(WrongPassphraseException.class,
                () -> TestVaults.unlock(keyring(), OTHER));

        assertEquals("Het wachtwoord klopt niet. Probeer het opnieuw; let op Caps Lock.", wrong.getMessage());
        assertArrayEquals(before, Files.readAllBytes(keyring()));
        assertEquals(modifiedBefore, Files.getLastModifiedTime(keyring()));
    }

    @Test
    void passphraseIsCaseSensitive() throws Exception {
        TestVaults.create(keyring(), PASSPHRASE);
        assertThrows(WrongPassphraseException.class,
                () -> TestVaults.unlock(keyring(), "EEN LANGE ZIN ALS WACHTWOORD".toCharArray()));
    }

    @Test
    void nonAsciiPassphraseWorks() throws Exception {
        char[] accented = "één café met crème brûlée 🍰".toCharArray();
        Vault vault = TestVaults.create(keyring(), accented);
        byte[] sealed = vault.sealer().seal("t", "c", "r", "x");
        assertEquals("x", TestVaults.unlock(keyring(), accented).sealer().open("t", "c", "r", sealed));
    }

    @Test
    void lockedVaultRefusesAndSealersHandedOutEarlierRefuseToo() {
        Vault vault = TestVaults.create(keyring(), PASSPHRASE);
        FieldSealer early = vault.sealer();
        byte[] sealed = early.seal("candidate", "bsn", "row-7", "123456782");

        vault.lock();

        assertTrue(vault.isLocked());
        VaultLockedException locked = assertThrows(VaultLockedException.class, vault::sealer);
        assertTrue(locked.getMessage().startsWith("De werkmap is vergrendeld."), locked.getMessage());
        assertThrows(VaultLockedException.class, () -> early.open("candidate", "bsn", "row-7", sealed));
        assertThrows(VaultLockedException.class, () -> early.seal("candidate", "bsn", "row-7", "123456782"));
        assertThrows(VaultLockedException.class, () -> early.open("candidate", "bsn", "row-7", null));
        vault.lock();
        assertTrue(vault.isLocked());
    }

    @Test
    void afterLockTheKeyUnlocksAgainFromDisk() throws Exception {
        Vault vault = TestVaults.create(keyring(), PASSPHRASE);
        byte[] sealed = vault.sealer().seal("t", "c", "r", "nog steeds leesbaar");
        vault.lock();

        Vault again = TestVaults.unlock(keyring(), PASSPHRASE);

        assertEquals("nog steeds leesbaar", again.sealer().open("t", "c", "r", sealed));
    }

    @Test
    void lockWipesTheKeyBytes() {
        AesKey key = new AesKey(AesGcm.randomBytes(32));
        DataKey dataKey = new DataKey(key);
        assertTrue(java.util.stream.IntStream.range(0, 32).anyMatch(i -> key.getEncoded()[i] != 0));

        dataKey.destroy();

        assertArrayEquals(new byte[32], key.getEncoded());
        assertTrue(dataKey.isDestroyed());
    }

    @Test
    void aSealOrOpenThatOverlapsTheLockIsThrownAway() {
        DataKey dataKey = new DataKey(new AesKey(AesGcm.randomBytes(32)));
        long stamp = dataKey.begin();

        dataKey.destroy();

        assertThrows(VaultLockedException.class, () -> dataKey.end(stamp));
        assertThrows(VaultLockedException.class, dataKey::begin);
    }

    @Test
    void twoVaultsHaveDifferentDataKeys() {
        Vault first = TestVaults.create(dir.resolve("one.json"), PASSPHRASE);
        Vault second = TestVaults.create(dir.resolve("two.json"), PASSPHRASE);
        byte[] sealed = first.sealer().seal("t", "c", "r", "alleen voor de eerste");

        assertThrows(TamperedFieldException.class, () -> second.sealer().open("t", "c", "r", sealed));
    }
}
