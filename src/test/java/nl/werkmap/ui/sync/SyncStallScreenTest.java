package nl.werkmap.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.auto.AutoSync;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.LoopbackHub;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.QuietNavigator;
import nl.werkmap.ui.common.StatusBarChecks;
import nl.werkmap.ui.common.StatusMessage;
import nl.werkmap.ui.common.Theme;
import nl.werkmap.ui.common.FxWait;

/**
 * What the coach sees when the hub's answer stalls halfway: "Nu synchroniseren" ends (after the stall limit, made
 * small here) with the message in the status bar, cut to fit beside the sync buttons and whole on Enter, saying
 * what happened and what to do; the sync status says the last attempt failed and keeps the message behind it. The
 * next round over a good connection clears both. And while a long first sync comes in slowly, the sync status counts
 * the changes stored so far. The status bar is built as the shell builds it (status message, spacer, the sync bar,
 * the lock note) around the real sync parts, a real hub and a real HTTP client.
 */
@ExtendWith(QuickExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SyncStallScreenTest {

    private static final String STALLED = "Het antwoord van de hub bleef halverwege steken: 300 milliseconden lang"
            + " kwam er niets binnen.";

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aStalledAnswerEndsTheRoundWithWhatToDoAndTheNextRoundClearsIt(FxRobot robot) throws Exception {
        FieldSealer sealer = TestVault.sealer();
        Messages dutch = Messages.dutch();
        try (HubFixture hub = new HubFixture(dir, "gemeente-a");
             CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), sealer);
             LoopbackHub way = LoopbackHub.before(hub.url())) {
            String code = hub.hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
            Enroller.enroll(store, sealer, new HubClient(hub.url()), hub.url(), code, "Anouk laptop");
            way.next("GET", LoopbackHub.stallAfter(body -> 0));

            StringProperty shown = new SimpleStringProperty("");
            SyncViewModel vm = showStatusBar(robot, store, sealer, way.url(), Duration.ofMillis(300), shown, dutch);

            robot.clickOn("#syncNow");
            StatusBarChecks.longMessageFits(robot, stage, dutch, "Synchroniseren lukte niet: " + STALLED,
                    "85-statusbar-stalled-nl");
            assertTrue(shown.get().contains("Wat al helemaal binnen was, is verwerkt; Werkmap probeert het later"
                    + " opnieuw en haalt dan de rest op. Blijft dit gebeuren, controleer dan de netwerkverbinding of"
                    + " meld het bij de beheerder van de hub."), shown.get());
            FxWait.until(10, () -> !vm.runningProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Nog niet gesynchroniseerd · laatste poging mislukt", vm.textProperty().get());
            assertTrue(vm.lastErrorProperty().get().startsWith(STALLED), vm.lastErrorProperty().get());

            robot.clickOn("#syncNow");
            FxWait.until(20, () -> shown.get().startsWith("Gesynchroniseerd"));
            FxWait.until(10,
                    () -> vm.textProperty().get().startsWith("Laatst gesynchroniseerd: "));
            WaitForAsyncUtils.waitForFxEvents();
            assertNull(vm.lastErrorProperty().get(), "a good round clears the problem");
            WaitForAsyncUtils.asyncFx(() -> nl.werkmap.ui.common.Screenshots.capture(stage.getScene(),
                    "86-statusbar-after-stall-synced-nl")).get();
            robot.interact(() -> {
                vm.stop();
                stage.close();
            });
        }
    }

    @Test
    void aFirstSyncThatTakesAWhileCountsTheChangesStoredInTheStatusBar(FxRobot robot) throws Exception {
        FieldSealer sealer = TestVault.sealer();
        Messages dutch = Messages.dutch();
        try (HubFixture hub = new HubFixture(dir, "gemeente-a");
             CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), sealer);
             LoopbackHub way = LoopbackHub.before(hub.url())) {
            new TestDevice(hub, "Anouk", HubRole.JOBCOACH, "noord").sendCandidates(1_200);
            String code = hub.hub.issueEnrollmentCode("Lotte", HubRole.TEAMLEIDER, "noord", Duration.ofHours(1));
            Enroller.enroll(store, sealer, new HubClient(hub.url()), hub.url(), code, "Lotte laptop");
            // The hub's answer comes in two parts: its first two bundles (256 and 512 changes), then, once the
            // screen has been looked at, the rest, as over a slow network.
            CountDownLatch looked = new CountDownLatch(1);
            way.next("GET", x -> {
                LoopbackHub.Answer answer = x.upstream();
                byte[] body = answer.body();
                int twoBundles = LoopbackHub.bundleStart(body, 2);
                x.head(answer, body.length);
                x.write(body, twoBundles);
                looked.await(60, TimeUnit.SECONDS);
                x.writeFrom(body, twoBundles);
            });
            StringProperty shown = new SimpleStringProperty("");
            SyncViewModel vm = showStatusBar(robot, store, sealer, way.url(), Duration.ofSeconds(60), shown, dutch);

            robot.clickOn("#syncNow");
            String counted = "Bezig met synchroniseren: 768 wijzigingen binnen";
            try {
                FxWait.until(20, () -> counted.equals(robot.lookup("#syncStatus").queryLabeled().getText()));
                WaitForAsyncUtils.asyncFx(() -> nl.werkmap.ui.common.Screenshots.capture(stage.getScene(),
                        "87-statusbar-first-sync-counting-nl")).get();
            } finally {
                looked.countDown();
            }
            FxWait.until(20, () -> shown.get().startsWith("Gesynchroniseerd"));
            FxWait.until(10, () -> vm.textProperty().get().startsWith("Laatst gesynchroniseerd: "));
            assertEquals(1_200, (int) store.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.CANDIDATE)),
                    "the whole team came in after the held part");
            robot.interact(() -> {
                vm.stop();
                stage.close();
            });
        }
    }

    /**
     * The status bar as the shell builds it (status message, spacer, the sync bar, the lock note), at laptop size,
     * around the real sync parts for {@code store}, reaching the hub at {@code hubUrl} with {@code stallLimit}; the
     * status line's messages go to {@code shown}. Returns the sync bar's view model, started.
     */
    private SyncViewModel showStatusBar(FxRobot robot, CaseloadStore store, FieldSealer sealer, String hubUrl,
                                        Duration stallLimit, StringProperty shown, Messages dutch) {
        AutoSync.Timing quiet = new AutoSync.Timing(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1),
                AutoSync.Timing.standard().backoff());
        SyncViewModel vm = SyncSetup.forCaseload(store, sealer,
                url -> new HubClient(hubUrl, null, Duration.ofSeconds(20), stallLimit), quiet,
                Background.sameThread(), Platform::runLater, dutch, new QuietNavigator() {
                    @Override
                    public void status(String text) {
                        shown.set(text);
                    }
                });
        robot.interact(() -> {
            StatusMessage status = new StatusMessage(dutch, "statusText");
            status.textProperty().bind(shown);
            Region spacer = new Region();
            spacer.setMinWidth(0);
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label lock = new Label(dutch.format("shell.status.lockAfter", 15));
            lock.getStyleClass().add("muted");
            lock.setMinWidth(Region.USE_PREF_SIZE);
            HBox bar = new HBox(status.node(), spacer, SyncBar.build(vm, dutch), lock);
            bar.getStyleClass().add("status-bar");
            bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            BorderPane root = new BorderPane();
            root.setBottom(bar);
            Theme.applyUserAgent();
            Scene scene = new Scene(root, 1366, 768);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            vm.start();
        });
        return vm;
    }
}
