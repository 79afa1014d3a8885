package nl.werkmap.ui.common;

import java.util.Arrays;

import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.robot.Motion;
import org.testfx.service.query.PointQuery;

/**
 * TestFX's {@link ApplicationExtension} (a stage per test, the {@code FxRobot} parameter) with the keys and clicks of
 * {@link QuickRobot}: the robot a test gets is this extension.
 */
public class QuickExtension extends ApplicationExtension {

    @Override
    public FxRobot write(String text) {
        QuickInput.write(this, text);
        return this;
    }

    @Override
    public FxRobot write(char character) {
        QuickInput.write(this, Character.toString(character));
        return this;
    }

    @Override
    public FxRobot type(KeyCode... keys) {
        QuickInput.type(this, keys);
        return this;
    }

    @Override
    public FxRobot type(KeyCode key, int times) {
        KeyCode[] keys = new KeyCode[times];
        Arrays.fill(keys, key);
        QuickInput.type(this, keys);
        return this;
    }

    @Override
    public FxRobot press(KeyCode... keys) {
        QuickInput.press(this, keys);
        return this;
    }

    @Override
    public FxRobot release(KeyCode... keys) {
        QuickInput.release(this, keys);
        return this;
    }

    @Override
    public FxRobot clickOn(PointQuery point, Motion motion, MouseButton... buttons) {
        QuickInput.click(this, point, buttons);
        return this;
    }
}
