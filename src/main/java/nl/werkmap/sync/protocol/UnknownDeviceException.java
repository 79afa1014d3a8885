package nl.werkmap.sync.protocol;

/** The signing key belongs to no enrolled device (or, on a device, is not the pinned hub key). */
public final class UnknownDeviceException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public UnknownDeviceException(String message) {
        super(RefusalCode.UNKNOWN_DEVICE, message);
    }

    public UnknownDeviceException(String message, Throwable cause) {
        super(RefusalCode.UNKNOWN_DEVICE, message, cause);
    }
}
