package nl.werkmap.ui.common;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

/**
 * Runs a task on the FX thread a while from now, timed off the FX thread. For a check that asks again and again
 * (is the window quiet yet?): an animation such as a {@code PauseTransition} would keep JavaFX pulsing every frame
 * while it waits, walking the whole scene each time, for as long as the coach types (issue 13).
 */
public final class FxLater {

    private FxLater() {
    }

    public static void after(Duration delay, Runnable task) {
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, Platform::runLater).execute(task);
    }
}
