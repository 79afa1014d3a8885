package nl.werkmap.ui.unlock;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.Scene;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.security.CryptoWarmup;
import nl.werkmap.store.caseload.CaseloadWarmup;

/**
 * While the coach types the passphrase, a background thread loads and compiles what the unlock and the caseload
 * list will run (key derivation, sealing, SQLite, jOOQ, the list's rules and search) on throwaway data. In a fresh
 * JVM that code runs several times slower the first time, and the coach would wait for it right after
 * "Ontgrendelen". It starts after the first frame is on screen, so the window does not appear later for it, and
 * runs once per app start.
 */
public final class UnlockWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(UnlockWarmup.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private UnlockWarmup() {
    }

    /** Starts the warm-up once the scene has been laid out for the first time (at most once per JVM). */
    public static void startAfterFirstFrame(Scene scene) {
        afterFirstFrame(scene, UnlockWarmup::start);
    }

    /** Runs {@code work} on the FX thread once the scene's first frame is laid out, after that pulse. */
    public static void afterFirstFrame(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // After this pulse, not inside it: the first frame goes to the screen before the work starts.
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
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
}
