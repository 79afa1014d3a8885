package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.http.SelfSignedCertificate;
import nl.werkmap.hub.http.TlsSettings;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.EnrollmentAnswer;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.HubUnavailableException;
import nl.werkmap.sync.protocol.SyncKeys;

/** The hub over TLS with a self-signed certificate from {@code hub cert}; a client that does not trust it fails. */
class HubTlsTest {

    static {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    @TempDir
    Path dir;

    @Test
    void enrolsOverTlsWithATrustedSelfSignedCertificate() throws Exception {
        char[] password = "geheim-voor-test".toCharArray();
        Path keystore = dir.resolve("hub.p12");
        X509Certificate certificate = SelfSignedCertificate.write(keystore, password, "Werkmap hub test",
                List.of("localhost", "127.0.0.1"), Duration.ofDays(30));
        Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null), "gemeente-a",
                Clock.systemUTC(), HubFixture.passphrase());
        try (HubServer server = HubServer.start(hub, Clock.systemUTC(), "127.0.0.1", 0,
                Optional.of(new TlsSettings(keystore, password)))) {
            String url = "https://127.0.0.1:" + server.port();
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("hub", certificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);

            String code = hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
            EnrollmentAnswer answer = new HubClient(url, tls, Duration.ofSeconds(10))
                    .enroll(code, "laptop", SyncKeys.newSigningKey(), SyncKeys.newEncryptionKey());
            assertEquals(hub.signingFingerprint(), answer.hubFingerprint());
            assertEquals(hub.signingFingerprint(), SyncKeys.fingerprint(answer.hubSigningKey()));

            String second = hub.issueEnrollmentCode("Bram", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
            HubClient untrusting = new HubClient(url, SSLContext.getDefault(), Duration.ofSeconds(10));
            assertThrows(HubUnavailableException.class, () -> untrusting.enroll(second, "laptop",
                    SyncKeys.newSigningKey(), SyncKeys.newEncryptionKey()));
        }
    }
}
