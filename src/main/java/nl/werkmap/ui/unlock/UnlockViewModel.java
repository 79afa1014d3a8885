package nl.werkmap.ui.unlock;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/**
 * Asks for the passphrase and opens the vault with it in the background (key derivation takes a moment). Used by
 * the start-up unlock screen and by the lock overlay; a wrong passphrase keeps the screen and says so. An opening
 * that lasts longer than {@link #LONG_WAIT} says why it may (the one-time conversion after an update, the file
 * check): at 150,000 candidates that first opening after an update takes a minute or more (issue 13). That
 * opening also says each step it is at (the file checked, the reserve copy with how far it is, the conversion) as
 * soon as it starts, from {@link OpeningSteps}.
 */
public final class UnlockViewModel {

    private final Messages messages;
    private final Background background;
    private final PassphraseAction action;
    private final Runnable onOpened;
    private final String title;
    private final String explanation;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty longWait = new SimpleStringProperty("");
    private final StringProperty step = new SimpleStringProperty("");
    private final DoubleProperty stepDone = new SimpleDoubleProperty(UNMEASURED);
    private final Executor fx;
    /** Counts the openings; a step an earlier opening reported late is not shown. */
    private int openings;
    private final Function<Runnable, Runnable> longWaitTimer;
    private Runnable stopTimer = () -> { };

    /** {@link #stepDoneProperty()} of a step without a measure of how far it is (a bar that moves to and fro). */
    public static final double UNMEASURED = -1;

    /** Longer than any everyday opening (under 3 s at 150,000 candidates). */
    static final Duration LONG_WAIT = Duration.seconds(6);

    public UnlockViewModel(Messages messages, Background background, String title, String explanation,
                           PassphraseAction action, Runnable onOpened) {
        this(messages, background, title, explanation, action, onOpened, UnlockViewModel::pause, Platform::runLater);
    }

    /**
     * @param longWaitTimer starts the wait of {@link #LONG_WAIT} that runs its argument at the end, and gives what
     *                      stops it (a pause on the FX thread's timer in the app; tests run the end themselves)
     * @param fx            runs the opening's steps on the FX thread ({@code Platform::runLater} in the app)
     */
    UnlockViewModel(Messages messages, Background background, String title, String explanation,
                    PassphraseAction action, Runnable onOpened, Function<Runnable, Runnable> longWaitTimer,
                    Executor fx) {
        this.longWaitTimer = longWaitTimer;
        this.fx = fx;
        this.messages = messages;
        this.background = background;
        this.title = title;
        this.explanation = explanation;
        this.action = action;
        this.onOpened = onOpened;
    }

    public void unlock() {
        if (busy.get()) {
            return;
        }
        if (passphrase.get().isEmpty()) {
            error.set(messages.text("unlock.empty"));
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        busy.set(true);
        error.set("");
        stopTimer = longWaitTimer.apply(() -> {
            if (busy.get()) {
                longWait.set(messages.text("unlock.busy.long"));
            }
        });
        int opening = ++openings;
        OpeningSteps mine = new OpeningSteps(fx, shown -> {
            if (busy.get() && opening == openings) {
                show(shown);
            }
        });
        background.run(() -> {
            try {
                action.perform(typed, mine);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }).onSuccess(done -> {
            done();
            passphrase.set("");
            onOpened.run();
        }).onError(e -> {
            done();
            passphrase.set("");
            error.set(e instanceof WrongPassphraseException
                    ? messages.text("unlock.wrong")
                    : messages.format("unlock.failed", String.valueOf(e.getMessage())));
        }).start();
    }

    private void done() {
        stopTimer.run();
        stopTimer = () -> { };
        longWait.set("");
        step.set("");
        stepDone.set(UNMEASURED);
        busy.set(false);
    }

    private void show(OpeningSteps.Step shown) {
        switch (shown.kind()) {
            case CHECKING -> step.set(messages.text("unlock.step.checking"));
            case BACKING_UP -> step.set(messages.format("unlock.step.backup", gigabytes(shown.done()),
                    gigabytes(shown.total())));
            case CONVERTING -> step.set(messages.text("unlock.step.converting"));
        }
        stepDone.set(shown.measured() ? Math.min(1.0, (double) shown.done() / shown.total()) : UNMEASURED);
    }

    private static double gigabytes(long bytes) {
        return bytes / 1e9;
    }

    private static Runnable pause(Runnable atEnd) {
        PauseTransition wait = new PauseTransition(LONG_WAIT);
        wait.setOnFinished(e -> atEnd.run());
        wait.play();
        return wait::stop;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Empty, or the step a long opening is at (said as soon as that step starts). */
    public StringProperty stepProperty() {
        return step;
    }

    /** How far the step is, 0 to 1, or {@link #UNMEASURED}. */
    public DoubleProperty stepDoneProperty() {
        return stepDone;
    }

    /** Empty, or why this opening takes long (said once it has lasted {@link #LONG_WAIT}). */
    public StringProperty longWaitProperty() {
        return longWait;
    }
}
