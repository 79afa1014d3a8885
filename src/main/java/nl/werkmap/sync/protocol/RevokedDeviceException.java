package nl.werkmap.sync.protocol;

/** The signing device was enrolled but has been revoked by the hub administrator. */
public final class RevokedDeviceException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public RevokedDeviceException(String message) {
        super(RefusalCode.REVOKED_DEVICE, message);
    }

    public RevokedDeviceException(String message, Throwable cause) {
        super(RefusalCode.REVOKED_DEVICE, message, cause);
    }
}
