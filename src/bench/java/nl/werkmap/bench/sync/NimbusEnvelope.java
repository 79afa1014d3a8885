package nl.werkmap.bench.sync;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.BundleJson;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * The same bundle envelope made and opened with Nimbus's objects only, as the yardstick the hand-written envelope
 * must stay well ahead of (issue 12): write, sign, encrypt, parse, decrypt, verify, read.
 */
final class NimbusEnvelope {

    private NimbusEnvelope() {
    }

    static void roundTrip(Bundle bundle, ECKey signing, ECKey recipient) throws JOSEException, java.text.ParseException {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(signing))
                .type(new JOSEObjectType(BundleEnvelope.JWS_TYPE)).build(), new Payload(BundleJson.write(bundle)));
        jws.sign(new ECDSASigner(signing));
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(BundleEnvelope.KEY_AGREEMENT, BundleEnvelope.CONTENT)
                .keyID(SyncKeys.keyId(recipient)).contentType(BundleEnvelope.NESTED_CONTENT_TYPE).build(),
                new Payload(jws));
        jwe.encrypt(new ECDHEncrypter(recipient.toECPublicKey()));
        String sealed = jwe.serialize();

        JWEObject received = JWEObject.parse(sealed);
        received.decrypt(new ECDHDecrypter(recipient));
        JWSObject signed = received.getPayload().toJWSObject();
        if (!signed.verify(new ECDSAVerifier(signing.toPublicJWK()))) {
            throw new IllegalStateException("Nimbus did not verify its own signature");
        }
        BundleJson.read(signed.getPayload().toBytes());
    }
}
