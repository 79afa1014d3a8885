package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;

/** Every way a bundle can be wrong is refused with its own exception, before anything is read from it. */
class BundleEnvelopeTest {

    private final ECKey device = SyncKeys.newSigningKey();
    private final ECKey hubEncryption = SyncKeys.newEncryptionKey();
    private final Receiver hub = Receiver.hub("gemeente-a", List.of(hubEncryption));
    private final SignerDirectory registry = SignerDirectory.only("dev-1", device.toPublicJWK());

    private Bundle bundle(String deviceId, String municipality) {
        return Bundle.up(UUID.randomUUID().toString(), deviceId, municipality, 1, 1, "2026-11-24T09:00:00Z",
                List.of(new Change("candidate", UUID.randomUUID().toString(), Map.of("status", "ACTIEF"),
                        "001732439700000-00000", false)));
    }

    @Test
    void roundTripKeepsThePayloadAndDigest() {
        Bundle sent = bundle("dev-1", "gemeente-a");
        OpenedBundle opened = BundleEnvelope.open(BundleEnvelope.seal(sent, device, hubEncryption), hub, registry);
        assertEquals(sent, opened.bundle());
        assertEquals(BundleEnvelope.sha256(BundleJson.write(sent)), opened.payloadDigest());
        assertEquals("dev-1", opened.signerId());
    }

    @Test
    void alteredCiphertextIsTampered() {
        String[] parts = BundleEnvelope.seal(bundle("dev-1", "gemeente-a"), device, hubEncryption).split("\\.");
        byte[] ciphertext = Base64.getUrlDecoder().decode(parts[3]);
        ciphertext[ciphertext.length / 2] ^= 1;
        parts[3] = Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext);
        assertThrows(TamperedException.class, () -> BundleEnvelope.open(String.join(".", parts), hub, registry));
    }

    @Test
    void alteredTagIsTampered() {
        String[] parts = BundleEnvelope.seal(bundle("dev-1", "gemeente-a"), device, hubEncryption).split("\\.");
        byte[] tag = Base64.getUrlDecoder().decode(parts[4]);
        tag[0] ^= 0x40;
        parts[4] = Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        assertThrows(TamperedException.class, () -> BundleEnvelope.open(String.join(".", parts), hub, registry));
    }

    @Test
    void bundleForAnotherMunicipalityKeyIsWrongRecipient() {
        ECKey otherMunicipality = SyncKeys.newEncryptionKey();
        String sealed = BundleEnvelope.seal(bundle("dev-1", "gemeente-a"), device, otherMunicipality);
        assertThrows(WrongRecipientException.class, () -> BundleEnvelope.open(sealed, hub, registry));
    }

    @Test
    void payloadNamingAnotherMunicipalityIsWrongRecipient() {
        String sealed = BundleEnvelope.seal(bundle("dev-1", "gemeente-b"), device, hubEncryption);
        assertThrows(WrongRecipientException.class, () -> BundleEnvelope.open(sealed, hub, registry));
    }

    @Test
    void unknownSignerIsRefusedLikeABadSignature() {
        ECKey stranger = SyncKeys.newSigningKey();
        String sealed = BundleEnvelope.seal(bundle("dev-1", "gemeente-a"), stranger, hubEncryption);
        assertThrows(BadSignatureException.class, () -> BundleEnvelope.open(sealed, hub, registry));
    }

    @Test
    void aRevokedDeviceIsToldSoOnlyUnderAValidSignature() {
        SignerDirectory revoked = kid -> Optional.of(new SignerDirectory.Signer("dev-1", device.toPublicJWK(), true));
        ECKey forger = SyncKeys.newSigningKey();
        String forged = BundleEnvelope.seal(bundle("dev-1", "gemeente-a"), forger, hubEncryption);
        String unknown = BundleEnvelope.seal(bundle("dev-1", "gemeente-a"), forger, hubEncryption);
        SignerDirectory none = kid -> Optional.empty();
        BundleRefusedException underRevoked = assertThrows(BundleRefusedException.class,
                () -> BundleEnvelope.open(forged, hub, revoked));
        BundleRefusedException underUnknown = assertThrows(BundleRefusedException.class,
                () -> BundleEnvelope.open(unknown, hub, none));
        assertEquals(RefusalCode.BAD_SIGNATURE, underRevoked.code());
        assertEquals(underUnknown.code(), underRevoked.code());
        assertEquals(underUnknown.getMessage(), underRevoked.getMessage());
    }

    @Test
    void revokedSignerIsRevokedDevice() {
        SignerDirectory revoked = kid -> Optional.of(new SignerDirectory.Signer("dev-1", device.toPublicJWK(), true));
        String sealed = BundleEnvelope.seal(bundle("dev-1", "gemeente-a"), device, hubEncryption);
        assertThrows(RevokedDeviceException.class, () -> BundleEnvelope.open(sealed, hub, revoked));
    }

    @Test
    void signatureByAnotherKeyUnderTheDevicesKeyIdIsBadSignature() throws Exception {
        ECKey forger = SyncKeys.newSigningKey();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(device))
                .type(new JOSEObjectType(BundleEnvelope.JWS_TYPE)).build(),
                new Payload(BundleJson.write(bundle("dev-1", "gemeente-a"))));
        jws.sign(new ECDSASigner(forger));
        String sealed = encrypt(new JWEHeader.Builder(BundleEnvelope.KEY_AGREEMENT, BundleEnvelope.CONTENT)
                .keyID(SyncKeys.keyId(hubEncryption)).contentType("JOSE").build(), jws);
        assertThrows(BadSignatureException.class, () -> BundleEnvelope.open(sealed, hub, registry));
    }

    @Test
    void payloadClaimingAnotherDeviceIsBadSignature() {
        String sealed = BundleEnvelope.seal(bundle("dev-2", "gemeente-a"), device, hubEncryption);
        assertThrows(BadSignatureException.class, () -> BundleEnvelope.open(sealed, hub, registry));
    }

    @Test
    void compressedBundleIsRefusedAsMalformed() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(device))
                .type(new JOSEObjectType(BundleEnvelope.JWS_TYPE)).build(),
                new Payload(BundleJson.write(bundle("dev-1", "gemeente-a"))));
        jws.sign(new ECDSASigner(device));
        String sealed = encrypt(new JWEHeader.Builder(BundleEnvelope.KEY_AGREEMENT, BundleEnvelope.CONTENT)
                .keyID(SyncKeys.keyId(hubEncryption)).compressionAlgorithm(CompressionAlgorithm.DEF).build(), jws);
        assertThrows(MalformedBundleException.class, () -> BundleEnvelope.open(sealed, hub, registry));
    }

    @Test
    void garbageIsMalformed() {
        assertThrows(MalformedBundleException.class, () -> BundleEnvelope.open("niet.een.bundel", hub, registry));
        assertThrows(MalformedBundleException.class, () -> BundleEnvelope.open("", hub, registry));
    }

    @Test
    void aDownBundleSentBackToTheHubIsWrongRecipient() {
        Bundle down = Bundle.down(UUID.randomUUID().toString(), "dev-1", "gemeente-a", "gemeente-a", 1, 1,
                "2026-11-24T09:00:00Z", List.of(), null);
        String sealed = BundleEnvelope.seal(down, device, hubEncryption);
        assertThrows(WrongRecipientException.class, () -> BundleEnvelope.open(sealed, hub, registry));
    }

    private String encrypt(JWEHeader header, JWSObject jws) throws Exception {
        JWEObject jwe = new JWEObject(header, new Payload(jws));
        jwe.encrypt(new ECDHEncrypter(hubEncryption.toECPublicKey()));
        return jwe.serialize();
    }
}
