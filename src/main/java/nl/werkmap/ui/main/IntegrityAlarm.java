package nl.werkmap.ui.main;

import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.store.db.GiveWay;
import nl.werkmap.store.db.IntegrityWatch;

/**
 * Runs the day's integrity check that the unlock put off (see {@link IntegrityWatch}) once the caseload list is
 * on screen, and raises the alarm if the file is damaged. The check runs on its own thread, so it holds up no lane,
 * and pauses while the coach types or clicks ({@link nl.werkmap.ui.common.InputQuiet}). The store already refuses
 * writes to a damaged file; the alarm makes sure the coach knows at once, not at the next save.
 */
final class IntegrityAlarm {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityAlarm.class);

    private IntegrityAlarm() {
    }

    /**
     * Starts the check unless it is not owed; FX thread.
     *
     * @param giveWay  how the check gives way to the coach's typing and clicking
     * @param fx       where {@code damaged} runs (the FX thread)
     * @param damaged  gets the Dutch message of what is wrong and what to do
     */
    static void start(IntegrityWatch watch, GiveWay giveWay, Executor fx, Consumer<String> damaged) {
        if (watch.state() != IntegrityWatch.State.PENDING) {
            return;
        }
        watch.startInBackground(giveWay).whenComplete((ok, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                LOG.error("De caseload is beschadigd; Werkmap slaat niets meer op", cause);
                fx.execute(() -> damaged.accept(String.valueOf(cause.getMessage())));
            }
        });
    }
}
