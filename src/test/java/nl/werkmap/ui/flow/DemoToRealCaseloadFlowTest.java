package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.main.MainWindow;

/** Instellingen → Nieuwe caseload beginnen: cancel keeps the demo; confirming removes it and starts afresh. */
@ExtendWith(QuickExtension.class)
class DemoToRealCaseloadFlowTest {

    private static final String REAL = "mijn echte caseload 2027";

    private UiFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new UiFixture(Files.createTempDirectory("demo-to-real"));
        new MainWindow(stage, fixture.files, Messages.dutch(), Background.sameThread(), fixture.preferences,
                Optional.of(store -> DemoCaseload.generate(store, 6, 7L))).show();
    }

    @Test
    void theDemoIsRemovedOnlyAfterConfirmationAndTheWelcomeScreenReturns(FxRobot robot) throws Exception {
        robot.clickOn("#passphrase").write(UiFixture.PASSPHRASE);
        robot.clickOn("#repeat").write(UiFixture.PASSPHRASE);
        robot.clickOn("#startDemo");
        assertEquals(6, robot.lookup("#table").queryAs(TableView.class).getItems().size());
        robot.clickOn("#settingsButton");
        assertFalse(robot.lookup("#settingsSync").tryQuery().isPresent(), "a demo is never linked to the hub");
        Shots.take(stage, "61-settings-demo");

        robot.clickOn("#settingsStartReal");
        assertTrue(robot.lookup("#demoRemovalConfirm").tryQuery().isPresent());
        robot.clickOn("Annuleren");
        assertTrue(Files.exists(fixture.files.keyring()) && Files.exists(fixture.files.database()),
                "cancel removes nothing");
        assertTrue(robot.lookup("#demoBadge").queryAs(Node.class).isVisible());

        robot.clickOn("#settingsStartReal");
        robot.clickOn("Verwijderen en opnieuw beginnen");
        assertFalse(Files.exists(fixture.files.database()), "the demo database is gone");
        assertFalse(Files.exists(fixture.files.keyring()), "the demo keyring is gone");
        assertTrue(robot.lookup("#startEmpty").tryQuery().isPresent(), "the first-start screen is back");
        assertEquals("Werkmap", stage.getTitle());

        robot.clickOn("#passphrase").write(REAL);
        robot.clickOn("#repeat").write(REAL);
        robot.clickOn("#startEmpty");
        assertFalse(robot.lookup("#demoBadge").queryAs(Node.class).isVisible(), "the new caseload is real");
        assertEquals(0, robot.lookup("#table").queryAs(TableView.class).getItems().size());
        Vault.unlock(fixture.files.keyring(), REAL.toCharArray()).lock();
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, REAL.toCharArray())) {
            CaseloadStore store = open.store();
            assertFalse(store.isDemo());
        }
    }
}
