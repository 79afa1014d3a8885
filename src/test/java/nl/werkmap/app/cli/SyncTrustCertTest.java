package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.http.SelfSignedCertificate;
import nl.werkmap.hub.http.TlsSettings;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.client.HubTls;
import nl.werkmap.sync.device.HubClients;
import nl.werkmap.sync.outbox.Backoff;
import nl.werkmap.sync.device.SyncIdentityStore;

/**
 * {@code enroll --trust-cert} and {@code sync --trust-cert} against a real hub over TLS on loopback with self-signed
 * certificates from the {@code hub cert} code: the certificate is kept in the caseload where the app keeps it, later
 * rounds need no option, and another certificate (given or shown by the hub) is refused until explicitly replaced.
 */
class SyncTrustCertTest {

    private static final char[] KEYSTORE_PASSWORD = "geheim-voor-test".toCharArray();
    private static final String PASSPHRASE = "een lange zin voor de laptop";

    @TempDir
    Path dir;
    private Path caseload;
    private Path passphraseFile;
    private Hub hub;
    private HubServer server;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws Exception {
        caseload = Files.createDirectories(dir.resolve("laptop"));
        Vault vault = Vault.create(caseload.resolve(DataDirectory.KEYRING_FILE), PASSPHRASE.toCharArray());
        CaseloadStore.open(caseload.resolve(DataDirectory.DATABASE_FILE), vault.sealer()).close();
        vault.lock();
        passphraseFile = Files.writeString(dir.resolve("wachtwoord.txt"), PASSPHRASE + "\n");
        hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null), "gemeente-a",
                Clock.systemUTC(), HubFixture.passphrase());
    }

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.close();
        }
        hub.close();
    }

    /** A self-signed certificate as {@code hub cert} makes it; the keystore for the hub, the .crt for coaches. */
    private X509Certificate certificate(String name) throws Exception {
        X509Certificate certificate = SelfSignedCertificate.write(dir.resolve(name + ".p12"), KEYSTORE_PASSWORD,
                "Werkmap hub", List.of("localhost", "127.0.0.1"), Duration.ofDays(30));
        Files.writeString(dir.resolve(name + ".crt"), HubTls.pem(certificate));
        return certificate;
    }

    private void serve(String name, int port) {
        if (server != null) {
            server.close();
        }
        server = HubServer.start(hub, Clock.systemUTC(), "127.0.0.1", port,
                Optional.of(new TlsSettings(dir.resolve(name + ".p12"), KEYSTORE_PASSWORD)));
    }

    private Run run(Command command, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run sync(String... extra) throws Exception {
        String[] args = new String[4 + extra.length];
        args[0] = "--data";
        args[1] = caseload.toString();
        args[2] = "--passphrase-file";
        args[3] = passphraseFile.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return run(new SyncCommand(new ByteArrayInputStream(new byte[0])), args);
    }

    private Run enroll(String... extra) throws Exception {
        String code = hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
        String[] args = new String[10 + extra.length];
        String[] base = {"--data", caseload.toString(), "--passphrase-file", passphraseFile.toString(), "--hub",
                server.baseUrl(), "--code", code, "--name", "laptop-anouk"};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return run(new EnrollCommand(new ByteArrayInputStream(new byte[0])), args);
    }

    private String trustedPem() {
        Vault vault = unlock();
        try (CaseloadStore store = CaseloadStore.open(caseload.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            return new SyncIdentityStore(store, vault.sealer()).trustedCertificate();
        } finally {
            vault.lock();
        }
    }

    private Vault unlock() {
        try {
            return Vault.unlock(caseload.resolve(DataDirectory.KEYRING_FILE), PASSPHRASE.toCharArray());
        } catch (nl.werkmap.security.WrongPassphraseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void enrolWithTheCertificateThenPlainSyncsUseIt() throws Exception {
        X509Certificate first = certificate("eerste");
        serve("eerste", 0);
        assertTrue(server.baseUrl().startsWith("https://"), server.baseUrl());

        UsageException unknown = assertThrows(UsageException.class, this::enroll);
        assertTrue(unknown.getMessage().contains("--trust-cert hub.crt")
                && unknown.getMessage().contains(HubTls.fingerprint(first)), unknown.getMessage());
        assertNull(trustedPem(), "nothing kept after a refused enrolment");

        Run enrolled = enroll("--trust-cert", dir.resolve("eerste.crt").toString());
        assertEquals(0, enrolled.code(), enrolled.err());
        assertTrue(enrolled.out().contains(HubTls.fingerprint(first)), enrolled.out());
        assertEquals(HubTls.pem(first), trustedPem(), "kept where the app's dialog keeps it");

        Run plain = sync();
        assertEquals(0, plain.code(), plain.err());
        assertTrue(java.util.regex.Pattern.compile("^Verstuurd: \\d+ bundels?; ontvangen: \\d+ wijziging(en)?;"
                + " conflicten: 0\\.$", java.util.regex.Pattern.MULTILINE).matcher(plain.out()).find(),
                "the round's line, in plain words: " + plain.out());
        Vault vault = unlock();
        try (CaseloadStore store = CaseloadStore.open(caseload.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            SyncReport app = new SyncEngine(store, vault.sealer(), Clock.systemUTC(), Backoff.standard(),
                    HubClients.trustingEnrolled(store)).syncOnce(true);
            assertTrue(app.ok(), "the app's own sync round trusts what the command line kept: " + app.error());
        } finally {
            vault.lock();
        }
        Run same = sync("--trust-cert", dir.resolve("eerste.crt").toString());
        assertEquals(0, same.code(), same.err());
    }

    @Test
    void anotherCertificateIsRefusedUntilItIsExplicitlyReplaced() throws Exception {
        X509Certificate first = certificate("eerste");
        X509Certificate second = certificate("tweede");
        serve("eerste", 0);
        int port = server.port();
        assertEquals(0, enroll("--trust-cert", dir.resolve("eerste.crt").toString()).code());

        UsageException given = assertThrows(UsageException.class,
                () -> sync("--trust-cert", dir.resolve("tweede.crt").toString()));
        assertTrue(given.getMessage().contains("vertrouwt al een ander hub-certificaat")
                && given.getMessage().contains(HubTls.fingerprint(second)), given.getMessage());
        assertEquals(HubTls.pem(first), trustedPem());

        serve("tweede", port);
        Run shown = sync();
        assertEquals(1, shown.code());
        assertTrue(shown.err().contains("De hub laat een ander certificaat zien (SHA-256 "
                + HubTls.fingerprint(second)), shown.err());
        assertEquals(HubTls.pem(first), trustedPem(), "no silent re-trust");

        Run replaced = sync("--replace-trust-cert", dir.resolve("tweede.crt").toString());
        assertEquals(0, replaced.code(), replaced.err());
        assertTrue(replaced.out().contains(HubTls.fingerprint(second)), replaced.out());
        assertEquals(0, sync().code());
        assertEquals(HubTls.pem(second), trustedPem());
    }

    @Test
    void aCertificateTheHubDoesNotShowIsNotKept() throws Exception {
        certificate("eerste");
        certificate("tweede");
        serve("eerste", 0);
        assertEquals(0, enroll("--trust-cert", dir.resolve("eerste.crt").toString()).code());
        Run wrong = sync("--replace-trust-cert", dir.resolve("tweede.crt").toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("niet opgeslagen"), wrong.err());
        assertEquals(0, sync().code(), "the certificate that works is still the trusted one");
    }
}
