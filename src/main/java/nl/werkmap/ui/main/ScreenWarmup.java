package nl.werkmap.ui.main;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.sync.candidate.SyncMarks;
import nl.werkmap.ui.caseload.CaseloadController;
import nl.werkmap.ui.caseload.CaseloadViewModel;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FxLater;
import nl.werkmap.ui.common.FxmlView;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.PlainPreferences;
import nl.werkmap.ui.common.QuietNavigator;
import nl.werkmap.ui.common.Theme;
import nl.werkmap.ui.common.UserPreferences;
import nl.werkmap.ui.common.ViewLoader;
import nl.werkmap.ui.session.QuickSessionController;
import nl.werkmap.ui.session.QuickSessionViewModel;
import nl.werkmap.ui.settings.SettingsController;
import nl.werkmap.ui.shell.ShellController;
import nl.werkmap.ui.shell.ShellViewModel;

/**
 * Before the passphrase is in, the window's frame, the caseload list and the sheets the unlock builds are built once
 * on the FX thread, in a scene of their own that is never shown, styled and laid out, then dropped (issue 13). In a
 * fresh JVM the first build of these screens was most of the FX thread's work after "Ontgrendelen": loading JavaFX's
 * control and skin classes, FXML and the stylesheet's first matches, all still interpreted. Built here first, the
 * click finds that code loaded and partly compiled: at 5,000 candidates, in fresh JVMs beside runs without it, the
 * unlock (less key derivation) took 0.74-0.82 s instead of 1.23-1.26 s, the FX thread 0.31-0.50 s of CPU instead of
 * 0.64-0.89 s.
 *
 * <p>Six steps (the frame, the list, the two sheets the click also builds, the frame's styles, the list's styles, the
 * layout), each 70-400 ms of the FX thread in a fresh JVM on two slow cores. A step runs only when the window has had
 * no input for a moment ({@link nl.werkmap.ui.common.InputQuiet}): while the coach types, the dots follow each key and
 * the steps wait for a pause (before the first key, between words). Once the unlock has begun the steps left are
 * dropped: the real screens are being built then. JavaFX's style tables are not safe to fill from two threads, so
 * this stays on the FX thread.
 *
 * <p>The screens built here can do nothing: their background lanes never run a job, nothing reads a caseload, their
 * navigation goes nowhere and their settings are a copy. Once per JVM: after a lock the code is warm already.
 */
final class ScreenWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenWarmup.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** How often a step that waits for quiet asks again. */
    private static final Duration ASK_AGAIN = Duration.ofMillis(100);

    private final Node window;
    private final BooleanSupplier quiet;
    private final BooleanSupplier unlockBegun;
    private final Consumer<String> ended;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final StringBuilder took = new StringBuilder();
    private Scene offscreen;

    private ScreenWarmup(Node window, BooleanSupplier quiet, BooleanSupplier unlockBegun, Consumer<String> ended) {
        this.window = window;
        this.quiet = quiet;
        this.unlockBegun = unlockBegun;
        this.ended = ended;
    }

    /**
     * Starts the warm-up unless it ran in this JVM already. FX thread, with {@code window} a node of the shown
     * window; {@code quiet} says whether the coach has left the window alone for a moment, {@code unlockBegun}
     * whether the passphrase was given.
     */
    static void start(ViewLoader loader, Messages messages, UserPreferences preferences, Clock clock, Node window,
                      BooleanSupplier quiet, BooleanSupplier unlockBegun) {
        if (STARTED.compareAndSet(false, true)) {
            run(loader, messages, preferences, clock, window, quiet, unlockBegun,
                    how -> LOG.debug("Schermen opwarmen: {}", how));
        }
    }

    /** A warm-up whatever ran before; {@code ended} hears how it ended and what each step took. */
    static ScreenWarmup run(ViewLoader loader, Messages messages, UserPreferences preferences, Clock clock,
                            Node window, BooleanSupplier quiet, BooleanSupplier unlockBegun, Consumer<String> ended) {
        ScreenWarmup warmup = new ScreenWarmup(window, quiet, unlockBegun, ended);
        // A copy of the settings: the screens built here must not listen to the coach's own.
        warmup.plan(loader, messages, PlainPreferences.copyOf(preferences), clock);
        warmup.next();
        return warmup;
    }

    /** Steps not run yet (tests). */
    int stepsLeft() {
        return steps.size();
    }

    private void plan(ViewLoader loader, Messages messages, UserPreferences settings, Clock clock) {
        Background never = new Background(work -> { }, work -> { });
        Navigator nowhere = new QuietNavigator();
        @SuppressWarnings("unchecked")
        ViewLoader.Loaded<ShellController>[] shell = new ViewLoader.Loaded[1];
        @SuppressWarnings("unchecked")
        ViewLoader.Loaded<CaseloadController>[] list = new ViewLoader.Loaded[1];
        step("frame", () -> shell[0] = loader.load(FxmlView.SHELL,
                new ShellController(new ShellViewModel(messages, never, settings), nowhere, () -> { })));
        step("list", () -> list[0] = loader.load(FxmlView.CASELOAD, new CaseloadController(
                new CaseloadViewModel(messages, never, () -> {
                    throw new IllegalStateException("Het opwarmen leest geen caseload");
                }, nowhere, settings, () -> SyncMarks.NOT_LINKED, clock), messages)));
        // Built at the click too, styled only later ("Sessie vastleggen" once the lanes are idle, the settings when
        // opened): loading them is what the click would wait for.
        step("sheets", () -> {
            loader.load(FxmlView.SESSION_QUICK, new QuickSessionController(new QuickSessionViewModel(messages, never,
                    () -> {
                        throw new IllegalStateException("Het opwarmen leest geen caseload");
                    }, nowhere, () -> { }, (task, delay) -> () -> { }, clock), messages));
            loader.load(FxmlView.SETTINGS, new SettingsController(settings, messages, () -> { }));
        });
        step("frame styled", () -> {
            offscreen = new Scene(new StackPane(shell[0].root()), window.getScene().getWidth(),
                    window.getScene().getHeight());
            Theme.style(offscreen);
            offscreen.getRoot().applyCss();
        });
        step("list styled", () -> {
            shell[0].controller().showPage(list[0].root());
            offscreen.getRoot().applyCss();
        });
        step("laid out", () -> offscreen.getRoot().layout());
    }

    private void step(String name, Runnable work) {
        steps.add(() -> {
            long start = System.nanoTime();
            work.run();
            took.append(took.length() == 0 ? "" : ", ").append(name).append(' ')
                    .append((System.nanoTime() - start) / 1_000_000).append(" ms");
        });
    }

    /** Runs the next step once the window is quiet, then the one after it after the next pulse. */
    private void next() {
        if (unlockBegun.getAsBoolean()) {
            finish("stopped, the unlock has begun");
            return;
        }
        if (steps.isEmpty()) {
            finish("done");
            return;
        }
        if (!quiet.getAsBoolean()) {
            // A timer, not a PauseTransition: an animation keeps JavaFX pulsing every frame while the coach types.
            FxLater.after(ASK_AGAIN, this::next);
            return;
        }
        try {
            steps.poll().run();
        } catch (RuntimeException e) {
            // Only the click's own build is slower then: the unlock builds the real screens and reports its errors.
            LOG.warn("Schermen opwarmen mislukt; ontgrendelen werkt gewoon", e);
            finish("failed: " + e);
            return;
        }
        IdleWork.afterNextPulse(window, this::next);
    }

    private void finish(String how) {
        steps.clear();
        // Nothing refers to the screens after this: the collector takes them.
        offscreen = null;
        ended.accept(how + (took.length() == 0 ? "" : " (" + took + ")"));
    }
}
