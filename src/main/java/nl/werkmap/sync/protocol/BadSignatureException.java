package nl.werkmap.sync.protocol;

/** The signature does not verify against the registered key, or the payload claims another signer. */
public final class BadSignatureException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public BadSignatureException(String message) {
        super(RefusalCode.BAD_SIGNATURE, message);
    }

    public BadSignatureException(String message, Throwable cause) {
        super(RefusalCode.BAD_SIGNATURE, message, cause);
    }
}
