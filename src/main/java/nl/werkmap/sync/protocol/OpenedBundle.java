package nl.werkmap.sync.protocol;

/**
 * A bundle whose signature verified, with the exact signed payload bytes and their SHA-256 (hex): the hub compares
 * that digest to tell "the same bundle again" from "another bundle under a used id". The digest is worked out when
 * first asked: a laptop never asks, and a first sync's payloads are some 200 MB to hash for nothing.
 */
public final class OpenedBundle {

    private final Bundle bundle;
    private final byte[] payload;
    private final String signerId;
    private volatile String payloadDigest;

    public OpenedBundle(Bundle bundle, byte[] payload, String signerId) {
        this.bundle = bundle;
        this.payload = payload;
        this.signerId = signerId;
    }

    public Bundle bundle() {
        return bundle;
    }

    public byte[] payload() {
        return payload;
    }

    /** SHA-256 of {@link #payload()}, lower-case hex. */
    public String payloadDigest() {
        String digest = payloadDigest;
        if (digest == null) {
            digest = BundleEnvelope.sha256(payload);
            payloadDigest = digest;
        }
        return digest;
    }

    public String signerId() {
        return signerId;
    }
}
