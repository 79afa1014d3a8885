package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.SyncKeys;

/** The inbox over real HTTP: accepted, idempotent, and every attack refused with its code and nothing applied. */
class HubInboxTest {

    @TempDir
    Path dir;
    HubFixture fixture;
    TestDevice coach;

    @BeforeEach
    void start() throws Exception {
        fixture = new HubFixture(dir, "gemeente-a");
        coach = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "team-noord");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Change candidate(String id, String status, long ms) {
        return new Change("candidate", id, Map.of("status", status, "coach_id", coach.enrolment.coachId()),
                new Hlc(ms, 0).toString(), false);
    }

    private String refusal(String jwe) {
        return assertThrows(HubRefusedException.class, () -> coach.client.send(jwe)).code();
    }

    private int storedCandidates() {
        return fixture.hub.counts().getOrDefault("candidate", 0);
    }

    @Test
    void acceptsAndAppliesABundle() throws Exception {
        assertFalse(coach.client.send(coach.seal(candidate(UUID.randomUUID().toString(), "ACTIEF", 1000))));
        assertEquals(1, storedCandidates());
    }

    @Test
    void sameBundleTwiceIsAcceptedOnceAndReportedAsDuplicate() throws Exception {
        String jwe = coach.seal(candidate(UUID.randomUUID().toString(), "ACTIEF", 1000));
        assertFalse(coach.client.send(jwe));
        assertTrue(coach.client.send(jwe));
        assertEquals(1, storedCandidates());
    }

    @Test
    void sameSignedPayloadReEncryptedIsTheSameBundle() throws Exception {
        Bundle bundle = Bundle.up(UUID.randomUUID().toString(), coach.id(), "gemeente-a", 1, 1, "2026-11-24T10:00:00Z",
                java.util.List.of(candidate(UUID.randomUUID().toString(), "ACTIEF", 1000)));
        byte[] payload = nl.werkmap.sync.protocol.BundleJson.write(bundle);
        coach.client.send(BundleEnvelope.sealBytes(payload, coach.signing, coach.hubEncryptionKey));
        assertTrue(coach.client.send(BundleEnvelope.sealBytes(payload, coach.signing, coach.hubEncryptionKey)));
    }

    @Test
    void usedBundleIdWithOtherContentIsReplayAndNotApplied() throws Exception {
        String bundleId = UUID.randomUUID().toString();
        String candidateId = UUID.randomUUID().toString();
        coach.client.send(coach.seal(bundleId, candidate(candidateId, "ACTIEF", 1000)));
        assertEquals("REPLAY", refusal(coach.seal(bundleId, candidate(candidateId, "UITGESTROOMD", 2000))));
        assertEquals("ACTIEF", fixture.hub.database().read(dsl -> dsl.fetchValue(
                "select value from master_field where entity_id = ? and field = 'status'", candidateId)));
    }

    @Test
    void alteredCiphertextIsTampered() {
        String[] parts = coach.seal(candidate(UUID.randomUUID().toString(), "ACTIEF", 1000)).split("\\.");
        byte[] ciphertext = Base64.getUrlDecoder().decode(parts[3]);
        ciphertext[3] ^= 0x10;
        parts[3] = Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext);
        assertEquals("TAMPERED", refusal(String.join(".", parts)));
        assertEquals(0, storedCandidates());
    }

    @Test
    void unknownDeviceIsRefused() {
        ECKey stranger = SyncKeys.newSigningKey();
        Bundle bundle = Bundle.up(UUID.randomUUID().toString(), "dev-x", "gemeente-a", 1, 1, "2026-11-24T10:00:00Z",
                java.util.List.of(candidate(UUID.randomUUID().toString(), "ACTIEF", 1000)));
        // Refused as a signature no enrolled device made: before a valid signature the registry tells nothing.
        assertEquals("BAD_SIGNATURE", refusal(BundleEnvelope.seal(bundle, stranger, coach.hubEncryptionKey)));
        assertEquals(0, storedCandidates());
    }

    @Test
    void payloadClaimingAnotherDeviceIsBadSignature() throws Exception {
        TestDevice other = new TestDevice(fixture, "Bram", HubRole.JOBCOACH, "team-noord");
        Bundle bundle = Bundle.up(UUID.randomUUID().toString(), other.id(), "gemeente-a", 1, 1, "2026-11-24T10:00:00Z",
                java.util.List.of(candidate(UUID.randomUUID().toString(), "ACTIEF", 1000)));
        assertEquals("BAD_SIGNATURE", refusal(BundleEnvelope.seal(bundle, coach.signing, coach.hubEncryptionKey)));
        assertEquals(0, storedCandidates());
    }

    @Test
    void revokedDeviceIsRefused() {
        assertTrue(fixture.hub.registry().revoke(coach.id()));
        assertEquals("REVOKED_DEVICE", refusal(coach.seal(candidate(UUID.randomUUID().toString(), "ACTIEF", 1000))));
        assertEquals("REVOKED_DEVICE", assertThrows(HubRefusedException.class, coach::pull).code());
        assertEquals(0, storedCandidates());
    }

    @Test
    void bundleForAnotherMunicipalityIsWrongRecipient() {
        coach.hubEncryptionKey = SyncKeys.newEncryptionKey().toPublicJWK();
        assertEquals("WRONG_RECIPIENT", refusal(coach.seal(candidate(UUID.randomUUID().toString(), "ACTIEF", 1000))));
        assertEquals(0, storedCandidates());
        assertEquals(Integer.valueOf(1), fixture.hub.database().<Integer>read(dsl -> dsl.fetchCount(dsl.selectFrom("refused_bundle"))));
    }

    @Test
    void garbageBodyIsMalformed() {
        assertEquals("MALFORMED", refusal("dit is geen bundel"));
    }

    @Test
    void injectedServerErrorIsRetryableAndAppliesNothing() {
        fixture.faults.failNextRequests(1);
        String jwe = coach.seal(candidate(UUID.randomUUID().toString(), "ACTIEF", 1000));
        assertThrows(nl.werkmap.sync.client.HubUnavailableException.class, () -> coach.client.send(jwe));
        assertEquals(0, storedCandidates());
    }
}
