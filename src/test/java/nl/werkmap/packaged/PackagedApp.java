package nl.werkmap.packaged;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.scene.input.KeyCode;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.app.WerkmapApp;
import nl.werkmap.ui.common.FxWait;

/**
 * The real desktop app ({@link WerkmapApp}, with its worker thread, settings and machine config) on the caseload
 * folder that installer/ci-coach-path.sh hands over, for the flows that CI runs on the packaged runtime. The folder
 * and passphrase come from system properties because the script reuses them for the CLI steps that follow.
 */
final class PackagedApp {

    /** Real key derivation and SQLite on a shared CI machine: generous, and only ever reached when a step is stuck. */
    private static final long STEP_SECONDS = 90;

    final Path dataDir;
    final String passphrase;
    private Application app;

    PackagedApp() throws Exception {
        dataDir = Path.of(required("werkmap.packaged.data"));
        passphrase = Files.readAllLines(Path.of(required("werkmap.packaged.passphrase-file"))).get(0);
    }

    void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(WerkmapApp.class, "--data=" + dataDir.toAbsolutePath());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /**
     * Waits until the worker thread's result shows on screen. The condition is asked on the FX thread: its lookups
     * walk the scene while JavaFX changes it, and asked from the test thread one walked a child list as it shrank
     * (an IndexOutOfBoundsException in CI, lock and unlock of the packaged app).
     */
    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            FxWait.until(STEP_SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Na " + STEP_SECONDS + " s nog steeds niet: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void unlock(FxRobot robot) {
        robot.clickOn("#passphrase").write(passphrase).type(KeyCode.ENTER);
        waitUntil("de caseload is open na het wachtwoord",
                () -> robot.lookup("#shellRoot").tryQuery().map(n -> n.isVisible()).orElse(false)
                        && robot.lookup("#unlockButton").tryQuery().isEmpty());
    }

    static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Start met -D" + property + "=...; installer/ci-coach-path.sh doet dat.");
        }
        return value;
    }
}
