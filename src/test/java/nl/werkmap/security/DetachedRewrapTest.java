package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A detached keyring wrapped again under a new passphrase: same data key, fresh salt, old passphrase refused. */
class DetachedRewrapTest {

    private static final char[] OLD = "zes paarden op de dijk".toCharArray();
    private static final char[] NEW = "zeven koeien in de wei".toCharArray();

    @Test
    void theNewTextOpensTheSameDataKeyWithTheNewPassphraseOnly() throws Exception {
        Vault.Detached made = Vault.createDetached(OLD);
        byte[] sealed = made.vault().sealer().seal("hub_key", "jwk", "kid-1", "geheim");
        Vault.Detached rewrapped = Vault.rewrapDetached(made.keyring(), "in de test", OLD, NEW);
        assertEquals("geheim", rewrapped.vault().sealer().open("hub_key", "jwk", "kid-1", sealed));

        Vault again = Vault.unlockDetached(rewrapped.keyring(), "in de test", NEW);
        assertEquals("geheim", again.sealer().open("hub_key", "jwk", "kid-1", sealed));
        assertThrows(WrongPassphraseException.class,
                () -> Vault.unlockDetached(rewrapped.keyring(), "in de test", OLD));
        Keyring before = parse(made.keyring());
        Keyring after = parse(rewrapped.keyring());
        assertNotEquals(java.util.Arrays.toString(before.salt), java.util.Arrays.toString(after.salt));
        assertEquals(before.created, after.created);
        assertEquals(before.iterations, after.iterations);
    }

    @Test
    void aWrongCurrentPassphraseMakesNothing() {
        Vault.Detached made = Vault.createDetached(OLD);
        assertThrows(WrongPassphraseException.class,
                () -> Vault.rewrapDetached(made.keyring(), "in de test", "vier paarden op de dijk".toCharArray(), NEW));
    }

    private static Keyring parse(String text) {
        return KeyringFile.parse(text.getBytes(StandardCharsets.UTF_8), "in de test", KeyDerivation.standard());
    }
}
