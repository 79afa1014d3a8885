package nl.werkmap.ui.unlock;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.Scene;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.security.CryptoWarmup;
import nl.werkmap.store.caseload.CaseloadWarmup;
import nl.werkmap.ui.caseload.CaseloadScreenWarmup;
import nl.werkmap.ui.common.Messages;

/**
 * While the coach types the passphrase, a background thread loads and compiles what the unlock and the caseload
 * list will run (key derivation, sealing, SQLite, jOOQ, the list's rules and search) on throwaway data. In a fresh
 * JVM that code runs several times slower the first time, and the coach would wait for it right after
 * "Ontgrendelen". The FX thread meanwhile types into an unseen copy of the caseload screen
 * ({@link CaseloadScreenWarmup}) in slices of a few milliseconds between the coach's keys, until the coach acts on the
 * card. It starts after the first frame is on screen, so the window does not appear later for it, and runs once per
 * app start.
 */
public final class UnlockWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(UnlockWarmup.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile SlicedWork screen;
    /** Keys typed into the unseen caseload screen; six rows of it shown; the table drawn after every fourth key. */
    private static final int KEYS = 300;
    private static final int ROWS_SHOWN = 6;
    private static final int DRAW_EVERY = 4;
    /** A slice of the FX thread's time for the screen's warm-up, between the coach's keys. */
    private static final long SLICE_NANOS = 3_000_000L;

    private UnlockWarmup() {
    }

    /** Starts the warm-up once the scene has been laid out for the first time (at most once per JVM). */
    public static void startAfterFirstFrame(Scene scene, Messages messages) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // After this pulse, not inside it: the first frame goes to the screen before the work starts.
            Platform.runLater(() -> start(scene, messages));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** What the caseload screen's warm-up did in this JVM, or null if it never started (for benches). */
    public static SlicedWork.Figures screenFigures() {
        SlicedWork work = screen;
        return work == null ? null : work.figures();
    }

    static void start(Scene scene, Messages messages) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        // Any action on the card ("Ontgrendelen", Enter, a new caseload) ends the screen's warm-up at once: the FX
        // thread is the coach's from then on.
        action = StopOnAction.install(scene, () -> {
            SlicedWork work = screen;
            if (work != null) {
                work.stop();
            }
        });
        // -Dwerkmap.warmup.screen=off leaves the screen's warm-up out (to compare, or should it ever get in the way).
        boolean screenToo = !"off".equals(System.getProperty("werkmap.warmup.screen"));
        Thread thread = new Thread(() -> {
            if (screenToo) {
                // First: the FX thread can type into the copy while this thread warms the store side.
                prepareScreen(messages);
            }
            try {
                CryptoWarmup.run();
                CaseloadWarmup.run();
            } catch (RuntimeException e) {
                // The unlock itself does the same work for real and reports any failure to the coach.
                LOG.warn("Opwarmen voor het ontgrendelen mislukt; ontgrendelen werkt gewoon, alleen de eerste keer"
                        + " trager", e);
            }
        }, "werkmap-opwarmen");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** FX thread only: ends the screen's warm-up at the coach's first action on the card. */
    private static StopOnAction action;

    /** On the warm-up thread: builds the unseen caseload screen, then hands it to the FX thread. */
    private static void prepareScreen(Messages messages) {
        CaseloadScreenWarmup copy;
        try {
            copy = new CaseloadScreenWarmup(messages, KEYS, DRAW_EVERY, ROWS_SHOWN);
        } catch (RuntimeException e) {
            LOG.warn("Opwarmen van de kandidatenlijst mislukt; de lijst werkt gewoon, alleen eerst trager", e);
            return;
        }
        Platform.runLater(() -> startScreen(copy));
    }

    private static void startScreen(CaseloadScreenWarmup copy) {
        if (action.acted()) {
            copy.close();
            return;
        }
        SlicedWork work = new SlicedWork(() -> {
            try {
                return copy.step();
            } catch (RuntimeException e) {
                // Only a warm-up: the real screen is built apart from it and reports its own trouble.
                LOG.warn("Opwarmen van de kandidatenlijst mislukt; de lijst werkt gewoon, alleen eerst trager", e);
                return false;
            }
        }, Platform::runLater, System::nanoTime, SLICE_NANOS, copy::close);
        screen = work;
        work.start();
    }
}
