package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Optional;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.WindowPlacement;
import nl.werkmap.ui.main.MainWindow;

/** The main window opens maximised the first time, where it was left the next time, and remembers on close. */
@ExtendWith(QuickExtension.class)
class WindowPlacementFlowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void firstStartIsMaximisedAndClosingRemembersIt(FxRobot robot) throws Exception {
        UiFixture fixture = new UiFixture(Files.createTempDirectory("placement-first"));
        robot.interact(() -> new MainWindow(stage, fixture.files, Messages.dutch(), Background.sameThread(),
                fixture.preferences, Optional.empty()).show());
        assertTrue(stage.isMaximized());
        robot.interact(stage::hide);
        WindowPlacement remembered = fixture.preferences.windowPlacementProperty().get();
        assertNotNull(remembered);
        assertTrue(remembered.maximized());
    }

    @Test
    void aRememberedPlaceIsRestored(FxRobot robot) throws Exception {
        UiFixture fixture = new UiFixture(Files.createTempDirectory("placement-again"));
        fixture.preferences.windowPlacementProperty().set(new WindowPlacement(40, 30, 1100, 690, false));
        robot.interact(() -> new MainWindow(stage, fixture.files, Messages.dutch(), Background.sameThread(),
                fixture.preferences, Optional.empty()).show());
        assertFalse(stage.isMaximized());
        assertEquals(1100, stage.getWidth(), 1);
        assertEquals(690, stage.getHeight(), 1);
        robot.interact(stage::hide);
        assertEquals(new WindowPlacement(40, 30, 1100, 690, false),
                fixture.preferences.windowPlacementProperty().get());
    }
}
