package nl.werkmap.hub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64URL;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.DeviceToken;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.Receiver;
import nl.werkmap.sync.protocol.SignerDirectory;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * The hub answers a fetch in the newest envelope form the device's token says it reads (issue 13): a token of this
 * version ({@code reads} 2) gets form 2, a token of an earlier version (no {@code reads}) form 1, which every device
 * reads; both open to the same bundles. The other way round, a hub of an earlier version ignores the claim (it reads
 * only {@code deviceId} and {@code at}) and answers in form 1, which this version still opens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FetchFormTest {

    private HubFixture fixture;
    private TestDevice laptop;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        fixture = new HubFixture(dir, "gemeente-a");
        laptop = new TestDevice(fixture, "Sanne", HubRole.JOBCOACH, "Noord");
        for (int i = 0; i < 3; i++) {
            laptop.client.send(laptop.seal(new Change("candidate", UUID.randomUUID().toString(), Map.of("coach_id",
                    laptop.enrolment.coachId(), "full_name", "Kandidaat. " + i, "city", "Zwolle"),
                    new Hlc(System.currentTimeMillis(), i).toString() + "-" + laptop.id(), false)));
        }
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void aTokenOfThisVersionGetsFormTwoAndAnOlderTokenFormOneWithTheSameBundles() throws Exception {
        List<String> newer = laptop.client.fetch(0, DeviceToken.issue(laptop.id(), laptop.signing, Instant.now()))
                .bundles();
        List<String> older = laptop.client.fetch(0, tokenWithoutReads()).bundles();
        assertFalse(newer.isEmpty());
        assertEquals(older.size(), newer.size());
        for (int i = 0; i < newer.size(); i++) {
            assertEquals(BundleEnvelope.UNENCODED_CONTENT_TYPE, contentType(newer.get(i)));
            assertEquals(BundleEnvelope.NESTED_CONTENT_TYPE, contentType(older.get(i)));
            Bundle two = open(newer.get(i));
            Bundle one = open(older.get(i));
            assertEquals(one.changes(), two.changes());
            assertEquals(one.seqTo(), two.seqTo());
        }
    }

    @Test
    void aTokenThatSaysItReadsOnlyFormOneOrSomethingUnknownGetsFormOne() throws Exception {
        for (String reads : List.of("1", "\"2\"", "2.5", "[2]", "null", "0")) {
            String bundle = laptop.client.fetch(0, token("{\"deviceId\":\"ID\",\"at\":NOW,\"reads\":" + reads + "}"))
                    .bundles().get(0);
            assertEquals(BundleEnvelope.NESTED_CONTENT_TYPE, contentType(bundle), "reads " + reads);
        }
        String newer = laptop.client.fetch(0, token("{\"deviceId\":\"ID\",\"at\":NOW,\"reads\":9}")).bundles().get(0);
        assertEquals(BundleEnvelope.UNENCODED_CONTENT_TYPE, contentType(newer), "a newer device gets this hub's newest");
    }

    @Test
    void theTokenOfThisVersionStillPassesTheChecksOfAnEarlierHub() throws Exception {
        // An earlier hub runs DeviceToken.verify, which reads deviceId and at and ignores every other claim.
        assertEquals(laptop.id(), DeviceToken.verify(DeviceToken.issue(laptop.id(), laptop.signing, Instant.now()),
                fixture.hub.registry().signers(), Instant.now()));
        assertEquals(BundleEnvelope.NEWEST_FORM, DeviceToken.prove(DeviceToken.issue(laptop.id(), laptop.signing,
                Instant.now()), fixture.hub.registry().signers(), Instant.now()).reads());
        assertEquals(1, DeviceToken.prove(tokenWithoutReads(), fixture.hub.registry().signers(), Instant.now())
                .reads());
    }

    private Bundle open(String jwe) {
        return BundleEnvelope.open(jwe, Receiver.device(laptop.enrolment.municipality(), laptop.id(),
                laptop.encryption), SignerDirectory.only(Hub.HUB_ID, laptop.enrolment.hubSigningKey())).bundle();
    }

    private static String contentType(String jwe) throws Exception {
        return JWEHeader.parse(new Base64URL(jwe.substring(0, jwe.indexOf('.')))).getContentType();
    }

    private String tokenWithoutReads() throws Exception {
        return token("{\"deviceId\":\"ID\",\"at\":NOW}");
    }

    private String token(String claims) throws Exception {
        String payload = claims.replace("ID", laptop.id()).replace("NOW", Long.toString(Instant.now().getEpochSecond()));
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(SyncKeys.keyId(laptop.signing))
                .type(new JOSEObjectType("werkmap-device+jws")).build(), new Payload(payload));
        jws.sign(new ECDSASigner(laptop.signing));
        return jws.serialize();
    }
}
