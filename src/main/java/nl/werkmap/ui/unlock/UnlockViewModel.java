package nl.werkmap.ui.unlock;

import java.util.Arrays;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/**
 * Asks for the passphrase and opens the vault with it in the background (key derivation takes a moment). Used by
 * the start-up unlock screen and by the lock overlay; a wrong passphrase keeps the screen and says so. An opening
 * that lasts longer than {@link #LONG_WAIT} says why it may (the one-time conversion after an update, the file
 * check): at 150,000 candidates that first opening after an update takes a minute or more (issue 13).
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
    private final Function<Runnable, Runnable> longWaitTimer;
    private Runnable stopTimer = () -> { };

    /** Longer than any everyday opening (under 3 s at 150,000 candidates). */
    static final Duration LONG_WAIT = Duration.seconds(6);

    public UnlockViewModel(Messages messages, Background background, String title, String explanation,
                           PassphraseAction action, Runnable onOpened) {
        this(messages, background, title, explanation, action, onOpened, UnlockViewModel::pause);
    }

    /**
     * @param longWaitTimer starts the wait of {@link #LONG_WAIT} that runs its argument at the end, and gives what
     *                      stops it (a pause on the FX thread's timer in the app; tests run the end themselves)
     */
    UnlockViewModel(Messages messages, Background background, String title, String explanation,
                    PassphraseAction action, Runnable onOpened, Function<Runnable, Runnable> longWaitTimer) {
        this.longWaitTimer = longWaitTimer;
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
        background.run(() -> {
            try {
                action.perform(typed);
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
        busy.set(false);
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

    /** Empty, or why this opening takes long (said once it has lasted {@link #LONG_WAIT}). */
    public StringProperty longWaitProperty() {
        return longWait;
    }
}
