package nl.werkmap.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.http.SelfSignedCertificate;
import nl.werkmap.hub.http.TlsSettings;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.SyncService;
import nl.werkmap.sync.auto.AutoSync;
import nl.werkmap.sync.client.HubTls;
import nl.werkmap.sync.device.HubClients;
import nl.werkmap.ui.common.Messages;

/**
 * Linking in the app against real hubs on loopback: a self-signed HTTPS hub is refused until the coach chooses its
 * certificate file, which is then kept for later rounds; an address where nothing answers and a demo caseload get
 * their own Dutch sentences.
 */
class EnrolViewModelTest {

    @TempDir
    Path dir;
    private Vault vault;
    private CaseloadStore store;
    private AutoSync thread;
    private SyncService service;

    @BeforeEach
    void open() throws Exception {
        vault = TestVaults.create(dir.resolve("keyring.json"));
        store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer());
        thread = new AutoSync(AutoSync.Timing.standard(), () -> null);
        thread.start();
        service = new SyncService(store, vault.sealer(), Clock.systemUTC(), thread, HubClients.trustingEnrolled(store));
    }

    @AfterEach
    void close() {
        thread.stop();
        store.close();
        vault.lock();
    }

    private static void await(EnrolViewModel vm) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (vm.stepProperty().get() == EnrolViewModel.Step.BUSY || vm.stepProperty().get() == null) {
            if (System.nanoTime() > until) {
                throw new AssertionError("enrolment did not finish");
            }
            Thread.sleep(10);
        }
    }

    private EnrolViewModel enrolment() {
        return new EnrolViewModel(service, Runnable::run, Messages.dutch(), "Werkmap van test", () -> { });
    }

    @Test
    void aSelfSignedHubNeedsItsCertificateWhichIsThenKeptForSyncing() throws Exception {
        char[] password = "geheim-voor-test".toCharArray();
        Path keystore = dir.resolve("hub.p12");
        X509Certificate certificate = SelfSignedCertificate.write(keystore, password, "Werkmap proefhub",
                List.of("localhost", "127.0.0.1"), Duration.ofDays(30));
        Path crt = dir.resolve("hub.crt");
        Files.writeString(crt, HubTls.pem(certificate));
        Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null), "gemeente-a",
                Clock.systemUTC(), HubFixture.passphrase());
        try (HubServer server = HubServer.start(hub, Clock.systemUTC(), "127.0.0.1", 0,
                Optional.of(new TlsSettings(keystore, password)))) {
            String code = hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
            EnrolViewModel vm = enrolment();
            vm.hubUrlProperty().set("https://127.0.0.1:" + server.port());
            vm.codeProperty().set(code);
            vm.enrol();
            await(vm);
            assertEquals(EnrolViewModel.Step.FORM, vm.stepProperty().get());
            assertTrue(vm.errorProperty().get().contains("certificaat dat deze laptop niet vertrouwt"),
                    vm.errorProperty().get());
            assertTrue(vm.certificateNeededProperty().get(), "the dialog offers choosing the certificate file");

            vm.trustCertificate(crt);
            assertTrue(vm.certificateText.get().contains(HubTls.fingerprint(certificate)));
            vm.enrol();
            await(vm);
            assertEquals(EnrolViewModel.Step.DONE, vm.stepProperty().get(), vm.errorProperty().get());
            assertEquals(hub.signingFingerprint(), vm.hubFingerprintProperty().get());

            assertTrue(service.syncNow().get(20, TimeUnit.SECONDS).ok(),
                    "later rounds trust the same certificate");
        }
    }

    @Test
    void anAddressWhereNothingAnswersSaysSo() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EnrolViewModel vm = enrolment();
        vm.hubUrlProperty().set("http://127.0.0.1:" + port);
        vm.codeProperty().set("ABCD-1234");
        vm.enrol();
        await(vm);
        assertEquals("De hub op http://127.0.0.1:" + port + " is niet bereikbaar. Controleer het adres en de"
                + " netwerkverbinding, en probeer het opnieuw.", vm.errorProperty().get());
        assertFalse(vm.certificateNeededProperty().get());
    }

    @Test
    void missingFieldsAndANonsenseAddressAreCaughtBeforeAnythingIsSent() {
        EnrolViewModel vm = enrolment();
        vm.enrol();
        assertEquals("Vul het adres van de hub en de koppelcode in.", vm.errorProperty().get());
        vm.hubUrlProperty().set("ftp://hub");
        vm.codeProperty().set("X");
        vm.enrol();
        assertTrue(vm.errorProperty().get().startsWith("ftp://hub is geen geldig adres"), vm.errorProperty().get());
        assertEquals(EnrolViewModel.Step.FORM, vm.stepProperty().get());
    }
}
