package nl.werkmap.sync.protocol;

/** The ciphertext, its header or the wrapped key was changed after encryption: authenticated decryption failed. */
public final class TamperedException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public TamperedException(String message) {
        super(RefusalCode.TAMPERED, message);
    }

    public TamperedException(String message, Throwable cause) {
        super(RefusalCode.TAMPERED, message, cause);
    }
}
