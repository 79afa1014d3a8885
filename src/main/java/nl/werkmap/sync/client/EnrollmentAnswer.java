package nl.werkmap.sync.client;

import com.nimbusds.jose.jwk.ECKey;

/** What the hub returns on enrolment: the device's identity there and the hub keys to pin. */
public record EnrollmentAnswer(String deviceId, String coachId, String coachName, String role, String team,
                               String municipality, ECKey hubSigningKey, ECKey hubEncryptionKey,
                               String hubFingerprint) {
}
