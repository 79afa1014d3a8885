package nl.werkmap.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.TestPreferences;
import nl.werkmap.ui.common.ViewLoader;

/**
 * The frame, the list and the sheets are built once before the unlock, step by step, only while the coach leaves
 * the window alone, and no more once the unlock has begun (issue 13).
 */
class ScreenWarmupTest {

    private final AtomicBoolean quiet = new AtomicBoolean(true);
    private final AtomicBoolean unlockBegun = new AtomicBoolean();
    private final AtomicReference<String> ended = new AtomicReference<>();
    private StackPane window;

    @BeforeEach
    void showWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new StackPane();
            stage.setScene(new Scene(window, 1366, 768));
            stage.show();
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    private ScreenWarmup start() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T11:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        return WaitForAsyncUtils.asyncFx(() -> ScreenWarmup.run(new ViewLoader(Messages.dutch()), Messages.dutch(),
                new TestPreferences(), clock, window, quiet::get, unlockBegun::get, ended::set))
                .get(10, TimeUnit.SECONDS);
    }

    private void waitUntilEnded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ended.get() != null);
    }

    @Test
    void buildsTheFrameTheListAndTheSheetsStepByStepWhenTheWindowIsQuiet() throws Exception {
        start();
        waitUntilEnded();
        String how = ended.get();
        assertTrue(how.startsWith("done ("), how);
        for (String step : new String[] {"frame ", "list ", "sheets ", "frame styled ", "list styled ", "laid out "}) {
            assertTrue(how.contains(step), step + " in " + how);
        }
    }

    @Test
    void waitsWhileTheCoachTypesAndGoesOnInAPause() throws Exception {
        quiet.set(false);
        ScreenWarmup warmup = start();
        // Several rounds of asking again (every 100 ms) while keys keep coming.
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, WaitForAsyncUtils.asyncFx(warmup::stepsLeft).get(), "no step while the coach types");
        assertNull(ended.get());
        quiet.set(true);
        waitUntilEnded();
        assertTrue(ended.get().startsWith("done"), ended.get());
    }

    @Test
    void stopsOnceTheUnlockHasBegun() throws Exception {
        quiet.set(false);
        start();
        unlockBegun.set(true);
        quiet.set(true);
        waitUntilEnded();
        assertEquals("stopped, the unlock has begun", ended.get(), "no step built: the real screens come now");
    }
}
