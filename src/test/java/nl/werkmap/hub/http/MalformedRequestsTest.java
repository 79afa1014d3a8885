package nl.werkmap.hub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * Every malformed request gets a 4xx with an error code, never a 500: bodies that are not what the call takes,
 * members of the wrong type, missing or odd headers, device tokens signed by an enrolled laptop but with claims of
 * the wrong type, and bad query parameters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestsTest {

    private HubFixture fixture;
    private TestDevice laptop;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        fixture = new HubFixture(dir, "gemeente-a");
        laptop = new TestDevice(fixture, "Sanne", HubRole.JOBCOACH, "Noord");
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private static final String KEY = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
            + "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}";

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "dit is geen json",
        "[]",
        "\"code\"",
        "{}",
        "{\"code\":{},\"deviceName\":\"x\",\"signingKey\":" + KEY + ",\"encryptionKey\":" + KEY + "}",
        "{\"code\":[1,2],\"deviceName\":\"x\",\"signingKey\":" + KEY + ",\"encryptionKey\":" + KEY + "}",
        "{\"code\":\"ABCD-EFGH-JKLM\",\"deviceName\":{},\"signingKey\":" + KEY + ",\"encryptionKey\":" + KEY + "}",
        "{\"code\":\"ABCD-EFGH-JKLM\",\"deviceName\":\"x\",\"deviceId\":[],\"signingKey\":" + KEY
                + ",\"encryptionKey\":" + KEY + "}",
        "{\"code\":\"ABCD-EFGH-JKLM\",\"deviceName\":\"x\",\"deviceId\":\"../../x\",\"signingKey\":" + KEY
                + ",\"encryptionKey\":" + KEY + "}",
        "{\"code\":\"ABCD-EFGH-JKLM\",\"deviceName\":\"x\",\"signingKey\":\"sleutel\",\"encryptionKey\":" + KEY + "}",
        "{\"code\":\"ABCD-EFGH-JKLM\",\"deviceName\":\"x\",\"signingKey\":" + KEY + ",\"encryptionKey\":7}",
        "{\"code\":\"ABCD\"",
    })
    void malformedEnrolmentsAre400(String body) throws Exception {
        assertRefused(400, "MALFORMED", post("/api/v1/enroll", "application/json", body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer abc", "Werkmap", "Werkmap ", "Werkmap a.b.c", "Werkmap a.b", "Werkmap ....",
        "Werkmap eyJhbGciOiJub25lIn0.e30."})
    void missingOrMalformedAuthorizationIs400(String authorization) throws Exception {
        assertRefused(400, "MALFORMED", get("/api/v1/bundles?after=0", authorization.isEmpty() ? null : authorization));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"deviceId\":{},\"at\":NOW}|401|BAD_SIGNATURE",
        "{\"deviceId\":[\"ID\"],\"at\":NOW}|401|BAD_SIGNATURE",
        "{\"deviceId\":null,\"at\":NOW}|401|BAD_SIGNATURE",
        "{\"at\":NOW}|401|BAD_SIGNATURE",
        "{\"deviceId\":\"ID\",\"at\":\"gisteren\"}|400|MALFORMED",
        "{\"deviceId\":\"ID\",\"at\":{}}|400|MALFORMED",
        "{\"deviceId\":\"ID\",\"at\":1e300}|400|MALFORMED",
        "{\"deviceId\":\"ID\",\"at\":-99999999999999999999}|400|MALFORMED",
        "{\"deviceId\":\"ID\",\"at\":NOW.5}|400|MALFORMED",
        "{\"deviceId\":\"ID\"}|400|MALFORMED",
        "[1,2]|400|MALFORMED",
        "42|400|MALFORMED",
    })
    void deviceTokensWithClaimsOfTheWrongTypeAreRefused(String claims, int status, String code) throws Exception {
        String payload = claims.replace("ID", laptop.id()).replace("NOW", Long.toString(System.currentTimeMillis() / 1000));
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(SyncKeys.keyId(laptop.signing))
                .type(new JOSEObjectType("werkmap-device+jws")).build(), new Payload(payload));
        jws.sign(new ECDSASigner(laptop.signing));
        assertRefused(status, code, get("/api/v1/bundles?after=0", "Werkmap " + jws.serialize()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"after=abc", "after=", "after=-1", "after=1.5", "after=99999999999999999999",
        "after=1&after=2", "after=%zz", "after=%", "after=1%00"})
    void badQueryParametersAre400(String query) throws Exception {
        String token = nl.werkmap.sync.protocol.DeviceToken.issue(laptop.id(), laptop.signing, java.time.Instant.now());
        assertRefused(400, "MALFORMED", get("/api/v1/bundles?" + query, "Werkmap " + token));
    }

    @ParameterizedTest
    @CsvSource({"PUT,/api/v1/bundles", "DELETE,/api/v1/enroll", "GET,/api/v1/nothing", "GET,/api/v2/bundles",
        "POST,/api/v1/health"})
    void unknownCallsAre404WithACode(String method, String path) throws Exception {
        assertRefused(404, "NOT_FOUND", RawHttp.send(fixture.server.port(), method + " " + path
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 0", new byte[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "....", "a.b.c.d.e", "a.b.c.d.e.f"})
    void malformedBundlesAre400(String body) throws Exception {
        assertRefused(400, "MALFORMED", post("/api/v1/bundles", "application/jose", body));
    }

    @org.junit.jupiter.api.Test
    void brokenChunkedFramingIsAnsweredAsABodyThatNeverFullyArrived() throws Exception {
        // Jetty reports broken framing as an early end of the body, as it does a cut connection; the hub cannot
        // tell them apart, so both are "try again later" (503), never an accepted or half-read bundle.
        RawHttp.Response answer = RawHttp.send(fixture.server.port(), "POST /api/v1/bundles HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\nTransfer-Encoding: chunked",
                "zz\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(503, answer.status(), answer.body());
        assertEquals("UNAVAILABLE", answer.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nKapotte kopregel",
        "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: veel",
        "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked",
        "GET /api/../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close",
        "GET /api/v1/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close",
    })
    void requestsJettyRefusesCarryACodeToo(String head) throws Exception {
        RawHttp.Response answer = RawHttp.send(fixture.server.port(), head, new byte[0]);
        assertEquals(4, answer.status() / 100, answer.status() + " " + answer.body());
        answer.code(); // JSON with an error code, not an HTML page
    }

    @org.junit.jupiter.api.Test
    void headersTooLargeCarryACode() throws Exception {
        RawHttp.Response answer = RawHttp.send(fixture.server.port(), "GET /api/v1/health HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\nX-Veel: " + "a".repeat(64 * 1024), new byte[0]);
        assertEquals(431, answer.status(), answer.body());
        assertEquals("TOO_LARGE", answer.code());
    }

    private RawHttp.Response post(String path, String type, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(fixture.server.port(), "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
                + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length, bytes);
    }

    private RawHttp.Response get(String path, String authorization) throws Exception {
        return RawHttp.send(fixture.server.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
                + (authorization == null ? "" : "\r\nAuthorization: " + authorization), new byte[0]);
    }

    private static void assertRefused(int status, String code, RawHttp.Response answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(code, answer.code(), answer.body());
    }
}
