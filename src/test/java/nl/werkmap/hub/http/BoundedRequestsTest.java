package nl.werkmap.hub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.DeviceToken;
import nl.werkmap.sync.protocol.SyncKeys;
import nl.werkmap.testing.StepClock;

/**
 * A real hub on loopback with small limits: bodies over the cap are refused 413 as soon as the cap is passed,
 * declared or chunked; floods from one address or one device get 429 with Retry-After until the clock refills.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedRequestsTest {

    private static final long CAP = 64 * 1024;

    private final StepClock clock = new StepClock(Instant.parse("2026-12-04T10:00:00Z"));
    private Hub hub;
    private HubServer server;

    /** One hub for the class (opening one costs a key derivation); a fresh server, so fresh buckets, per test. */
    @BeforeAll
    void openHub(@TempDir Path dir) {
        hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null), "gemeente-a",
                Clock.systemUTC(), HubFixture.passphrase());
    }

    @BeforeEach
    void start() {
        server = HubServer.start(hub, clock, "127.0.0.1", 0, Optional.empty(),
                new HubLimits(CAP, 4 * 1024, 1 << 20, new RateLimit(5, 1), new RateLimit(3, 0.5)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @AfterAll
    void closeHub() {
        hub.close();
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedBeforeTheBodyIsSent() throws Exception {
        // Headers only: the hub must answer without waiting for a gigabyte that never comes.
        long started = System.nanoTime();
        RawHttp.Response answer = RawHttp.send(server.port(), "POST /api/v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/jose\r\nContent-Length: 1073741824", new byte[0]);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        assertTrue(seconds < 15, "answered after " + seconds + " s: not at once but after Jetty's 30 s idle timeout");
        assertEquals(413, answer.status());
        assertEquals("TOO_LARGE", answer.code());
    }

    @Test
    void aChunkedBodyIsCutJustPastTheCap() throws Exception {
        RawHttp.Response answer = RawHttp.sendChunked(server.port(), "POST /api/v1/bundles HTTP/1.1",
                300L * 1024 * 1024);
        assertEquals(413, answer.status());
        assertEquals("TOO_LARGE", answer.code());
        assertTrue(answer.bytesSent() < 64L * 1024 * 1024, "the hub answered after " + answer.bytesSent()
                + " bytes, not at the end of 300 MB");
    }

    @Test
    void aBodyThatStopsArrivingIsAnsweredRetryLaterSoTheDeviceKeepsTheBundle() throws Exception {
        // A cut connection: 10 of 1,000 declared bytes, then the sending side closes. A 400 here made the outbox
        // set a sound bundle aside as refused whenever the hub's answer still reached the device.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/jose\r\n"
                    + "Content-Length: 1000\r\n\r\neyJhbGciOi").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertEquals("503", statusLine.split(" ")[1], statusLine);
        }
    }

    @Test
    void aBodyAtTheCapIsReadAndJudgedOnItsContent() throws Exception {
        RawHttp.Response answer = RawHttp.sendChunked(server.port(), "POST /api/v1/bundles HTTP/1.1", CAP);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("MALFORMED", answer.code());
    }

    @Test
    void anEnrolmentHasItsOwnSmallerCap() throws Exception {
        byte[] body = ("{\"code\":\"" + "A".repeat(5_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Response answer = RawHttp.send(server.port(), "POST /api/v1/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length, body);
        assertEquals(413, answer.status());
        assertEquals("TOO_LARGE", answer.code());
    }

    @Test
    void oneAddressIsHeldToItsRateWithRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, health().status(), "request " + i + " of the burst");
        }
        RawHttp.Response refused = health();
        assertEquals(429, refused.status());
        assertEquals("RATE_LIMITED", refused.code());
        assertEquals("1", refused.header("Retry-After"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(200, health().status(), "a second later one more may");
    }

    @Test
    void behindTheLocalProxyEachClientHasItsOwnBucket() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, health("198.51.100.4").status());
        }
        assertEquals(429, health("198.51.100.4").status());
        assertEquals(200, health("198.51.100.5").status(), "another coach behind the same proxy is not held back");
    }

    @Test
    void oneDeviceIsHeldToItsRateWhateverAddressItComesFrom() throws Exception {
        server.close();
        server = HubServer.start(hub, clock, "127.0.0.1", 0, Optional.empty(),
                new HubLimits(CAP, 4 * 1024, 1 << 20, new RateLimit(100, 1), new RateLimit(3, 0.5)));
        ECKey signing = SyncKeys.newSigningKey();
        String code = hub.issueEnrollmentCode("Sanne", HubRole.JOBCOACH, "Noord", Duration.ofDays(1));
        String deviceId = hub.registry().enroll(code, "laptop", signing.toPublicJWK(),
                SyncKeys.newEncryptionKey().toPublicJWK()).deviceId();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, fetch(deviceId, signing).status(), "request " + i + " of the burst");
        }
        RawHttp.Response refused = fetch(deviceId, signing);
        assertEquals(429, refused.status());
        assertEquals("RATE_LIMITED", refused.code());
        assertEquals("2", refused.header("Retry-After"));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(200, fetch(deviceId, signing).status());
    }

    private RawHttp.Response health() throws Exception {
        return RawHttp.send(server.port(), "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close",
                new byte[0]);
    }

    /** As a reverse proxy on the same server forwards it. */
    private RawHttp.Response health(String client) throws Exception {
        return RawHttp.send(server.port(), "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
                + "\r\nX-Forwarded-For: " + client, new byte[0]);
    }

    private RawHttp.Response fetch(String deviceId, ECKey signing) throws Exception {
        return RawHttp.send(server.port(), "GET /api/v1/bundles?after=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\nAuthorization: Werkmap " + DeviceToken.issue(deviceId, signing, clock.instant()),
                new byte[0]);
    }
}
