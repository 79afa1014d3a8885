package nl.werkmap.hub.store;

/** A backup that cannot be restored (tampered, foreign, wrong passphrase, target in the way); nothing changed. */
public final class HubBackupRefusedException extends RuntimeException {

    public HubBackupRefusedException(String message) {
        super(message);
    }

    public HubBackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
