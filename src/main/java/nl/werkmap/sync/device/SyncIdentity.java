package nl.werkmap.sync.device;

import com.nimbusds.jose.jwk.ECKey;

/**
 * This device's enrolment, unsealed for use while the vault is unlocked: its own key pairs, the pinned hub signing
 * key and the municipality key it currently encrypts to.
 */
public record SyncIdentity(String deviceId, String hubUrl, String municipality, String coachId, String role,
                           String team, ECKey signingKey, ECKey encryptionKey, ECKey hubSigningKey,
                           ECKey hubEncryptionKey, long downCursor) {
}
