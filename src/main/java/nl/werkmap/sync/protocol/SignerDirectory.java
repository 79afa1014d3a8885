package nl.werkmap.sync.protocol;

import java.util.Optional;

import com.nimbusds.jose.jwk.ECKey;

/** Who may sign bundles for a receiver: the hub's device registry, or a device's pinned hub key. */
@FunctionalInterface
public interface SignerDirectory {

    /** A known signer; {@code id} is what the payload's {@code deviceId} must say. */
    record Signer(String id, ECKey publicKey, boolean revoked) {
    }

    Optional<Signer> byKeyId(String keyId);

    /** A directory of exactly one trusted signer, as a device has for its hub. */
    static SignerDirectory only(String id, ECKey publicKey) {
        String kid = SyncKeys.keyId(publicKey);
        Signer signer = new Signer(id, publicKey.toPublicJWK(), false);
        return keyId -> kid.equals(keyId) ? Optional.of(signer) : Optional.empty();
    }
}
