package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseChangeTest {

    private static final char[] OLD = "het oude lange wachtwoord".toCharArray();
    private static final char[] NEW = "het nieuwe lange wachtwoord".toCharArray();

    @TempDir
    Path dir;

    @Test
    void newPassphraseOpensTheSameDataAndTheOldOneIsRefused() throws Exception {
        Path keyring = dir.resolve("keyring.json");
        Vault vault = TestVaults.create(keyring, OLD);
        byte[] sealed = vault.sealer().seal("candidate", "note", "row-3", "Wil graag in de zorg werken.");
        Keyring before = KeyringFile.read(keyring, TestVaults.derivation());

        vault.changePassphrase(OLD, NEW);

        Vault reopened = TestVaults.unlock(keyring, NEW);
        assertEquals("Wil graag in de zorg werken.", reopened.sealer().open("candidate", "note", "row-3", sealed));
        assertThrows(WrongPassphraseException.class, () -> TestVaults.unlock(keyring, OLD));
        assertEquals("Wil graag in de zorg werken.", vault.sealer().open("candidate", "note", "row-3", sealed));

        Keyring after = KeyringFile.read(keyring, TestVaults.derivation());
        AesKey keyBefore = before.unwrap(OLD, TestVaults.derivation());
        AesKey keyAfter = after.unwrap(NEW, TestVaults.derivation());
        assertArrayEquals(keyBefore.getEncoded(), keyAfter.getEncoded(), "the data key itself must not change");
        assertFalse(java.util.Arrays.equals(before.salt, after.salt), "a new passphrase gets a new salt");
        assertFalse(java.util.Arrays.equals(before.nonce, after.nonce), "a re-wrap gets a new nonce");
        assertEquals(before.created, after.created);
    }

    @Test
    void wrongCurrentPassphraseChangesNothing() throws Exception {
        Path keyring = dir.resolve("keyring.json");
        Vault vault = TestVaults.create(keyring, OLD);
        byte[] before = Files.readAllBytes(keyring);

        assertThrows(WrongPassphraseException.class, () -> vault.changePassphrase(NEW, NEW));

        assertArrayEquals(before, Files.readAllBytes(keyring));
        TestVaults.unlock(keyring, OLD);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void iterationCountNeverGoesDownOnRewrap() throws Exception {
        Path keyring = dir.resolve("keyring.json");
        Vault strong = Vault.create(keyring, OLD, WeakKeyDerivation.withIterations(3_000));
        strong.lock();
        Vault opened = Vault.unlock(keyring, OLD, WeakKeyDerivation.withIterations(1_000));

        opened.changePassphrase(OLD, NEW);

        assertEquals(3_000, KeyringFile.read(keyring, TestVaults.derivation()).iterations);
    }

    @Test
    void iterationCountGrowsToTodaysDefaultOnRewrap() throws Exception {
        Path keyring = dir.resolve("keyring.json");
        Vault.create(keyring, OLD, WeakKeyDerivation.withIterations(1_000)).lock();
        Vault opened = Vault.unlock(keyring, OLD, WeakKeyDerivation.withIterations(2_000));

        opened.changePassphrase(OLD, NEW);

        assertEquals(2_000, KeyringFile.read(keyring, TestVaults.derivation()).iterations);
    }

    @Test
    void keyringSwappedForAnotherVaultsIsRefusedAndLeftAlone() throws Exception {
        Path keyring = dir.resolve("keyring.json");
        Vault vault = TestVaults.create(keyring, OLD);
        Path other = dir.resolve("other.json");
        TestVaults.create(other, OLD);
        Files.copy(other, keyring, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(keyring);

        assertThrows(CorruptKeyringException.class, () -> vault.changePassphrase(OLD, NEW));

        assertArrayEquals(before, Files.readAllBytes(keyring));
    }

    @Test
    void lockedVaultCannotChangePassphrase() {
        Path keyring = dir.resolve("keyring.json");
        Vault vault = TestVaults.create(keyring, OLD);
        vault.lock();
        assertThrows(VaultLockedException.class, () -> vault.changePassphrase(OLD, NEW));
    }
}
