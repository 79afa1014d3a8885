package nl.werkmap.ui.common;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.robot.KeyboardRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys and clicks for the UI tests, sent through TestFX's own robots but waited for once per call instead of once
 * per event. TestFX waits for the FX thread after every character, key, mouse move, press and release, and each
 * such wait is five rounds of a 10 ms sleep: typing cost 50 ms a character, a click 100-150 ms. In CorrectionsFlowTest
 * those sleeps were 17 of its 37 s (a flight recording of the test's thread). The events are the same ones, reach
 * the FX thread in the same order (each is queued there as TestFX queues it) and are all handled before the test
 * goes on; only the idle sleeps between them are gone.
 */
public final class QuickInput {

    private QuickInput() {
    }

    /** Types {@code text} into the focused window, as {@link FxRobot#write(String)} does. */
    public static void write(FxRobot robot, String text) {
        Scene scene = targetWindow(robot).getScene();
        for (char c : text.toCharArray()) {
            robot.robotContext().getBaseRobot().typeKeyboard(scene, keyCode(c), Character.toString(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses and releases each key in turn, as {@link FxRobot#type(KeyCode...)} does. */
    public static void type(FxRobot robot, KeyCode... keys) {
        KeyboardRobot keyboard = robot.robotContext().getKeyboardRobot();
        for (KeyCode key : keys) {
            keyboard.pressNoWait(key);
            keyboard.releaseNoWait(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Holds the keys down, as {@link FxRobot#press(KeyCode...)} does. */
    public static void press(FxRobot robot, KeyCode... keys) {
        robot.robotContext().getKeyboardRobot().pressNoWait(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lets the keys go (none named: every key held), as {@link FxRobot#release(KeyCode...)} does. */
    public static void release(FxRobot robot, KeyCode... keys) {
        robot.robotContext().getKeyboardRobot().releaseNoWait(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The pointer to the point (straight there, not in steps), then a press and a release of the buttons, as
     * {@link FxRobot#clickOn(PointQuery, org.testfx.robot.Motion, MouseButton...)} does.
     */
    public static void click(FxRobot robot, PointQuery point, MouseButton... buttons) {
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        Point2D at = point.query();
        mouse.moveNoWait(at);
        mouse.pressNoWait(buttons);
        mouse.releaseNoWait(buttons);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window TestFX's own write robot types into: the focused one, else the target window, else the first. */
    private static Window targetWindow(FxRobot robot) {
        Window focused = robot.window(Window::isFocused);
        if (focused != null) {
            return focused;
        }
        Window target = robot.targetWindow();
        return target != null ? target : robot.window(0);
    }

    private static KeyCode keyCode(char c) {
        return c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
    }
}
