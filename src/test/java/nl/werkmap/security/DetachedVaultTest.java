package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A vault whose keyring its owner keeps as text (the hub keeps it in its database). */
class DetachedVaultTest {

    private static final char[] PASSPHRASE = "zes paarden op de dijk".toCharArray();

    @Test
    void theKeyringTextOpensTheSameDataKeyWithThePassphraseOnly() throws Exception {
        Vault.Detached made = Vault.createDetached(PASSPHRASE);
        byte[] sealed = made.vault().sealer().seal("hub_key", "jwk", "kid-1", "geheim");
        Vault again = Vault.unlockDetached(made.keyring(), "in de test", PASSPHRASE);
        assertEquals("geheim", again.sealer().open("hub_key", "jwk", "kid-1", sealed));
        assertThrows(WrongPassphraseException.class,
                () -> Vault.unlockDetached(made.keyring(), "in de test", "vier paarden op de dijk".toCharArray()));
        assertThrows(IllegalStateException.class, () -> again.changePassphrase(PASSPHRASE, "iets anders nog".toCharArray()));
    }

    @Test
    void aDamagedKeyringTextSaysWhereItIs() {
        CorruptKeyringException damaged = assertThrows(CorruptKeyringException.class,
                () -> Vault.unlockDetached("{\"format\": 1}", "in de hub-database", PASSPHRASE));
        assertTrue(damaged.getMessage().contains("in de hub-database"), damaged.getMessage());
    }
}
