package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A button greyed out while its work runs gets the focus back when it is enabled again, unless the coach moved on. */
@ExtendWith(QuickExtension.class)
class FocusReturnTest {

    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private Button status;
    private Button now;
    private TextField search;

    @Start
    void start(Stage stage) {
        status = new Button("Laatst gesynchroniseerd");
        now = new Button("Nu synchroniseren");
        now.disableProperty().bind(running);
        FocusReturn.afterDisabled(now);
        search = new TextField();
        stage.setScene(new Scene(new HBox(8, search, status, now), 600, 100));
        stage.show();
    }

    @Test
    void theFocusComesBackWhenTheWorkEnds(FxRobot robot) {
        robot.interact(now::requestFocus);
        robot.interact(() -> running.set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(now, now.getScene().getFocusOwner(), "JavaFX moved it while the button was grey");
        robot.interact(() -> running.set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(now, now.getScene().getFocusOwner());
    }

    @Test
    void focusTheCoachMovedStaysWhereTheyPutIt(FxRobot robot) {
        robot.interact(now::requestFocus);
        robot.interact(() -> running.set(true));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node putByJavaFx = now.getScene().getFocusOwner();
        javafx.scene.Node elsewhere = putByJavaFx == search ? status : search;
        robot.interact(elsewhere::requestFocus);
        robot.interact(() -> running.set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(elsewhere, now.getScene().getFocusOwner());
    }

    @Test
    void aButtonThatHadNoFocusTakesNone(FxRobot robot) {
        robot.interact(search::requestFocus);
        robot.interact(() -> running.set(true));
        robot.interact(() -> running.set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(search, now.getScene().getFocusOwner());
    }
}
