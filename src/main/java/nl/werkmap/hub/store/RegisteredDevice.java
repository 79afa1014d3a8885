package nl.werkmap.hub.store;

import com.nimbusds.jose.jwk.ECKey;

/** An enrolled device as the hub knows it, with the coach it belongs to. */
public record RegisteredDevice(String id, String name, String coachId, String coachName, HubRole role, String team,
                               ECKey signingKey, ECKey encryptionKey, String enrolledAt, String revokedAt,
                               String lastSeenAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
