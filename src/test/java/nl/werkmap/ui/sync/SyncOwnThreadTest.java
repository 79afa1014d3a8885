package nl.werkmap.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.auto.AutoSync;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.device.SyncIdentityStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.LoggingExecutors;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuietNavigator;

/**
 * A hub that accepts the connection and then says nothing (a captive portal, a hung proxy) must hold up only
 * sync's own thread: a screen load on the UI worker still finishes at once, and locking ends the hanging call.
 */
class SyncOwnThreadTest {

    @TempDir
    Path dir;

    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private ServerSocket stalling;
    private ExecutorService uiWorker;

    @AfterEach
    void close() throws Exception {
        for (Socket s : held) {
            s.close();
        }
        if (stalling != null) {
            stalling.close();
        }
        if (uiWorker != null) {
            uiWorker.shutdownNow();
        }
    }

    @Test
    void aHangingHubHoldsUpOnlySyncAndLockingEndsIt() throws Exception {
        CountDownLatch connected = new CountDownLatch(1);
        stalling = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(stalling.accept());
                    connected.countDown();
                }
            } catch (java.io.IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();

        Vault vault = TestVaults.create(dir.resolve("keyring.json"));
        try (HubFixture hub = new HubFixture(dir, "gemeente-test");
             CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            String code = hub.hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "Noord", Duration.ofHours(1));
            SyncIdentity real = Enroller.enroll(store, vault.sealer(), new HubClient(hub.url()), hub.url(), code,
                    "laptop");
            String silentUrl = "http://127.0.0.1:" + stalling.getLocalPort() + "/";
            new SyncIdentityStore(store, vault.sealer()).save(new SyncIdentity(real.deviceId(), silentUrl,
                    real.municipality(), real.coachId(), real.role(), real.team(), real.signingKey(),
                    real.encryptionKey(), real.hubSigningKey(), real.hubEncryptionKey(), 0));

            uiWorker = LoggingExecutors.singleWorker("test-ui");
            Background background = new Background(uiWorker, Runnable::run);
            AutoSync.Timing quiet = new AutoSync.Timing(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1),
                    AutoSync.Timing.standard().backoff());
            SyncViewModel vm = SyncSetup.forCaseload(store, vault.sealer(),
                    url -> new HubClient(url, null, Duration.ofSeconds(30)), quiet, background, Runnable::run,
                    Messages.dutch(), new QuietNavigator());
            vm.start();
            vm.syncNow();
            assertTrue(connected.await(10, TimeUnit.SECONDS), "the sync round should reach the silent hub");
            assertTrue(vm.runningProperty().get());

            CompletableFuture<Integer> screen = new CompletableFuture<>();
            background.call(() -> store.caseloadQuery().load().size())
                    .onSuccess(screen::complete).onError(screen::completeExceptionally).start();
            assertEquals(0, screen.get(5, TimeUnit.SECONDS), "a screen load must not wait for the hub");
            assertTrue(vm.runningProperty().get(), "the round is still waiting on the hub");

            vm.stop();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (vm.runningProperty().get() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertFalse(vm.runningProperty().get(), "locking ends the hanging round");
        } finally {
            vault.lock();
        }
    }
}
