package nl.werkmap.sync.protocol;

/** The payload or its envelope cannot be read as a Werkmap bundle. */
public final class MalformedBundleException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public MalformedBundleException(String message) {
        super(RefusalCode.MALFORMED, message);
    }

    public MalformedBundleException(String message, Throwable cause) {
        super(RefusalCode.MALFORMED, message, cause);
    }
}
