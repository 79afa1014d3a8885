package nl.werkmap.sync.device;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.client.EnrollmentAnswer;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.client.HubUnavailableException;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * Enrols this caseload at a hub: makes the device's key pairs, registers the public halves with a one-time code
 * under the caseload's own device id, pins the hub's signing key and stores the private keys sealed by the vault.
 */
public final class Enroller {

    private Enroller() {
    }

    public static SyncIdentity enroll(CaseloadStore store, FieldSealer sealer, HubClient client, String hubUrl,
                                      String code, String deviceName) throws HubRefusedException, HubUnavailableException {
        ECKey signing = SyncKeys.newSigningKey();
        ECKey encryption = SyncKeys.newEncryptionKey();
        EnrollmentAnswer answer = client.enroll(code, deviceName, store.deviceId(), signing, encryption);
        if (!answer.deviceId().equals(store.deviceId())) {
            throw new IllegalStateException("De hub gaf een ander apparaat-id terug dan gevraagd; aanmelding afgebroken.");
        }
        SyncIdentity identity = new SyncIdentity(answer.deviceId(), hubUrl, answer.municipality(), answer.coachId(),
                answer.role(), answer.team(), signing, encryption, answer.hubSigningKey(), answer.hubEncryptionKey(), 0);
        new SyncIdentityStore(store, sealer).save(identity);
        return identity;
    }
}
