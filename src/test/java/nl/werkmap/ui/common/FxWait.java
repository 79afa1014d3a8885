package nl.werkmap.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in a test until a condition about the screen holds, asking it on the FX thread. Asked from the test thread,
 * a condition's lookups and list walks read the scene while JavaFX changes it: one walked a child list as it shrank
 * (an IndexOutOfBoundsException in CI, in the packaged app's lock and unlock). Call it from the test thread, never
 * from the FX thread, and not with a condition that itself waits for the FX thread.
 */
public final class FxWait {

    private FxWait() {
    }

    /** Asks {@code condition} on the FX thread until it holds, for at most {@code seconds}. */
    public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
