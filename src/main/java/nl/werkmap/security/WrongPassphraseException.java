package nl.werkmap.security;

/**
 * The passphrase did not open the keyring. Checked, because every caller that asks a coach for a passphrase must
 * handle a typo. Nothing on disk has changed when this is thrown.
 */
public final class WrongPassphraseException extends Exception {

    WrongPassphraseException() {
        super("Het wachtwoord klopt niet. Probeer het opnieuw; let op Caps Lock.");
    }
}
