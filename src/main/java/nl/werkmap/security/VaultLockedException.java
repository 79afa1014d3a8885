package nl.werkmap.security;

/** Someone asked for personal data while the vault is locked (after an idle lock, or before unlocking). */
public final class VaultLockedException extends RuntimeException {

    VaultLockedException() {
        super("De werkmap is vergrendeld. Ontgrendel de werkmap met je wachtwoord en probeer het opnieuw.");
    }
}
